package markdown

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// severityOf reads GitLab's "S1".."S5" in either case, and a team's
// --severity-map before the built-in spellings: a team whose P1 is SEV-2
// gets SEV-2.
func TestSeverityOfShortForms(t *testing.T) {
	team := &incidents.Options{Severity: map[string]incidents.Severity{"p1": 2, "blocker": 3}}
	tests := []struct {
		opts *incidents.Options
		in   string
		sev  incidents.Severity
		note string
		ok   bool
	}{
		{nil, "S1", 1, "", true},
		{nil, "s3 (partial)", 3, "", true},
		{nil, "S5", 5, "", true},
		{nil, "S0", 0, "", false},
		{nil, "S6", 0, "", false},
		{nil, "x3", 0, "", false},
		{nil, "P1", 1, "", true},
		{team, "P1", 2, "", true},
		{team, "Blocker", 3, "", true},
		{nil, "Blocker", 1, `severity "Blocker" read as SEV-1 (default mapping; change it with --severity-map)`, true},
		{&incidents.Options{}, "Blocker", 1, `severity "Blocker" read as SEV-1 (default mapping; change it with --severity-map)`, true},
	}
	for _, tt := range tests {
		sev, note, ok := severityOf(tt.opts, tt.in)
		if sev != tt.sev || note != tt.note || ok != tt.ok {
			t.Errorf("severityOf(%v, %q) = %d %q %v, want %d %q %v", tt.opts != nil, tt.in, sev, note, ok, tt.sev, tt.note, tt.ok)
		}
	}
}

// A fenced log in the summary becomes a log item, its trailing blank lines
// dropped; an empty fence gives none.
func TestFencedLogEvidence(t *testing.T) {
	body := "# Queue stalled\n\n**Date:** 2025-05-06\n**Severity:** SEV-4\n\n## Summary\n\nOrders waited.\n\n```text\nERROR consumer lag 9000\nWARN  retry 14\n\n\n```\n\n```\n```\n\n## Root cause\n\nA poison message.\n\n## Resolution\n\nMoved it aside.\n"
	incs, probs := ParseMarkdown("case.md", []byte(body))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %q", len(incs), problemTexts(probs))
	}
	var got []string
	for _, e := range incs[0].Evidence {
		got = append(got, e.ID+" "+e.Title+" "+strings.Join(e.Lines, "|")+" @"+e.Pos.String())
	}
	if want := "log-1 Log (text) ERROR consumer lag 9000|WARN  retry 14 @case.md:10"; strings.Join(got, "\n") != want {
		t.Errorf("evidence:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// A missing summary names at most three of the unrecognised headings, and
// the --heading-map that would read the first as the summary.
func TestMissingSummaryNamesThreeHeadings(t *testing.T) {
	body := "# Queue stalled\n\n**Date:** 2025-05-06\n**Severity:** SEV-4\n\n## Story\n\nOrders waited.\n\n## Aftermath\n\nCalm.\n\n## Kudos\n\nThanks.\n\n## Trivia\n\nNone.\n\n## Root cause\n\nA poison message.\n\n## Resolution\n\nMoved it aside.\n"
	_, probs := ParseMarkdown("case.md", []byte(body))
	want := `case.md:1: incident CASE: no summary section (looked for headings like "Summary", "Overview", "What happened", "Impact"); found "Story", "Aftermath", "Kudos", not recognised: rename the one that holds the summary, or pass --heading-map 'Story=summary'`
	found := false
	for _, p := range probs {
		found = found || p.String() == want
	}
	if !found {
		t.Errorf("problems %q\nwant among them %q", problemTexts(probs), want)
	}
}
