package tui

import (
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/view"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Layout limits.
const (
	minWidth, minHeight = 60, 15          // below this the app asks for a larger window
	maxContent          = view.MaxContent // text wider than this is hard to read; center instead
	wideMin             = 150             // from this width some screens use two columns
	maxWide             = 150             // the widest two-column layout
)

// common is the state every screen shares, passed down as one pointer (like
// soft-serve's common.Common): the window size, the styles and keys built for
// this terminal, its renderer, and the clock. The router updates width and
// height on every resize, so screens read them at View time.
//
// A screen is a concrete type with
//
//	func newXxx(c *common, …) xxxModel
//	func (m xxxModel) update(msg tea.Msg) (xxxModel, tea.Cmd)
//	func (m xxxModel) view() string     // body only; the router draws the footer
//	func (m xxxModel) help() screenHelp // keys that apply right now
//
// and asks the router for navigation by returning a Cmd that yields one of
// the messages in nav.go.
type common struct {
	width, height int
	styles        *view.Styles
	keys          *view.KeyMap
	renderer      *lipgloss.Renderer
	// now is the clock; tests inject a fixed one so goldens never see the
	// wall clock.
	now func() time.Time
	// tick schedules a timer message (tea.Tick); tests stop it.
	tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// recorders of every session started, so Flush can write what a quit
	// left queued.
	recorders []*recorder
	// leaveGuest leaves the team game day whose screen the app shows; nil
	// when it shows none. Shared, so LeaveGame works on any copy of Model.
	leaveGuest func()
}

// contentWidth is the width text is laid out in: the window minus the
// margins, capped so lines stay readable on wide screens.
func (c *common) contentWidth() int {
	return view.ContentWidth(c.width)
}

// bodyHeight is the height left for a screen's body above the footer.
func (c *common) bodyHeight(footerLines int) int {
	return max(3, c.height-footerLines)
}

// wrap wraps text at word boundaries to width w (a word longer than w is
// broken, never dropped).
func (c *common) wrap(s string, w int, st lipgloss.Style) string {
	return st.Width(w).Render(s)
}

// wide reports whether the window is wide enough for two columns.
func (c *common) wide() bool { return c.width >= wideMin }

// wideWidth is the width of a two-column layout.
func (c *common) wideWidth() int { return min(c.width-4, maxWide) }

// center places a block laid out in contentWidth in the middle of the
// window by indenting every line the same, so the column does not shift as
// the text changes. (Cheaper than lipgloss.Place, which measures and pads
// every line to the full width.)
func (c *common) center(block string) string {
	return c.centerIn(block, c.contentWidth())
}

// centerIn is center for a block laid out in width w.
func (c *common) centerIn(block string, w int) string {
	pad := max(0, (c.width-w)/2)
	if pad == 0 {
		return block
	}
	lines := strings.Split(block, "\n")
	indent := strings.Repeat(" ", pad)
	for i, l := range lines {
		if l != "" {
			lines[i] = indent + l
		}
	}
	return strings.Join(lines, "\n")
}

// fitHeight pads or cuts a block to exactly h lines. Screens keep their
// content within the body height (long text scrolls), so cutting only ever
// drops trailing blank space.
func fitHeight(block string, h int) string {
	n := strings.Count(block, "\n") + 1
	if n < h {
		return block + strings.Repeat("\n", h-n)
	}
	if n > h {
		lines := strings.SplitN(block, "\n", h+1)
		return strings.Join(lines[:h], "\n")
	}
	return block
}

// joinColumns joins two columns of lines: left padded to leftW, then gap
// spaces, then right.
func joinColumns(left, right []string, leftW, gap int) []string {
	out := make([]string, max(len(left), len(right)))
	sep := strings.Repeat(" ", gap)
	for i := range out {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = l + strings.Repeat(" ", max(0, leftW-lipgloss.Width(l))) + sep + r
	}
	return out
}

// cmd wraps a message in a Cmd, the way screens talk to the router.
func cmd(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// safeLine is text that did not come from a loaded record (an error, a
// user name, a file path) made safe for one line: records are sanitized
// when loaded, anything else goes through the same sanitizer here.
func safeLine(s string) string { return view.OneLine(incidents.Sanitize(s)) }
