package gameday

import (
	"strings"

	"github.com/nexusflow/rootcause/view"
)

// The smallest windows screens are drawn in. Below them a session asks for a
// larger window rather than showing a question without its incident or
// choices cut in half. A player's is the local app's; the console shows the
// card, every choice and the players at once, so it needs a full terminal.
const (
	minWidth, minHeight               = 60, 15
	minConsoleWidth, minConsoleHeight = 80, 24
)

// enlargeView asks for a larger window; notes follow.
func enlargeView(st *view.Styles, w, h, needW, needH int, notes ...string) string {
	lines := view.TooSmall(st, "rootcause game day", w, h, needW, needH, notes...)
	return view.Fit(indent(strings.Join(lines, "\n")), w, h) + "\n"
}

// screenParts is a screen in three bands: a fixed head (the clock), a body
// that scrolls when the window is too short for it, and a fixed foot (the
// player's status), so what changes by the second never scrolls away.
type screenParts struct{ head, body, foot []string }

// room is how many body lines a window of h shows.
func (p screenParts) room(h int) int { return h - len(p.head) - len(p.foot) }

// render lays the bands out in h lines with the body scrolled to off, and
// returns the offset used.
func (p screenParts) render(st *view.Styles, h, off int) (string, int) {
	body, off := view.Window(st, p.body, off, p.room(h))
	lines := append(append(append([]string(nil), p.head...), body...), p.foot...)
	return strings.Join(lines, "\n"), off
}
