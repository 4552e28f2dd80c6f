package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// dailyStore is a fake Store with the daily loop.
type dailyStore struct {
	fakeStore
	today    Today
	cards    []Card
	settings Settings
	saved    []Settings
}

func (d *dailyStore) Today(string, []string, time.Time) (Today, error) { return d.today, nil }
func (d *dailyStore) Cards(string, time.Time) ([]Card, error)          { return d.cards, nil }
func (d *dailyStore) Settings(string) (Settings, error)                { return d.settings, nil }
func (d *dailyStore) SaveSettings(_ string, s Settings) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.saved = append(d.saved, s)
	d.settings = s
	return nil
}

// newNoticeModel is the test app opened with Config.Notice.
func newNoticeModel(t testing.TB, notice string) Model {
	t.Helper()
	m, err := New(Config{Incidents: testCorpus(t), User: "tester", Notice: notice, Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	return m
}

// runModelGolden runs m in teatest at w×h, sends msgs, waits for text and
// returns the final view.
func runModelGolden(t *testing.T, m Model, w, h int, wait string, msgs ...tea.Msg) string {
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	for _, msg := range msgs {
		tm.Send(msg)
	}
	waitFor(t, tm.Output(), wait)
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if !ok {
		t.Fatal("final model is not a Model")
	}
	return fm.View()
}

// TestPolishHomeGolden: Home says what the load left out and how to see
// why, and shows the daily loop (due, goal, streak) once the store answers.
func TestPolishHomeGolden(t *testing.T) {
	notice := LoadNotice(1, 1, "rootcause incidents validate broken.txt") +
		"\nProgress is not saved in this run (--no-save). Run without --no-save to keep your history."
	today := todayMsg{today: Today{Date: "2024-05-01", Due: 3, New: 4, NewLeft: -1, Answers: 4, Goal: 10, Streak: 5}}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			golden.RequireEqual(t, []byte(runModelGolden(t, newNoticeModel(t, notice), sz[0], sz[1], "5-day streak", today)))
		})
	}
}

func TestPolishLoadNotice(t *testing.T) {
	for _, tc := range []struct {
		left, probs int
		want        string
	}{
		{0, 0, ""},
		{1, 1, "1 incident left out, 1 problem — run `rootcause incidents validate a.txt` for details"},
		{2, 0, "2 incidents left out — run `rootcause incidents validate a.txt` for details"},
		{0, 3, "3 problems — run `rootcause incidents validate a.txt` for details"},
	} {
		if got := LoadNotice(tc.left, tc.probs, "rootcause incidents validate a.txt"); got != tc.want {
			t.Errorf("LoadNotice(%d, %d) = %q, want %q", tc.left, tc.probs, got, tc.want)
		}
	}
}

// TestPolishTodayLine: the goal met and a daily cap show; no streak says so.
func TestPolishTodayLine(t *testing.T) {
	m := newNoticeModel(t, "")
	m, _ = drive(t, m, size(100, 30), todayMsg{today: Today{Due: 0, Answers: 12, Goal: 10, GoalMet: true, NewLeft: 2}})
	mustContain(t, m.View(), "Today  0 due · 12/10 answered today ✓ goal met · 2 new left today · no streak yet")
}

// TestPolishLoadToday asks a Daily store; a plain Store gives no Cmd.
func TestPolishLoadToday(t *testing.T) {
	if c := loadToday(&fakeStore{}, "u", nil, testNow); c != nil {
		t.Fatal("a Store without the daily loop should give no Cmd")
	}
	d := &dailyStore{today: Today{Due: 7, Goal: 10}}
	msg := loadToday(d, "u", testCorpus(t), testNow)()
	if got, ok := msg.(todayMsg); !ok || got.today.Due != 7 {
		t.Fatalf("loadToday = %#v, want todayMsg with Due 7", msg)
	}
}
