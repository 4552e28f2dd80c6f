package tui

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/nexusflow/rootcause/quiz"
)

// fakeGames is a team server's game days for one session: the game's
// screen is a stand-in that quits on q, as the real player screen does.
type fakeGames struct {
	mu     sync.Mutex
	open   string
	calls  []string
	left   int
	hosted *GameSettings
}

func (f *fakeGames) Open() string { f.mu.Lock(); defer f.mu.Unlock(); return f.open }

func (f *fakeGames) screen(what string) (tea.Model, func(), error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, what)
	if f.open == "" {
		return nil, nil, errors.New("no game day is open")
	}
	return fakeScreen{what: what}, func() { f.mu.Lock(); f.left++; f.mu.Unlock() }, nil
}

func (f *fakeGames) Join() (tea.Model, func(), error)    { return f.screen("join") }
func (f *fakeGames) Console() (tea.Model, func(), error) { return f.screen("console") }
func (f *fakeGames) Host(s GameSettings) (tea.Model, func(), error) {
	f.mu.Lock()
	f.hosted, f.open = &s, "hosted"
	f.mu.Unlock()
	return f.screen("host")
}

func (f *fakeGames) state() (calls string, left int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.calls, ","), f.left
}

// fakeScreen stands in for a game screen: it shows its size and the keys
// it was given, and quits on q.
type fakeScreen struct {
	what string
	w, h int
	keys string
}

func (s fakeScreen) Init() tea.Cmd { return nil }
func (s fakeScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.w, s.h = msg.Width, msg.Height
	case tea.KeyMsg:
		if msg.String() == "q" {
			return s, tea.Batch(nil, tea.Quit) // a quit inside a batch is caught too
		}
		s.keys += msg.String()
	}
	return s, nil
}
func (s fakeScreen) View() string {
	return fmt.Sprintf("GAME SCREEN %s %dx%d keys=%s", s.what, s.w, s.h, s.keys)
}

func newGameModel(t *testing.T, games *fakeGames, trainer bool) Model {
	t.Helper()
	m, err := New(Config{Incidents: testCorpus(t), Progress: &fakeStore{}, User: "ana", Team: &fakeTeam{answers: 3}, Trainer: trainer,
		GameDays: games, Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	return m
}

// TestGameDayJoinAndBack: the invitation arrives while on Home, g joins,
// the game's screen takes every key (q and digits included) at the app's
// size, and its quit brings Home back, in the same program, leaving the seat.
func TestGameDayJoinAndBack(t *testing.T) {
	games := &fakeGames{}
	tm := teatest.NewTestModel(t, newGameModel(t, games, false), teatest.WithInitialTermSize(100, 30))
	out := tm.Output()
	waitFor(t, out, "join the live round")
	games.mu.Lock()
	games.open = "2 questions · hosted by boss"
	games.mu.Unlock()
	tm.Send(GameDayMsg{Open: "2 questions · hosted by boss"})
	waitFor(t, out, "Game day open: 2 questions · hosted by boss · g to join")
	tm.Send(keyRunes("g"))
	waitFor(t, out, "GAME SCREEN join 100x30")
	tm.Send(keyRunes("1"))
	tm.Send(keyRunes("?"))
	waitFor(t, out, "keys=1?")
	tm.Send(keyRunes("q"))
	waitFor(t, out, "Study library")
	if calls, left := games.state(); calls != "join" || left != 1 {
		t.Fatalf("calls %q, left %d; want one join, left once", calls, left)
	}
	tm.Send(GameDayMsg{})
	tm.Send(keyRunes("g"))
	waitFor(t, out, "No game day is open right now")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	if fm.guest != nil {
		t.Fatal("the game's screen is still hosted after it quit")
	}
}

// TestGameDayHostForm: a trainer's g opens the form; a bad value is refused
// in words and nothing is started; good values start the game with them
// and open its console.
func TestGameDayHostForm(t *testing.T) {
	games := &fakeGames{}
	tm := teatest.NewTestModel(t, newGameModel(t, games, true), teatest.WithInitialTermSize(100, 30))
	out := tm.Output()
	waitFor(t, out, "host a live round")
	tm.Send(keyRunes("g"))
	waitFor(t, out, "Host a game day")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlU})
	tm.Send(keyRunes("0"))
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, out, `questions: "0" is not a number from 1 to 100`)
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlU})
	tm.Send(keyRunes("3"))
	tm.Send(tea.KeyMsg{Type: tea.KeyTab})
	tm.Send(tea.KeyMsg{Type: tea.KeyTab})
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlU})
	tm.Send(keyRunes("hard"))
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, out, "GAME SCREEN host")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	want := GameSettings{Count: 3, PerQuestion: 30 * time.Second, Difficulty: quiz.Hard}
	if games.hosted == nil || *games.hosted != want {
		t.Fatalf("hosted %+v, want %+v", games.hosted, want)
	}
}

// TestGameDayLeaveOnHangUp: a session that ends while the game's screen is
// up gives up its seat (LeaveGame, called by the team server once the
// program ended), on any copy of the model.
func TestGameDayLeaveOnHangUp(t *testing.T) {
	games := &fakeGames{open: "x"}
	m := newGameModel(t, games, false)
	next, c := m.Update(keyRunes("g"))
	msg := c()
	next, _ = next.(Model).Update(msg)
	if next.(Model).guest == nil {
		t.Fatalf("g with a game open hosts no screen (message %T)", msg)
	}
	m.LeaveGame()
	m.LeaveGame()
	if _, left := games.state(); left != 1 {
		t.Fatalf("left %d times, want once", left)
	}
}

// TestTeamGameGolden renders Home with the invitation and the trainer's
// form at 80x24 and 120x40 (testdata/TestTeamGameGolden; -update rewrites).
func TestTeamGameGolden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		trainer bool
		key     string
		wait    string
	}{
		{name: "invited", wait: "Game day open"},
		{name: "host_form", trainer: true, key: "g", wait: "Host a game day"},
	} {
		for _, sz := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s/%dx%d", tc.name, sz[0], sz[1]), func(t *testing.T) {
				games := &fakeGames{}
				if !tc.trainer {
					games.open = "10 questions · normal · 30s · hosted by boss"
				}
				tm := teatest.NewTestModel(t, newGameModel(t, games, tc.trainer), teatest.WithInitialTermSize(sz[0], sz[1]))
				out := tm.Output()
				if tc.key != "" {
					waitFor(t, out, "Signed in")
					tm.Send(keyRunes(tc.key))
				}
				waitFor(t, out, tc.wait)
				if err := tm.Quit(); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, []byte(tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model).View()))
			})
		}
	}
}

// TestGameDayFromDashboard: g on a trainer's dashboard closes it and opens
// the game-day form (the dashboard's top of page is home then).
func TestGameDayFromDashboard(t *testing.T) {
	m, _ := startTeam(t, newGameModel(t, &fakeGames{}, true), size(100, 30), keyRunes("d"))
	mustContain(t, m.View(), "Team leeches")
	m, _ = drive(t, m, keyRunes("g"))
	mustContain(t, m.View(), "Host a game day", "Seconds per question")
}
