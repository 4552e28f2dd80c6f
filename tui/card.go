package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/viewport"
	"github.com/nexusflow/rootcause/quiz"
)

// cardView draws the incident card of a question with the revealed clues
// open: badge, id, date and platform, then title, services and summary.
// Hidden fields say how to reveal them instead of vanishing.
func cardView(c *common, q *quiz.Question, revealed, width int) string {
	s := c.styles
	card := q.Card(revealed)
	inner := max(10, width-4) // border and padding
	var b strings.Builder
	b.WriteString(incidentHeader(s, q.Incident) + "\n")
	if card.TitleHidden {
		b.WriteString(s.Muted.Render("Title hidden: a clue reveals it") + "\n")
	} else {
		b.WriteString(c.wrap(cleanLine(card.Title), inner, s.CardTitle) + "\n")
	}
	switch {
	case card.ServicesHidden:
		b.WriteString(s.Muted.Render("Services hidden: a clue reveals them") + "\n")
	case len(card.Services) > 0:
		b.WriteString(c.wrap("Services: "+cleanLine(strings.Join(card.Services, ", ")), inner, s.Muted) + "\n")
	}
	b.WriteString(c.wrap(clean(card.Summary), inner, s.Text))
	if card.Timeline != "" {
		b.WriteString("\n\n" + c.wrap("Timeline: "+clean(card.Timeline), inner, s.Text))
	}
	if q.Note != "" {
		// Where the question falls short of its difficulty (e.g. no
		// authored wrong options): the trainee should know, quietly.
		b.WriteString("\n\n" + c.wrap("Note: "+cleanLine(q.Note), inner, s.Muted))
	}
	return s.Card.Width(width - 2).Render(b.String())
}

// choiceLines draws numbered choices with a hanging indent, the focused one
// marked. mark, when not nil, adds a suffix per choice (e.g. "your answer").
// It returns the lines and where each choice starts, for scrolling.
func choiceLines(c *common, choices []quiz.Choice, cursor, width int, mark func(i int) string) ([]string, []int) {
	s := c.styles
	var lines []string
	starts := make([]int, len(choices))
	textW := max(10, width-len(s.Cursor)-3)
	for i, ch := range choices {
		starts[i] = len(lines)
		text := cleanLine(ch.Text)
		if mark != nil {
			if m := mark(i); m != "" {
				text += "  " + m
			}
		}
		st := s.Choice
		if i == cursor {
			st = s.Selected
		}
		wrapped := strings.Split(c.renderer.NewStyle().Width(textW).Render(text), "\n")
		for j, w := range wrapped {
			w = strings.TrimRight(w, " ")
			switch {
			case j > 0:
				lines = append(lines, s.NoCursor+"   "+st.Render(w))
			case i == cursor:
				lines = append(lines, s.Cursor+st.Render(fmt.Sprintf("%d. %s", i+1, w)))
			default:
				lines = append(lines, s.NoCursor+st.Render(fmt.Sprintf("%d. %s", i+1, w)))
			}
		}
	}
	return lines, starts
}

// scrolled shows height lines of lines from offset (clamped), with a muted
// marker when more is above or below.
func scrolled(s *Styles, lines []string, offset, height int) string {
	if len(lines) <= height {
		return strings.Join(lines, "\n")
	}
	offset = max(0, min(offset, len(lines)-height))
	view := append([]string{}, lines[offset:offset+height]...)
	if offset > 0 {
		view[0] = s.Muted.Render("  ↑ " + plural(offset+1, "more line") + " (pgup)")
	}
	if rest := len(lines) - offset - height; rest > 0 {
		view[height-1] = s.Muted.Render("  ↓ " + plural(rest+1, "more line") + " (pgdn)")
	}
	return strings.Join(view, "\n")
}

// follow returns an offset that keeps lines [from, to) visible in a window of
// height lines scrolled at offset.
func follow(offset, from, to, height, total int) int {
	if to-from >= height-2 {
		offset = from - 1
	} else {
		if to+1 > offset+height {
			offset = to + 1 - height
		}
		if from-1 < offset {
			offset = from - 1
		}
	}
	return max(0, min(offset, total-height))
}

// scrollHint is the line under a scrolling text: how far down it is and
// how to see the rest, or nothing when all of it fits.
func scrollHint(s *Styles, vp viewport.Model) string {
	switch {
	case vp.TotalLineCount() <= vp.Height:
		return ""
	case vp.AtBottom():
		return s.Muted.Render("  (end)")
	}
	rest := vp.TotalLineCount() - vp.YOffset - vp.Height
	return s.Muted.Render("  ↓ more below: " + plural(rest, "line") + " · pgdn/space/wheel scrolls")
}
