package gameday

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The smallest windows screens are drawn in. Below them a session asks for a
// larger window rather than showing a question without its incident or
// choices cut in half. A player's is the local app's; the console shows the
// card, every choice and the players at once, so it needs a full terminal.
const (
	minWidth, minHeight               = 60, 15
	minConsoleWidth, minConsoleHeight = 80, 24
)

// enlargeView asks for a window of at least needW×needH and says how large
// it is now; notes follow. It fits whatever the window is.
func enlargeView(st *look, w, h, needW, needH int, notes ...string) string {
	iw := max(w-2, 4)
	msg := fmt.Sprintf("Please enlarge the window (need %dx%d, have %dx%d).", needW, needH, w, h)
	lines := []string{st.ink.Title("rootcause game day"), ""}
	lines = append(lines, inkLines(st.ink.Notice, wrap(msg, iw))...)
	for _, n := range notes {
		lines = append(lines, "")
		lines = append(lines, inkLines(st.ink.Muted, wrap(n, iw))...)
	}
	return fit(indent(strings.Join(lines, "\n")), w, h) + "\n"
}

// inkLines paints each line on its own, so a style never spans a line
// break (the renderer may redraw one line and not the next).
func inkLines(ink func(string) string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = ink(l)
	}
	return out
}

// hang word-wraps text to width w after a first-line prefix; later lines
// start under the text, not under the prefix.
func hang(prefix, text string, w int) []string {
	pw := ansi.StringWidth(prefix)
	lines := wrap(text, w-pw)
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", pw) + lines[i]
		}
	}
	return lines
}

// joinParts puts already painted parts on lines of width w, separated by
// sep, starting a new line where the next part would not fit. A part wider
// than a line is left for fit to cut; callers wrap long text first.
func joinParts(parts []string, sep string, w int) []string {
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case ansi.StringWidth(cur)+ansi.StringWidth(sep)+ansi.StringWidth(p) <= w:
			cur += sep + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// plural renders "1 question", "2 questions".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

// scrollWindow shows h of lines from offset off, replacing the first and
// last shown line with a marker when there is more above or below. It
// returns the lines shown and the offset used (off clamped).
func scrollWindow(st *look, lines []string, off, h int) ([]string, int) {
	h = max(h, 3)
	if len(lines) <= h {
		return lines, 0
	}
	off = min(max(off, 0), maxScroll(len(lines), h))
	var out []string
	room := h
	if off > 0 {
		out = append(out, st.ink.Muted(fmt.Sprintf("↑ %s above · pgup", plural(off, "line", "lines"))))
		room--
	}
	end := off + room
	if end < len(lines) {
		end--
	}
	out = append(out, lines[off:end]...)
	if end < len(lines) {
		out = append(out, st.ink.Muted(fmt.Sprintf("↓ %s below · pgdn", plural(len(lines)-end, "line", "lines"))))
	}
	return out, off
}

// maxScroll is the last useful offset for n lines in a window of h: the one
// showing the end, under an "above" marker.
func maxScroll(n, h int) int {
	h = max(h, 3)
	if n <= h {
		return 0
	}
	return n - (h - 1)
}

// screenParts is a screen in three bands: a fixed head (the clock), a body
// that scrolls when the window is too short for it, and a fixed foot (the
// player's status), so what changes by the second never scrolls away.
type screenParts struct{ head, body, foot []string }

// room is how many body lines a window of h shows.
func (p screenParts) room(h int) int { return h - len(p.head) - len(p.foot) }

// render lays the bands out in h lines with the body scrolled to off, and
// returns the offset used.
func (p screenParts) render(st *look, h, off int) (string, int) {
	body, off := scrollWindow(st, p.body, off, p.room(h))
	lines := append(append(append([]string(nil), p.head...), body...), p.foot...)
	return strings.Join(lines, "\n"), off
}
