package view

import (
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// EvidenceEntry is one item of a board as the list shows it.
type EvidenceEntry struct {
	Ev   incidents.Evidence
	Open bool // free or already opened
	Cost int  // points off a right answer to open it now; 0 when free
}

// EvidenceList lists a board's items one line each — kind, title, time,
// and what opening it costs ("free", "−10", or "open" once opened) — the
// focused one marked with the cursor (-1: none).
func EvidenceList(s *Styles, items []EvidenceEntry, cursor, w int) []string {
	out := make([]string, 0, len(items))
	for i, it := range items {
		cost := "free"
		switch {
		case it.Open:
			cost = "open"
		case it.Cost > 0:
			cost = "−" + Thousands(it.Cost)
		}
		right := At(it.Ev.At)
		if !it.Ev.AtSet {
			right = ""
		}
		right = PadRight(right, 7) + PadRight(cost, 5)
		kind := PadRight(it.Ev.Kind, 9)
		titleW := max(w-len(s.Cursor)-9-1-12, 8)
		title := PadRight(Truncate(OneLine(it.Ev.Title), titleW), titleW)
		marker, ink := s.NoCursor, s.Ink.Choice
		if i == cursor {
			marker, ink = s.Cursor, s.Ink.Selected
		}
		costInk := s.Ink.Muted
		if !it.Open && it.Cost > 0 {
			costInk = s.Ink.Number
		}
		out = append(out, marker+s.Ink.Label(kind)+" "+ink(title)+" "+s.Ink.Muted(right[:7])+costInk(strings.TrimRight(right[7:], " ")))
	}
	return out
}

// EvidenceHead is an item's heading: kind, title and time.
func EvidenceHead(s *Styles, ev incidents.Evidence, w int) []string {
	head := s.Ink.Label(strings.ToUpper(ev.Kind)) + " " + s.Ink.Bold(OneLine(ev.Title))
	if ev.AtSet {
		head += s.Ink.Muted(" · " + At(ev.At))
	}
	return Wrap(head, w)
}

// EvidenceBody is what an item shows when opened: a metric's charts
// (chartH rows each), or the text lines of a log, change, timeline, config
// or note — log and config lines as written, framed by a bar, the others
// wrapped. An item with nothing to show says so.
func EvidenceBody(s *Styles, ev incidents.Evidence, w, chartH int) []string {
	var out []string
	for i := range ev.Series {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, Chart(s, ev, i, w, chartH)...)
	}
	verbatim := ev.Kind == incidents.KindLog || ev.Kind == incidents.KindConfig || ev.Kind == incidents.KindTrace
	for _, l := range ev.Lines {
		if verbatim {
			out = append(out, Paint(s.Ink.Text, Hang(s.Ink.Border("│ "), l, w))...)
		} else {
			lead := columnLead(l)
			out = append(out, Paint(s.Ink.Text, Hang(l[:lead], l[lead:], w))...)
		}
	}
	if len(out) == 0 {
		switch ev.Kind {
		case incidents.KindMetric:
			out = []string{s.Ink.Muted("This metric has no series recorded.")}
		default:
			out = []string{s.Ink.Muted("Nothing was recorded for this item.")}
		}
	}
	return out
}

// columnLead is where the text of a change or timeline line starts when
// it begins with a short column ("-2d   eventbridge: …", "19:04  paged"),
// so a wrapped line hangs under its text, not under the time; 0 otherwise.
func columnLead(l string) int {
	i := strings.Index(l, "  ")
	if i <= 0 || i > 12 || strings.TrimSpace(l[:i]) == "" || strings.Contains(strings.TrimSpace(l[:i]), " ") {
		return 0
	}
	j := i
	for j < len(l) && l[j] == ' ' {
		j++
	}
	if j == len(l) {
		return 0
	}
	return j
}

// Quote is an item shortened for a place that cites it (the feedback): its
// heading, then at most n lines of its body.
func Quote(s *Styles, ev incidents.Evidence, w, chartH, n int) []string {
	body := EvidenceBody(s, ev, w-2, chartH)
	if len(ev.Series) == 0 && len(body) > n {
		body = append(body[:n:n], s.Ink.Muted("…"))
	}
	out := EvidenceHead(s, ev, w)
	for _, l := range body {
		out = append(out, "  "+l)
	}
	return out
}
