package gameday

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

func (m consoleModel) View() string {
	g := m.v.Game
	if g == nil {
		return ""
	}
	if m.v.Me.Removed != "" {
		return indent(m.st.ink.Notice("Console closed: "+m.v.Me.Removed+".")) + "\n"
	}
	w := max(m.w-2, 20)
	head := spread(m.st.ink.Title("rootcause game day")+m.st.ink.Muted(" · facilitator"), m.joinHint(), w)
	lines := []string{head, m.stateLine(w)}
	if r := g.Round; r != nil {
		title := r.Title
		if title == "" {
			title = r.Summary
		}
		lines = append(lines, m.st.ink.Muted(clip(wrap(r.IncidentID+" · "+title, w), 1)[0]))
		lines = append(lines, m.choiceTally(r, w)...)
	}
	lines = append(lines, "")
	footer := []string{""}
	switch {
	case m.confirm != "":
		footer = append(footer, m.st.ink.Notice(m.confirmText()))
	case m.status != "":
		footer = append(footer, m.st.ink.Muted(clip(wrap(m.status, w), 1)[0]))
	case m.info.Warning != "" && g.Phase == PhaseLobby:
		footer = append(footer, m.st.ink.Notice(clip(wrap(m.info.Warning, w), 1)[0]))
	case g.Notice != "":
		footer = append(footer, m.st.ink.Muted(clip(wrap(g.Notice, w), 1)[0]))
	case g.Saved != "":
		footer = append(footer, m.st.ink.Muted(clip(wrap("Results: "+g.Saved, w), 1)[0]))
	}
	footer = append(footer, m.help.ShortHelpView(m.helpKeys()))
	room := max(m.h-len(lines)-len(footer), 3)
	lines = append(lines, m.playerLines(w, room)...)
	pad := max(m.h-len(lines)-len(footer), 0)
	out := strings.Join(lines, "\n") + strings.Repeat("\n", pad) + "\n" + strings.Join(footer, "\n")
	return indent(fit(out, w, m.h))
}

func (m consoleModel) joinHint() string {
	hint := "ssh -p " + portOf(m.info.Addr) + " NAME@" + hostOf(m.info.Addr)
	if m.info.CodeSet {
		hint += " · join code set"
	}
	return m.st.ink.Muted(hint)
}

func (m consoleModel) stateLine(w int) string {
	g := m.v.Game
	var s string
	switch g.Phase {
	case PhaseLobby:
		s = fmt.Sprintf("Lobby · %d questions ready · waiting to start", g.Settings.Questions)
	case PhaseDiscuss:
		s = fmt.Sprintf("Question %d/%d · discussion · %ds", g.Index+1, g.Settings.Questions, secondsLeft(g, m.now))
	case PhaseQuestion:
		s = fmt.Sprintf("Question %d/%d · answers open · %ds left · %d/%d answered", g.Index+1, g.Settings.Questions, secondsLeft(g, m.now), g.Answered, g.Active)
	case PhaseReveal:
		s = fmt.Sprintf("Question %d/%d · reveal · %d answers", g.Index+1, g.Settings.Questions, sum(g.Counts))
	case PhaseBoard:
		s = fmt.Sprintf("Question %d/%d · leaderboard", g.Index+1, g.Settings.Questions)
	case PhaseFinal:
		s = "Game over · final results on every screen"
	}
	out := m.st.ink.Bold(s)
	if g.Paused {
		out += " " + m.st.ink.Urgent("PAUSED")
	}
	return clip(wrap(out, w), 1)[0]
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

// choiceTally lists the choices with how many picked each so far, the right
// one marked: the facilitator sees which wrong cause is winning the room
// while the clock runs. Players never get these counts before the reveal.
func (m consoleModel) choiceTally(r *Round, w int) []string {
	counts := m.v.Game.Live
	if m.v.Game.Counts != nil {
		counts = m.v.Game.Counts
	}
	textW := max(w-12, 10)
	var out []string
	for i, c := range r.Choices {
		mark, paint := "  ", m.st.ink.Text
		if i == r.Answer {
			mark, paint = "✓ ", m.st.ink.Correct
		}
		n := ""
		if i < len(counts) {
			n = fmt.Sprintf("%4d", counts[i])
		}
		out = append(out, paint(fmt.Sprintf("%s%d %s", mark, i+1, padRight(ansi.Truncate(c, textW, "…"), textW)))+m.st.ink.Number(n))
	}
	return out
}
