package tui

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/quiz"
)

// TestRecordsToRealStore plays a round against a real SQLite file opened
// after the first frame, as the CLI does, and reads it back.
func TestRecordsToRealStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	var opened *progress.Store
	m, err := New(Config{
		Incidents: testCorpus(t), Start: &quiz.Options{Count: 2, Seed: 5}, User: "tester",
		Renderer: asciiRenderer(), Now: fixedClock,
		OpenProgress: func() (Store, error) {
			st, err := progress.Open(path)
			opened = st
			return realStore{st}, err
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	m.run.tickFn = func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd { return nil }
	m, _ = drive(t, m, size(100, 30))
	// The first answer may come before the store is open: it is queued.
	q := m.run.sess.Current()
	m, _ = drive(t, m, keyRunes(digit(q.Answer)))
	m, _ = drive(t, m, m.Init()())
	if opened == nil {
		t.Fatal("the store was not opened")
	}
	defer opened.Close()
	m, _ = drive(t, m, keyEnter, keyRunes("s"), keyEnter)
	if m.active != screenResults {
		t.Fatalf("screen %v, want results", m.active)
	}
	if err := m.Flush(); err != nil {
		t.Fatal(err)
	}
	st, err := opened.Stats("tester", m.incs, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if st.Answers != 2 || st.Correct != 1 {
		t.Fatalf("store holds %d answers, %d right; want 2 and 1", st.Answers, st.Correct)
	}
}

func TestStoreThatFailsToOpen(t *testing.T) {
	m, err := New(Config{
		Incidents: testCorpus(t), User: "tester", Renderer: asciiRenderer(), Now: fixedClock,
		OpenProgress: func() (Store, error) {
			return nil, errors.New("Progress is not saved: progress database /x/progress.db is locked; close other rootcause windows")
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, size(100, 30), m.Init()())
	mustContain(t, m.View(), "! Progress is not saved", "is locked")
	// Play goes on without recording.
	m, _ = drive(t, m, keyRunes("p"), keyEnter)
	if m.active != screenQuestion {
		t.Fatalf("screen %v, want question", m.active)
	}
	m, _ = drive(t, m, keyRunes("1"))
	if m.active != screenFeedback {
		t.Fatalf("screen %v, want feedback", m.active)
	}
}

func TestLoadInCmd(t *testing.T) {
	incs := testCorpus(t)
	m, err := New(Config{
		Load:  func() ([]incidents.Incident, error) { return incs, nil },
		Start: &quiz.Options{Count: 2, Seed: 1}, Renderer: asciiRenderer(), Now: fixedClock,
	})
	if err != nil {
		t.Fatal(err)
	}
	if m.View() != "" {
		t.Fatal("a frame drawn before the corpus is loaded")
	}
	m, _ = drive(t, m, size(80, 24), keyRunes("1"), keyEnter, keyDown) // typed ahead: dropped
	m, _ = drive(t, m, m.Init()())
	mustContain(t, m.View(), "Question 1/2")

	m, _ = New(Config{
		Load:  func() ([]incidents.Incident, error) { return incs, nil },
		Start: &quiz.Options{Count: 2, Filter: incidents.Filter{Platforms: []string{"nope"}}}, Renderer: asciiRenderer(),
	})
	m, quit := drive(t, m, m.Init()())
	var ee *quiz.ExhaustedError
	if !quit || !errors.As(m.Err(), &ee) {
		t.Fatalf("a filter matching nothing: quit %v, err %v", quit, m.Err())
	}
}

func TestStatsFromHome(t *testing.T) {
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("s"))
	if m.active != screenStats {
		t.Fatalf("s opens %v, want stats", m.active)
	}
	mustContain(t, m.View(), "not saved in this run")
	m, _ = drive(t, m, keyEsc)
	if m.active != screenHome {
		t.Fatalf("esc from stats: %v", m.active)
	}
}

func TestHomeSaysWhatIsDue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	st, err := progress.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, err := New(Config{
		Incidents: testCorpus(t), User: "tester", Renderer: asciiRenderer(), Now: fixedClock,
		OpenProgress: func() (Store, error) { return realStore{st}, nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, size(100, 30), m.Init()())
	mustContain(t, m.View(), "nothing due today; 8 new", "Progress is saved for tester in "+path)
}
