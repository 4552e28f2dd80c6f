package gameday

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// TestTooSmallTakesNoAnswer: behind "please enlarge" a digit answers
// nothing; at a usable size it does.
func TestTooSmallTakesNoAnswer(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		answer bool
	}{{40, 12, false}, {59, 30, false}, {80, 14, false}, {80, 24, true}} {
		m := newPlayerModel(nil, nil, asciiStyles())
		v, now := goldenState(phaseQuestion)
		v.Me.Choice = -1
		m.v, m.now, m.w, m.h = v, now, tc.w, tc.h
		_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("1")})
		if got := cmd != nil; got != tc.answer {
			t.Errorf("%dx%d: key 1 sends an answer = %v, want %v", tc.w, tc.h, got, tc.answer)
		}
	}
}

// TestLateNextKeepsTheReveal: the question locks by itself; an Enter the
// facilitator pressed while it was still open arrives after: the reveal
// stays.
func TestLateNextKeepsTheReveal(t *testing.T) {
	h, err := newHub(Config{Rounds: testRounds(2), ResultsDir: t.TempDir(), AutoAdvance: -1, TimePerQuestion: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Stop()
	if err := h.Join(joinRequest{KeyFP: "fa", User: "ana"}, newClient(nil)); err != nil {
		t.Fatal(err)
	}
	h.Next()
	waitState(t, h, "the lock by the clock", func(v consoleView) bool { return v.Phase == phaseReveal })
	h.NextFrom(phaseQuestion)
	if p := h.State().Phase; p != phaseReveal {
		t.Fatalf("after a late Enter the phase is %v, want the reveal", p)
	}
	h.NextFrom(phaseReveal)
	if p := h.State().Phase; p != phaseBoard {
		t.Fatalf("Enter on the reveal: phase %v, want the leaderboard", p)
	}
}
