package gameday

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestKeysInOneReadAnswer: keys typed quickly (or sent by tmux send-keys)
// reach the server in one read, which bubbletea delivers as one message
// ("22"); the answer still counts, and the second key changes nothing.
func TestKeysInOneReadAnswer(t *testing.T) {
	srv := startServer(t, Config{})
	alice := connect(t, srv, "alice", newKey(t))
	alice.expect("Welcome, alice.")
	bob := connect(t, srv, "bob", newKey(t))
	bob.expect("Welcome, bob.")
	srv.hub.Next()
	alice.expect("alpha cause")
	alice.press("22")
	alice.expect("Locked in: 2.")
	st := waitState(t, srv.hub, "alice's answer", func(p consoleView) bool { return p.Answered == 1 })
	if st.Live[1] != 1 || sum(st.Live) != 1 {
		t.Fatalf("picks so far = %v, want one for choice 2", st.Live)
	}
}

// TestConsoleKeysInOneRead: each key of a batch acts, in order.
func TestConsoleKeysInOneRead(t *testing.T) {
	m := longConsole(phaseQuestion, 100, 30)
	next, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ja")})
	c := next.(consoleModel)
	if c.cursor != 1 || !c.peek {
		t.Fatalf("after \"ja\": cursor %d, peek %v; want 1, true", c.cursor, c.peek)
	}
	if !strings.Contains(c.View(), "> bob") {
		t.Errorf("cursor not on bob:\n%s", c.View())
	}
}
