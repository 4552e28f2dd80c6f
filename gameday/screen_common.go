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

// tickAt schedules the next countdown redraw for lag after the shown
// second next changes, rather than polling. The screen drawn now shows the
// second as it is, so the redraw waits for the next change even when the
// last one was less than lag ago: redrawing for it would draw every screen
// twice as a question opens.
func tickAt(deadline time.Time, now time.Time, lag time.Duration) tea.Cmd {
	return tea.Tick(nextTick(deadline, now, lag), func(t time.Time) tea.Msg { return tickMsg{at: t, deadline: deadline} })
}

// nextTick is how long from now until tickAt's redraw: the next change of
// the shown second, plus lag, plus a little so the change has happened.
func nextTick(deadline, now time.Time, lag time.Duration) time.Duration {
	d := deadline.Sub(now) % time.Second
	if d <= 0 {
		d += time.Second
	}
	return d + lag + 5*time.Millisecond
}

// countdown keeps the clock redrawing while one runs on g (nil: no game
// yet), lag after each second changes.
func countdown(g *shared, now time.Time, lag time.Duration) tea.Cmd {
	if g == nil || g.Paused || (g.Phase != phaseQuestion && g.Phase != phaseDiscuss) || !now.Before(g.Deadline) {
		return nil
	}
	return tickAt(g.Deadline, now, lag)
}

// tickLag is how long after the shown second changes a player's clock
// redraws, for a player at u in [0, 1) of a room of active players: up to
// a quarter of a millisecond per player, at most maxTickLag. Every
// player's clock once redrew at the same instant, and at 1,000 players
// that burst of screens held up the answers arriving in it
// (BenchmarkSwarm: acknowledgement p99 70-110 ms, 39 ms without the
// clock's redraws). Spread over a quarter of a second, the clock on a
// screen is at most that late; the console and projector keep the exact
// second.
func tickLag(active int, u float64) time.Duration {
	return time.Duration(u * float64(min(time.Duration(active)*tickLagPerPlayer, maxTickLag)))
}

const (
	tickLagPerPlayer = 250 * time.Microsecond
	maxTickLag       = 250 * time.Millisecond
)

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
