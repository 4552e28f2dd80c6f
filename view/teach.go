package view

import (
	"strconv"
	"strings"
)

// Section is a labelled block: "ROOT CAUSE" and its text wrapped to w, or
// nothing when the text is blank.
func Section(s *Styles, label, text string, w int) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return append([]string{s.Ink.Label(label)}, Paint(s.Ink.Text, Wrap(text, w))...)
}

// Numbered is a labelled list: "1. …" items wrapped under their text.
func Numbered(s *Styles, label string, items []string, w int) []string {
	if len(items) == 0 {
		return nil
	}
	out := []string{s.Ink.Label(label)}
	for i, it := range items {
		out = append(out, Paint(s.Ink.Text, Hang(strconv.Itoa(i+1)+". ", OneLine(it), w))...)
	}
	return out
}

// Teaching is what an incident teaches once it is answered.
type Teaching struct {
	RootCause  string
	Resolution string
	Prevention []string
}

// Teach draws the root cause, the resolution and the prevention, a blank
// line between the sections present.
func Teach(s *Styles, t Teaching, w int) []string {
	return Blocks(Section(s, "ROOT CAUSE", t.RootCause, w), After(s, t, w))
}

// After is Teach without the root cause: resolution and prevention, for a
// screen that shows the cause before a follow-up question.
func After(s *Styles, t Teaching, w int) []string {
	return Blocks(Section(s, "RESOLUTION", t.Resolution, w), Numbered(s, "PREVENTION", t.Prevention, w))
}

// Blocks joins blocks of lines with a blank line between the non-empty ones.
func Blocks(blocks ...[]string) []string {
	var out []string
	for _, b := range blocks {
		if len(b) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, b...)
	}
	return out
}

// Option is one choice as the feedback explains it.
type Option struct {
	Number   int    // 1-based, as shown
	Text     string // the choice
	Why      string // why it was not the cause; "" when none was written
	Incident string // the incident whose cause it was; "" for an authored one
	Yours    bool   // the trainee picked it
}

// WhyNot explains wrong options under a label: each option (marked when it
// was the trainee's pick), then why it was not the cause, indented under it.
func WhyNot(s *Styles, label string, opts []Option, w int) []string {
	if len(opts) == 0 {
		return nil
	}
	out := []string{s.Ink.Label(label)}
	for _, o := range opts {
		text := OneLine(o.Text)
		if o.Yours {
			text = "(your pick) " + text
		}
		out = append(out, Paint(s.Ink.Bold, Hang(strconv.Itoa(o.Number)+". ", text, w))...)
		why := OneLine(o.Why)
		if why == "" {
			why = "Not what happened here."
		}
		if o.Incident != "" && !strings.Contains(why, o.Incident) {
			why += " (This caused " + o.Incident + ".)"
		}
		out = append(out, Paint(s.Ink.Muted, Hang("   ", why, w))...)
	}
	return out
}

// Debriefed is one question of a finished game, for the debrief.
type Debriefed struct {
	ID, Title string
	Teaching
}

// Debrief teaches what a game asked about: for each incident, its heading,
// then the root cause, resolution and prevention.
func Debrief(s *Styles, items []Debriefed, w int) []string {
	if len(items) == 0 {
		return []string{s.Ink.Muted("No question was played.")}
	}
	var out []string
	for i, it := range items {
		head := Paint(s.Ink.Bold, Hang(strconv.Itoa(i+1)+". ", it.ID+" — "+OneLine(it.Title), w))
		out = append(out, Blocks(head, Teach(s, it.Teaching, w))...)
		out = append(out, "")
	}
	return out
}
