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
	return boardModelWith(t, w, h, nil, 0)
}

// boardModelWith is boardModel recording to store, with extra note items
// added to the board.
func boardModelWith(t *testing.T, w, h int, store Store, notes int) Model {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"testdata/board/board.txt"})
	if err != nil || len(probs) > 0 {
		t.Fatalf("fixture: %v %v", err, probs)
	}
	for i := range incs {
		for n := range notes {
			if incs[i].ID == "NFI-2023-0011" {
				incs[i].Evidence = append(incs[i].Evidence, incidents.Evidence{ID: fmt.Sprint("note", n), Kind: incidents.KindNote,
					Title: "On-call notes", Lines: []string{"Re-ran the job by hand: it failed at the same step."}})
			}
		}
	}
	m, err := New(Config{Incidents: incs, Start: &quiz.Options{IDs: []string{"NFI-2023-0011"}, Seed: 1, Difficulty: quiz.Hard},
		Renderer: asciiRenderer(), Now: fixedClock, Progress: store, User: "tester"})
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

// TestEvidenceWithinBudgetIsNotAHint: the answer recorded for spaced
// repetition counts no hint for items opened within the budget (hard: 3),
// and one for an item opened beyond it.
func TestEvidenceWithinBudgetIsNotAHint(t *testing.T) {
	for _, tc := range []struct {
		opened, want int
	}{{1, 0}, {3, 0}, {4, 1}} {
		store := &fakeStore{}
		m := boardModelWith(t, 120, 40, store, 1) // four items to pay for: one beyond the budget
		q := m.run.sess.Current()
		m, _ = drive(t, m, keyRunes("e"))
		for range tc.opened {
			m, _ = drive(t, m, keyDown, keyEnter) // past the free alert, one item each
		}
		m, _ = drive(t, m, keyRunes(digit(q.Answer)))
		if len(store.answers) != 1 || store.answers[0].Clues != tc.want {
			t.Errorf("%d opened: recorded %+v, want %d hints", tc.opened, store.answers, tc.want)
		}
	}
}

// TestPartialBoardSaysWhatIsMissing: a board without a metric says so.
func TestPartialBoardSaysWhatIsMissing(t *testing.T) {
	q := &quiz.Question{Evidence: []incidents.Evidence{{ID: "alert", Kind: incidents.KindAlert}, {ID: "log", Kind: incidents.KindLog}}}
	if got := missingKinds(q); got != "metric" {
		t.Errorf("missingKinds = %q, want metric", got)
	}
	q.Evidence = q.Evidence[:1]
	if got := missingKinds(q); got != "metric and no log or change" {
		t.Errorf("missingKinds = %q", got)
	}
}
