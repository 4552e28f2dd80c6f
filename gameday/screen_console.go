package gameday

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// consoleInfo is what the console shows about how to join.
type consoleInfo struct {
	Addr    string // host:port players connect to
	CodeSet bool
	// Local is true for the terminal that ran serve: quitting it stops the
	// server. An SSH facilitator only detaches; the game goes on.
	Local   bool
	Warning string // shown until something else needs the line
	// Code is the join code, shown big on the projector view ("" = none).
	Code string
	// Projector starts the console in the projector view.
	Projector bool
	// Join, when set, is how players join instead of ssh to Addr: a team
	// server's game is joined from the app trainees are already in.
	Join string
}

type savedMsg struct {
	paths []string
	err   error
}

// consoleModel is the facilitator's console: the players, the game's state,
// and keys that drive the hub.
type consoleModel struct {
	hub     *hub
	c       *consoleClient
	st      *view.Styles
	keys    *view.KeyMap
	help    help.Model
	info    consoleInfo
	w, h    int
	v       consoleView
	now     time.Time
	cursor  int
	confirm string // "kick", "end", "quit" or ""
	target  playerRow
	status  string
	// peek shows the right answer and the picks so far before the reveal.
	// Off by default and for each new question: the console is often
	// projected where the players can see it.
	peek bool
	// projector draws the screen for the room (projectorView).
	projector bool
}

func newConsole(hub *hub, c *consoleClient, st *view.Styles, info consoleInfo) consoleModel {
	h := help.New()
	h.Styles = st.Help
	return consoleModel{hub: hub, c: c, st: st, keys: view.DefaultKeyMap(), help: h, info: info, w: 80, h: 24, now: time.Now(), projector: info.Projector}
}

func (m consoleModel) Init() tea.Cmd { return nil }

func (m consoleModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = sizeOr(msg.Width, 80), sizeOr(msg.Height, 24)
		m.help.Width = m.w - 2 // inside the margins
	case consoleMsg:
		prev := m.v.shared
		m.v, m.now = consoleView(msg), time.Now()
		if m.v.Removed != "" {
			return m, tea.Quit
		}
		m.cursor = min(m.cursor, max(len(m.v.Players)-1, 0))
		if prev == nil || prev.Index != m.v.Index {
			m.peek = false
		}
		if prev == nil || !prev.Deadline.Equal(m.v.Deadline) || prev.Paused != m.v.Paused {
			return m, countdown(m.v.shared, m.now, 0)
		}
	case tickMsg:
		if m.v.shared == nil || !msg.deadline.Equal(m.v.Deadline) {
			return m, nil
		}
		m.now = msg.at
		return m, countdown(m.v.shared, m.now, 0)
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
		if !key.Matches(msg, m.yes()) {
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
	g := m.v.shared
	switch {
	case key.Matches(msg, k.Quit, k.ForceQuit):
		if !m.info.Local {
			return m, tea.Quit
		}
		m.confirm = "quit"
	case g == nil:
	case key.Matches(msg, k.Advance):
		// The key means "go on from what I see": after a question locked
		// by itself a moment ago, a late Enter must not skip its reveal.
		seen := g.Phase
		return m, func() tea.Msg { hub.NextFrom(seen); return nil }
	case key.Matches(msg, k.Skip):
		return m, func() tea.Msg { hub.Skip(); return nil }
	case key.Matches(msg, k.Pause):
		return m, func() tea.Msg { hub.TogglePause(); return nil }
	case key.Matches(msg, k.End) && g.Phase != phaseFinal:
		m.confirm = "end"
	case key.Matches(msg, k.Peek) && !m.projector: // never on the room's screen
		m.peek = !m.peek
	case key.Matches(msg, evidenceKey):
		return m, func() tea.Msg { hub.RevealEvidence(); return nil }
	case key.Matches(msg, projectorKey):
		m.projector, m.peek = !m.projector, false
	case key.Matches(msg, k.Save):
		return m, func() tea.Msg { p, err := hub.SaveResults(); return savedMsg{p, err} }
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, max(len(m.v.Players)-1, 0))
	case key.Matches(msg, k.Kick) && m.cursor < len(m.v.Players):
		m.target = m.v.Players[m.cursor]
		m.confirm = "kick"
	}
	return m, nil
}

// nextLabel says what "enter" does now.
func nextLabel(g *shared) string {
	switch g.Phase {
	case phaseLobby:
		return "start"
	case phaseDiscuss:
		return "open answers"
	case phaseQuestion:
		return "lock now"
	case phaseReveal:
		return "leaderboard"
	case phaseBoard:
		if g.Index+1 >= g.Settings.Questions {
			return "final"
		}
		return "next"
	}
	return ""
}

// yes confirms a question of the console: y alone, since enter advances.
func (m consoleModel) yes() key.Binding { return view.Relabel(view.Rekey(m.keys.Yes, "y"), "y", "yes") }

func (m consoleModel) helpKeys() []key.Binding {
	k := m.keys
	g := m.v.shared
	if m.confirm != "" {
		return []key.Binding{m.yes(), view.Relabel(k.No, "n", "no")}
	}
	var out []key.Binding
	if g != nil && g.Phase != phaseFinal {
		out = append(out, view.Relabel(k.Advance, "enter", nextLabel(g)))
		if g.Phase != phaseLobby {
			out = append(out, k.Skip)
		}
		if g.Asked != nil && !revealed(g) && !m.projector {
			peek := k.Peek
			if m.peek {
				peek = view.Relabel(peek, "a", "hide")
			}
			out = append(out, peek)
		}
		if (g.Phase == phaseQuestion || g.Phase == phaseDiscuss) && len(g.Evidence) < g.EvidenceTotal {
			out = append(out, evidenceKey)
		}
		if g.Phase == phaseQuestion || g.Phase == phaseDiscuss {
			p := k.Pause
			if g.Paused {
				p = view.Relabel(p, "p", "resume")
			}
			out = append(out, p)
		}
		out = append(out, k.End)
	}
	if m.projector {
		out = append(out, k.Save, view.Relabel(projectorKey, "v", "console"))
	} else {
		out = append(out, k.Kick, k.Save) // the "> " cursor shows ↑/↓ selects
		if m.w >= minProjectorWidth {     // the projector needs the room anyway
			out = append(out, projectorKey)
		}
	}
	q := k.Quit
	if !m.info.Local {
		q = view.Relabel(q, "q", "detach")
	}
	return append(out, q)
}
