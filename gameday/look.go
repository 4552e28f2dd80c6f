package gameday

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/tui"
)

// look is what game screens draw with: the app's styles (one set per SSH
// session, from that session's renderer) plus inks for the plain ones.
type look struct {
	*tui.Styles
	ink inks
}

// inks paint text in a style that is only colors and attributes. A question
// opening makes every session redraw at once, and a full lipgloss Render per
// fragment (measuring, aligning, padding) was most of a screen's cost; an ink
// is the style's escape sequences worked out once per session.
type inks struct {
	Title, Muted, Bold, Label, Number, Text, Choice, Selected,
	Correct, Wrong, Timer, Urgent, Notice, CardTitle func(string) string
}

func newLook(st *tui.Styles) *look {
	return &look{Styles: st, ink: inks{
		Title: inkOf(st.Title), Muted: inkOf(st.Muted), Bold: inkOf(st.Bold), Label: inkOf(st.Label),
		Number: inkOf(st.Number), Text: inkOf(st.Text), Choice: inkOf(st.Choice), Selected: inkOf(st.Selected),
		Correct: inkOf(st.Correct), Wrong: inkOf(st.Wrong), Timer: inkOf(st.Timer), Urgent: inkOf(st.Urgent),
		Notice: inkOf(st.Notice), CardTitle: inkOf(st.CardTitle),
	}}
}

// inkOf splits what s draws around a marker into the sequences before and
// after the text. Styles with layout (padding, borders, widths) must keep
// using Render: their output is more than a prefix and a suffix.
func inkOf(s lipgloss.Style) func(string) string {
	pre, post, ok := strings.Cut(s.Render("\x00"), "\x00")
	if !ok {
		return func(t string) string { return s.Render(t) }
	}
	if pre == "" && post == "" {
		return func(t string) string { return t }
	}
	return func(t string) string {
		if !strings.Contains(t, "\n") {
			return pre + t + post
		}
		lines := strings.Split(t, "\n")
		for i, l := range lines {
			lines[i] = pre + l + post
		}
		return strings.Join(lines, "\n")
	}
}
