package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// page is the one scrolling text component: feedback, results, stats and
// the library's detail each lay their text out for a width and hand it to
// a page, which scrolls it (keys, wheel, top and bottom) and says under it
// how much more there is.
type page struct {
	c  *common
	vp viewport.Model
}

func newPage(c *common) page { return page{c: c, vp: viewport.New(0, 0)} }

// set lays content out in a page w wide and h high (the hint line under it
// included), keeping the scroll position where it still fits.
func (p page) set(w, h int, content string) page {
	p.vp.Width, p.vp.Height = w, max(1, h-1)
	p.vp.SetContent(content)
	return p
}

// top scrolls back to the start, for new content.
func (p page) top() page {
	p.vp.GotoTop()
	return p
}

// width is the width the content was laid out in.
func (p page) width() int { return p.vp.Width }

func (p page) update(msg tea.Msg) (page, tea.Cmd) {
	k := p.c.keys
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.Top):
			p.vp.GotoTop()
			return p, nil
		case key.Matches(km, k.Bottom):
			p.vp.GotoBottom()
			return p, nil
		}
	}
	var c tea.Cmd
	p.vp, c = p.vp.Update(msg)
	return p, c
}

// scrolls reports whether the content is taller than the page.
func (p page) scrolls() bool { return p.vp.TotalLineCount() > p.vp.Height }

func (p page) view() string { return p.vp.View() + "\n" + p.hint() }

// percent is how far down the page is, 0 to 1.
func (p page) percent() float64 { return p.vp.ScrollPercent() }

// hint is the line under the text: how far down it is and how to see the
// rest, or nothing when all of it fits.
func (p page) hint() string {
	s := p.c.styles
	switch {
	case !p.scrolls():
		return ""
	case p.vp.AtBottom():
		return s.Ink.Muted("  (end)")
	}
	rest := p.vp.TotalLineCount() - p.vp.YOffset - p.vp.Height
	return s.Ink.Muted("  ↓ more below: " + view.Plural(rest, "line") + " · pgdn/space/wheel scrolls")
}

// keys are the page's scroll bindings for the full help.
func (p page) keys() []key.Binding {
	k := p.c.keys
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}
