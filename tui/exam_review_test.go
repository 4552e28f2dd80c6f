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

// examBoardReview is a hard exam of the board fixture's NFI-2023-0011 (the
// question boardModel asks in practice) answered wrongly (or rightly),
// submitted, with its row on Results opened.
func examBoardReview(t *testing.T, w, h int, right bool) Model {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"testdata/board/board.txt"})
	if err != nil || len(probs) > 0 {
		t.Fatalf("fixture: %v %v", err, probs)
	}
	m, err := New(Config{Incidents: incs, Start: &quiz.Options{Mode: quiz.Exam, IDs: []string{"NFI-2023-0011"}, Seed: 1, Difficulty: quiz.Hard},
		Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	m, _ = drive(t, m, size(w, h))
	m, _ = drive(t, m, keyRunes(answerDigit(m, right)))
	mustContain(t, m.View(), "Submit the exam?")
	m, _ = drive(t, m, keyEnter)
	if m.active != screenResults {
		t.Fatalf("after submit: %v, want results", m.active)
	}
	m, _ = drive(t, m, keyEnter)
	return m
}

// TestExamReviewBoardGolden: an exam row opens the page practice shows
// after an answer — the pick and the evidence that rules it out, the cause
// and the evidence for it, root cause, resolution, prevention
// (testdata/TestExamReviewBoardGolden/…; -update rewrites them).
func TestExamReviewBoardGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := examBoardReview(t, sz[0], sz[1], false)
			golden.RequireEqual(t, []byte(m.View()))
		})
	}
}

// TestExamReviewIsTheFeedbackPage: the review's lesson is practice's
// feedback page line for line below the heading, the evidence quotes
// included; b jumps to the whole board and back.
func TestExamReviewIsTheFeedbackPage(t *testing.T) {
	m := examBoardReview(t, 100, 200, false)
	v := m.View()
	mustContain(t, v, "Question 1/1 · exam review", "✗ Wrong", "YOUR PICK", "Why not: ", "THE CAUSE",
		"ROOT CAUSE", "RESOLUTION", "PREVENTION", "THE OTHER OPTIONS", "THE WHOLE BOARD", "b whole board")
	for _, want := range []string{"METRIC Job run time and bytes written", "LOG Glue job log"} {
		if strings.Count(v, want) < 2 {
			t.Errorf("%q should be quoted in the lesson and drawn on the board:\n%s", want, v)
		}
	}
	p := boardModel(t, 100, 200)
	p, _ = drive(t, p, keyRunes(answerDigit(p, false)))
	practice := p.feedback.content(96)
	review := m.results.reviewPage(0, 96)
	from := strings.Index(practice, "YOUR PICK")
	until := strings.Index(practice, "THE OTHER OPTIONS")
	if from < 0 || until < 0 || !strings.Contains(review, practice[from:until]) {
		t.Fatalf("the review's lesson differs from practice's feedback:\n--- practice\n%s\n--- review\n%s", practice, review)
	}

	small := examBoardReview(t, 80, 24, false)
	small, _ = drive(t, small, keyRunes("b"))
	mustContain(t, small.View(), "THE WHOLE BOARD")
	small, _ = drive(t, small, keyRunes("b"))
	mustContain(t, small.View(), "Question 1/1 · exam review")
}
