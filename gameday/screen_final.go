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
// and the debrief (each incident's cause, fix and prevention), one tab at a
// time. Its state is local to the session: each player browses on their own.
type finalScreen struct {
	tab    int // 0 podium, 1 summary, 2 debrief
	scroll int // line offset of the open tab
}

var finalTabs = []string{"Podium", "Your game", "Debrief"}

func (f finalScreen) update(msg tea.KeyMsg, k *view.KeyMap, h int) finalScreen {
	switch {
	case key.Matches(msg, k.Tabs):
		f.tab, f.scroll = (f.tab+1)%len(finalTabs), 0
	case key.Matches(msg, k.TabPrev):
		f.tab, f.scroll = (f.tab+len(finalTabs)-1)%len(finalTabs), 0
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
	if f.tab > 0 {
		return []key.Binding{k.Tabs, k.Scroll}
	}
	return []key.Binding{k.Tabs}
}

func (f finalScreen) view(st *view.Styles, v playerView, w, h int) string {
	var tabs []string
	for i, t := range finalTabs {
		if i == f.tab {
			tabs = append(tabs, st.Ink.Selected("["+t+"]"))
		} else {
			tabs = append(tabs, st.Ink.Muted(" "+t+" "))
		}
	}
	head := st.Ink.Label("Game over") + "   " + strings.Join(tabs, " ")
	// A long debrief or game scrolls, with markers, rather than ending in
	// a line cut short.
	body, _ := view.Window(st, f.lines(st, v, w, h), f.scroll, h-2)
	return head + "\n\n" + strings.Join(body, "\n")
}

// lines is the open tab's whole text.
func (f finalScreen) lines(st *view.Styles, v playerView, w, h int) []string {
	switch f.tab {
	case 0:
		return podiumView(st, v, w)
	case 1:
		return summaryView(st, v)
	}
	return debriefLines(st, v.Game, w)
}

// debriefLines teaches every incident played, then shows each one's
// evidence board.
func debriefLines(st *view.Styles, g *shared, w int) []string {
	out := view.Debrief(st, debriefOf(g), w)
	for _, inc := range g.Played {
		out = append(out, boardLines(st, inc, w)...)
	}
	return out
}

// debriefOf is what the debrief teaches: every incident played.
func debriefOf(g *shared) []view.Debriefed {
	var out []view.Debriefed
	for _, inc := range g.Played {
		title := inc.Title
		if title == "" {
			title = inc.Summary
		}
		out = append(out, view.Debriefed{ID: inc.ID, Title: title, Teaching: view.Teaching{
			RootCause: inc.RootCause, Resolution: inc.Resolution, Prevention: inc.Prevention,
		}})
	}
	return out
}

// clamped keeps the scroll offset within the open tab, so keys pressed past
// the end do not have to be undone one by one.
func (f finalScreen) clamped(st *view.Styles, v playerView, w, h int) finalScreen {
	f.scroll = min(max(f.scroll, 0), view.LastOffset(len(f.lines(st, v, w, h)), h-2))
	return f
}

func podiumView(st *view.Styles, v playerView, w int) []string {
	g := v.Game
	var steps [3]string
	heights := [3]int{5, 3, 2}
	for i := 0; i < 3 && i < len(g.Board); i++ {
		r := g.Board[i]
		name := r.Name
		if name == "" {
			name = "·····"
		}
		// Three blocks and their borders fit a narrow window.
		steps[i] = st.Card.Width(min(22, w/3-2)).Height(heights[i]).Align(lipgloss.Center).Render(
			st.Ink.Number(view.Ordinal(r.Rank)) + "\n" + st.Ink.Bold(name) + "\n" + view.Thousands(r.Score))
	}
	lines := strings.Split(lipgloss.JoinHorizontal(lipgloss.Bottom, steps[1], steps[0], steps[2]), "\n")
	if len(g.Teams) > 0 {
		lines = append(lines, "", st.Ink.Label("Winning team: ")+st.Ink.Bold(g.Teams[0].Name)+
			st.Ink.Muted(" (mean "+view.Thousands(g.Teams[0].Score)+")"))
	}
	return append(lines, "", st.Ink.Bold("You finished "+view.RankOf(v.Me.Rank, len(g.Board))+" with "+view.Thousands(v.Me.Score)+" points."))
}

func summaryView(st *view.Styles, v playerView) []string {
	me := v.Me
	right, best := 0, 0
	var total float64
	answered := 0
	for _, r := range me.History {
		if r.Correct {
			right++
		}
		best = max(best, r.Streak) // the engine's count of right answers in a row
		if r.Answered {
			answered++
			total += r.Elapsed.Seconds()
		}
	}
	lines := []string{st.Ink.Bold(fmt.Sprintf("%s · %s · %s points", me.Name, view.RankOf(me.Rank, len(v.Game.Board)), view.Thousands(me.Score)))}
	avg := 0.0
	if answered > 0 {
		avg = total / float64(answered)
	}
	lines = append(lines, st.Ink.Muted(fmt.Sprintf("%d of %d right · best streak %d · %.1fs per answer on average", right, len(me.History), best, avg)), "")
	for _, r := range me.History {
		mark, ink := "✗", st.Ink.Wrong
		if r.Correct {
			mark, ink = "✓", st.Ink.Correct
		}
		what := "no answer"
		if r.Answered {
			what = fmt.Sprintf("picked %d in %.1fs", r.Choice+1, r.Elapsed.Seconds())
		}
		lines = append(lines, ink(fmt.Sprintf(" %s Q%-2d", mark, r.Question+1))+" "+
			st.Ink.Muted(fmt.Sprintf("%-12s %-22s", r.Incident, what))+" "+st.Ink.Number("+"+view.Thousands(r.Points)))
	}
	return lines
}
