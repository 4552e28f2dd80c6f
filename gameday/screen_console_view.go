package gameday

import (
	"fmt"
	"strings"

	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

func (m consoleModel) View() string {
	if m.v.shared == nil {
		return ""
	}
	if m.v.Removed != "" {
		return indent(m.st.Ink.Notice("Console closed: "+m.v.Removed+".")) + "\n"
	}
	if m.projector {
		return m.projectorView()
	}
	if m.w < minConsoleWidth || m.h < minConsoleHeight {
		return enlargeView(m.st, m.w, m.h, minConsoleWidth, minConsoleHeight, "Players join with: "+m.joinText())
	}
	w := max(m.w-2, 20)
	lines := view.JoinParts([]string{m.st.Ink.Title("rootcause game day") + m.st.Ink.Muted(" · facilitator"), m.st.Ink.Muted(m.joinText())}, "   ", w)
	lines = append(lines, m.stateLines(w)...)
	footer := []string{""}
	if s := m.footerNote(); s != "" {
		footer = append(footer, view.Fit(s, w, 1))
	}
	footer = append(footer, m.help.ShortHelpView(m.helpKeys()))
	const playerRows = 3 // the players' heading and at least two seats
	gap := true          // a blank line between the round and the players
	if q := m.v.Question; q != nil {
		n := m.h - len(lines) - len(footer) - playerRows
		round := m.roundLines(q, w, n)
		gap = len(round) < n // the gap gives way before the summary does
		lines = append(lines, round...)
	}
	if gap {
		lines = append(lines, "")
	}
	room := max(m.h-len(lines)-len(footer), playerRows)
	lines = append(lines, m.playerLines(w, room)...)
	pad := max(m.h-len(lines)-len(footer), 0)
	out := strings.Join(lines, "\n") + strings.Repeat("\n", pad) + "\n" + strings.Join(footer, "\n")
	return indent(view.Fit(out, w, m.h))
}

// footerNote is the line above the keys: a question to confirm first, then
// the latest status, warning or notice.
func (m consoleModel) footerNote() string {
	g := m.v
	switch {
	case m.confirm != "":
		return m.st.Ink.Notice(m.confirmText())
	case m.status != "":
		return m.st.Ink.Muted(m.status)
	case m.info.Warning != "" && g.Phase == phaseLobby:
		return m.st.Ink.Notice(m.info.Warning)
	case g.Notice != "":
		return m.st.Ink.Muted(g.Notice)
	case g.Saved != "":
		return m.st.Ink.Muted("Results: " + g.Saved)
	}
	return ""
}

// roundLines is the current question as the room sees it: the incident's
// card and every choice whole, in at most n lines. What gives way first is
// the services line, then the summary's last lines (the cut marked with
// "…"), then the title (the frame stays); the choices always show whole.
// At 80x24 a real incident's summary of four or five lines then still
// shows whole.
func (m consoleModel) roundLines(q *quiz.Question, w, n int) []string {
	choices := m.choiceTally(q, w)
	c := view.CardOf(q, 0)
	card := view.CardLines(m.st, c, w)
	if len(card)+len(choices) > n && len(c.Services) > 0 && !c.ServicesHidden {
		c.Services = nil
		card = view.CardLines(m.st, c, w)
	}
	summary := view.Wrap(c.Summary, max(w-4, 10))
	for len(card)+len(choices) > n && len(summary) > 1 {
		summary = summary[:len(summary)-1]
		c.Summary = strings.Join(summary, " ") + " …"
		card = view.CardLines(m.st, c, w)
	}
	if extra := len(card) + len(choices) - n; extra > 0 {
		keep := max(len(card)-extra-1, 1)
		card = append(card[:keep:keep], card[len(card)-1])
	}
	return append(card, choices...)
}

// joinText is how players join, as they would type it.
func (m consoleModel) joinText() string {
	hint := m.joinCommand()
	if m.info.CodeSet {
		hint += " · join code set"
	}
	return hint
}

func (m consoleModel) stateLines(w int) []string {
	g := m.v
	var s string
	switch g.Phase {
	case phaseLobby:
		s = fmt.Sprintf("Lobby · %s ready · waiting to start", view.Plural(g.Settings.Questions, "question"))
	case phaseDiscuss:
		s = fmt.Sprintf("Question %d/%d · discussion · %ds", g.Index+1, g.Settings.Questions, secondsLeft(g.shared, m.now))
	case phaseQuestion:
		s = fmt.Sprintf("Question %d/%d · answers open · %ds left · %d/%d answered", g.Index+1, g.Settings.Questions, secondsLeft(g.shared, m.now), g.Answered, g.Active)
	case phaseReveal:
		s = fmt.Sprintf("Question %d/%d · reveal · %s", g.Index+1, g.Settings.Questions, view.Plural(sum(g.Reveal.Counts), "answer"))
	case phaseBoard:
		s = fmt.Sprintf("Question %d/%d · leaderboard", g.Index+1, g.Settings.Questions)
	case phaseFinal:
		s = "Game over · final results on every screen"
	}
	parts := []string{m.st.Ink.Bold(s)}
	if g.EvidenceTotal > 0 && g.Asked != nil {
		parts = append(parts, m.st.Ink.Muted(fmt.Sprintf("· evidence %d/%d shown", len(g.Evidence), g.EvidenceTotal)))
	}
	if g.Paused {
		parts = append(parts, m.st.Ink.Urgent("PAUSED"))
	}
	if m.peek && !revealed(g.shared) && g.Asked != nil {
		parts = append(parts, m.st.Ink.Notice("· peeking: a hides the answer"))
	}
	return view.JoinParts(parts, " ", w)
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
	g := m.v
	connected := 0
	for _, p := range g.Players {
		if p.Connected {
			connected++
		}
	}
	out := []string{m.st.Ink.Label(fmt.Sprintf("Players %d (%d connected)", len(g.Players), connected))}
	if len(g.Players) == 0 {
		return append(out, m.st.Ink.Muted("Nobody yet. Players join as the line above says."))
	}
	rows := n - 1
	start := max(min(m.cursor-rows/2, len(g.Players)-rows), 0)
	for i := start; i < len(g.Players) && i < start+rows; i++ {
		p := g.Players[i]
		state := m.st.Ink.Correct("● online")
		if !p.Connected {
			state = m.st.Ink.Muted("○ away  ")
		}
		ans := "        "
		if p.Answered {
			ans = m.st.Ink.Correct("answered")
		}
		team := teamName(g.Settings, p.Team)
		line := fmt.Sprintf("%s %s %s %8s #%-3d %-8s", view.PadRight(p.Name, maxNameLen), state, ans, view.Thousands(p.Score), p.Rank, team)
		if i == m.cursor {
			out = append(out, m.st.Cursor+m.st.Ink.Selected(line))
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
func (m consoleModel) choiceTally(q *quiz.Question, w int) []string {
	g := m.v
	o := view.NoMarks()
	var counts []int
	switch {
	case revealed(g.shared) && g.Reveal != nil:
		counts, o.Answer = g.Reveal.Counts, q.Answer
	case m.peek:
		counts, o.Answer = g.Live, q.Answer
	}
	if counts != nil {
		o.RightW = 5
		o.Right = func(i int) string {
			if i >= len(counts) {
				return ""
			}
			return m.st.Ink.Number(fmt.Sprintf("%5d", counts[i]))
		}
	}
	lines, _ := view.Choices(m.st, texts(q.Choices), o, w)
	return lines
}

// texts is the text of each choice.
func texts(choices []quiz.Choice) []string {
	out := make([]string, len(choices))
	for i, c := range choices {
		out[i] = c.Text
	}
	return out
}

// revealed is true once the current question's answer is public.
func revealed(g *shared) bool { return g.Phase >= phaseReveal }
