package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/nexusflow/rootcause/quiz"
)

func examOpts() *quiz.Options {
	return &quiz.Options{Mode: quiz.Exam, Count: 2, Seed: 1, TimeLimit: 10 * time.Minute}
}

// examToResults answers the first exam question wrongly, skips the second
// and submits.
var examToResults = []step{
	{answerKey{false}, "Question 2/2"}, {keyRunes("s"), "Submit the exam?"}, {keyEnter, "Review"},
}

// TestPolishExamReviewGolden: exam results list every question first, and
// a row opens the full feedback page (why the pick was wrong, root cause,
// resolution, prevention, the other options).
func TestPolishExamReviewGolden(t *testing.T) {
	cases := []goldenCase{
		{name: "list", start: examOpts(), steps: append(append([]step{}, examToResults[:2]...), step{keyEnter, ""}), wait: "enter opens a question"},
		{name: "open_row", start: examOpts(), steps: append(append([]step{}, examToResults...),
			step{keyEnter, ""}), wait: "YOUR PICK"},
		{name: "open_skipped", start: examOpts(), steps: append(append([]step{}, examToResults...),
			step{keyDown, ""}, step{keyEnter, ""}), wait: "Question 2/2 · exam review"},
		{name: "timed_out", start: examOpts(), steps: []step{{finishMsg{reason: quiz.EndTimedOut}, ""}}, wait: "not reached"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, sz := range [][2]int{{80, 24}, {120, 40}} {
				t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
					golden.RequireEqual(t, []byte(runGolden(t, tc, sz[0], sz[1])))
				})
			}
		})
	}
}

// TestPolishExamReviewKeys steps through the review: enter opens the row
// under the cursor, → goes to the next question, esc returns to the list,
// and esc on the list goes home.
func TestPolishExamReviewKeys(t *testing.T) {
	m := newTestModel(t, examOpts(), nil)
	m, _ = drive(t, m, size(100, 90))
	m, _ = drive(t, m, keyRunes(answerDigit(m, false)), keyRunes("s"), keyEnter)
	if m.active != screenResults {
		t.Fatalf("active %v, want results", m.active)
	}
	m, _ = drive(t, m, keyEnter)
	mustContain(t, m.View(), "Question 1/2 · exam review", "YOUR PICK", "Why not: ", "THE CAUSE", "ROOT CAUSE", "RESOLUTION", "PREVENTION")
	m, _ = drive(t, m, keyRight)
	mustContain(t, m.View(), "Question 2/2 · exam review", "– Skipped", "THE OTHER OPTIONS")
	if strings.Contains(m.View(), "YOUR PICK") {
		t.Fatal("a skipped question has no pick to explain")
	}
	m, _ = drive(t, m, keyEsc)
	mustContain(t, m.View(), "Review · enter opens a question", "> ✗  2.")
	m, _ = drive(t, m, keyEsc)
	if m.active != screenHome {
		t.Fatalf("esc on the list: active %v, want home", m.active)
	}
}

// TestPolishResultsMissedFirst: on practice results the missed incidents
// come before the breakdown tables.
func TestPolishResultsMissedFirst(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(120, 40))
	m, _ = drive(t, m, keyRunes("s"), keyEnter, keyRunes("s"), keyEnter)
	v := m.View()
	mustContain(t, v, "Missed (2)", "By platform")
	if strings.Index(v, "Missed (2)") > strings.Index(v, "By platform") {
		t.Fatalf("missed list after the breakdowns:\n%s", v)
	}
}
