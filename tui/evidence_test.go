package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// boardModel is the app on the evidence fixture (testdata/board: the test
// corpus with a board on NFI-2023-0011), asking that incident in hard mode.
func boardModel(t *testing.T, w, h int) Model {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"testdata/board/board.txt"})
	if err != nil || len(probs) > 0 {
		t.Fatalf("fixture: %v %v", err, probs)
	}
	m, err := New(Config{Incidents: incs, Start: &quiz.Options{IDs: []string{"NFI-2023-0011"}, Seed: 1, Difficulty: quiz.Hard},
		Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	m, _ = drive(t, m, size(w, h))
	return m
}

// TestInvestigationGolden draws the investigation at 80x24 and 120x40: the
// list, an opened chart, a log item, and the feedback that teaches from the
// board (testdata/TestInvestigationGolden/…; -update rewrites them).
func TestInvestigationGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		steps := map[string][]tea.Msg{
			"list":     nil,
			"chart":    {keyRunes("e"), keyDown, keyEnter},
			"log":      {keyRunes("e"), keyDown, keyDown, keyEnter},
			"feedback": {keyRunes("e"), keyDown, keyEnter, keyRunes("1")},
		}
		for name, keys := range steps {
			t.Run(fmt.Sprintf("%s/%dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				m := boardModel(t, sz[0], sz[1])
				m, _ = drive(t, m, keys...)
				golden.RequireEqual(t, []byte(m.View()))
			})
		}
	}
}

// TestInvestigationFitsAndAnswers: at 80x24 the evidence list and every
// choice are on screen together; digits answer while the cursor is on the
// board; opening within the budget costs what the list said.
func TestInvestigationFitsAndAnswers(t *testing.T) {
	m := boardModel(t, 80, 24)
	q := m.run.sess.Current()
	v := m.View()
	mustContain(t, v, "PAGE dashboards stale", "Job run time and bytes written", "Glue job log", "Changes this week", "−10")
	for i, c := range q.Choices {
		if !strings.Contains(strings.Join(strings.Fields(v), " "), strings.Join(strings.Fields(c.Text), " ")) {
			t.Errorf("choice %d not whole on screen:\n%s", i+1, v)
		}
	}
	m, _ = drive(t, m, keyRunes("e"), keyDown, keyDown, keyEnter)
	mustContain(t, m.View(), "AccessDenied: s3:ListBucket", "open")
	if left := m.run.sess.BudgetLeft(); left != 2 {
		t.Errorf("budget left %d after one item, want 2", left)
	}
	m, _ = drive(t, m, keyRunes(digit(q.Answer)))
	if m.active != screenFeedback {
		t.Fatalf("a digit on the board did not answer: %v", m.active)
	}
	mustContain(t, m.View(), "✓ Correct", "−10 evidence", "THE CAUSE")
	m, _ = drive(t, m, keyRunes("b"))
	mustContain(t, m.View(), "THE WHOLE BOARD", "ETL freshness page")
}
