package gameday

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/nexusflow/rootcause/view"
)

// The projector view is the console drawn for a room: what the players
// need to read from the back of it (how to join, the clock, how many have
// answered, the reveal, the standings) and nothing the facilitator keeps
// to themselves (no answer before the reveal, no addresses of players).

// projectorKey toggles the projector view on the console.
var projectorKey = key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "room"))

// The projector needs room to be legible at a distance.
const (
	minProjectorWidth, minProjectorHeight = 100, 30
	eventPaneWidth                        = 30
)

// projectorView draws the whole projector screen.
func (m consoleModel) projectorView() string {
	if m.w < minProjectorWidth || m.h < minProjectorHeight {
		return enlargeView(m.st, m.w, m.h, minProjectorWidth, minProjectorHeight, "v goes back to the console.")
	}
	w := m.w - 2
	mainW := w - eventPaneWidth - 3
	head := []string{
		m.st.Ink.Title("rootcause game day") + "   " + m.st.Ink.Bold(m.joinText()),
		"",
	}
	foot := []string{"", m.help.ShortHelpView(m.helpKeys())}
	h := m.h - len(head) - len(foot)
	main := m.projectorMain(mainW, h)
	pane := m.eventPane(eventPaneWidth, h)
	body := make([]string, h)
	for i := range body {
		l, r := "", ""
		if i < len(main) {
			l = main[i]
		}
		if i < len(pane) {
			r = pane[i]
		}
		body[i] = view.PadRight(view.Truncate(l, mainW), mainW) + " " + m.st.Ink.Muted("│") + " " + r
	}
	out := strings.Join(append(append(head, body...), foot...), "\n")
	return indent(view.Fit(out, w, m.h))
}

// projectorMain is the left part: what the room looks at now.
func (m consoleModel) projectorMain(w, h int) []string {
	g := m.v
	switch g.Phase {
	case phaseLobby:
		return m.projectorLobby(w)
	case phaseDiscuss, phaseQuestion:
		return m.projectorQuestion(w, h)
	case phaseReveal:
		return m.projectorReveal(w)
	case phaseBoard:
		return m.projectorBoard(w, h, fmt.Sprintf("Leaderboard after question %d/%d", g.Index+1, g.Settings.Questions))
	}
	return m.projectorPodium(w, h)
}

func (m consoleModel) projectorLobby(w int) []string {
	g := m.v
	lines := []string{m.st.Ink.Bold("Join the game from your terminal:"), ""}
	lines = append(lines, boxed(m.st, m.joinCommand())...)
	if m.info.Code != "" {
		lines = append(lines, "", m.st.Ink.Label("Join code (asked as the password): ")+m.st.Ink.Bold(m.info.Code))
	}
	lines = append(lines, "", m.st.Ink.Bold(view.Plural(len(g.Seats), "player")+" in"))
	var names []string
	for _, s := range g.Seats {
		names = append(names, s.Name)
	}
	return append(lines, view.Wrap(strings.Join(names, " · "), w)...)
}

func (m consoleModel) projectorQuestion(w, h int) []string {
	g := m.v
	secs := secondsLeft(g.shared, m.now)
	what := "answers open"
	if g.Phase == phaseDiscuss {
		what = "discuss with your team"
	}
	if g.Paused {
		what = "PAUSED"
	}
	lines := []string{m.st.Ink.Bold(fmt.Sprintf("Question %d/%d · %s", g.Index+1, g.Settings.Questions, what)), ""}
	lines = append(lines, bigText(fmt.Sprintf("%d:%02d", secs/60, secs%60))...)
	lines = append(lines, "", answeredBar(m.st, g.Answered, g.Active, w), "")
	if a := g.Asked; a != nil {
		title := a.Card.Title
		if title == "" {
			title = a.Card.Summary
		}
		lines = append(lines, view.Wrap(m.st.Ink.Bold(title), w)...)
		lines = append(lines, "")
		for i, c := range a.Choices {
			lines = append(lines, view.Hang(fmt.Sprintf("%d  ", i+1), c, w)...)
		}
		lines = append(lines, revealedLines(m.st, g.Evidence, g.EvidenceTotal, w)...)
	}
	return lines[:min(len(lines), h)]
}

func (m consoleModel) projectorReveal(w int) []string {
	g := m.v
	rv := g.Reveal
	lines := []string{m.st.Ink.Bold(fmt.Sprintf("Question %d/%d · the root cause", g.Index+1, g.Settings.Questions)), ""}
	total := max(sum(rv.Counts), 1)
	barW := max(w/3, 10)
	for i, c := range rv.Choices {
		n := 0
		if i < len(rv.Counts) {
			n = rv.Counts[i]
		}
		mark, ink := "  ", m.st.Ink.Text
		if i == rv.Answer {
			mark, ink = "✓ ", m.st.Ink.Correct
		}
		bar := strings.Repeat("█", n*barW/total) + strings.Repeat("░", barW-n*barW/total)
		lines = append(lines, ink(fmt.Sprintf("%s%d  %s %3d", mark, i+1, bar, n)))
		for _, l := range view.Wrap(c.Text, w-5) {
			lines = append(lines, "     "+ink(l))
		}
		lines = append(lines, "")
	}
	return lines
}

// projectorBoard ranks the room, with each player's move since the last
// question.
func (m consoleModel) projectorBoard(w, h int, title string) []string {
	lines := []string{m.st.Ink.Bold(title), ""}
	for _, r := range m.v.Board {
		if len(lines) >= h {
			break
		}
		name := r.Name
		if name == "" {
			name = "·····"
		}
		gain := ""
		if r.Gain > 0 {
			gain = "+" + view.Thousands(r.Gain)
		}
		lines = append(lines, fmt.Sprintf("%4s  %-3s %s %9s %8s", view.Ordinal(r.Rank), moveMark(r.Move),
			view.PadRight(view.Truncate(name, maxNameLen), maxNameLen), view.Thousands(r.Score), gain))
	}
	return lines
}

func (m consoleModel) projectorPodium(w, h int) []string {
	lines := []string{m.st.Ink.Bold("Final standings"), ""}
	for i, r := range m.v.Board {
		if i >= 3 {
			break
		}
		name := r.Name
		if name == "" {
			name = "·····"
		}
		lines = append(lines, m.st.Ink.Number(view.Ordinal(r.Rank))+"  "+m.st.Ink.Bold(name)+"  "+view.Thousands(r.Score)+" points")
		lines = append(lines, m.st.Ink.Muted(strings.Repeat("▀", max(w*(3-i)/6, 4))), "")
	}
	rest := m.projectorBoard(w, h-len(lines), "Everyone")
	if len(m.v.Board) > 3 {
		lines = append(lines, rest...)
	}
	return lines
}

// eventPane is the right part: joins, leaves, refusals, latest at the
// bottom.
func (m consoleModel) eventPane(w, h int) []string {
	lines := []string{m.st.Ink.Bold("Events")}
	var ev []string
	for _, e := range m.v.Events {
		ev = append(ev, view.Hang(e.At.Format("15:04")+" ", e.Text, w)...)
	}
	if len(ev) > h-1 {
		ev = ev[len(ev)-(h-1):]
	}
	for _, l := range ev {
		lines = append(lines, m.st.Ink.Muted(l))
	}
	return lines
}

// joinCommand is what a player types.
func (m consoleModel) joinCommand() string {
	if m.info.Join != "" {
		return m.info.Join
	}
	return "ssh -p " + portOf(m.info.Addr) + " NAME@" + hostOf(m.info.Addr)
}

// answeredBar fills in as answers arrive: how many, never which.
func answeredBar(st *view.Styles, n, of, w int) string {
	barW := max(w-24, 10)
	fill := 0
	if of > 0 {
		fill = min(n, of) * barW / of
	}
	return st.Ink.Bold(fmt.Sprintf("%d/%d answered ", n, of)) + strings.Repeat("█", fill) + strings.Repeat("░", barW-fill)
}

// boxed frames s with room around it, as the lobby's call to join.
func boxed(st *view.Styles, s string) []string {
	bar := strings.Repeat("─", ansi.StringWidth(s)+6)
	return []string{"  ┌" + bar + "┐", "  │   " + st.Ink.Bold(s) + "   │", "  └" + bar + "┘"}
}

// moveMark shows a rank change: ▲2 up two places, ▼1 down one, – same.
func moveMark(d int) string {
	switch {
	case d > 0:
		return fmt.Sprintf("▲%d", d)
	case d < 0:
		return fmt.Sprintf("▼%d", -d)
	}
	return "–"
}

// bigFont is a 3-row block font for the countdown and the join command:
// legible from the back of a room.
var bigFont = map[rune][3]string{
	'0': {"█▀█", "█ █", "▀▀▀"}, '1': {"▄█ ", " █ ", "▀▀▀"}, '2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"}, '4': {"█ █", "▀▀█", "  ▀"}, '5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"}, '7': {"▀▀█", "  █", "  ▀"}, '8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"}, ':': {" ", "▀", "▀"}, ' ': {" ", " ", " "},
}

// bigText draws s in bigFont when every character has a glyph, else
// returns nothing (the plain line below it says the same).
func bigText(s string) []string {
	var rows [3]strings.Builder
	for _, r := range s {
		g, ok := bigFont[r]
		if !ok {
			return nil
		}
		for i := range rows {
			rows[i].WriteString(g[i] + " ")
		}
	}
	out := make([]string, 3)
	for i := range rows {
		out[i] = "    " + strings.TrimRight(rows[i].String(), " ")
	}
	if ansi.StringWidth(out[0]) == 4 {
		return nil
	}
	return out
}
