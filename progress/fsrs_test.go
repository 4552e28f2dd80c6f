package progress

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

// vectorFile is the reference output of testdata/fsrs6_vectors.py (py-fsrs
// 6.3.1 with no learning steps, no fuzz, retention 0.9, 36,500 days).
type vectorFile struct {
	Reference string `json:"reference"`
	Scheduler struct {
		Parameters       []float64 `json:"parameters"`
		DesiredRetention float64   `json:"desired_retention"`
		MaximumInterval  int       `json:"maximum_interval"`
	} `json:"scheduler"`
	Sequences []struct {
		Name    string `json:"name"`
		Zone    string `json:"zone"`
		Reviews []struct {
			At         string  `json:"at"`
			Rating     Grade   `json:"rating"`
			Stability  float64 `json:"stability"`
			Difficulty float64 `json:"difficulty"`
			Interval   int     `json:"interval"`
			Due        string  `json:"due"`
		} `json:"reviews"`
	} `json:"sequences"`
}

func loadVectors(t testing.TB) vectorFile {
	t.Helper()
	b, err := os.ReadFile("testdata/fsrs6_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectorFile
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Sequences) < 60 {
		t.Fatalf("%d sequences in the vectors, want at least 60", len(v.Sequences))
	}
	return v
}

// TestDefaultsAreTheReferences checks the defaults against the scheduler
// configuration recorded with the vectors.
func TestDefaultsAreTheReferences(t *testing.T) {
	v := loadVectors(t)
	p := DefaultParams()
	if len(v.Scheduler.Parameters) != 21 {
		t.Fatalf("reference has %d parameters", len(v.Scheduler.Parameters))
	}
	for i, w := range v.Scheduler.Parameters {
		if p.Weights[i] != w {
			t.Errorf("w%d = %v, reference %v", i, p.Weights[i], w)
		}
	}
	if p.DesiredRetention != v.Scheduler.DesiredRetention || p.MaxInterval != v.Scheduler.MaximumInterval {
		t.Errorf("retention %v, max %d; reference %v, %d", p.DesiredRetention, p.MaxInterval,
			v.Scheduler.DesiredRetention, v.Scheduler.MaximumInterval)
	}
}

// TestFSRSMatchesReference replays every reference sequence through the
// scheduler with calendar days in the sequence's zone (see the script for
// how the reference was fed) and compares every intermediate state.
func TestFSRSMatchesReference(t *testing.T) {
	v := loadVectors(t)
	p := DefaultParams()
	for _, seq := range v.Sequences {
		t.Run(seq.Name, func(t *testing.T) {
			loc, err := time.LoadLocation(seq.Zone)
			if err != nil {
				t.Fatal(err)
			}
			var r Review
			for i, want := range seq.Reviews {
				at, err := time.Parse(time.RFC3339, want.At)
				if err != nil {
					t.Fatal(err)
				}
				r = r.after(p, want.Rating, at, loc)
				if math.Abs(r.Stability-want.Stability) > 1e-9*math.Max(1, want.Stability) ||
					math.Abs(r.Difficulty-want.Difficulty) > 1e-9 {
					t.Fatalf("review %d (%v at %s): S=%.12f D=%.12f, reference S=%.12f D=%.12f",
						i+1, want.Rating, want.At, r.Stability, r.Difficulty, want.Stability, want.Difficulty)
				}
				if iv := p.Interval(r.Stability); iv != want.Interval {
					t.Fatalf("review %d: interval %d, reference %d", i+1, iv, want.Interval)
				}
				if d := r.Due.In(loc).Format(time.DateOnly); d != want.Due {
					t.Fatalf("review %d: due %s, reference %s", i+1, d, want.Due)
				}
			}
		})
	}
}

// TestVectorsCoverTheEdges guards the vector file itself: the cases the
// issue names must stay in it.
func TestVectorsCoverTheEdges(t *testing.T) {
	v := loadVectors(t)
	var capped, maxed, sameDay, longGap bool
	for _, seq := range v.Sequences {
		for i, r := range seq.Reviews {
			maxed = maxed || r.Interval == MaxInterval
			if i == 0 {
				continue
			}
			prev := seq.Reviews[i-1]
			gap := dayGap(t, prev.At, r.At)
			sameDay = sameDay || gap == 0
			longGap = longGap || gap >= 365 && r.Rating == Again
			capped = capped || strings.Contains(seq.Name, "cap") && gap > 0 && r.Rating == Again &&
				math.Abs(r.Stability-prev.Stability/math.Exp(DefaultWeights[17]*DefaultWeights[18])) < 1e-12
		}
	}
	if !capped || !maxed || !sameDay || !longGap {
		t.Errorf("coverage: lapse cap %v, maximum interval %v, same day %v, lapse after a long gap %v", capped, maxed, sameDay, longGap)
	}
}

func dayGap(t *testing.T, a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a[:10])
	tb, err2 := time.Parse(time.DateOnly, b[:10])
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// TestNextMorningIsOneDay pins the calendar-day rule with literals from the
// reference fed one whole day: a miss at 22:00, right at 08:00 next day.
func TestNextMorningIsOneDay(t *testing.T) {
	p := DefaultParams()
	loc := time.UTC
	var r Review
	r = r.after(p, Again, time.Date(2026, 1, 5, 22, 0, 0, 0, loc), loc)
	r = r.after(p, Good, time.Date(2026, 1, 6, 8, 0, 0, 0, loc), loc)
	if math.Abs(r.Stability-1.886788) > 1e-6 || r.Due.Format(time.DateOnly) != "2026-01-08" {
		t.Errorf("S=%.6f due %s, want S=1.886788 due 2026-01-08 (not the same-day formula)", r.Stability, r.Due.Format(time.DateOnly))
	}
}

func TestRetrievability(t *testing.T) {
	p := DefaultParams()
	if r := p.Retrievability(10, 10); math.Abs(r-0.9) > 1e-12 {
		t.Errorf("R(S, S) = %v, want 0.9 by definition of stability", r)
	}
	if r := p.Retrievability(0, 5); r != 1 {
		t.Errorf("R(0, S) = %v, want 1", r)
	}
	if r := p.Retrievability(-3, 5); r != 1 {
		t.Errorf("R(-3, S) = %v, want 1 (no negative time)", r)
	}
	if r := p.Retrievability(3, 0); r != 0 {
		t.Errorf("R with no stability = %v, want 0", r)
	}
	if r := p.Retrievability(0, 0); r != 0 {
		t.Errorf("R of a card never reviewed, now = %v, want 0", r)
	}
}

func TestIntervalBounds(t *testing.T) {
	p := DefaultParams()
	for _, tc := range []struct {
		s    float64
		want int
	}{{0.001, 1}, {1.4, 1}, {2.5, 2}, {3.5, 4}, {1e9, MaxInterval}} {
		if got := p.Interval(tc.s); got != tc.want {
			t.Errorf("Interval(%v) = %d, want %d", tc.s, got, tc.want)
		}
	}
	p.MaxInterval = 30
	if got := p.Interval(100); got != 30 {
		t.Errorf("with a 30-day maximum, Interval(100) = %d", got)
	}
	p = DefaultParams()
	p.DesiredRetention = 0.8
	if got := p.Interval(10); got <= 10 {
		t.Errorf("retention 0.8: Interval(10) = %d, want more than at 0.9", got)
	}
}

func TestParamsValidate(t *testing.T) {
	if err := DefaultParams().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	edge := DefaultParams() // every bound is inclusive, as in py-fsrs
	edge.Weights[0], edge.Weights[4], edge.Weights[20] = 100, 1, 0.8
	edge.DesiredRetention, edge.MaxInterval = 0.999, 1
	if err := edge.Validate(); err != nil {
		t.Errorf("weights on their bounds: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*Params)
		want string
	}{
		{"w20 too high", func(p *Params) { p.Weights[20] = 0.9 }, "parameters[20]"},
		{"w0 zero", func(p *Params) { p.Weights[0] = 0 }, "parameters[0]"},
		{"NaN", func(p *Params) { p.Weights[7] = math.NaN() }, "parameters[7]"},
		{"retention 1", func(p *Params) { p.DesiredRetention = 1 }, "desired_retention"},
		{"retention 0", func(p *Params) { p.DesiredRetention = 0 }, "desired_retention"},
		{"no interval", func(p *Params) { p.MaxInterval = 0 }, "maximum_interval"},
	} {
		p := DefaultParams()
		tc.edit(&p)
		if err := p.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming %s", tc.name, err, tc.want)
		}
	}
}

// TestFSRSInvariants checks properties that hold for every grade sequence:
// difficulty in [1,10], stability positive, a lapse never raising
// stability, better grades never giving shorter intervals.
func TestFSRSInvariants(t *testing.T) {
	p := DefaultParams()
	grades := []Grade{Again, Hard, Good, Easy}
	for seed := 0; seed < 300; seed++ {
		m := Memory{}
		x := uint32(seed*2654435761 + 1)
		for step := 0; step < 20; step++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			elapsed := float64(x % 40)
			var ivs [4]int
			for i, g := range grades {
				n := p.Next(m, g, elapsed)
				ivs[i] = p.Interval(n.Stability)
				if n.Difficulty < 1 || n.Difficulty > 10 || !(n.Stability > 0) {
					t.Fatalf("seed %d step %d %v: bad state %+v", seed, step, g, n)
				}
				if g == Again && m.Stability > 0 && n.Stability > m.Stability {
					t.Fatalf("seed %d step %d: Again raised S %v -> %v", seed, step, m.Stability, n.Stability)
				}
			}
			for i := 1; i < 4; i++ {
				if ivs[i] < ivs[i-1] {
					t.Fatalf("seed %d step %d: %v interval %d < %v interval %d", seed, step, grades[i], ivs[i], grades[i-1], ivs[i-1])
				}
			}
			m = p.Next(m, grades[x%4], elapsed)
		}
	}
}
