package progress

import (
	"math"
	"testing"
	"time"
)

// TestFSRSIntervals pins the scheduler to values computed independently by
// testdata/fsrs_reference.py (a separate implementation of the published
// FSRS-5 formulas with the default parameters). Each review happens on its
// due day, except the last one, which repeats on the same day.
func TestFSRSIntervals(t *testing.T) {
	want := []struct {
		grade      Grade
		sameDay    bool
		stability  float64
		difficulty float64
		interval   int
	}{
		{Good, false, 3.173000, 5.282434, 3},
		{Good, false, 10.738926, 5.272968, 11},
		{Good, false, 34.577624, 5.263545, 35},
		{Again, false, 3.818174, 6.784232, 4},
		{Good, false, 11.019555, 6.767857, 11},
		{Easy, false, 63.664769, 6.229501, 64},
		{Hard, false, 85.339410, 6.824690, 85},
		{Good, true, 120.138364, 6.808129, 120},
	}
	var m Memory
	iv := 0
	for i, w := range want {
		elapsed := float64(iv)
		if w.sameDay {
			elapsed = 0
		}
		m = Next(m, w.grade, elapsed)
		iv = Interval(m.Stability)
		if math.Abs(m.Stability-w.stability) > 1e-5 || math.Abs(m.Difficulty-w.difficulty) > 1e-5 || iv != w.interval {
			t.Errorf("review %d (%v): got S=%.6f D=%.6f interval %d, want S=%.6f D=%.6f interval %d",
				i+1, w.grade, m.Stability, m.Difficulty, iv, w.stability, w.difficulty, w.interval)
		}
	}
}

func TestFSRSFirstReview(t *testing.T) {
	// A first review sets S to w[G-1] and D to D0(G): the published defaults.
	for g, wantIv := range map[Grade]int{Again: 1, Hard: 1, Good: 3, Easy: 16} {
		m := Next(Memory{}, g, 0)
		if m.Stability != DefaultWeights[g-1] {
			t.Errorf("%v: S = %v, want w[%d] = %v", g, m.Stability, g-1, DefaultWeights[g-1])
		}
		if got := Interval(m.Stability); got != wantIv {
			t.Errorf("%v: interval %d, want %d", g, got, wantIv)
		}
		if m.Difficulty < 1 || m.Difficulty > 10 {
			t.Errorf("%v: D = %v out of [1,10]", g, m.Difficulty)
		}
	}
}

func TestRetrievability(t *testing.T) {
	if r := Retrievability(10, 10); math.Abs(r-0.9) > 1e-12 {
		t.Errorf("R(S, S) = %v, want 0.9 by definition of stability", r)
	}
	if r := Retrievability(0, 5); r != 1 {
		t.Errorf("R(0, S) = %v, want 1", r)
	}
	if r := Retrievability(3, 0); r != 0 {
		t.Errorf("R with no stability = %v, want 0", r)
	}
}

// TestFSRSInvariants checks properties that hold for every grade sequence:
// difficulty in [1,10], stability positive, Again never raising stability,
// better grades never giving shorter intervals.
func TestFSRSInvariants(t *testing.T) {
	grades := []Grade{Again, Hard, Good, Easy}
	for seed := 0; seed < 500; seed++ {
		m := Memory{}
		x := uint32(seed*2654435761 + 1)
		for step := 0; step < 20; step++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			elapsed := float64(x % 40)
			var ivs [4]int
			for i, g := range grades {
				n := Next(m, g, elapsed)
				ivs[i] = Interval(n.Stability)
				if n.Difficulty < 1 || n.Difficulty > 10 || !(n.Stability > 0) {
					t.Fatalf("seed %d step %d %v: bad state %+v", seed, step, g, n)
				}
				if g == Again && m.Stability > 0 && n.Stability > m.Stability && elapsed >= 1 {
					t.Fatalf("seed %d step %d: Again raised S %v -> %v", seed, step, m.Stability, n.Stability)
				}
			}
			for i := 1; i < 4; i++ {
				if ivs[i] < ivs[i-1] {
					t.Fatalf("seed %d step %d: %v interval %d < %v interval %d", seed, step, grades[i], ivs[i], grades[i-1], ivs[i-1])
				}
			}
			m = Next(m, grades[x%4], elapsed)
		}
	}
}

func TestGradeFor(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Answer
		want Grade
	}{
		{"wrong", Answer{Correct: false}, Again},
		{"skipped", Answer{Choice: -1}, Again},
		{"fast no clue", Answer{Correct: true, Elapsed: 8 * time.Second}, Easy},
		{"at easy limit", Answer{Correct: true, Elapsed: EasyWithin}, Easy},
		{"slower no clue", Answer{Correct: true, Elapsed: 20 * time.Second}, Good},
		{"one clue fast", Answer{Correct: true, Clues: 1, Elapsed: 5 * time.Second}, Good},
		{"two clues", Answer{Correct: true, Clues: 2, Elapsed: 5 * time.Second}, Hard},
		{"very slow", Answer{Correct: true, Elapsed: 61 * time.Second}, Hard},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GradeFor(tc.a); got != tc.want {
				t.Errorf("GradeFor(%+v) = %v, want %v", tc.a, got, tc.want)
			}
		})
	}
}
