package gameday

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// consoleKeys are the facilitator's bindings.
type consoleKeys struct {
	Next, Skip, Pause, End, Kick, Save, Peek, Up, Down, Quit, Yes, No key.Binding
}

func newConsoleKeys() consoleKeys {
	b := key.NewBinding
	return consoleKeys{
		Next:  b(key.WithKeys("enter", "n", " "), key.WithHelp("enter", "start")),
		Skip:  b(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Pause: b(key.WithKeys("p"), key.WithHelp("p", "pause")),
		End:   b(key.WithKeys("e"), key.WithHelp("e", "end")),
		Kick:  b(key.WithKeys("K", "x"), key.WithHelp("x", "kick")),
		Save:  b(key.WithKeys("w"), key.WithHelp("w", "save")),
		Peek:  b(key.WithKeys("a"), key.WithHelp("a", "peek")),
		Up:    b(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "select")),
		Down:  b(key.WithKeys("down", "j")),
		Quit:  b(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Yes:   b(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:    b(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
	}
}

// ConsoleInfo is what the console shows about how to join.
type ConsoleInfo struct {
	Addr    string // host:port players connect to
	CodeSet bool
	// Local is true for the terminal that ran serve: quitting it stops the
	// server. An SSH facilitator only detaches; the game goes on.
	Local   bool
	Warning string // shown until something else needs the line
}

type savedMsg struct {
	paths []string
	err   error
}

// consoleModel is the facilitator's console: the players, the game's state,
// and keys that drive the hub.
type consoleModel struct {
	hub     *Hub
	c       *Client
	st      *look
	keys    consoleKeys
	help    help.Model
	info    ConsoleInfo
	w, h    int
	v       View
	now     time.Time
	cursor  int
	confirm string // "kick", "end", "quit" or ""
	target  PlayerRow
	status  string
	// peek shows the right answer and the picks so far before the reveal.
	// Off by default and for each new question: the console is often
	// projected where the players can see it.
	peek bool
}

func newConsole(hub *Hub, c *Client, styles *view.Styles, info ConsoleInfo) consoleModel {
	st := newLook(styles)
	h := help.New()
	h.Styles = st.Help
	return consoleModel{hub: hub, c: c, st: st, keys: newConsoleKeys(), help: h, info: info, w: 80, h: 24, now: time.Now()}
}

func (m consoleModel) Init() tea.Cmd { return nil }

func (m consoleModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = sizeOr(msg.Width, 80), sizeOr(msg.Height, 24)
		m.help.Width = m.w - 2 // inside the margins
	case viewMsg:
		prev := m.v.Game
		m.v, m.now = View(msg), time.Now()
		if m.v.Me.Removed != "" {
			return m, tea.Quit
		}
		m.cursor = min(m.cursor, max(len(m.v.Game.Players)-1, 0))
		if prev == nil || prev.Index != m.v.Game.Index {
			m.peek = false
		}
		if prev == nil || !prev.Deadline.Equal(m.v.Game.Deadline) || prev.Paused != m.v.Game.Paused {
			return m, countdown(m.v.Game, m.now)
		}
	case tickMsg:
		if m.v.Game == nil || !msg.deadline.Equal(m.v.Game.Deadline) {
			return m, nil
		}
		m.now = msg.at
		return m, countdown(m.v.Game, m.now)
	case savedMsg:
		if msg.err != nil {
			m.status = "Saving failed: " + msg.err.Error()
		} else {
			m.status = "Saved " + strings.Join(msg.paths, " and ")
		}
	case tea.KeyMsg:
		// Keys typed quickly can arrive as one message; each counts.
		var cmds []tea.Cmd
		for _, k := range view.SplitKeys(msg) {
			next, cmd := m.onKey(k)
			m = next.(consoleModel)
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	}
	return m, nil
}

func (m consoleModel) onKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k, hub := m.keys, m.hub
	if m.confirm != "" {
		what := m.confirm
		m.confirm = ""
		if !key.Matches(msg, k.Yes) {
			return m, nil
		}
		switch what {
		case "kick":
			id := m.target.ID
			m.status = m.target.Name + " removed."
			return m, func() tea.Msg { hub.Kick(id); return nil }
		case "end":
			return m, func() tea.Msg { hub.End(); return nil }
		case "quit":
			return m, tea.Quit
		}
		return m, nil
	}
	g := m.v.Game
	switch {
	case key.Matches(msg, k.Quit):
		if !m.info.Local {
			return m, tea.Quit
		}
		m.confirm = "quit"
	case g == nil:
	case key.Matches(msg, k.Next):
		return m, func() tea.Msg { hub.Next(); return nil }
	case key.Matches(msg, k.Skip):
		return m, func() tea.Msg { hub.Skip(); return nil }
	case key.Matches(msg, k.Pause):
		return m, func() tea.Msg { hub.TogglePause(); return nil }
	case key.Matches(msg, k.End) && g.Phase != PhaseFinal:
		m.confirm = "end"
	case key.Matches(msg, k.Peek):
		m.peek = !m.peek
	case key.Matches(msg, k.Save):
		return m, func() tea.Msg { p, err := hub.SaveResults(); return savedMsg{p, err} }
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, max(len(g.Players)-1, 0))
	case key.Matches(msg, k.Kick) && m.cursor < len(g.Players):
		m.target = g.Players[m.cursor]
		m.confirm = "kick"
	}
	return m, nil
}

// nextLabel says what "enter" does now.
func nextLabel(g *Public) string {
	switch g.Phase {
	case PhaseLobby:
		return "start"
	case PhaseDiscuss:
		return "open answers"
	case PhaseQuestion:
		return "lock now"
	case PhaseReveal:
		return "leaderboard"
	case PhaseBoard:
		if g.Index+1 >= g.Settings.Questions {
			return "final"
		}
		return "next"
	}
	return ""
}

func (m consoleModel) helpKeys() []key.Binding {
	k := m.keys
	g := m.v.Game
	if m.confirm != "" {
		return []key.Binding{k.Yes, k.No}
	}
	var out []key.Binding
	if g != nil && g.Phase != PhaseFinal {
		next := k.Next
		next.SetHelp("enter", nextLabel(g))
		out = append(out, next)
		if g.Phase != PhaseLobby {
			out = append(out, k.Skip)
		}
		if g.Round != nil && !revealed(g) {
			peek := k.Peek
			if m.peek {
				peek.SetHelp("a", "hide")
			}
			out = append(out, peek)
		}
		if g.Phase == PhaseQuestion || g.Phase == PhaseDiscuss {
			p := k.Pause
			if g.Paused {
				p.SetHelp("p", "resume")
			}
			out = append(out, p)
		}
		out = append(out, k.End)
	}
	out = append(out, k.Kick, k.Save) // the "> " cursor shows ↑/↓ selects
	q := k.Quit
	if m.info.Local {
		q.SetHelp("q", "quit")
	} else {
		q.SetHelp("q", "detach")
	}
	return append(out, q)
}
