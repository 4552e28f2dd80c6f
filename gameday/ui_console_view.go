package gameday

import (
	"fmt"
	"strings"
)

func (m consoleModel) View() string {
	g := m.v.Game
	if g == nil {
		return ""
	}
	if m.v.Me.Removed != "" {
		return indent(m.st.ink.Notice("Console closed: "+m.v.Me.Removed+".")) + "\n"
	}
	if m.w < minConsoleWidth || m.h < minConsoleHeight {
		return enlargeView(m.st, m.w, m.h, minConsoleWidth, minConsoleHeight, "Players join with: "+m.joinText())
	}
	w := max(m.w-2, 20)
	lines := joinParts([]string{m.st.ink.Title("rootcause game day") + m.st.ink.Muted(" · facilitator"), m.st.ink.Muted(m.joinText())}, "   ", w)
	lines = append(lines, m.stateLines(w)...)
	footer := []string{""}
	if s := m.footerNote(); s != "" {
		footer = append(footer, clip(wrap(s, w), 1)[0])
	}
	footer = append(footer, m.help.ShortHelpView(m.helpKeys()))
	const playerRows = 3 // the players' heading and at least two seats
	if r := g.Round; r != nil {
		lines = append(lines, m.roundLines(r, w, m.h-len(lines)-len(footer)-playerRows-1)...)
	}
	lines = append(lines, "")
	room := max(m.h-len(lines)-len(footer), playerRows)
	lines = append(lines, m.playerLines(w, room)...)
	pad := max(m.h-len(lines)-len(footer), 0)
	out := strings.Join(lines, "\n") + strings.Repeat("\n", pad) + "\n" + strings.Join(footer, "\n")
	return indent(fit(out, w, m.h))
}

// footerNote is the line above the keys: a question to confirm first, then
// the latest status, warning or notice.
func (m consoleModel) footerNote() string {
	g := m.v.Game
	switch {
	case m.confirm != "":
		return m.st.ink.Notice(m.confirmText())
	case m.status != "":
		return m.st.ink.Muted(m.status)
	case m.info.Warning != "" && g.Phase == PhaseLobby:
		return m.st.ink.Notice(m.info.Warning)
	case g.Notice != "":
		return m.st.ink.Muted(g.Notice)
	case g.Saved != "":
		return m.st.ink.Muted("Results: " + g.Saved)
	}
	return ""
}

// roundLines is the current question as the room sees it: the incident's
// card and every choice whole, in at most n lines. The summary gives way
// first, then the title; the choices always show whole.
func (m consoleModel) roundLines(r *Round, w, n int) []string {
	choices := m.choiceTally(r, w)
	card := cardLines(m.st, r, r.IncidentID, w)
	if extra := len(card) + len(choices) - n; extra > 0 {
		card = clip(card, max(len(card)-extra, 1))
	}
	return append(card, choices...)
}

// joinText is how players join, as they would type it.
func (m consoleModel) joinText() string {
	hint := "ssh -p " + portOf(m.info.Addr) + " NAME@" + hostOf(m.info.Addr)
	if m.info.CodeSet {
		hint += " · join code set"
	}
	return hint
}

func (m consoleModel) stateLines(w int) []string {
	g := m.v.Game
	var s string
	switch g.Phase {
	case PhaseLobby:
		s = fmt.Sprintf("Lobby · %s ready · waiting to start", plural(g.Settings.Questions, "question", "questions"))
	case PhaseDiscuss:
		s = fmt.Sprintf("Question %d/%d · discussion · %ds", g.Index+1, g.Settings.Questions, secondsLeft(g, m.now))
	case PhaseQuestion:
		s = fmt.Sprintf("Question %d/%d · answers open · %ds left · %d/%d answered", g.Index+1, g.Settings.Questions, secondsLeft(g, m.now), g.Answered, g.Active)
	case PhaseReveal:
		s = fmt.Sprintf("Question %d/%d · reveal · %s", g.Index+1, g.Settings.Questions, plural(sum(g.Counts), "answer", "answers"))
	case PhaseBoard:
		s = fmt.Sprintf("Question %d/%d · leaderboard", g.Index+1, g.Settings.Questions)
	case PhaseFinal:
		s = "Game over · final results on every screen"
	}
	parts := []string{m.st.ink.Bold(s)}
	if g.Paused {
		parts = append(parts, m.st.ink.Urgent("PAUSED"))
	}
	if m.peek && !revealed(g) && g.Round != nil {
		parts = append(parts, m.st.ink.Notice("· peeking: a hides the answer"))
	}
	return joinParts(parts, " ", w)
}

func (m consoleModel) confirmText() string {
	switch m.confirm {
	case "kick":
		return "Remove " + m.target.Name + " from the game? They cannot rejoin. y/n"
	case "end":
		return "End the game now and show the final results? y/n"
	case "quit":
		return "Stop the server? Every player is disconnected (results are saved). y/n"
	}
	return ""
}

// playerLines lists the seats around the cursor in at most n lines.
func (m consoleModel) playerLines(w, n int) []string {
	g := m.v.Game
	connected := 0
	for _, p := range g.Players {
		if p.Connected {
			connected++
		}
	}
	out := []string{m.st.ink.Label(fmt.Sprintf("Players %d (%d connected)", len(g.Players), connected))}
	if len(g.Players) == 0 {
		return append(out, m.st.ink.Muted("Nobody yet. Players join with the ssh command above."))
	}
	rows := n - 1
	start := max(min(m.cursor-rows/2, len(g.Players)-rows), 0)
	for i := start; i < len(g.Players) && i < start+rows; i++ {
		p := g.Players[i]
		state := m.st.ink.Correct("● online")
		if !p.Connected {
			state = m.st.ink.Muted("○ away  ")
		}
		ans := "        "
		if p.Answered {
			ans = m.st.ink.Correct("answered")
		}
		team := teamName(g.Settings, p.Team)
		line := fmt.Sprintf("%-*s %s %s %8s #%-3d %-8s", MaxNameLen, p.Name, state, ans, thousands(p.Score), p.Rank, team)
		if i == m.cursor {
			out = append(out, m.st.Cursor+m.st.ink.Selected(line))
		} else {
			out = append(out, m.st.NoCursor+line)
		}
	}
	return out
}

func hostOf(addr string) string {
	if i := strings.LastIndex(addr, ":"); i >= 0 {
		return strings.Trim(addr[:i], "[]")
	}
	return addr
}

func portOf(addr string) string {
	if i := strings.LastIndex(addr, ":"); i >= 0 {
		return addr[i+1:]
	}
	return "22"
}

// choiceTally lists every choice whole. Until the reveal the console may be
// on a screen the players can see, so the right one and the picks so far
// are hidden unless the facilitator peeks (a): then the facilitator sees
// which wrong cause is winning the room while the clock runs.
func (m consoleModel) choiceTally(r *Round, w int) []string {
	g := m.v.Game
	counts, open := g.Counts, !revealed(g)
	if open {
		counts = nil
	}
	if open && m.peek {
		counts = g.Live
	}
	textW := w - 4 - 5
	var out []string
	for i, c := range r.Choices {
		mark, paint := "  ", m.st.ink.Text
		if i == r.Answer && (!open || m.peek) {
			mark, paint = "✓ ", m.st.ink.Correct
		}
		for j, l := range hang(fmt.Sprintf("%s%d ", mark, i+1), c, textW+4) {
			if j == 0 && i < len(counts) {
				l = paint(padRight(l, textW+4)) + m.st.ink.Number(fmt.Sprintf("%5d", counts[i]))
			} else {
				l = paint(l)
			}
			out = append(out, l)
		}
	}
	return out
}

// revealed is true once the current question's answer is public.
func revealed(g *Public) bool { return g.Phase >= PhaseReveal }
