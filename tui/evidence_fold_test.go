package tui

import (
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"strings"
	"testing"
)

// TestEvidenceListFollowsTheCursor (QA F13): at 80x24 the board's list
// starts low on the question screen; the footer names it with its size,
// e brings the whole list into view, ↓ keeps the marker on screen down to
// the last item, and e again brings the chosen answer back.
func TestEvidenceListFollowsTheCursor(t *testing.T) {
	m := boardModelWith(t, 80, 24, nil, 3) // 4 items + 3 notes
	mustContain(t, m.View(), "e evidence")
	m, _ = drive(t, m, keyRunes("e"))
	v := m.View()
	mustContain(t, v, "> alert", "note", "e choices")
	for range 6 {
		m, _ = drive(t, m, keyDown)
	}
	lines := strings.Split(m.View(), "\n")
	last := ""
	for _, l := range lines {
		if strings.Contains(l, "> ") {
			last = l
		}
	}
	if !strings.Contains(last, "On-call notes") {
		t.Fatalf("the marker on the 7th item is off screen:\n%s", m.View())
	}
	m, _ = drive(t, m, keyRunes("e"))
	mustContain(t, m.View(), "> 1.")
}

// TestEvidenceKeyCountsItems: without a budget (normal mode) the footer's
// e says how many items the board has, so a list below the fold is known.
func TestEvidenceKeyCountsItems(t *testing.T) {
	incs, probs, err := incidents.Load([]string{"testdata/board/board.txt"})
	if err != nil || len(probs) > 0 {
		t.Fatalf("fixture: %v %v", err, probs)
	}
	m, err := New(Config{Incidents: incs, Start: &quiz.Options{IDs: []string{"NFI-2023-0011"}, Seed: 1},
		Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, size(80, 24))
	mustContain(t, m.View(), "e evidence (4)")
}
