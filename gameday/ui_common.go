package gameday

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// viewMsg carries a hub snapshot into a session's program.
type viewMsg View

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
func countdown(g *Public, now time.Time) tea.Cmd {
	if g == nil || g.Paused || (g.Phase != PhaseQuestion && g.Phase != PhaseDiscuss) || !now.Before(g.Deadline) {
		return nil
	}
	return tickAt(g.Deadline, now)
}

// secondsLeft is the countdown as shown: rounded up, never negative.
func secondsLeft(pub *Public, now time.Time) int {
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
func timeBar(st *look, left, total time.Duration, w int) string {
	if total <= 0 || w <= 0 {
		return ""
	}
	full := int(float64(w) * float64(max(left, 0)) / float64(total))
	full = min(full, w)
	style := st.ink.Timer
	if left <= 5*time.Second {
		style = st.ink.Urgent
	}
	return style(strings.Repeat("█", full)) + st.ink.Muted(strings.Repeat("░", w-full))
}

// wrap word-wraps plain text to width w.
func wrap(s string, w int) []string {
	if w < 4 {
		w = 4
	}
	return strings.Split(ansi.Wordwrap(s, w, ""), "\n")
}

// clip keeps at most n lines, marking a cut with "…".
func clip(lines []string, n int) []string {
	if n <= 0 {
		return nil
	}
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] = ansi.Truncate(out[n-1], max(ansi.StringWidth(out[n-1])-1, 0), "") + "…"
	return out
}

// fit cuts a rendered screen to the window: no line wider than w, no more
// than h lines, so nothing wraps or scrolls on the client.
func fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if h > 0 && len(lines) > h {
		lines = lines[:h]
	}
	if w > 0 {
		for i, l := range lines {
			if ansi.StringWidth(l) > w {
				lines[i] = ansi.Truncate(l, w, "")
			}
		}
	}
	return strings.Join(lines, "\n")
}

// spread puts left and right on one line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left + " " + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// thousands renders 12345 as "12,345".
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// teamName names team t, or "" for none.
func teamName(set Settings, t int) string {
	if t < 0 || t >= len(set.Teams) {
		return ""
	}
	return set.Teams[t]
}

// rankOf renders "3rd of 20".
func rankOf(rank, of int) string { return fmt.Sprintf("%s of %d", ordinal(rank), of) }

// ordinal renders 1 as "1st", 12 as "12th", 22 as "22nd".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

func itoa(n int) string { return strconv.Itoa(n) }

// padRight pads s with spaces to display width w.
func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
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
