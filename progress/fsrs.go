package progress

import (
	"math"
	"time"
)

// This file implements the FSRS-5 scheduler (Free Spaced Repetition Scheduler,
// the one Anki adopted in 23.10), from the published formulas:
//
//	https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm  (section "FSRS-5")
//
// with the published default parameters (fsrs4anki / py-fsrs 5.x, fsrs-rs
// DEFAULT_PARAMETERS for FSRS-5). No maintained Go FSRS module is reachable
// from this build, so the formulas are written out here; fsrs_test.go pins
// the intervals against values computed independently from the same formulas.
//
// Scope: the memory model and interval only. Anki's learning steps (minutes)
// and interval fuzz are left out: a quiz schedules whole days, and a
// deterministic schedule is easier for a trainee (and a test) to follow.

// Grade is an FSRS rating of one review.
type Grade int

// The four FSRS grades.
const (
	Again Grade = 1 // forgot: wrong, skipped or timed out
	Hard  Grade = 2 // right, but with effort
	Good  Grade = 3 // right
	Easy  Grade = 4 // right at once
)

func (g Grade) String() string {
	switch g {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return "unknown"
}

// DefaultWeights are FSRS-5's published default parameters w0..w18.
var DefaultWeights = [19]float64{
	0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575,
	0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
}

const (
	// DesiredRetention is the recall probability intervals aim at (Anki's default).
	DesiredRetention = 0.9
	// MaxInterval caps an interval, as Anki's maximum interval does.
	MaxInterval = 36500
	fsrsDecay   = -0.5
	minStab     = 0.01
)

// fsrsFactor makes R(t=S, S) = 0.9: 0.9^(1/decay) - 1 = 19/81.
var fsrsFactor = math.Pow(0.9, 1/fsrsDecay) - 1

// Memory is an item's FSRS memory state. Zero Stability means never reviewed.
type Memory struct {
	Stability  float64 // days until recall probability falls to 90%
	Difficulty float64 // 1 (easy) .. 10 (hard)
}

// Retrievability is the probability of recall after elapsed days (FSRS-5 power curve).
func Retrievability(elapsedDays, stability float64) float64 {
	if stability <= 0 {
		return 0
	}
	if elapsedDays < 0 {
		elapsedDays = 0
	}
	return math.Pow(1+fsrsFactor*elapsedDays/stability, fsrsDecay)
}

// Interval is the number of whole days until recall probability drops to
// DesiredRetention, at least 1 and at most MaxInterval.
func Interval(stability float64) int {
	iv := stability / fsrsFactor * (math.Pow(DesiredRetention, 1/fsrsDecay) - 1)
	return int(math.Min(math.Max(math.Round(iv), 1), MaxInterval))
}

// Next returns the memory state after a review graded g, elapsedDays after
// the previous one (ignored for a first review).
func Next(m Memory, g Grade, elapsedDays float64) Memory {
	w := &DefaultWeights
	if g < Again || g > Easy {
		g = Again
	}
	if m.Stability <= 0 { // first review
		return Memory{Stability: math.Max(w[g-1], minStab), Difficulty: clampD(initD(g))}
	}
	d := nextD(m.Difficulty, g)
	var s float64
	switch {
	case elapsedDays < 1: // same-day review: FSRS-5 short-term stability
		s = m.Stability * math.Exp(w[17]*(float64(g)-3+w[18]))
	case g == Again:
		r := Retrievability(elapsedDays, m.Stability)
		s = w[11] * math.Pow(m.Difficulty, -w[12]) * (math.Pow(m.Stability+1, w[13]) - 1) * math.Exp(w[14]*(1-r))
		s = math.Min(s, m.Stability) // a lapse never raises stability
	default:
		r := Retrievability(elapsedDays, m.Stability)
		bonus := 1.0
		if g == Hard {
			bonus = w[15]
		} else if g == Easy {
			bonus = w[16]
		}
		s = m.Stability * (1 + math.Exp(w[8])*(11-m.Difficulty)*math.Pow(m.Stability, -w[9])*
			(math.Exp(w[10]*(1-r))-1)*bonus)
	}
	return Memory{Stability: math.Max(s, minStab), Difficulty: d}
}

// initD is D0(G) = w4 - e^(w5*(G-1)) + 1.
func initD(g Grade) float64 {
	w := &DefaultWeights
	return w[4] - math.Exp(w[5]*float64(g-1)) + 1
}

// nextD applies FSRS-5's linear damping and mean reversion towards D0(Easy).
func nextD(d float64, g Grade) float64 {
	w := &DefaultWeights
	delta := -w[6] * float64(g-3)
	d2 := d + delta*(10-d)/9
	return clampD(w[7]*initD(Easy) + (1-w[7])*d2)
}

func clampD(d float64) float64 { return math.Min(math.Max(d, 1), 10) }

// elapsedDays is the FSRS elapsed time: whole days between two reviews.
func elapsedDays(last, now time.Time) float64 {
	if last.IsZero() || now.Before(last) {
		return 0
	}
	return math.Floor(now.Sub(last).Hours() / 24)
}
