package view

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
)

// Styles holds every lipgloss style rootcause draws with, and the inks
// worked out from them. Build one per renderer with NewStyles, so each SSH
// session renders with its own client's color profile; never keep styles in
// package globals.
//
// Without color (NO_COLOR, or an Ascii profile) all styling disappears, so no
// state may be shown by color alone: the focused item carries the Cursor
// marker, right and wrong carry ✓/✗ and words.
type Styles struct {
	Palette Palette

	Title    lipgloss.Style // product name and screen titles
	Subtitle lipgloss.Style // a line under a title
	Text     lipgloss.Style
	Muted    lipgloss.Style
	Bold     lipgloss.Style
	Label    lipgloss.Style // section labels such as "ROOT CAUSE"
	Number   lipgloss.Style // scores and counts
	Error    lipgloss.Style
	Notice   lipgloss.Style // one-line warnings, e.g. "progress is not saved"

	// Severity badges: Sev[1] is SEV-1 … Sev[5] is SEV-5, Sev[0] unknown.
	Sev [6]lipgloss.Style

	Card      lipgloss.Style // a bordered box (dialogs, the podium)
	CardTitle lipgloss.Style

	Cursor   string         // marker drawn before the focused item ("> ")
	NoCursor string         // same width as Cursor, for the others
	Choice   lipgloss.Style // an option not focused
	Selected lipgloss.Style // the focused option
	Correct  lipgloss.Style // the right option / "Correct" headline
	Wrong    lipgloss.Style // a wrong pick / "Wrong" headline
	Key      lipgloss.Style // an inline key hint such as "c"

	MenuDesc lipgloss.Style // the description beside a menu entry
	Flag     lipgloss.Style
	Timer    lipgloss.Style
	Urgent   lipgloss.Style // timer in its last seconds
	Border   lipgloss.Style // the card's frame

	Help help.Styles

	// Ink paints text in the plain styles above without a full Render.
	Ink Inks
	// sevInk paints a severity badge's text (padding added by Badge).
	sevInk [6]Ink
	// profile names the renderer's color profile and background, for
	// caches of drawn output shared between terminals that draw alike.
	profile string
}

// Profile names the color profile and background the styles draw for: two
// terminals with the same profile get the same bytes, so a cache of drawn
// output may be shared between them.
func (s *Styles) Profile() string { return s.profile }

// Ink paints text in a style that is only colors and attributes. A question
// opening makes every game-day session redraw at once, and a full lipgloss
// Render per fragment (measuring, aligning, padding) was most of a screen's
// cost; an ink is the style's escape sequences worked out once per renderer.
// Multi-line text is painted line by line.
type Ink func(string) string

// Inks are the inks of the plain styles, one per style of the same name.
type Inks struct {
	Title, Muted, Bold, Label, Number, Text, Choice, Selected, Correct, Wrong,
	Timer, Urgent, Notice, CardTitle, Flag, Key, Error, Border Ink
}

// NewStyles builds the styles for one renderer (one terminal).
func NewStyles(r *lipgloss.Renderer) *Styles {
	p := DefaultPalette()
	s := &Styles{Palette: p, Cursor: "> ", NoCursor: "  ", profile: fmt.Sprint(r.ColorProfile(), r.HasDarkBackground())}
	ns := r.NewStyle

	s.Title = ns().Bold(true).Foreground(p.Accent)
	s.Subtitle = ns().Foreground(p.Muted).Italic(true)
	s.Text = ns().Foreground(p.Text)
	s.Muted = ns().Foreground(p.Muted)
	s.Bold = ns().Bold(true).Foreground(p.Text)
	s.Label = ns().Bold(true).Foreground(p.Accent)
	s.Number = ns().Bold(true).Foreground(p.Accent2)
	s.Error = ns().Bold(true).Foreground(p.Danger)
	s.Notice = ns().Foreground(p.Warning)

	for i := range s.Sev {
		plain := ns().Bold(true).Foreground(p.OnBadge).Background(p.Sev[i])
		s.Sev[i] = plain.Padding(0, 1)
		s.sevInk[i] = inkOf(plain)
	}

	s.Card = ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.Subtle).Padding(0, 1)
	s.CardTitle = ns().Bold(true).Foreground(p.Text)
	s.Border = ns().Foreground(p.Subtle)

	s.Choice = ns().Foreground(p.Text)
	s.Selected = ns().Bold(true).Foreground(p.Accent)
	s.Correct = ns().Bold(true).Foreground(p.Success)
	s.Wrong = ns().Bold(true).Foreground(p.Danger)
	s.Key = ns().Bold(true).Foreground(p.Accent2)

	s.MenuDesc = ns().Foreground(p.Muted)
	s.Flag = ns().Bold(true).Foreground(p.Warning)
	s.Timer = ns().Foreground(p.Accent2)
	s.Urgent = ns().Bold(true).Foreground(p.Danger)

	s.Help = help.Styles{
		Ellipsis:       ns().Foreground(p.Subtle),
		ShortKey:       ns().Bold(true).Foreground(p.Muted),
		ShortDesc:      ns().Foreground(p.Muted),
		ShortSeparator: ns().Foreground(p.Subtle),
		FullKey:        ns().Bold(true).Foreground(p.Muted),
		FullDesc:       ns().Foreground(p.Muted),
		FullSeparator:  ns().Foreground(p.Subtle),
	}
	s.Ink = Inks{
		Title: inkOf(s.Title), Muted: inkOf(s.Muted), Bold: inkOf(s.Bold), Label: inkOf(s.Label),
		Number: inkOf(s.Number), Text: inkOf(s.Text), Choice: inkOf(s.Choice), Selected: inkOf(s.Selected),
		Correct: inkOf(s.Correct), Wrong: inkOf(s.Wrong), Timer: inkOf(s.Timer), Urgent: inkOf(s.Urgent),
		Notice: inkOf(s.Notice), CardTitle: inkOf(s.CardTitle), Flag: inkOf(s.Flag), Key: inkOf(s.Key),
		Error: inkOf(s.Error), Border: inkOf(s.Border),
	}
	return s
}

// inkOf splits what st draws around a marker into the sequences before and
// after the text. Styles with layout (padding, borders, widths) must keep
// using Render: their output is more than a prefix and a suffix.
func inkOf(st lipgloss.Style) Ink {
	pre, post, ok := strings.Cut(st.Render("\x00"), "\x00")
	if !ok {
		return func(t string) string { return st.Render(t) }
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

// Badge renders a severity badge such as " SEV-1 ", or " SEV-? " when unknown.
func (s *Styles) Badge(sev incidents.Severity) string {
	if sev < 1 || sev > 5 {
		return s.sevInk[0](" SEV-? ")
	}
	return s.sevInk[sev](" " + sev.String() + " ")
}

// Item renders one selectable line: the cursor marker and the selected style
// when focused, padding and the plain style otherwise. Every list of
// choices uses it, so selection stays visible without color.
func (s *Styles) Item(text string, focused bool) string {
	if focused {
		return s.Cursor + s.Ink.Selected(text)
	}
	return s.NoCursor + s.Ink.Choice(text)
}
