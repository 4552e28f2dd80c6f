package tui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/nexusflow/rootcause/quiz"
)

// step is a key sent to the program and a text to wait for before the next
// one, since screen changes arrive as messages after the key.
type step struct {
	key  tea.Msg
	wait string
}

// answerKey answers the current question rightly (or not) when the test
// starts; the choice order comes from the engine, so it is looked up.
type answerKey struct{ right bool }

type goldenCase struct {
	name  string
	start *quiz.Options
	steps []step
	wait  string // text on the final screen
}

func goldenCases() []goldenCase {
	practice := func() *quiz.Options { return &quiz.Options{Count: 2, Seed: 1} }
	exam := func() *quiz.Options {
		return &quiz.Options{Mode: quiz.Exam, Count: 2, Seed: 1, TimeLimit: 10 * time.Minute}
	}
	return []goldenCase{
		{name: "home", wait: "Study library"},
		{name: "gameday", steps: []step{{keyRunes("g"), ""}}, wait: "rootcause serve"},
		{name: "setup", steps: []step{{keyRunes("p"), ""}}, wait: "New round"},
		{name: "help", steps: []step{{keyRunes("?"), ""}}, wait: "Keys"},
		{name: "question", start: practice(), wait: "Question 1/2"},
		{name: "question_hard", start: &quiz.Options{Count: 2, Seed: 1, Difficulty: quiz.Hard}, wait: "Question 1/2"},
		{name: "question_clue", start: &quiz.Options{Count: 2, Seed: 1, Difficulty: quiz.Hard},
			steps: []step{{keyRunes("c"), ""}}, wait: "Services revealed"},
		{name: "question_exam", start: exam(), steps: []step{{keyRunes("f"), ""}}, wait: "[flagged]"},
		{name: "feedback_right", start: practice(), steps: []step{{answerKey{true}, ""}}, wait: "Correct"},
		{name: "feedback_wrong", start: practice(), steps: []step{{answerKey{false}, ""}}, wait: "Wrong"},
		{name: "feedback_followup", start: &quiz.Options{Count: 2, Seed: 1, FollowUp: true},
			steps: []step{{answerKey{true}, ""}}, wait: "FOLLOW-UP"},
		{name: "results", start: practice(), steps: []step{
			{answerKey{true}, "Correct"}, {keyEnter, "Question 2/2"}, {keyRunes("s"), "Skipped"}, {keyEnter, ""},
		}, wait: "Results"},
		{name: "exam_submit", start: exam(), steps: []step{
			{answerKey{true}, "Question 2/2"}, {keyRunes("s"), ""},
		}, wait: "Submit the exam?"},
		{name: "results_exam", start: exam(), steps: []step{
			{answerKey{true}, "Question 2/2"}, {keyRunes("s"), "Submit the exam?"}, {keyEnter, ""},
		}, wait: "Results"},
		{name: "library", steps: []step{{keyRunes("l"), ""}}, wait: "enter read"},
		{name: "library_filter", steps: []step{{keyRunes("l"), "enter read"}, {keyRunes("/"), ""}, {keyRunes("glue"), ""}}, wait: "glue"},
		{name: "library_detail", steps: []step{{keyRunes("l"), "enter read"}, {keyEnter, ""}}, wait: "ROOT CAUSE"},
		{name: "quit_confirm", start: practice(), steps: []step{{keyRunes("q"), ""}}, wait: "Quit rootcause?"},
	}
}

// TestGolden renders every screen at 80x24 and 120x40 without color and
// compares the final view with testdata/TestGolden/<screen>/<size>.golden
// (go test ./tui -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases() {
		t.Run(tc.name, func(t *testing.T) {
			for _, sz := range [][2]int{{80, 24}, {120, 40}} {
				t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
					golden.RequireEqual(t, []byte(runGolden(t, tc, sz[0], sz[1])))
				})
			}
		})
	}
}

// TestGoldenWide covers the two-column layouts of wide windows.
func TestGoldenWide(t *testing.T) {
	for _, tc := range goldenCases() {
		switch tc.name {
		case "question_hard", "library", "feedback_wrong":
			t.Run(tc.name, func(t *testing.T) {
				golden.RequireEqual(t, []byte(runGolden(t, tc, 180, 45)))
			})
		}
	}
}

// TestGoldenTooSmall is the request for a larger window.
func TestGoldenTooSmall(t *testing.T) {
	golden.RequireEqual(t, []byte(runGolden(t, goldenCase{name: "home", wait: "enlarge"}, 50, 12)))
}

func runGolden(t *testing.T, tc goldenCase, w, h int) string {
	m := newTestModel(t, tc.start, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	out := tm.Output()
	for _, st := range tc.steps {
		msg := st.key
		if a, ok := msg.(answerKey); ok {
			msg = keyRunes(answerDigit(m, a.right))
		}
		tm.Send(msg)
		if st.wait != "" {
			waitFor(t, out, st.wait)
		}
	}
	waitFor(t, out, tc.wait)
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm, ok := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(Model)
	if !ok {
		t.Fatal("final model is not a Model")
	}
	return fm.View()
}

// answerDigit is the key answering the current question rightly or not. The
// run is shared by pointer, so it reads the program's live session.
func answerDigit(m Model, right bool) string {
	q := m.run.sess.Current()
	if right {
		return digit(q.Answer)
	}
	return digit(wrongChoice(q))
}

func waitFor(t *testing.T, out interface{ Read([]byte) (int, error) }, text string) {
	t.Helper()
	teatest.WaitFor(t, out, func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(30*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}
