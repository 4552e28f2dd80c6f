package gameday

import (
	"testing"
	"time"
)

// A player's clock redraws lag after the shown second changes, and never
// for a change drawn already: a question opening redraws every screen
// once, not once for the view and again lag later.
func TestNextTick(t *testing.T) {
	deadline := time.Unix(1000, 0)
	for _, tc := range []struct {
		left, lag, want time.Duration
	}{
		{30 * time.Second, 0, time.Second + 5*time.Millisecond},                                 // opened on a second: the next change
		{30*time.Second - 40*time.Millisecond, 0, 960*time.Millisecond + 5*time.Millisecond},    // 40 ms into the second
		{30*time.Second - 40*time.Millisecond, 200 * time.Millisecond, 1165 * time.Millisecond}, // the change 40 ms ago is drawn already
		{1500 * time.Millisecond, 100 * time.Millisecond, 605 * time.Millisecond},               // half a second to the change
		{time.Second, 250 * time.Millisecond, time.Second + 255*time.Millisecond},               // the last second
	} {
		if got := nextTick(deadline, deadline.Add(-tc.left), tc.lag); got != tc.want {
			t.Errorf("%v left, lag %v: next tick in %v, want %v", tc.left, tc.lag, got, tc.want)
		}
	}
}

// The spread of the room's clock redraws grows with the room, a quarter
// of a millisecond a player, up to a quarter of a second.
func TestTickLag(t *testing.T) {
	for _, tc := range []struct {
		active int
		u      float64
		want   time.Duration
	}{
		{0, 0.9, 0},
		{40, 0.5, 5 * time.Millisecond},
		{1000, 0, 0},
		{1000, 0.5, 125 * time.Millisecond},
		{4000, 0.5, 125 * time.Millisecond}, // capped at 250 ms
	} {
		if got := tickLag(tc.active, tc.u); got != tc.want {
			t.Errorf("tickLag(%d, %v) = %v, want %v", tc.active, tc.u, got, tc.want)
		}
	}
}
