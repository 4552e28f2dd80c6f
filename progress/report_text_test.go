package progress

import (
	"bytes"
	"strings"
	"testing"
)

// TestReportMarkdownSections checks the parts that depend on the data: no
// weak spots, a trainee with no answers in the period, an empty cohort.
func TestReportMarkdownSections(t *testing.T) {
	rep := &Report{Now: t0, Trainees: []Trainee{{User: "ana", Answers: 0}, {User: "ben", Answers: 4, Correct: 3}}}
	var b bytes.Buffer
	if err := WriteReportMarkdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"| ana | 0 | 0 | 0 | - |", "| ben | 0 | 0 | 4 | 75% |", "No misses in this period.",
		"## Persistent weak spots (8+ lapses)\n\nNone.\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	rep.Leeches = []CohortLeech{{User: "ben", IncidentID: "INC-AA", Title: "Disk", Lapses: 9}}
	b.Reset()
	WriteReportMarkdown(&b, rep)
	if md := b.String(); !strings.Contains(md, "| ben | INC-AA | Disk | 9 |") || strings.Contains(md, "None.") {
		t.Errorf("report with a weak spot:\n%s", md)
	}
	b.Reset()
	WriteReportMarkdown(&b, &Report{Now: t0})
	if md := b.String(); !strings.Contains(md, "Nobody has recorded progress") || strings.Contains(md, "## Trainees") {
		t.Errorf("empty report:\n%s", md)
	}
}
