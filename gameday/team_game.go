package gameday

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/view"
)

// TeamGame is a game day hosted on the team server: a hub like serve's,
// but with no listener of its own. Trainees reach it from the app they are
// already in: their session's program shows the player screen in place of
// Home (TeamGame.Player), and the trainer's shows the console. The room,
// its rules, journal, results and stores are the game day's own.
type TeamGame struct {
	hub  *hub
	join string // how a trainee reaches it, for the console
}

// NewTeamGame starts the game's hub. cfg is a game day's Config; its
// transport fields (Listen, HostKeyPath, JoinCode, limits) are not used.
// join is the console's join line, e.g. "ssh -p 2222 host, then g on Home".
func NewTeamGame(cfg Config, join string) (*TeamGame, error) {
	h, err := newHub(cfg)
	if err != nil {
		return nil, err
	}
	return &TeamGame{hub: h, join: join}, nil
}

// Stop ends the game (players are told, results saved if it started).
// Safe to call more than once.
func (g *TeamGame) Stop() { g.hub.Stop() }

// Player seats s's account in the game and returns its player screen and
// the function that leaves the seat (its score stays, marked away). The
// screen quits (tea.Quit) when the player is done: the host app then goes
// back to its own screens and calls leave.
func (g *TeamGame) Player(s TeamSession, r *lipgloss.Renderer) (tea.Model, func(), error) {
	c := newClient(nil) // the screen quits by itself on removal; the app goes on
	if err := g.hub.Join(joinRequest{KeyFP: s.Key, User: s.Account, Remote: s.Remote}, c); err != nil {
		return nil, nil, err
	}
	m := newGuest(newPlayerModel(g.hub, c, view.NewStyles(r)), &c.mailbox, func(v playerView) tea.Msg { return viewMsg(v) })
	return m, m.leave(func() { g.hub.Leave(c) }), nil
}

// Console attaches a console for s (the trainer) and returns it and the
// function that detaches it. Quitting the console only detaches: the game
// goes on, moving on by itself while no console is attached.
func (g *TeamGame) Console(s TeamSession, r *lipgloss.Renderer) (tea.Model, func(), error) {
	c := newConsoleClient(nil)
	if err := g.hub.Attach(c, s.Remote); err != nil {
		return nil, nil, err
	}
	cm := newConsole(g.hub, c, view.NewStyles(r), consoleInfo{Join: g.join})
	m := newGuest(cm, &c.mailbox, func(v consoleView) tea.Msg { return consoleMsg(v) })
	return m, m.leave(func() { g.hub.Detach(c) }), nil
}

// guest runs a game screen inside another program: instead of a pump
// calling p.Send (serve's sessions), it waits for the next snapshot in a
// Cmd, the Bubble Tea way to listen on a channel, so it needs no handle on
// the program that hosts it.
type guest[T any] struct {
	inner tea.Model
	box   *mailbox[T]
	wrap  func(T) tea.Msg
	done  chan struct{} // closed on leave: a waiting Cmd gives up
}

// snapshotMsg is a snapshot taken from box, for the guest that owns it.
type snapshotMsg struct {
	box any
	msg tea.Msg
}

func newGuest[T any](inner tea.Model, box *mailbox[T], wrap func(T) tea.Msg) guest[T] {
	return guest[T]{inner: inner, box: box, wrap: wrap, done: make(chan struct{})}
}

// leave is detach, made safe to call twice, that also stops the waiting Cmd.
func (g guest[T]) leave(detach func()) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			close(g.done)
			detach()
		})
	}
}

// wait takes the next snapshot, or gives up once the guest has left.
func (g guest[T]) wait() tea.Cmd {
	return func() tea.Msg {
		select {
		case v := <-g.box.out:
			return snapshotMsg{box: g.box, msg: g.wrap(v)}
		case <-g.done:
			return nil
		}
	}
}

func (g guest[T]) Init() tea.Cmd { return tea.Batch(g.inner.Init(), g.wait()) }

func (g guest[T]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var c tea.Cmd
	if s, ok := msg.(snapshotMsg); ok {
		if s.box != any(g.box) { // an earlier guest's, taken as it left
			return g, nil
		}
		g.inner, c = g.inner.Update(s.msg)
		return g, tea.Batch(c, g.wait())
	}
	g.inner, c = g.inner.Update(msg)
	return g, c
}

func (g guest[T]) View() string { return g.inner.View() }
