package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/nexusflow/rootcause/quiz"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ now time.Time }

func (c *fakeClock) read() time.Time     { return c.now }
func (c *fakeClock) add(d time.Duration) { c.now = c.now.Add(d) }

// boxedReview opens Setup from Home, picks review (two steps right from
// practice) and starts it with the default 10-minute time box over a plan
// of four incidents.
func boxedReview(t *testing.T, w, h int) (Model, *fakeClock, *fakeStore) {
	t.Helper()
	clk := &fakeClock{now: testNow}
	store := &fakeStore{}
	incs := testCorpus(t)
	store.plan = incidentIDs(incs)[:4]
	m, err := New(Config{Incidents: incs, Progress: store, User: "tester", Renderer: asciiRenderer(), Now: clk.read})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	m, _ = drive(t, m, size(w, h), keyRunes("p"), keyRight, keyRight)
	mustContain(t, m.View(), "‹ review ›", "Time box      ‹ 10m ›")
	return m, clk, store
}

// answerRight answers the current question right after d on the clock.
func answerRight(t *testing.T, m Model, clk *fakeClock, d time.Duration) Model {
	t.Helper()
	clk.add(d)
	m, _ = drive(t, m, keyRunes(digit(m.run.sess.Current().Answer)))
	if m.active != screenFeedback {
		t.Fatalf("after answering: screen %v, want feedback", m.active)
	}
	return m
}

// TestTimeBoxStopsReview: the review offers questions while the box lasts;
// the question on screen when it runs out is finished (no countdown cuts
// it), then Results say the box stopped it and count only what was asked.
func TestTimeBoxStopsReview(t *testing.T) {
	m, clk, store := boxedReview(t, 100, 30)
	m, _ = drive(t, m, keyEnter)
	if m.active != screenQuestion || m.run.sess.Len() != 4 || m.run.box != 10*time.Minute || m.run.opts.TimeLimit != 0 {
		t.Fatalf("screen %v, %d questions, box %v, engine time limit %v; want a 4-question review boxed to 10 min with no limit",
			m.active, m.run.sess.Len(), m.run.box, m.run.opts.TimeLimit)
	}
	m = answerRight(t, m, clk, 4*time.Minute)
	m, _ = drive(t, m, keyEnter) // 4 min in: question 2
	clk.add(7 * time.Minute)     // 11 min: the box ran out while question 2 is on screen
	if m.active != screenQuestion || m.run.sess.Index() != 1 || m.run.timed() {
		t.Fatalf("11 min in: screen %v, question %d, timed %v; want question 2 still open, no countdown", m.active, m.run.sess.Index()+1, m.run.timed())
	}
	m = answerRight(t, m, clk, 30*time.Second)
	m, _ = drive(t, m, keyEnter)
	if m.active != screenResults || !m.run.boxed {
		t.Fatalf("after question 2 past the box: screen %v, boxed %v; want Results", m.active, m.run.boxed)
	}
	r := m.results.res
	if r.Total != 2 || r.Correct != 2 || len(r.Missed) != 0 || len(r.Answers) != 2 || m.results.unasked != 2 {
		t.Errorf("results: %d/%d right, missed %v, %d answers, %d unasked; want 2/2, none missed, 2 answers, 2 unasked",
			r.Correct, r.Total, r.Missed, len(r.Answers), m.results.unasked)
	}
	total := 0
	for _, b := range r.ByPlatform {
		total += b.Total
	}
	if total != 2 {
		t.Errorf("platform breakdown counts %d questions, want the 2 asked: %+v", total, r.ByPlatform)
	}
	v := strings.Join(strings.Fields(m.View()), " ")
	mustContain(t, v, "Time box used up: the 10 min review stopped after 2 questions", "Not asked: 2 incidents",
		"Right 2/2 (100%)", "Nothing missed")
	if len(store.answers) != 2 {
		t.Errorf("%d answers recorded, want the 2 asked (the others stay due)", len(store.answers))
	}
}

// TestTimeBoxNotReached: a review that ends inside its box says so; the
// box is measured without the time a quit dialog held the clocks.
func TestTimeBoxNotReached(t *testing.T) {
	m, clk, _ := boxedReview(t, 100, 30)
	m, _ = drive(t, m, keyEnter)
	for i := 0; i < 4; i++ {
		m = answerRight(t, m, clk, 2*time.Minute)
		if i == 1 {
			m.run.pause()
			clk.add(time.Hour) // a dialog open for an hour
			m.run.resume()
		}
		m, _ = drive(t, m, keyEnter)
	}
	if m.active != screenResults || m.run.boxed || m.results.res.Total != 4 {
		t.Fatalf("screen %v, boxed %v, total %d: want all 4 asked within the box", m.active, m.run.boxed, m.results.res.Total)
	}
	mustContain(t, m.View(), "Done within the 10 min time box.")
}

// TestTimeBoxOffAndOtherModes: "none" plays the whole plan, and only a
// review turns the Time row into a box (practice: per question, exam: a
// limit for the whole exam).
func TestTimeBoxOffAndOtherModes(t *testing.T) {
	m, clk, _ := boxedReview(t, 100, 30)
	for range fieldTime {
		m, _ = drive(t, m, keyDown)
	}
	left := tea.KeyMsg{Type: tea.KeyLeft}
	m, _ = drive(t, m, left, left) // 10m -> 5m -> none
	if o := m.setup.options(); o.Mode != quiz.Review || o.TimeLimit != 0 {
		t.Fatalf("options %+v, want a review without a box", o)
	}
	m, _ = drive(t, m, keyEnter)
	m = answerRight(t, m, clk, time.Hour)
	m, _ = drive(t, m, keyEnter)
	if m.active != screenQuestion || m.run.box != 0 {
		t.Fatalf("an hour into a review without a box: screen %v, box %v", m.active, m.run.box)
	}
	s := newSetup(m.c, m.engine, quiz.Exam, 1)
	if f := s.fields[fieldTime]; f.label != "Time limit" || s.options().TimeLimit != 15*time.Minute {
		t.Errorf("exam time row %q, limit %v", f.label, s.options().TimeLimit)
	}
	s = newSetup(m.c, m.engine, quiz.Practice, 1)
	if f := s.fields[fieldTime]; f.label != "Per question" || s.options().TimeLimit != 0 {
		t.Errorf("practice time row %q, limit %v", f.label, s.options().TimeLimit)
	}
}

// TestTimeBoxGolden draws Setup with a boxed review and the Results the box
// stopped, at 80x24 and 120x40.
func TestTimeBoxGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m, clk, _ := boxedReview(t, sz[0], sz[1])
		t.Run("setup/"+sizeName(sz), func(t *testing.T) { golden.RequireEqual(t, []byte(m.View())) })
		m, _ = drive(t, m, keyEnter)
		m = answerRight(t, m, clk, 6*time.Minute)
		m, _ = drive(t, m, keyEnter)
		clk.add(5 * time.Minute)
		m, _ = drive(t, m, keyRunes("s"), keyEnter) // skip question 2 once the box has run out
		if m.active != screenResults {
			t.Fatalf("screen %v, want Results", m.active)
		}
		t.Run("results/"+sizeName(sz), func(t *testing.T) { golden.RequireEqual(t, []byte(m.View())) })
	}
}
