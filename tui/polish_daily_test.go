package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// statsDaily is a dailyStore whose Stats carry platform mastery.
type statsDaily struct {
	dailyStore
	platforms []Mastery
}

func (s *statsDaily) Stats(string, []incidents.Incident, time.Time) (*Stats, error) {
	return &Stats{Platforms: s.platforms}, nil
}

// driveDaily is drive with the router's daily hook: after each message the
// model runs m.daily(msg, the screen before), as the router is to do after
// a screen change (see Model.daily). Once app.go calls the hook, this is
// drive.
func driveDaily(t testing.TB, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	queue := append([]tea.Msg{}, msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		from := m.active
		next, c := m.Update(msg)
		m = next.(Model)
		out, _ := runCmd(tea.Batch(c, m.daily(msg, from)))
		queue = append(out, queue...)
	}
	return m
}

func newDailyModel(t testing.TB, store Store) Model {
	t.Helper()
	m := newTestModel(t, nil, store)
	return driveDaily(t, m, size(120, 40))
}

func TestPolishDailyHome(t *testing.T) {
	d := &dailyStore{today: Today{Due: 2, Answers: 3, Goal: 10, NewLeft: -1, Streak: 4}}
	m := newDailyModel(t, d)
	m = driveDaily(t, m, goHomeMsg{})
	mustContain(t, m.View(), "Today  2 due · 3/10 answered today · 4-day streak")
	// Without the daily loop Home has no such line.
	if v := driveDaily(t, newDailyModel(t, &fakeStore{}), goHomeMsg{}).View(); strings.Contains(v, "Today ") {
		t.Fatalf("a Store without Daily shows a Today line:\n%s", v)
	}
}

// Setup starts from the last round's choices (except the mode picked on
// Home) and saves the new ones when a round starts.
func TestPolishSetupRemembers(t *testing.T) {
	last := `{"Mode":"exam","Difficulty":"hard","Questions":"5","Platform":"DataNexus","Severity":"","Service":"","Per question":"60s","Follow-up":"on"}`
	d := &dailyStore{settings: Settings{DailyGoal: 20, LastSetup: last}}
	m := newDailyModel(t, d)
	m = driveDaily(t, m, keyRunes("p"))
	mustContain(t, m.View(), "Mode          ‹ practice ›", "‹ hard ›", "‹ 5 ›", "‹ DataNexus ›", "‹ 60s ›", "Follow-up     ‹ on ›")
	m = driveDaily(t, m, keyUp, keyRight, keyEnter) // follow-up off, start
	// At least once: once the router calls the hook itself, driveDaily
	// calls it a second time.
	if len(d.saved) == 0 {
		t.Fatal("starting from Setup saved no settings")
	}
	want := `{"Difficulty":"hard","Follow-up":"off","Mode":"practice","Per question":"60s","Platform":"DataNexus","Questions":"5","Service":"","Severity":""}`
	if got := d.saved[len(d.saved)-1]; got.LastSetup != want || got.DailyGoal != 20 {
		t.Fatalf("saved %+v, want LastSetup %s and the goal kept", got, want)
	}
}

// Unreadable or stale choices keep the defaults.
func TestPolishSetupLastIgnoresJunk(t *testing.T) {
	for _, last := range []string{"", "{", `{"Difficulty":"impossible","Platform":"Gone"}`} {
		m := newTestModel(t, nil, nil)
		s := newSetup(m.c, m.engine, quiz.Practice, 1).withLast(last)
		if got := s.fields[fieldDifficulty].value(); got != "normal" {
			t.Errorf("LastSetup %q: difficulty %q, want normal", last, got)
		}
		if got := s.fields[fieldPlatform].value(); got != anyValue {
			t.Errorf("LastSetup %q: platform %q, want any", last, got)
		}
	}
}

func markedStore() *statsDaily {
	return &statsDaily{
		dailyStore: dailyStore{today: Today{Date: "2024-05-01", Goal: 10, NewLeft: -1}, cards: []Card{
			{ID: "NFI-2023-0011", Due: "2024-05-01", Interval: 2},
			{ID: "NFI-2023-0014", Due: "2024-06-20", Interval: 50},
			{ID: "NFI-2023-0013", Due: "2024-05-04", Interval: 3},
		}},
		platforms: []Mastery{{Name: "DataNexus", Mastery: 0.42}, {Name: "AthenaStream", Mastery: 0.1}, {Name: "Other", Mastery: 1}},
	}
}

// TestPolishLibraryMarksGolden: the library marks incidents due, studied
// and mastered.
func TestPolishLibraryMarksGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m := newTestModel(t, nil, markedStore())
		m = driveDaily(t, m, size(sz[0], sz[1]), keyRunes("l"))
		v := m.View()
		mustContain(t, v, "[due]", "[mastered]")
		t.Run(sizeName(sz), func(t *testing.T) { golden.RequireEqual(t, []byte(v)) })
	}
}

// TestPolishResultsChangedGolden: Results say when each incident comes
// back and the mastery of the platforms played.
func TestPolishResultsChangedGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m := newTestModel(t, examOpts(), markedStore())
		m = driveDaily(t, m, size(sz[0], sz[1]))
		m = driveDaily(t, m, keyRunes(answerDigit(m, false)), keyRunes("s"), keyEnter)
		v := m.View()
		mustContain(t, v, "What changed", "You'll see again on 2024-05-01: NFI-2023-0011", "DataNexus 42%")
		if strings.Contains(v, "Other 100%") {
			t.Fatal("mastery of a platform not played")
		}
		t.Run(sizeName(sz), func(t *testing.T) { golden.RequireEqual(t, []byte(v)) })
	}
}

func sizeName(sz [2]int) string {
	return map[int]string{80: "80x24", 120: "120x40"}[sz[0]]
}
