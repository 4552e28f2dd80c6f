package tui

import (
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// testNow is the fixed clock of every test: goldens never see the wall clock.
var testNow = time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return testNow }

// testCorpus is 8 incidents of the bundled corpus with their material, kept
// in testdata so goldens do not move when the bundled corpus grows.
func testCorpus(t testing.TB) []incidents.Incident {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"testdata/corpus.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		if !p.Warning {
			t.Fatalf("test corpus: %v", p)
		}
	}
	if len(incs) != 8 {
		t.Fatalf("test corpus: %d incidents, want 8", len(incs))
	}
	return incs
}

// asciiRenderer renders without color, like NO_COLOR, so goldens are stable.
func asciiRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
	r.SetHasDarkBackground(true)
	return r
}

// newTestModel builds the app on the test corpus with a fixed clock.
func newTestModel(t testing.TB, start *quiz.Options, store Store) Model {
	t.Helper()
	m, err := New(Config{
		Incidents: testCorpus(t), Start: start, Progress: store, User: "tester",
		Renderer: asciiRenderer(), Now: fixedClock,
	})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	if m.run != nil {
		m.run.tickFn = m.c.tick
	}
	return m
}

// Keys as bubbletea delivers them.
func keyRunes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

var (
	keyEnter = tea.KeyMsg{Type: tea.KeyEnter}
	keyEsc   = tea.KeyMsg{Type: tea.KeyEsc}
	keyDown  = tea.KeyMsg{Type: tea.KeyDown}
	keyUp    = tea.KeyMsg{Type: tea.KeyUp}
	keyRight = tea.KeyMsg{Type: tea.KeyRight}
	keyCtrlC = tea.KeyMsg{Type: tea.KeyCtrlC}
)

// drive feeds messages to the model as the program would, running the Cmds
// they return synchronously (newTestModel stops the timer: tests send
// tickMsg themselves). It returns the model and whether it asked to quit.
func drive(t testing.TB, m Model, msgs ...tea.Msg) (Model, bool) {
	t.Helper()
	quit := false
	queue := append([]tea.Msg{}, msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		next, c := m.Update(msg)
		m = next.(Model)
		out, q := runCmd(c)
		quit = quit || q
		queue = append(out, queue...)
	}
	return m, quit
}

// runCmd runs a Cmd and the batches and sequences it holds.
func runCmd(c tea.Cmd) (msgs []tea.Msg, quit bool) {
	if c == nil {
		return nil, false
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- c() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(10 * time.Second):
		panic("a Cmd blocked for 10s: a timer left running in a test")
	}
	switch msg := msg.(type) {
	case tea.QuitMsg:
		return nil, true
	case tea.BatchMsg:
		for _, sub := range msg {
			o, q := runCmd(sub)
			msgs, quit = append(msgs, o...), quit || q
		}
		return msgs, quit
	case nil:
		return nil, false
	}
	if seq, ok := asSequence(msg); ok {
		for _, sub := range seq {
			o, q := runCmd(sub)
			msgs, quit = append(msgs, o...), quit || q
		}
		return msgs, quit
	}
	return []tea.Msg{msg}, false
}

// asSequence unpacks tea.Sequence's unexported message type (a []tea.Cmd).
func asSequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// fakeStore is an in-memory Store that remembers what was written.
type fakeStore struct {
	mu       sync.Mutex
	sessions []SessionInfo
	answers  []Answer
	finished int
	plan     []string
	failOpen bool
}

func (f *fakeStore) StartSession(_ string, info SessionInfo) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sessions = append(f.sessions, info)
	return int64(len(f.sessions)), nil
}

func (f *fakeStore) RecordAnswer(_ int64, a Answer) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.answers = append(f.answers, a)
	return nil
}

func (f *fakeStore) FinishSession(int64, time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.finished++
	return nil
}

func (f *fakeStore) Where() string { return "" }

func (f *fakeStore) Stats(string, []incidents.Incident, time.Time) (*Stats, error) {
	return &Stats{}, nil
}

func (f *fakeStore) Plan(_ string, ids []string, _ time.Time, n int) ([]string, error) {
	if f.plan != nil {
		return f.plan, nil
	}
	return ids[:min(n, len(ids))], nil
}

// size is a window size message.
func size(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// mustContain fails unless the view holds every text.
func mustContain(t testing.TB, view string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if !strings.Contains(view, s) {
			t.Fatalf("view lacks %q:\n%s", s, view)
		}
	}
}
