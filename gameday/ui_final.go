package gameday

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/view"
)

// finalScreen is the end of the game: the podium, the player's own summary
// and the debrief (each incident's fix and prevention), one tab at a time.
// Its state is local to the session: each player browses on their own.
type finalScreen struct {
	tab    int // 0 podium, 1 summary, 2 debrief
	scroll int // debrief line offset
}

var finalTabs = []string{"Podium", "Your game", "Debrief"}

func (f finalScreen) update(msg tea.KeyMsg, k *view.KeyMap, v View, h int) finalScreen {
	switch {
	case key.Matches(msg, k.Right), msg.String() == "tab":
		f.tab = (f.tab + 1) % len(finalTabs)
		f.scroll = 0
	case key.Matches(msg, k.Left), msg.String() == "shift+tab":
		f.tab = (f.tab + len(finalTabs) - 1) % len(finalTabs)
		f.scroll = 0
	case key.Matches(msg, k.Down):
		f.scroll++
	case key.Matches(msg, k.Up):
		f.scroll = max(f.scroll-1, 0)
	case key.Matches(msg, k.PageDown):
		f.scroll += max(h-4, 1)
	case key.Matches(msg, k.PageUp):
		f.scroll = max(f.scroll-max(h-4, 1), 0)
	}
	return f
}

func (f finalScreen) keys(k *view.KeyMap) []key.Binding {
	tabs := key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "tabs"))
	if f.tab > 0 {
		scroll := key.NewBinding(key.WithKeys("down", "up"), key.WithHelp("↑↓ pgup/pgdn", "scroll"))
		return []key.Binding{tabs, scroll}
	}
	return []key.Binding{tabs}
}

func (f finalScreen) view(st *look, v View, w, h int) string {
	var tabs []string
	for i, t := range finalTabs {
		if i == f.tab {
			tabs = append(tabs, st.ink.Selected("["+t+"]"))
		} else {
			tabs = append(tabs, st.ink.Muted(" "+t+" "))
		}
	}
	head := st.ink.Label("Game over") + "   " + strings.Join(tabs, " ")
	// A long debrief or game scrolls, with markers, rather than ending in
	// a line cut short.
	body, _ := scrollWindow(st, f.lines(st, v, w, h), f.scroll, h-2)
	return head + "\n\n" + strings.Join(body, "\n")
}

// lines is the open tab's whole text.
func (f finalScreen) lines(st *look, v View, w, h int) []string {
	switch f.tab {
	case 0:
		return podiumView(st, v, w, h-2)
	case 1:
		return summaryView(st, v, w)
	}
	return debriefLines(st, v.Game.Rounds, w)
}

// clamped keeps the scroll offset within the open tab, so keys pressed past
// the end do not have to be undone one by one.
func (f finalScreen) clamped(st *look, v View, w, h int) finalScreen {
	f.scroll = min(max(f.scroll, 0), maxScroll(len(f.lines(st, v, w, h)), h-2))
	return f
}

func podiumView(st *look, v View, w, h int) []string {
	g := v.Game
	var steps [3]string
	heights := [3]int{5, 3, 2}
	for i := 0; i < 3; i++ {
		if i >= len(g.Board) {
			steps[i] = ""
			continue
		}
		r := g.Board[i]
		name := r.Name
		if name == "" {
			name = "·····"
		}
		// Three blocks and their borders fit a narrow window.
		block := st.Card.Width(min(22, w/3-2)).Height(heights[i]).Align(lipgloss.Center).Render(
			st.ink.Number(ordinal(r.Rank)) + "\n" + st.ink.Bold(name) + "\n" + thousands(r.Score))
		steps[i] = block
	}
	podium := lipgloss.JoinHorizontal(lipgloss.Bottom, steps[1], steps[0], steps[2])
	lines := strings.Split(podium, "\n")
	if len(g.Teams) > 0 {
		lines = append(lines, "", st.ink.Label("Winning team: ")+st.ink.Bold(g.Teams[0].Name)+
			st.ink.Muted(" (mean "+thousands(g.Teams[0].Score)+")"))
	}
	if !v.Me.Facilitator {
		lines = append(lines, "", st.ink.Bold("You finished "+rankOf(v.Me.Rank, len(g.Board))+" with "+thousands(v.Me.Score)+" points."))
	}
	return lines
}

func summaryView(st *look, v View, w int) []string {
	me := v.Me
	if me.Facilitator {
		return []string{st.ink.Muted("The facilitator has no game of their own: see the results files.")}
	}
	right, best, streak := 0, 0, 0
	var total float64
	answered := 0
	for _, r := range me.History {
		if r.Correct {
			right++
			streak++
			best = max(best, streak)
		} else {
			streak = 0
		}
		if r.Answered {
			answered++
			total += r.Elapsed.Seconds()
		}
	}
	lines := []string{st.ink.Bold(fmt.Sprintf("%s · %s · %s points", me.Name, rankOf(me.Rank, len(v.Game.Board)), thousands(me.Score)))}
	avg := 0.0
	if answered > 0 {
		avg = total / float64(answered)
	}
	lines = append(lines, st.ink.Muted(fmt.Sprintf("%d of %d right · best streak %d · %.1fs per answer on average", right, len(me.History), best, avg)), "")
	for _, r := range me.History {
		mark, style := "✗", st.ink.Wrong
		if r.Correct {
			mark, style = "✓", st.ink.Correct
		}
		what := "no answer"
		if r.Answered {
			what = fmt.Sprintf("picked %d in %.1fs", r.Choice+1, r.Elapsed.Seconds())
		}
		lines = append(lines, style(fmt.Sprintf(" %s Q%-2d", mark, r.Question+1))+" "+
			st.ink.Muted(fmt.Sprintf("%-12s %-22s", r.Incident, what))+" "+st.ink.Number("+"+thousands(r.Points)))
	}
	return lines
}

// debriefLines teaches what the game asked about: for each incident, the
// real cause, how it was fixed, and what prevents it.
func debriefLines(st *look, rounds []Round, w int) []string {
	var out []string
	for i, r := range rounds {
		title := r.Title
		if title == "" {
			title = r.Summary
		}
		out = append(out, inkLines(st.ink.Bold, hang(fmt.Sprintf("%d. ", i+1), r.IncidentID+" — "+title, w))...)
		// Each section's text hangs under itself, a prevention item's
		// under its text rather than its bullet.
		section := func(label, bullet, text string) {
			if strings.TrimSpace(text) == "" {
				return
			}
			for j, l := range hang(bullet, text, w-len(label)-3) {
				if j == 0 {
					out = append(out, "  "+st.ink.Label(label)+" "+l)
				} else {
					out = append(out, "  "+strings.Repeat(" ", len(label))+" "+l)
				}
			}
		}
		section("Cause     ", "", r.RootCause)
		section("Fix       ", "", r.Resolution)
		for j, p := range r.Prevention {
			label := "Prevention"
			if j > 0 {
				label = "          "
			}
			section(label, "• ", p)
		}
		out = append(out, "")
	}
	if len(out) == 0 {
		out = append(out, st.ink.Muted("No question was played."))
	}
	return out
}
