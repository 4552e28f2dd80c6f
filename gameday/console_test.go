package gameday

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// press sends one key to the console and runs the command it returns, the
// way the program would.
func pressConsole(m consoleModel, k string) consoleModel {
	var msg tea.KeyMsg
	switch k {
	case "enter":
		msg = tea.KeyMsg{Type: tea.KeyEnter}
	case "down":
		msg = tea.KeyMsg{Type: tea.KeyDown}
	default:
		msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
	}
	next, cmd := m.Update(msg)
	if cmd != nil {
		if out := cmd(); out != nil {
			next, _ = next.Update(out)
		}
	}
	return next.(consoleModel)
}

func TestConsoleDrivesTheHub(t *testing.T) {
	h, err := newHub(Config{Rounds: testRounds(2), ResultsDir: t.TempDir(), AutoAdvance: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Stop()
	alice, bob := newClient(nil), newClient(nil)
	_ = h.Join(joinRequest{KeyFP: "a", User: "alice"}, alice)
	_ = h.Join(joinRequest{KeyFP: "b", User: "bob"}, bob)
	m := newConsole(h, newConsoleClient(nil), asciiStyles(), consoleInfo{Addr: "127.0.0.1:2222", Local: true})
	m.v = h.State()

	m = pressConsole(m, "enter") // start
	if st := h.State(); st.Phase != phaseQuestion {
		t.Fatalf("enter in the lobby: phase %s", st.Phase)
	}
	m = pressConsole(m, "p")
	if !h.State().Paused {
		t.Fatal("p did not pause")
	}
	m = pressConsole(m, "p")
	m = pressConsole(m, "down")
	m = pressConsole(m, "x")
	if !strings.Contains(m.View(), "Remove bob from the game?") {
		t.Fatalf("no kick confirmation:\n%s", m.View())
	}
	m = pressConsole(m, "y")
	if st := h.State(); len(st.Players) != 1 || st.Players[0].Name != "alice" {
		t.Fatalf("after kick: %+v", st.Players)
	}
	m = pressConsole(m, "s") // skip question 1
	if st := h.State(); st.Index != 1 || st.Phase != phaseQuestion {
		t.Fatalf("after skip: question %d, phase %s", st.Index+1, st.Phase)
	}
	m = pressConsole(m, "w")
	if !strings.HasPrefix(m.status, "Saved ") {
		t.Fatalf("w: status %q", m.status)
	}
	m = pressConsole(m, "e")
	m = pressConsole(m, "n") // changed their mind
	if h.State().Phase == phaseFinal {
		t.Fatal("n at the end-game question still ended it")
	}
	m = pressConsole(m, "e")
	m = pressConsole(m, "y")
	if h.State().Phase != phaseFinal {
		t.Fatal("e, y did not end the game")
	}
	m = pressConsole(m, "q")
	if _, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")}); cmd == nil {
		t.Fatal("q, y on the local console did not quit")
	}
}

// TestStaleTicksAreDropped: a tick from an earlier countdown must not start
// a second chain of redraws.
func TestStaleTicksAreDropped(t *testing.T) {
	m := newPlayerModel(nil, nil, asciiStyles())
	v, now := goldenState(phaseQuestion)
	m.v, m.now = v, now
	old := v.Game.Deadline.Add(-time.Minute)
	if _, cmd := m.Update(tickMsg{at: now, deadline: old}); cmd != nil {
		t.Fatal("a stale tick scheduled another")
	}
	if _, cmd := m.Update(tickMsg{at: now, deadline: v.Game.Deadline}); cmd == nil {
		t.Fatal("the running countdown stopped ticking")
	}
}
