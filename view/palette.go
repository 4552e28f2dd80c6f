package view

import "github.com/charmbracelet/lipgloss"

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
