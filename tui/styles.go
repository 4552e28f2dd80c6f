package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
)

// Palette is the named set of colors every style is built on. Each color is
// an AdaptiveColor, so one palette reads well on light and dark terminals; the
// renderer picks the variant (and drops color entirely under NO_COLOR).
type Palette struct {
	Text    lipgloss.AdaptiveColor // body text
	Muted   lipgloss.AdaptiveColor // secondary text: dates, hints, labels
	Subtle  lipgloss.AdaptiveColor // borders and separators
	Accent  lipgloss.AdaptiveColor // product name, focused item, headings
	Accent2 lipgloss.AdaptiveColor // score, numbers
	Success lipgloss.AdaptiveColor // right answer
	Danger  lipgloss.AdaptiveColor // wrong answer, errors
	Warning lipgloss.AdaptiveColor // timer running low, notices, flags
	OnBadge lipgloss.AdaptiveColor // text drawn on a severity badge

	// Sev holds the badge background per severity; index 0 is "unknown".
	Sev [6]lipgloss.AdaptiveColor
}

// DefaultPalette is rootcause's palette.
func DefaultPalette() Palette {
	return Palette{
		Text:    lipgloss.AdaptiveColor{Light: "#1F2328", Dark: "#E6EDF3"},
		Muted:   lipgloss.AdaptiveColor{Light: "#59636E", Dark: "#8B949E"},
		Subtle:  lipgloss.AdaptiveColor{Light: "#C8CED6", Dark: "#3D444D"},
		Accent:  lipgloss.AdaptiveColor{Light: "#6639BA", Dark: "#BC8CFF"},
		Accent2: lipgloss.AdaptiveColor{Light: "#0550AE", Dark: "#79C0FF"},
		Success: lipgloss.AdaptiveColor{Light: "#1A7F37", Dark: "#3FB950"},
		Danger:  lipgloss.AdaptiveColor{Light: "#CF222E", Dark: "#F85149"},
		Warning: lipgloss.AdaptiveColor{Light: "#9A6700", Dark: "#D29922"},
		OnBadge: lipgloss.AdaptiveColor{Light: "#FFFFFF", Dark: "#0D1117"},
		Sev: [6]lipgloss.AdaptiveColor{
			{Light: "#6E7781", Dark: "#8B949E"}, // unknown
			{Light: "#CF222E", Dark: "#FF7B72"}, // SEV-1
			{Light: "#BC4C00", Dark: "#FFA657"}, // SEV-2
			{Light: "#9A6700", Dark: "#E3B341"}, // SEV-3
			{Light: "#0550AE", Dark: "#79C0FF"}, // SEV-4
			{Light: "#57606A", Dark: "#B1BAC4"}, // SEV-5
		},
	}
}

// Styles holds every lipgloss style the app draws with. Build one per
// renderer with NewStyles, so each SSH session renders with its own client's
// color profile; never keep styles in package globals.
//
// Without color (NO_COLOR, or an Ascii profile) all styling disappears, so no
// state may be shown by color alone: selection carries a "> " marker (see
// Cursor), right/wrong carry words and marks.
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

	Card      lipgloss.Style // bordered incident card
	CardTitle lipgloss.Style

	Cursor   string         // marker drawn before the focused item ("> ")
	NoCursor string         // same width as Cursor, for the others
	Choice   lipgloss.Style // an option not focused
	Selected lipgloss.Style // the focused option
	Correct  lipgloss.Style // the right option / "Correct" headline
	Wrong    lipgloss.Style // a wrong pick / "Wrong" headline
	Key      lipgloss.Style // an inline key hint such as "[c]"

	MenuDesc lipgloss.Style // the description beside a menu entry
	Flag     lipgloss.Style
	Timer    lipgloss.Style
	Urgent   lipgloss.Style // timer in its last seconds

	Help help.Styles
}

// NewStyles builds the styles for one renderer (one terminal).
func NewStyles(r *lipgloss.Renderer) *Styles {
	p := DefaultPalette()
	s := &Styles{Palette: p, Cursor: "> ", NoCursor: "  "}
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
		s.Sev[i] = ns().Bold(true).Padding(0, 1).Foreground(p.OnBadge).Background(p.Sev[i])
	}

	s.Card = ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.Subtle).Padding(0, 1)
	s.CardTitle = ns().Bold(true).Foreground(p.Text)

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
	return s
}

// Badge renders a severity badge such as " SEV-1 ", or " SEV-? " when unknown.
func (s *Styles) Badge(sev incidents.Severity) string {
	if sev < 1 || sev > 5 {
		return s.Sev[0].Render("SEV-?")
	}
	return s.Sev[sev].Render(sev.String())
}

// Item renders one selectable line: the cursor marker and the selected style
// when focused, padding and the plain style otherwise. Use it for every list
// of choices so selection stays visible without color.
func (s *Styles) Item(text string, focused bool) string {
	if focused {
		return s.Cursor + s.Selected.Render(text)
	}
	return s.NoCursor + s.Choice.Render(text)
}
