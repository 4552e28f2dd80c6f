#!/usr/bin/env python3
"""Independent FSRS-5 reference for progress/fsrs_test.go.

Written from the formulas on
https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm (FSRS-5)
with the published default parameters. Each review happens exactly on its due
day (elapsed = previous interval, in whole days), except where a same-day
review (elapsed 0) is listed. Prints stability, difficulty and interval after
each review, to paste into the Go test.
"""
import math

w = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575,
     0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]
DECAY = -0.5
FACTOR = 0.9 ** (1 / DECAY) - 1

def R(t, s): return (1 + FACTOR * t / s) ** DECAY
def D0(g): return w[4] - math.exp(w[5] * (g - 1)) + 1
def clamp(d): return min(max(d, 1), 10)
def interval(s): return int(min(max(round(s / FACTOR * (0.9 ** (1 / DECAY) - 1)), 1), 36500))

def review(s, d, g, t):
    if s is None:
        return w[g - 1], clamp(D0(g))
    dp = d + (-w[6] * (g - 3)) * (10 - d) / 9
    nd = clamp(w[7] * D0(4) + (1 - w[7]) * dp)
    if t < 1:
        ns = s * math.exp(w[17] * (g - 3 + w[18]))
    elif g == 1:
        r = R(t, s)
        ns = min(w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp(w[14] * (1 - r)), s)
    else:
        r = R(t, s)
        hard = w[15] if g == 2 else 1
        easy = w[16] if g == 4 else 1
        ns = s * (1 + math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp(w[10] * (1 - r)) - 1) * hard * easy)
    return max(ns, 0.01), nd

# (grade, same_day) pairs: 1 Again, 2 Hard, 3 Good, 4 Easy.
seq = [(3, False), (3, False), (3, False), (1, False), (3, False), (4, False), (2, False), (3, True)]
s = d = None
iv = 0
for g, same in seq:
    t = 0 if same else iv
    s, d = review(s, d, g, t)
    iv = interval(s)
    print(f"{{{g}, {str(same).lower()}, {s:.6f}, {d:.6f}, {iv}}},")
