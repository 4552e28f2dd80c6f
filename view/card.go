package view

import (
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// Card is what a trainee sees of an incident while answering: the engine's
// quiz.Card plus the date and the question's note. It holds no answer, so a
// game server can hand it to every player.
type Card struct {
	ID       string
	Date     time.Time
	Severity incidents.Severity
	Platform string
	Services []string // nil when hidden
	Title    string   // "" when hidden
	Summary  string
	Timeline string // the timeline clue once revealed
	Note     string // where the question falls short of its difficulty

	TitleHidden, ServicesHidden bool
}

// CardOf is question q's card with its first revealed clues open.
func CardOf(q *quiz.Question, revealed int) Card {
	var date time.Time
	if q.Incident != nil {
		date = q.Incident.Date
	}
	return CardFrom(q.Card(revealed), date, q.Note)
}

// CardFrom is the engine's card of a question with its incident's date and
// the question's note.
func CardFrom(c quiz.Card, date time.Time, note string) Card {
	return Card{
		ID: c.ID, Date: date, Severity: c.Severity, Platform: c.Platform, Services: c.Services,
		Title: c.Title, Summary: c.Summary, Timeline: c.Timeline, Note: note,
		TitleHidden: c.TitleHidden, ServicesHidden: c.ServicesHidden,
	}
}

// Header is the one-line badge, id, date and platform of an incident.
func Header(s *Styles, sev incidents.Severity, id string, date time.Time, platform string, w int) []string {
	parts := []string{s.Badge(sev)}
	if id != "" {
		parts = append(parts, s.Ink.Bold(id))
	}
	for _, p := range []string{Date(date), OneLine(platform)} {
		if p != "" {
			parts = append(parts, s.Ink.Muted(p))
		}
	}
	return JoinParts(parts, "  ", w)
}

// CardLines draws card c in a rounded frame w columns wide: the header,
// then title, services and summary, then the timeline and the note when
// there are any. Hidden fields say how to reveal them instead of vanishing.
func CardLines(s *Styles, c Card, w int) []string {
	inner := max(w-4, 10)
	body := Header(s, c.Severity, c.ID, c.Date, c.Platform, inner)
	switch {
	case c.TitleHidden && c.ServicesHidden:
		body = append(body, s.Ink.Muted("Title and services hidden: clues reveal them"))
	case c.TitleHidden:
		body = append(body, s.Ink.Muted("Title hidden: a clue reveals it"))
	case c.Title != "":
		body = append(body, Paint(s.Ink.CardTitle, Wrap(OneLine(c.Title), inner))...)
	}
	switch {
	case c.ServicesHidden && c.TitleHidden:
	case c.ServicesHidden:
		body = append(body, s.Ink.Muted("Services hidden: a clue reveals them"))
	case len(c.Services) > 0:
		body = append(body, Paint(s.Ink.Muted, Wrap("Services: "+OneLine(strings.Join(c.Services, ", ")), inner))...)
	}
	body = append(body, Paint(s.Ink.Text, Wrap(c.Summary, inner))...)
	if c.Timeline != "" {
		body = append(body, "")
		body = append(body, Paint(s.Ink.Text, Wrap("Timeline: "+c.Timeline, inner))...)
	}
	if c.Note != "" {
		body = append(body, "")
		body = append(body, Paint(s.Ink.Muted, Wrap("Note: "+OneLine(c.Note), inner))...)
	}
	return Frame(s, body, w)
}

// Frame draws lines in a rounded border w columns wide, one space of
// padding each side; lines must already fit in w-4.
func Frame(s *Styles, lines []string, w int) []string {
	inner := max(w-4, 10)
	bar := strings.Repeat("─", inner+2)
	side := s.Ink.Border("│")
	out := make([]string, 0, len(lines)+2)
	out = append(out, s.Ink.Border("╭"+bar+"╮"))
	for _, l := range lines {
		out = append(out, side+" "+PadRight(l, inner)+" "+side)
	}
	return append(out, s.Ink.Border("╰"+bar+"╯"))
}
