package gameday

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// This file and the other screen_*.go files are the game's screens: the
// player's and the facilitator's Bubble Tea models. They draw hub snapshots
// with the presentation layer (package view) and turn keys into hub calls;
// they know nothing of SSH.

// viewMsg carries a player's snapshot into their program; consoleMsg a
// console's into the console's.
type (
	viewMsg    playerView
	consoleMsg consoleView
)

// tickMsg redraws a running countdown. It names the countdown (by its
// deadline) so a tick left over from an earlier one is dropped instead of
// starting a second chain of ticks.
type tickMsg struct{ at, deadline time.Time }

// tickAt schedules the next countdown redraw for when the shown second
// changes, rather than polling.
func tickAt(deadline time.Time, now time.Time) tea.Cmd {
	d := deadline.Sub(now) % time.Second
	if d <= 0 {
		d += time.Second
	}
	return tea.Tick(d+5*time.Millisecond, func(t time.Time) tea.Msg { return tickMsg{at: t, deadline: deadline} })
}

// countdown keeps the clock redrawing while one runs on g (nil: no game yet).
func countdown(g *shared, now time.Time) tea.Cmd {
	if g == nil || g.Paused || (g.Phase != phaseQuestion && g.Phase != phaseDiscuss) || !now.Before(g.Deadline) {
		return nil
	}
	return tickAt(g.Deadline, now)
}

// secondsLeft is the countdown as shown: rounded up, never negative.
func secondsLeft(pub *shared, now time.Time) int {
	left := pub.Left
	if !pub.Paused {
		left = pub.Deadline.Sub(now)
	}
	if left <= 0 {
		return 0
	}
	return int((left + time.Second - 1) / time.Second)
}

// timeBar draws the countdown as a bar of width w.
func timeBar(st *view.Styles, left, total time.Duration, w int) string {
	if total <= 0 || w <= 0 {
		return ""
	}
	full := min(int(float64(w)*float64(max(left, 0))/float64(total)), w)
	ink := st.Ink.Timer
	if left <= 5*time.Second {
		ink = st.Ink.Urgent
	}
	return ink(strings.Repeat("█", full)) + st.Ink.Muted(strings.Repeat("░", w-full))
}

// teamName names team t, or "" for none.
func teamName(set settings, t int) string {
	if t < 0 || t >= len(set.Teams) {
		return ""
	}
	return set.Teams[t]
}

// indent adds the one-column left margin every screen has. It is done by
// hand rather than with a padded lipgloss style: a style would re-measure
// and re-pad the whole screen, and 200 sessions redraw at the same moment.
func indent(s string) string {
	return " " + strings.ReplaceAll(s, "\n", "\n ")
}

// sizeOr is a reported window dimension, or def when the client reported
// none (a PTY requested without a real terminal says 0×0).
func sizeOr(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// cardOf is the card of a question as players see it.
func cardOf(a *asked) view.Card { return view.CardFrom(a.Card, a.Date, a.Note) }
