package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// GameDays is a team server's live game days as one signed-in session
// sees them (Config.GameDays); nil everywhere else. A game runs in the
// server, not in the app: joining swaps the app's screen for the game's
// (a "guest" screen the app only hosts) until the player is done, then
// the app is back where it was. Join, Console and Host are called inside
// a tea.Cmd.
type GameDays interface {
	// Open says what game day is taking players ("10 questions · normal ·
	// hosted by ana"), or "" when none is.
	Open() string
	// Join seats this session's account in the open game and returns its
	// player screen, and leave, which gives up the seat's connection (the
	// score stays). The screen ends with tea.Quit.
	Join() (screen tea.Model, leave func(), err error)
	// Console is the open game's console, for a trainer.
	Console() (screen tea.Model, leave func(), err error)
	// Host starts a game day with these settings and returns its console;
	// for trainers, and refused while another game is open.
	Host(GameSettings) (screen tea.Model, leave func(), err error)
}

// GameSettings are a trainer's choices for a game day.
type GameSettings struct {
	Count       int
	PerQuestion time.Duration
	Difficulty  quiz.Difficulty
}

// GameDayMsg tells every session that a game day opened (Open is what
// GameDays.Open now says) or closed (Open is ""). The team server sends it.
type GameDayMsg struct{ Open string }

// guestMsg carries a game screen to host, or why there is none.
type guestMsg struct {
	screen tea.Model
	leave  func()
	err    error
}

// guestDoneMsg is a guest screen's tea.Quit, caught on its way to the
// program: the guest is done, the app goes on.
type guestDoneMsg struct{}

// openGuest runs get (Join, Console or Host) in a Cmd.
func openGuest(get func() (tea.Model, func(), error)) tea.Cmd {
	return func() tea.Msg {
		s, leave, err := get()
		return guestMsg{screen: s, leave: leave, err: err}
	}
}

// startGuest hosts msg's screen in place of the app's: it gets the window
// size at once (the program sent it long ago) and its Init.
func (m Model) startGuest(msg guestMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.home.notice = "Game day: " + msg.err.Error()
		return m, nil
	}
	m.guest, m.c.leaveGuest = msg.screen, msg.leave
	next, sized := m.guest.Update(tea.WindowSizeMsg{Width: m.c.width, Height: m.c.height})
	m.guest = next
	return m, tea.Batch(m.guestCmd(m.guest.Init()), m.guestCmd(sized))
}

// updateGuest gives the guest every message but its end.
func (m Model) updateGuest(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case guestDoneMsg:
		// Home again, as after any screen: its numbers reload, and the
		// game's answers are in the trainee's progress now.
		return m.endGuest(), cmd(goHomeMsg{})
	case guestMsg: // a second join raced the first: keep the one on screen
		if msg.leave != nil {
			msg.leave()
		}
		return m, nil
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.help.Width = max(0, m.c.contentWidth())
	}
	next, c := m.guest.Update(msg)
	m.guest = next
	return m, m.guestCmd(c)
}

// endGuest leaves the game and shows the app again, as the guest found it.
func (m Model) endGuest() Model {
	m.LeaveGame()
	m.guest = nil
	return m
}

// guestCmd is c with the guest's tea.Quit turned into guestDoneMsg, so a
// game screen that ends ends only itself, not the trainee's session.
func (m Model) guestCmd(c tea.Cmd) tea.Cmd {
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := c().(type) {
		case tea.QuitMsg:
			return guestDoneMsg{}
		case tea.BatchMsg:
			for i := range msg {
				msg[i] = m.guestCmd(msg[i])
			}
			return msg
		default:
			return msg
		}
	}
}

// LeaveGame gives up the seat (or console) of a game the app is showing,
// if any; a team server calls it once the session's program has ended, so
// a dropped connection does not hold a seat as if connected.
func (m Model) LeaveGame() {
	if leave := m.c.leaveGuest; leave != nil {
		m.c.leaveGuest = nil
		leave()
	}
}
