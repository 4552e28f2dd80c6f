package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// digit is the key that answers choice i.
func digit(i int) string { return fmt.Sprint(i + 1) }

// wrongChoice is a choice index that is not the answer.
func wrongChoice(q *quiz.Question) int { return (q.Answer + 1) % len(q.Choices) }

func TestPracticeSessionRightWrongClueSkipRetry(t *testing.T) {
	store := &fakeStore{}
	m := newTestModel(t, &quiz.Options{Count: 3, Seed: 1}, store)
	m, _ = drive(t, m, size(100, 30))
	if m.active != screenQuestion {
		t.Fatalf("play opens on %v, want question", m.active)
	}
	mustContain(t, m.View(), "Question 1/3", "Score 0")

	// 1: right.
	q := m.run.sess.Current()
	m, _ = drive(t, m, keyRunes(digit(q.Answer)))
	if m.active != screenFeedback {
		t.Fatalf("after an answer: %v, want feedback", m.active)
	}
	mustContain(t, m.View(), "Correct", "+100 points", "ROOT CAUSE")

	// 2: a clue, then wrong (chosen with arrows and Enter).
	m, _ = drive(t, m, keyEnter)
	mustContain(t, m.View(), "Question 2/3", "Score 100", "Streak 1")
	q = m.run.sess.Current()
	m, _ = drive(t, m, keyRunes("c"))
	if m.run.sess.CluesShown() != 1 {
		t.Fatalf("c revealed %d clues, want 1", m.run.sess.CluesShown())
	}
	mustContain(t, m.View(), "revealed")
	w := wrongChoice(q)
	for range w {
		m, _ = drive(t, m, keyDown)
	}
	m, _ = drive(t, m, keyEnter)
	// The pick and why it was wrong lead the page; the other options may
	// be below the first page.
	mustContain(t, m.View(), "Wrong", "you picked "+digit(w), "YOUR PICK", "Why not: ")
	mustContain(t, m.feedback.content(96), "THE OTHER OPTIONS")

	// 3: skipped.
	m, _ = drive(t, m, keyRunes("n"), keyRunes("s"))
	mustContain(t, m.View(), "Skipped")
	m, _ = drive(t, m, keyEnter)
	if m.active != screenResults {
		t.Fatalf("after the last question: %v, want results", m.active)
	}
	mustContain(t, m.View(), "Results", "1/3", "Missed (2)")

	if len(store.answers) != 3 || store.finished != 1 || len(store.sessions) != 1 {
		t.Fatalf("recorded %d answers, %d sessions, %d finished; want 3, 1, 1", len(store.answers), len(store.sessions), store.finished)
	}
	if !store.answers[0].Correct || store.answers[1].Correct || store.answers[1].Clues != 1 || store.answers[2].Choice != -1 {
		t.Fatalf("recorded answers wrong: %+v", store.answers)
	}

	// r retries just the two missed incidents.
	missed := m.results.res.Missed
	m, _ = drive(t, m, keyRunes("r"))
	mustContain(t, m.View(), "Question 1/2")
	got := []string{m.run.sess.Current().Incident.ID}
	m, _ = drive(t, m, keyRunes("s"), keyEnter)
	got = append(got, m.run.sess.Current().Incident.ID)
	if strings.Join(got, ",") != strings.Join(missed, ",") {
		t.Fatalf("retry asks %v, want the missed %v", got, missed)
	}
}

func TestExamFlagRevisitSubmit(t *testing.T) {
	store := &fakeStore{}
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 3, Seed: 2, TimeLimit: 10 * time.Minute}, store)
	m, _ = drive(t, m, size(100, 30))
	mustContain(t, m.View(), "Question 1/3", "answered 0/3", "Exam time left 10:00")

	m, _ = drive(t, m, keyRunes("f"))
	mustContain(t, m.View(), "[flagged]")
	first := m.run.sess.Current()
	m, _ = drive(t, m, keyRunes(digit(wrongChoice(first))))
	if m.active != screenQuestion || m.run.sess.Index() != 1 {
		t.Fatalf("an exam answer moves on: screen %v index %d", m.active, m.run.sess.Index())
	}
	m, _ = drive(t, m, keyRunes(digit(m.run.sess.Current().Answer)))
	m, _ = drive(t, m, keyRunes("s")) // leave 3 unanswered
	mustContain(t, m.View(), "Submit the exam?", "2 of 3 questions answered, 1 flagged", "Revisit question 1", "Revisit question 3")
	if len(store.answers) != 0 {
		t.Fatalf("an exam records nothing before it is submitted, got %d", len(store.answers))
	}

	// Revisit the flagged question and fix the answer.
	m, _ = drive(t, m, keyDown, keyEnter)
	mustContain(t, m.View(), "Question 1/3", "(your answer)")
	m, _ = drive(t, m, keyRunes(digit(first.Answer)))
	m, _ = drive(t, m, keyRight, keyRight) // past the last question again
	mustContain(t, m.View(), "Submit the exam?")
	m, _ = drive(t, m, keyEnter)
	if m.active != screenResults {
		t.Fatalf("submit shows %v, want results", m.active)
	}
	mustContain(t, m.View(), "Results · exam", "2/3", "Review", "[flagged]", "skipped")
	if len(store.answers) != 3 || store.finished != 1 {
		t.Fatalf("exam recorded %d answers, %d finished; want 3 and 1", len(store.answers), store.finished)
	}
}

func TestPerQuestionTimeRunsOut(t *testing.T) {
	now := testNow
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 3, PerQuestion: 30 * time.Second}, nil)
	m.c.now = func() time.Time { return now }
	m.run.now = m.c.now
	m, _ = drive(t, m, size(100, 30))
	mustContain(t, m.View(), "Time left 0:30")
	now = now.Add(25 * time.Second)
	m, _ = drive(t, m, tickMsg{run: m.run})
	mustContain(t, m.View(), "Time left 0:05")
	now = now.Add(6 * time.Second)
	m, _ = drive(t, m, tickMsg{run: m.run})
	if m.active != screenFeedback {
		t.Fatalf("out of time: %v, want feedback", m.active)
	}
	mustContain(t, m.View(), "Time is up")
}

func TestExamTimeLimitSubmits(t *testing.T) {
	now := testNow
	store := &fakeStore{}
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 3, Seed: 3, TimeLimit: time.Minute}, store)
	m.c.now = func() time.Time { return now }
	m.run.now = m.c.now
	m, _ = drive(t, m, size(100, 30), keyRunes("1"))
	now = now.Add(61 * time.Second)
	m, _ = drive(t, m, tickMsg{run: m.run})
	if m.active != screenResults {
		t.Fatalf("exam out of time: %v, want results", m.active)
	}
	// The wall time (capped at the limit), not the sum of answer times.
	mustContain(t, m.View(), "Results · exam", "skipped", "Time's up", "Time 1:00")
	if len(store.answers) != 3 || store.finished != 1 {
		t.Fatalf("recorded %d answers, %d finished; want 3 and 1", len(store.answers), store.finished)
	}
	// Question 2 was on screen (a miss), question 3 never was.
	for i, want := range []bool{false, false, true} {
		if got := store.answers[i].NotReached; got != want {
			t.Errorf("answer %d: NotReached %v, want %v", i+1, got, want)
		}
	}
}

func TestFollowUpBeforePrevention(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 4, FollowUp: true}, nil)
	m, _ = drive(t, m, size(100, 40))
	m, _ = drive(t, m, keyRunes(digit(m.run.sess.Current().Answer)))
	fq := m.run.sess.FollowUp()
	if fq == nil {
		t.Skip("the engine offers no follow-up for this incident")
	}
	v := m.View()
	mustContain(t, v, "FOLLOW-UP", fq.Prompt())
	if strings.Contains(v, "PREVENTION") {
		t.Fatal("prevention items shown before the follow-up is answered")
	}
	m, _ = drive(t, m, keyRunes(digit(fq.Answer)))
	mustContain(t, m.View(), "Follow-up right", "PREVENTION")
}

func TestQuitConfirmsDuringSession(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(80, 24))
	m, quit := drive(t, m, keyRunes("q"))
	if quit {
		t.Fatal("q quit without asking during a session")
	}
	mustContain(t, m.View(), "Quit rootcause?")
	m, quit = drive(t, m, keyRunes("n"))
	if quit || m.confirm != confirmNone {
		t.Fatal("n did not cancel the quit")
	}
	m, _ = drive(t, m, keyCtrlC)
	mustContain(t, m.View(), "Quit rootcause?")
	if _, quit = drive(t, m, keyRunes("y")); !quit {
		t.Fatal("y did not quit")
	}
	if _, quit = drive(t, m, keyRunes("q")); !quit {
		t.Fatal("q q did not quit")
	}

	// Esc on a question asks to end the session and goes Home.
	m = newTestModel(t, &quiz.Options{Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(80, 24), keyEsc)
	mustContain(t, m.View(), "End this session?")
	m, _ = drive(t, m, keyRunes("y"))
	if m.active != screenHome || m.run != nil {
		t.Fatalf("leaving: screen %v", m.active)
	}

	// On Home, q quits at once.
	if _, quit = drive(t, m, keyRunes("q")); !quit {
		t.Fatal("q on Home did not quit")
	}
}

func TestLibraryFilterTakesKeysFirst(t *testing.T) {
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("l"))
	if m.active != screenLibrary {
		t.Fatalf("l opens %v, want library", m.active)
	}
	m, _ = drive(t, m, keyRunes("/"))
	if f := m.footer(); strings.Contains(f, "quit") || strings.Contains(f, "help") {
		t.Fatalf("the footer offers q or ? while they are typed into the filter: %q", f)
	}
	m, quit := drive(t, m, keyRunes("q"), keyRunes("?"))
	if quit || m.showHelp {
		t.Fatal("typing q or ? in the filter acted as a global key")
	}
	if got := m.library.list.FilterValue(); got != "q?" {
		t.Fatalf("filter holds %q, want %q", got, "q?")
	}
	m, _ = drive(t, m, keyEsc, keyEsc)
	if m.active != screenHome {
		t.Fatalf("esc esc: %v, want home", m.active)
	}
}

func TestHomeFlowsAndReview(t *testing.T) {
	store := &fakeStore{plan: []string{"NFI-2023-0014", "NFI-2023-0011"}}
	m := newTestModel(t, nil, store)
	m, _ = drive(t, m, size(100, 30))
	mustContain(t, m.View(), "rootcause", "8 incidents · 4 platforms", "Practice", "Game day")

	m, _ = drive(t, m, keyRunes("r"))
	if m.active != screenQuestion || m.run.opts.Mode != quiz.Review {
		t.Fatalf("review opens %v", m.active)
	}
	if got := m.run.sess.Current().Incident.ID; got != "NFI-2023-0014" {
		t.Fatalf("review starts with %s, want the first planned", got)
	}

	m = newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("p"))
	mustContain(t, m.View(), "New round", "8 incidents match")
	m, _ = drive(t, m, keyDown, keyDown, keyDown, keyRight) // platform: the first one
	mustContain(t, m.View(), "Platform      ‹ AthenaStream ›")
	m, _ = drive(t, m, keyEnter)
	if m.active != screenQuestion {
		t.Fatalf("enter on setup: %v, want question", m.active)
	}
	if p := m.run.sess.Current().Incident.Platform; p != "AthenaStream" {
		t.Fatalf("filtered session asks about %s", p)
	}

	m = newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("g"))
	mustContain(t, m.View(), "rootcause serve")
}

func TestTooSmallAndHelp(t *testing.T) {
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(50, 12))
	mustContain(t, m.View(), "Please enlarge the window", "need 60x15, have 50x12", "q quits")
	// Nothing but quitting works behind it.
	m, quit := drive(t, m, keyRunes("?"), keyRunes("l"))
	if quit || m.showHelp || m.active != screenHome {
		t.Fatalf("keys acted behind the too-small screen: help %v, screen %v", m.showHelp, m.active)
	}
	if _, quit = drive(t, m, keyRunes("q")); !quit {
		t.Fatal("q behind the too-small screen did not quit")
	}
	m, _ = drive(t, m, size(80, 24), keyRunes("?"))
	mustContain(t, m.View(), "Keys · home", "quit")
	m, _ = drive(t, m, keyRunes("?"))
	if m.showHelp {
		t.Fatal("? did not close the help")
	}
}

func TestMouseWheelAndStrayKeys(t *testing.T) {
	wheel := func(b tea.MouseButton) tea.MouseMsg {
		return tea.MouseMsg{Button: b, Action: tea.MouseActionPress}
	}
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(80, 24), keyRunes("l"), wheel(tea.MouseButtonWheelDown), wheel(tea.MouseButtonWheelDown))
	if got := m.library.list.Index(); got != 2 {
		t.Fatalf("two wheel steps down the library: index %d, want 2", got)
	}
	m, _ = drive(t, m, keyEnter)
	before := m.library.detail.vp.YOffset
	m, _ = drive(t, m, size(60, 15), wheel(tea.MouseButtonWheelDown))
	if m.library.detail.vp.YOffset <= before {
		t.Fatal("the wheel did not scroll the incident page")
	}

	m = newTestModel(t, &quiz.Options{Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(60, 15), wheel(tea.MouseButtonWheelDown))
	if m.question.scroll == 0 {
		t.Fatal("the wheel did not scroll a question taller than the window")
	}
	m, _ = drive(t, m, keyRunes("7"), keyRunes("x"))
	if m.active != screenQuestion || m.run.sess.Current() == nil {
		t.Fatal("a digit past the choices or a stray letter answered")
	}
}
