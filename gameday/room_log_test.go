package gameday

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// Every console line is said with nothing left queued in the journal: a
// facilitator who reads "paused", "locked" or "answers open" and then
// loses the server finds that much on --resume. The game is driven as the
// hub drives it, a commit after each command.
func TestConsoleLinesFollowTheJournal(t *testing.T) {
	var f *fakeGame
	var lines []string
	f = newFakeGame(t, Config{TimePerQuestion: 30 * time.Second, Logf: func(format string, args ...any) {
		line := fmt.Sprintf(format, args...)
		lines = append(lines, line)
		if f.queued() {
			t.Errorf("%q said with journal records still queued", line)
		}
	}})
	do := func(cmd func()) { cmd(); f.commit() }
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	do(f.next) // question 1
	f.clock = f.openedAt.Add(5 * time.Second)
	do(func() { f.answer(a, 1) })
	do(f.togglePause)
	do(f.togglePause)
	do(f.revealEvidence)
	do(f.skip) // question 2
	do(f.lock) // reveal
	do(f.next) // board
	do(f.next) // question 3
	do(func() { f.leave(a) })
	do(f.end)
	f.closeJournal()
	for _, want := range []string{"game started", "question 1/8: answers open", "paused with", "clock resumed",
		"question 1/8 skipped", "question 2/8 locked", "question 3/8: answers open", "alice left", "game over"} {
		if !strings.Contains(strings.Join(lines, "\n"), want) {
			t.Errorf("no line says %q:\n%s", want, strings.Join(lines, "\n"))
		}
	}
}

// journalTypes reads the types of f's journal records, in order.
func journalTypes(t *testing.T, f *fakeGame) []string {
	t.Helper()
	b, err := os.ReadFile(f.journal0(t))
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r journalRec
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("journal line %q: %v", line, err)
		}
		types = append(types, r.T)
	}
	return types
}
