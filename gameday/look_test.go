package gameday

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/view"
)

// TestInksMatchRender: an ink draws what its style's Render draws.
func TestInksMatchRender(t *testing.T) {
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		st := view.NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(p)))
		lk := newLook(st)
		pairs := map[string][2]func(string) string{
			"Title":    {lk.ink.Title, func(s string) string { return st.Title.Render(s) }},
			"Muted":    {lk.ink.Muted, func(s string) string { return st.Muted.Render(s) }},
			"Correct":  {lk.ink.Correct, func(s string) string { return st.Correct.Render(s) }},
			"Selected": {lk.ink.Selected, func(s string) string { return st.Selected.Render(s) }},
			"Urgent":   {lk.ink.Urgent, func(s string) string { return st.Urgent.Render(s) }},
		}
		for name, f := range pairs {
			if got, want := f[0]("alpha cause"), f[1]("alpha cause"); got != want {
				t.Errorf("profile %d, %s = %q, Render gives %q", p, name, got, want)
			}
			// Lines are painted one by one (Render would also pad them
			// to one width, which a screen line does not need).
			if got, want := f[0]("two\nlines"), f[1]("two")+"\n"+f[1]("lines"); got != want {
				t.Errorf("profile %d, %s on two lines = %q, want %q", p, name, got, want)
			}
		}
	}
}
