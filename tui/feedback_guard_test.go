package tui

import (
	"strings"
	"testing"
	"time"
)

// A digit answers at once: an Enter typed right after it, meant as
// "confirm", must not skip the debrief; one pressed after reading moves on.
func TestEnterRightAfterAnAnswerKeepsTheDebrief(t *testing.T) {
	m := boardModelWith(t, 120, 40, &fakeStore{}, 0)
	clock := testNow
	m.c.now = func() time.Time { return clock }
	q := m.run.sess.Current()
	m, _ = drive(t, m, keyRunes(digit(q.Answer)))
	debrief := m.View()
	clock = clock.Add(nextGuard / 4)
	m, _ = drive(t, m, keyEnter)
	if got := m.View(); got != debrief {
		t.Fatalf("an Enter %v after the answer left the debrief:\n%s", nextGuard/4, got)
	}
	clock = clock.Add(nextGuard)
	m, _ = drive(t, m, keyEnter)
	if got := m.View(); got == debrief || strings.Contains(got, "Why not") {
		t.Fatalf("an Enter after reading did not move on:\n%s", got)
	}
}
