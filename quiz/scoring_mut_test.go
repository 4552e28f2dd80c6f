package quiz_test

// Scoring edges pinned against mutants (docs/mutation.md). The expected
// points are worked out by hand from the formulas the presets document:
// DefaultScoring is 100 per right answer, up to +50 for speed falling
// linearly to 0 at the limit (half points round up), +10 per streak step
// capped at +50, clue costs taken from the base but never below zero.

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

func TestPointsEdges(t *testing.T) {
	d := quiz.DefaultScoring()
	s := time.Second
	tests := []struct {
		name           string
		correct        bool
		elapsed, limit time.Duration
		streak, cost   int
		points, speed  int
		bonus, streakN int
	}{
		{"untimed", true, 7 * s, 0, 0, 0, 100, 0, 0, 1},
		{"half the time", true, 10 * s, 20 * s, 0, 0, 125, 25, 0, 1},
		{"over the limit", true, 25 * s, 20 * s, 0, 0, 100, 0, 0, 1},
		{"at the limit", true, 20 * s, 20 * s, 0, 0, 100, 0, 0, 1},
		{"negative time", true, -5 * s, 20 * s, 0, 0, 150, 50, 0, 1},
		{"37.5 rounds up", true, 1 * s, 4 * s, 0, 0, 138, 38, 0, 1},
		{"33.3 rounds down", true, 1 * s, 3 * s, 0, 0, 133, 33, 0, 1},
		{"limit under a millisecond", true, 0, 500 * time.Microsecond, 0, 0, 100, 0, 0, 1},
		{"streak 1", true, 0, 0, 1, 0, 110, 0, 10, 2},
		{"streak 3", true, 0, 0, 3, 0, 130, 0, 30, 4},
		{"streak 5 reaches the cap", true, 0, 0, 5, 0, 150, 0, 50, 6},
		{"streak 6 capped", true, 0, 0, 6, 0, 150, 0, 50, 7},
		{"one clue", true, 0, 0, 0, 25, 75, 0, 0, 1},
		{"cost over the base", true, 0, 0, 0, 150, 0, 0, 0, 1},
		{"cost equal to the base", true, 0, 0, 0, 100, 0, 0, 0, 1},
		{"negative cost", true, 0, 0, 0, -10, 100, 0, 0, 1},
		{"cost over base keeps bonuses", true, 0, 20 * s, 2, 500, 70, 50, 20, 3},
		{"wrong", false, 1 * s, 20 * s, 4, 0, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		o := d.Points(tc.correct, tc.elapsed, tc.limit, tc.streak, tc.cost)
		if o.Points != tc.points || o.Speed != tc.speed || o.StreakBonus != tc.bonus || o.Streak != tc.streakN || o.Correct != tc.correct {
			t.Errorf("%s: points %d speed %d streak bonus %d streak %d correct %v; want %d %d %d %d %v",
				tc.name, o.Points, o.Speed, o.StreakBonus, o.Streak, o.Correct, tc.points, tc.speed, tc.bonus, tc.streakN, tc.correct)
		}
	}
}

// KahootScoring: 1000 at once, 500 at the buzzer; a flat 500 without the
// speed bonus; the cost cap is the base, 500.
func TestKahootPointsEdges(t *testing.T) {
	k := quiz.KahootScoring()
	s := time.Second
	for _, tc := range []struct {
		elapsed time.Duration
		want    int
	}{{0, 1000}, {30 * s, 500}, {15 * s, 750}, {3 * s, 950}, {45 * s, 500}} {
		if got := k.Points(true, tc.elapsed, 30*s, 0, 0).Points; got != tc.want {
			t.Errorf("Kahoot at %v of 30s: %d, want %d", tc.elapsed, got, tc.want)
		}
	}
	k.SpeedBonus = false
	if got := k.Points(true, 0, 30*s, 0, 0).Points; got != 500 {
		t.Errorf("Kahoot without speed bonus: %d, want 500", got)
	}
	k.StreakBonus = false
	if got := k.Points(true, 0, 30*s, 9, 0); got.Points != 500 || got.Streak != 10 {
		t.Errorf("Kahoot without bonuses, streak 9 before: %d points streak %d, want 500, 10", got.Points, got.Streak)
	}
}
