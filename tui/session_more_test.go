// Session tests for behaviour added after the first QA pass: split keys,
// review planning, notes, exam submit, honest help, small corpora.

package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// Keys read together arrive as one message: each still counts, in order.
func TestKeysInOneReadAreSplit(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 3, Seed: 1}, nil)
	m, _ = drive(t, m, size(100, 30))
	q := m.run.sess.Current()
	m, _ = drive(t, m, keyRunes(digit(q.Answer)+"n"))
	if m.active != screenQuestion || m.run.sess.Index() != 1 {
		t.Fatalf("after %q: %v at question %d, want question 2", digit(q.Answer)+"n", m.active, m.run.sess.Index()+1)
	}
	mustContain(t, m.View(), "Question 2/3", "Score 100")

	// Home: "l" opens the library, then "/ab" is typed into its filter whole.
	h := newTestModel(t, nil, nil)
	h, _ = drive(t, h, size(100, 30), keyRunes("l/"), keyRunes("db"))
	if h.active != screenLibrary || !h.library.filtering() {
		t.Fatalf("after l/: %v (filtering %v), want the library filtering", h.active, h.library.filtering())
	}
	mustContain(t, h.View(), "db")
}

// rootcause play --mode review: the store plans it once open, due first.
func TestPlayReviewIsPlannedByTheStore(t *testing.T) {
	store := &fakeStore{plan: []string{"NFI-2023-0011", "NFI-2023-0014"}}
	m, err := New(Config{
		Incidents: testCorpus(t), Start: &quiz.Options{Mode: quiz.Review, Difficulty: quiz.Hard, Count: 5},
		OpenProgress: func() (Store, error) { return store, nil }, User: "tester",
		Renderer: asciiRenderer(), Now: fixedClock,
	})
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, size(100, 30), m.Init()())
	if m.active != screenQuestion || m.run.opts.Mode != quiz.Review || m.run.opts.Difficulty != quiz.Hard {
		t.Fatalf("play --mode review opens %v (%+v)", m.active, m.run)
	}
	if got := m.run.sess.Current().Incident.ID; got != "NFI-2023-0011" || m.run.sess.Len() != 2 {
		t.Fatalf("review asks %s first of %d, want the planned NFI-2023-0011 of 2", got, m.run.sess.Len())
	}

	// A store that cannot open says why and that review needs it.
	m, _ = New(Config{
		Incidents: testCorpus(t), Start: &quiz.Options{Mode: quiz.Review},
		OpenProgress: func() (Store, error) { return nil, fmt.Errorf("Progress is not saved: x.db is not a database") },
		Renderer:     asciiRenderer(), Now: fixedClock,
	})
	m, _ = drive(t, m, size(100, 30), m.Init()())
	if m.active != screenHome {
		t.Fatalf("review without a store: %v, want home", m.active)
	}
	mustContain(t, m.View(), "not a database", "A review needs saved progress")
}

// A question's Note (e.g. no authored material) is shown on its card.
func TestQuestionNoteIsShown(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(100, 30))
	m.run.sess.Current().Note = "No authored distractors for NFI-X: wrong options come from other incidents."
	mustContain(t, m.View(), "Note: No authored distractors for NFI-X")
}

// Esc in an exam offers to submit it; its time is the wall time.
func TestExamEscOffersSubmit(t *testing.T) {
	now := testNow
	store := &fakeStore{}
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 2, Seed: 2}, store)
	m.c.now = func() time.Time { return now }
	m.run.now = m.c.now
	m, _ = drive(t, m, size(100, 30))
	for range 2 {
		now = now.Add(40 * time.Second)
		m, _ = drive(t, m, keyRunes("1"))
	}
	m, _ = drive(t, m, keyEsc)
	if m.confirm != confirmExam {
		t.Fatalf("esc in an exam: dialog %v, want the exam one", m.confirm)
	}
	v := m.View()
	mustContain(t, v, "End this exam?", "y/s/enter submit now", "d discard", "n/esc keep playing")
	m, _ = drive(t, m, keyRunes("s"))
	if m.active != screenResults {
		t.Fatalf("s in the exam dialog: %v, want results", m.active)
	}
	mustContain(t, m.View(), "Time 1:20")
	if strings.Contains(m.View(), "Time's up") {
		t.Fatal("an exam submitted in time says time's up")
	}
	if len(store.answers) != 2 || store.finished != 1 {
		t.Fatalf("recorded %d answers, %d finished; want 2 and 1", len(store.answers), store.finished)
	}
}

// The footer offers only keys that do something on this question.
func TestQuestionHelpTellsTheTruth(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(100, 30))
	q := m.run.sess.Current()
	q.Choices = q.Choices[:3]
	if q.Answer >= 3 {
		q.Answer = 0
	}
	mustContain(t, m.View(), "1-3/A-C answer", "c clue")
	for range q.Clues {
		m, _ = drive(t, m, keyRunes("c"))
	}
	if v := m.View(); strings.Contains(v, "c clue") || strings.Contains(v, "1-4") {
		t.Fatalf("footer offers a missing choice or clue:\n%s", v)
	}
}

// A round shorter than asked says so, on Setup and on its first question.
func TestTooFewIncidentsSaySo(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 40, Seed: 1, Filter: incidents.Filter{Platforms: []string{"DataNexus"}}}, nil)
	m, _ = drive(t, m, size(100, 30))
	mustContain(t, m.View(), "Question 1/2", "Only 2 incidents match: the round has 2 questions.")
	m, _ = drive(t, m, keyRunes("1"), keyEnter)
	if strings.Contains(m.View(), "Only 2") {
		t.Fatal("the notice stays after the first question")
	}

	m = newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("p"), keyDown, keyDown, keyRight, keyDown, keyRight, keyRight)
	mustContain(t, m.View(), "Questions     ‹ 15 ›", "2 incidents match these filters: the round has 2 questions")
}

// Setup names the no-filter values and offers only services that match.
func TestSetupServicesFollowTheFilters(t *testing.T) {
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("p"))
	mustContain(t, m.View(), "‹ any platform ›", "‹ any severity ›", "‹ any service ›")
	m, _ = drive(t, m, keyDown, keyDown, keyDown, keyRight) // platform: the first one
	svc := m.setup.fields[fieldService]
	if len(svc.values) < 2 || len(svc.values) >= len(newSetup(m.c, m.engine, quiz.Practice, 1).fields[fieldService].values) {
		t.Fatalf("services for one platform: %q", svc.values)
	}
	m, _ = drive(t, m, keyDown, keyDown)
	for range svc.values {
		m, _ = drive(t, m, keyRight)
		if n := m.engine.Count(m.setup.filter()); n == 0 {
			t.Fatalf("service %q leaves no incident", m.setup.fields[fieldService].value())
		}
	}
}

// In the exam dialog y submits, as "yes, end it" does elsewhere, and only d
// throws the answers away.
func TestExamDialogKeys(t *testing.T) {
	for _, tc := range []struct {
		key       string
		want      screen
		submitted bool
	}{
		{"y", screenResults, true},
		{"s", screenResults, true},
		{"d", screenHome, false},
	} {
		t.Run(tc.key, func(t *testing.T) {
			store := &fakeStore{}
			m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 2, Seed: 2}, store)
			m, _ = drive(t, m, size(80, 24), keyRunes("1"), keyEsc, keyRunes(tc.key))
			if m.active != tc.want {
				t.Fatalf("%s in the exam dialog: %v, want %v", tc.key, m.active, tc.want)
			}
			if got := len(store.answers) > 0; got != tc.submitted {
				t.Fatalf("%s: answers recorded %v, want %v", tc.key, got, tc.submitted)
			}
		})
	}
}

// The full help over the exam submit list names it.
func TestSubmitListHelpTitle(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 2, Seed: 2}, nil)
	m, _ = drive(t, m, size(80, 24), keyRunes("1"), keyRunes("1"))
	if !m.question.submit.open {
		t.Fatal("the submit list is not open after the last question")
	}
	m, _ = drive(t, m, keyRunes("?"))
	mustContain(t, m.View(), "Keys · submit")
}

// A question revisited from the submit list returns there once answered,
// and the exam footer names ←/→ and enter.
func TestRevisitReturnsToSubmitList(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 3, Seed: 2}, nil)
	m, _ = drive(t, m, size(80, 24))
	mustContain(t, m.footer(), "↑↓/enter pick", "←→ prev/next")
	m, _ = drive(t, m, keyRunes("1"), keyRunes("s"), keyRunes("1"))
	if !m.question.submit.open {
		t.Fatal("the submit list is not open after the last question")
	}
	m, _ = drive(t, m, keyDown, keyEnter)
	if m.question.submit.open || m.run.sess.Index() != 1 {
		t.Fatalf("enter on the skipped question: submit open %v, question %d; want question 2", m.question.submit.open, m.run.sess.Index()+1)
	}
	m, _ = drive(t, m, keyRunes("2"))
	if !m.question.submit.open {
		t.Fatalf("answering a revisited question moved on to question %d, want the submit list", m.run.sess.Index()+1)
	}
	mustContain(t, m.View(), "3 of 3 questions answered")
}

// The exam clock stops behind the leave dialog and the paused time is
// given back when the trainee keeps playing.
func TestExamClockPausesBehindDialog(t *testing.T) {
	now := testNow
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 3, Seed: 3, TimeLimit: time.Minute}, nil)
	m.c.now = func() time.Time { return now }
	m.run.now = m.c.now
	m, _ = drive(t, m, size(100, 30))
	now = now.Add(10 * time.Second)
	m, _ = drive(t, m, keyEsc)
	now = now.Add(5 * time.Minute)
	m, _ = drive(t, m, tickMsg{run: m.run})
	if m.active != screenQuestion || m.confirm != confirmExam {
		t.Fatalf("a tick behind the dialog: screen %v, dialog %v; want the exam dialog still", m.active, m.confirm)
	}
	m, _ = drive(t, m, keyRunes("n"), tickMsg{run: m.run})
	if m.active != screenQuestion {
		t.Fatalf("after n: %v, want the question", m.active)
	}
	mustContain(t, m.View(), "Exam time left 0:50")
}
