package incidents

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"sort"
	"strings"
)

// jsonIncident fixes the JSON export's keys and their order; unknown values
// are null rather than "".
type jsonIncident struct {
	ID         *string  `json:"id"`
	Date       *string  `json:"date"`
	Severity   *string  `json:"severity"`
	Platform   *string  `json:"platform"`
	Services   []string `json:"services"`
	Title      *string  `json:"title"`
	Summary    *string  `json:"summary"`
	RootCause  *string  `json:"root_cause"`
	Resolution *string  `json:"resolution"`
	Prevention []string `json:"prevention"`
	// Evidence is written only for a record that has a board, so exports
	// of corpora without one keep their shape.
	Evidence []EvidenceJSON `json:"evidence,omitempty"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func toJSON(inc *Incident) jsonIncident {
	j := jsonIncident{ID: nullable(inc.ID), Severity: nullable(inc.Severity.String()),
		Platform: nullable(inc.Platform), Services: inc.Services, Title: nullable(inc.Title),
		Summary: nullable(inc.Summary), RootCause: nullable(inc.RootCause),
		Resolution: nullable(inc.Resolution), Prevention: inc.Prevention, Evidence: ToEvidenceJSON(inc.Evidence)}
	if !inc.Date.IsZero() {
		j.Date = nullable(inc.Date.Format("2006-01-02"))
	}
	if len(j.Services) == 0 {
		j.Services = nil
	}
	if len(j.Prevention) == 0 {
		j.Prevention = nil
	}
	return j
}

// WriteJSON writes incidents as an indented JSON array of objects with the
// keys id, date (YYYY-MM-DD), severity (SEV-n), platform, services, title,
// summary, root_cause, resolution and prevention, and evidence when the
// record has an evidence board (see EvidenceJSON).
func WriteJSON(w io.Writer, incs []Incident) error {
	out := make([]jsonIncident, len(incs))
	for i := range incs {
		out[i] = toJSON(&incs[i])
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// WriteCSV writes a header and one row per incident; services are joined by
// ", " and prevention items by newlines (spreadsheets show them as lines).
func WriteCSV(w io.Writer, incs []Incident) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "date", "severity", "platform", "services", "title", "summary",
		"root_cause", "resolution", "prevention"})
	for i := range incs {
		inc := &incs[i]
		date := ""
		if !inc.Date.IsZero() {
			date = inc.Date.Format("2006-01-02")
		}
		cw.Write([]string{inc.ID, date, inc.Severity.String(), inc.Platform, strings.Join(inc.Services, ", "),
			inc.Title, inc.Summary, inc.RootCause, inc.Resolution, strings.Join(inc.Prevention, "\n")})
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes incidents as a Markdown document that is also the
// native text format: Parse reads it back to the same records.
func WriteMarkdown(w io.Writer, incs []Incident) error {
	bw := bufio.NewWriter(w)
	if len(incs) == 0 {
		// A "# Incidents" title alone would read as an untitled incident.
		bw.WriteString("<!-- no incidents -->\n")
		return bw.Flush()
	}
	bw.WriteString("# Incidents\n\n")
	for i := range incs {
		if i > 0 {
			bw.WriteString("---\n\n")
		}
		writeIncident(bw, &incs[i], style{md: true})
	}
	return bw.Flush()
}

// SortBy orders incidents in place by "id" (the default), "date" (oldest
// first), "severity" (worst first) or "file" (load order); ties go by id.
// It reports false for an unknown key.
func SortBy(incs []Incident, key string) bool {
	byID := func(a, b *Incident) bool { return strings.ToLower(a.ID) < strings.ToLower(b.ID) }
	var less func(a, b *Incident) bool
	switch key {
	case "", "id":
		less = byID
	case "date":
		less = func(a, b *Incident) bool {
			if !a.Date.Equal(b.Date) {
				return a.Date.Before(b.Date)
			}
			return byID(a, b)
		}
	case "severity":
		less = func(a, b *Incident) bool {
			sa, sb := a.Severity, b.Severity
			if sa == 0 {
				sa = 99
			}
			if sb == 0 {
				sb = 99
			}
			if sa != sb {
				return sa < sb
			}
			return byID(a, b)
		}
	case "file":
		return true
	default:
		return false
	}
	sort.SliceStable(incs, func(i, j int) bool { return less(&incs[i], &incs[j]) })
	return true
}
