package gameday

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
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

// A snapshot that only moves the room's counts while the clock runs waits
// for the player's next clock redraw; anything the player must see at once
// (their answer taken, the phase, the clock, evidence) does not.
func TestCountsOnly(t *testing.T) {
	now := time.Now() // the model reads the wall clock
	base := func() playerView {
		return playerView{Game: &shared{Phase: phaseQuestion, Index: 2, Deadline: now.Add(20 * time.Second), Answered: 3, Active: bigRoom + 1},
			Me: selfView{Choice: -1, Score: 40}}
	}
	prev := base()
	for _, tc := range []struct {
		name string
		edit func(v *playerView)
		want bool
	}{
		{"counts", func(v *playerView) { v.Game.Answered, v.Game.Active = 5, bigRoom+2 }, true},
		{"a small room", func(v *playerView) { v.Game.Answered, v.Game.Active = 5, bigRoom }, false},
		{"own answer", func(v *playerView) { v.Me.Choice = 1 }, false},
		{"answer taken back", func(v *playerView) { v.Me.Problem = "late" }, false},
		{"removed", func(v *playerView) { v.Me.Removed = "bye" }, false},
		{"locked", func(v *playerView) { v.Game.Phase = phaseReveal }, false},
		{"next question", func(v *playerView) { v.Game.Index = 3 }, false},
		{"paused", func(v *playerView) { v.Game.Paused = true }, false},
		{"time added", func(v *playerView) { v.Game.Deadline = v.Game.Deadline.Add(30 * time.Second) }, false},
		{"evidence", func(v *playerView) { v.Game.Evidence = make([]incidents.Evidence, 1) }, false},
		{"closing", func(v *playerView) { v.Game.Closing = "stopping" }, false},
		{"clock over", func(v *playerView) { v.Game.Deadline = now }, false},
	} {
		next := base()
		tc.edit(&next)
		if got := countsOnly(prev, next, now); got != tc.want {
			t.Errorf("%s: countsOnly %v, want %v", tc.name, got, tc.want)
		}
	}
	talk, talkMore := base(), base()
	talk.Game.Phase, talkMore.Game.Phase, talkMore.Game.Active = phaseDiscuss, phaseDiscuss, bigRoom+5
	if !countsOnly(talk, talkMore, now) {
		t.Error("counts during a discussion's countdown are shown at once, want them held for the clock")
	}
	lobby, lobbyMore := base(), base()
	lobby.Game.Phase, lobbyMore.Game.Phase, lobbyMore.Game.Active = phaseLobby, phaseLobby, bigRoom+5
	if countsOnly(lobby, lobbyMore, now) {
		t.Error("the lobby has no clock to wait for")
	}
	if countsOnly(playerView{}, base(), now) {
		t.Error("the first snapshot is never held back")
	}

	// Held back, the counts show with the next tick of the running clock.
	m := newPlayerModel(nil, nil, asciiStyles())
	next, _ := m.Update(viewMsg(prev))
	m = next.(playerModel)
	moved := base()
	moved.Game.Answered = 9
	next, _ = m.Update(viewMsg(moved))
	m = next.(playerModel)
	if m.v.Game.Answered != 3 || m.pending == nil {
		t.Fatalf("counts shown at once (%d answered), want them held for the clock", m.v.Game.Answered)
	}
	next, _ = m.Update(tickMsg{at: now.Add(time.Second), deadline: prev.Game.Deadline})
	if m = next.(playerModel); m.v.Game.Answered != 9 || m.pending != nil {
		t.Errorf("after the tick %d answered, pending %v; want 9, none", m.v.Game.Answered, m.pending)
	}
}
