package incidents

import (
	"strconv"
	"strings"
	"testing"
)

func TestClassifyHeading(t *testing.T) {
	tests := []struct {
		heading string
		exact   bool
		kind    secKind
		rank    int
	}{
		{"Root Cause", false, secRootCause, 0},
		{"3. Root Cause", false, secRootCause, 0},
		{"🔥 Root cause(s)", false, secRootCause, 0},
		{"ROOT CAUSES", false, secRootCause, 0},
		{"Root Cause Analysis", false, secRootCause, 0},
		{"2.1 Blameless root cause", false, secRootCause, 0},
		{"Causes", false, secRootCause, 1},
		{"Fault", false, secRootCause, 2},
		{"Contributing Factors", false, secContributing, 0},
		{"Contributing causes", false, secContributing, 0},
		{"Trigger", false, secTrigger, 0},
		{"Five Whys", false, secFiveWhys, 0},
		{"5 Whys", false, secFiveWhys, 0},
		{"Action Items", false, secPrevention, 0},
		{"✅ 5) Follow-ups", false, secPrevention, 0},
		{"Follow-up tasks", false, secPrevention, 0},
		{"Corrective actions", false, secPrevention, 0},
		{"Lessons Learned", false, secIgnored, 0},
		{"What went wrong", false, secIgnored, 0},
		{"Incident summary", false, secSummary, 0},
		{"Overview", false, secSummary, 0},
		{"TL;DR", false, secSummary, 0},
		{"What Happened", false, secSummary, 2},
		{"Impact & Metrics", false, secSummary, 3},
		{"Resolution", false, secResolution, 0},
		{"IV. Recovery", false, secResolution, 1},
		{"Timeline", false, secTimeline, 0},
		{"Contributors", false, secContributing, 0},
		{"Why did it happen?", false, secRootCause, 0},
		{"What caused it?", false, secRootCause, 0},
		{"Mitigators", false, secResolution, 1},
		{"Recovering the payments database", false, secResolution, 1},
		{"Improvements", false, secPrevention, 0},
		{"Future work", false, secPrevention, 0},
		{"Detection and response", false, secDetection, 0},
		{"Lead-up", false, secIgnored, 0},
		{"Incident details", false, secMeta, 0},
		{"Kudos", false, secUnknown, 0},
		{"", false, secUnknown, 0},
		{"🔥", false, secUnknown, 0},
		// "#" headings must be exactly a section name; otherwise they are titles.
		{"Summary", true, secSummary, 0},
		{"1. Root causes", true, secRootCause, 0},
		{"DB outage after config fix", true, secUnknown, 0},
		{"Incident review: impact of the cache flush", true, secUnknown, 0},
		// Long headings must be the phrase itself, not merely contain it.
		{"How the team found the root cause of the outage", false, secUnknown, 0},
	}
	for _, tc := range tests {
		kind, rank := classifyHeading(tc.heading, tc.exact)
		if kind != tc.kind || rank != tc.rank {
			t.Errorf("classifyHeading(%q, %v) = %d/%d, want %d/%d", tc.heading, tc.exact, kind, rank, tc.kind, tc.rank)
		}
	}
}

func TestIDFromName(t *testing.T) {
	tests := []struct {
		name string
		n    int
		want string
	}{
		{"db-outage.md", 1, "DB-OUTAGE"},
		{"postmortems/db-outage.md", 2, "DB-OUTAGE-2"},
		{"2024-03 DB outage!.md", 1, "2024-03-DB-OUTAGE"},
		{"__weird__name__.markdown", 3, "WEIRD-NAME-3"},
		{"störung.md", 1, "STÖRUNG"},
		{"🔥.md", 1, "INCIDENT"},
	}
	for _, tc := range tests {
		if got := idFromName(tc.name, tc.n); got != tc.want {
			t.Errorf("idFromName(%q, %d) = %q, want %q", tc.name, tc.n, got, tc.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, id, title string }{
		{"INC-42: Disk full", "INC-42", "Disk full"},
		{"[OPS-7] Disk full", "OPS-7", "Disk full"},
		{"Postmortem: INC-9 — Disk full", "INC-9", "Disk full"},
		{"Post-mortem - Disk full", "", "Disk full"},
		{"SEV-1: Disk full", "", "SEV-1: Disk full"},
		{"COVID-19 traffic surge", "", "COVID-19 traffic surge"},
		{"2024-03-01: Disk full", "", "2024-03-01: Disk full"},
		{"Incident review:", "", "Incident review:"},
	}
	for _, tc := range tests {
		id, title := splitTitle(tc.in)
		if id != tc.id || title != tc.title {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tc.in, id, title, tc.id, tc.title)
		}
	}
}

func TestParseDateAndSeverity(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-01": "2024-03-01", "2024/03/01": "2024-03-01", "March 1, 2024": "2024-03-01",
		"Mar 1, 2024 at 14:05 UTC": "2024-03-01", "1 March 2024": "2024-03-01",
		"2024-03-01T23:30:00-08:00": "2024-03-01", "2024-03-01 14:05": "2024-03-01",
		"yesterday": "", "": "", "03/01/2024": "",
	} {
		got := ""
		if d, ok := parseDate(in); ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]Severity{
		"SEV-2": 2, "SEV-2 (major)": 2, "Sev 1 - customer facing": 1, "P3": 3, "4": 4, "High": 0, "SEV-9": 0,
		"Major (SEV-2)": 2, "Critical - P1": 1, "Sev: 3": 3, "Low priority": 0,
	} {
		got, _ := parseSeverityLoose(in)
		if got != want {
			t.Errorf("parseSeverityLoose(%q) = %d, want %d", in, got, want)
		}
	}
}

// mdField reads one field of an incident as text, for compact table tests.
func mdField(in Incident, field string) string {
	switch field {
	case "id":
		return in.ID
	case "line":
		return strconv.Itoa(in.Pos.Line)
	case "date":
		if in.Date.IsZero() {
			return ""
		}
		return in.Date.Format("2006-01-02")
	case "severity":
		return in.Severity.String()
	case "platform":
		return in.Platform
	case "services":
		return strings.Join(in.Services, ", ")
	case "title":
		return in.Title
	case "summary":
		return in.Summary
	case "rootcause":
		return in.RootCause
	case "resolution":
		return in.Resolution
	case "prevention":
		return strings.Join(in.Prevention, " | ")
	}
	panic("unknown field " + field)
}

const mdBase = "# Disk full\n\n**ID:** T-1\n**Date:** 2024-01-02\n**Severity:** SEV-3\n\n## Summary\n\nWrites failed.\n\n"

// TestParseMarkdownCases pins behaviour on small documents: rendering,
// section choice, splitting and problems. want holds "incidentIndex.field"
// keys; probs holds substrings of the problems, in order.
func TestParseMarkdownCases(t *testing.T) {
	tests := []struct {
		name  string
		md    string
		count int
		want  map[string]string
		probs []string
	}{
		{"rendering keeps text, drops markup", mdBase + "## Root cause\n\n<!-- explain -->\nThe **log** volume on [db-1](https://x.example/db-1) hit `100%` &amp; \\*stayed\\*.\n\n```\n$ df -h\n/dev/sda1  100%\n```\n\n> quoted\n> line\n\n- a\n  - b\n1. c\n- [x] done\n",
			1, map[string]string{"0.rootcause": "The log volume on db-1 hit `100%` & *stayed*.\n\n    $ df -h\n    /dev/sda1  100%\n\n> quoted line\n\n- a\n  - b\n\n1. c\n\n- [x] done"}, []string{"no resolution"}},
		{"control characters and escapes removed", "# Disk\x07 full\n\n## Summary\n\n\x1b[31mred\x1b[0m text\u202e\n\n## Root cause\n\nx\x08y\n",
			1, map[string]string{"0.title": "Disk full", "0.summary": "red text", "0.rootcause": "xy"},
			[]string{"t.md:1: warning: control characters or terminal escape sequences removed (the first on this line)", "no date", "no severity", "no resolution"}},
		{"a byte-order mark is not a control character", "\xEF\xBB\xBF# Disk full\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.title": "Disk full"}, nil},
		{"UTF-16 is refused", "\xFF\xFE#\x00 \x00T\x00", 0, nil, []string{"t.md:1: file is UTF-16 text; save it as UTF-8"}},
		{"Latin-1 is refused with its line", "# Disk full\n\nCaf\xE9\n", 0, nil, []string{"t.md:3: not UTF-8 text (byte 0xE9); save the file as UTF-8"}},
		{"root cause beats fault", mdBase + "## Fault\n\nthe disk\n\n## Root cause\n\nno log rotation\n",
			1, map[string]string{"0.rootcause": "no log rotation"}, []string{"no resolution"}},
		{"empty root cause falls back to fault", mdBase + "## Fault\n\nthe disk\n\n## Root cause\n\n<!-- TODO -->\n",
			1, map[string]string{"0.rootcause": "the disk"}, []string{"no resolution"}},
		{"contributing factors are the root cause when there is no root cause heading", mdBase + "## Contributing Factors\n\n- small disk\n",
			1, map[string]string{"0.rootcause": "- small disk"}, []string{`:1: warning: incident T-1: no root-cause heading; the root cause is read from section "Contributing Factors" (line 11)`, "no resolution"}},
		{"a root cause heading beats contributing factors", mdBase + "## Contributing Factors\n\n- small disk\n\n## Root cause\n\nNo rotation.\n",
			1, map[string]string{"0.rootcause": "No rotation."}, []string{"no resolution"}},
		{"all sections as # headings", "# Disk full\n\n# Summary\n\nWrites failed.\n\n# Root cause\n\nNo rotation.\n\n# Resolution\n\nRotated.\n",
			1, map[string]string{"0.title": "Disk full", "0.rootcause": "No rotation.", "0.id": "T"}, []string{"no date", "no severity"}},
		{"## title when there is no #", "## Disk full\n\n### Summary\n\nWrites failed.\n\n### Root Cause\n\nNo rotation.\n\n### Resolution\n\nRotated.\n",
			1, map[string]string{"0.title": "Disk full", "0.summary": "Writes failed."}, []string{"no date", "no severity"}},
		{"# appendix stays with its incident", mdBase + "## Root cause\n\nNo rotation.\n\n## Resolution\n\nRotated.\n\n# Dashboards\n\nGraphs.\n",
			1, map[string]string{"0.rootcause": "No rotation."}, []string{`:19: warning: incident T-1: section "Dashboards" not recognised`}},
		{"two # incidents", mdBase + "## Root cause\n\nA.\n\n## Resolution\n\nR.\n\n# Second\n\n## Summary\n\nS.\n\n## Root cause\n\nB.\n\n## Resolution\n\nR2.\n",
			2, map[string]string{"1.id": "T-2", "1.title": "Second", "1.rootcause": "B.", "1.line": "19"}, []string{"incident T-2: no date", "incident T-2: no severity"}},
		{"title carries the id", "# INC-42: Disk full\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.id": "INC-42", "0.title": "Disk full"}, []string{"no date", "no severity"}},
		{"plain metadata lines before the first heading", "Date: 2024-05-06\nSeverity: P1\nPlatform: DataNexus\n\n# Disk full\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.date": "2024-05-06", "0.severity": "SEV-1", "0.platform": "DataNexus", "0.title": "Disk full"}, nil},
		{"plain label in prose is prose", mdBase + "## Root cause\n\nDate: the day the cron ran.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.date": "2024-01-02", "0.rootcause": "Date: the day the cron ran."}, nil},
		{"bold labels inside action items stay items", mdBase + "## Root cause\n\nR.\n\n## Resolution\n\nX.\n\n## Action items\n\n**Detection:** alert on disk usage.\n\n- **Prevention:** rotate logs\n- **Process:** review quotas\n",
			1, map[string]string{"0.prevention": "Detection: alert on disk usage. | Prevention: rotate logs | Process: review quotas"}, nil},
		{"unknown severity and date are reported", "# Disk full\n\n**Severity:** High\n**Date:** last Tuesday\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.severity": "SEV-2", "0.date": ""}, []string{`:4: warning: incident T: date "last Tuesday" not understood`, `:3: warning: incident T: severity "High" read as SEV-2 (default mapping; change it with --severity-map)`}},
		{"a severity word nobody maps is reported", "# Disk full\n\n**Severity:** Spicy\n**Date:** 2024-01-02\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.severity": ""}, []string{`:3: warning: incident T: severity "Spicy" not understood`}},
		{"a repeated label keeps the first value", "# Disk full\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n**Severity:** SEV-1\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.severity": "SEV-3"}, []string{`:5: warning: "Severity" given again; keeping the value from line 4`}},
		{"a label inside a section is text", mdBase + "**Severity:** SEV-1\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.severity": "SEV-3", "0.summary": "Writes failed.\n\nSeverity: SEV-1"}, nil},
		{"incident label with words is a title", "**Incident:** Checkout outage\n**Incident ID:** CO-1\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.title": "Checkout outage", "0.id": "CO-1"}, []string{"no date", "no severity"}},
		{"bad front matter is reported, body still read", "---\ntitle: [unclosed\n---\n# Disk full\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.title": "Disk full", "0.line": "1"}, []string{"t.md:1: front matter is not valid YAML, so it was ignored", "no date", "no severity"}},
		{"front matter numbers keep their text", "---\nid: 0010 # zero-padded\nseverity: 2\ndate: someday\nservices: EC2, S3\n---\n# Disk full\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.id": "0010", "0.severity": "SEV-2", "0.services": "EC2, S3"}, []string{`t.md:4: warning: incident 0010: date "someday" not understood`}},
		{"front matter escapes cannot smuggle control characters", "---\ntitle: \"Disk\\e[31m full\\u0007\"\nplatform: \"A\\tB\"\n---\n## Summary\n\nS.\n\n## Root cause\n\nR.\n",
			1, map[string]string{"0.title": "Disk full", "0.platform": "A B"}, []string{"no date", "no severity", "no resolution"}},
		{"unclosed front matter is a rule", "---\n# Disk full\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.title": "Disk full", "0.line": "2"}, []string{"no date", "no severity"}},
		{"raw HTML block is reported", mdBase + "## Root cause\n\n<div>\nhidden\n</div>\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.rootcause": "R."}, []string{`:13: warning: incident T-1: raw HTML block skipped`}},
		{"missing everything", "# Disk full\n\n## Timeline\n\n- 10:00 alert\n",
			1, map[string]string{"0.title": "Disk full"}, []string{"no date", "no severity", "no summary section", "no resolution", "no root cause section"}},
		{"no title", "## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.title": "T", "0.id": "T"}, []string{`t.md:1: warning: incident T: no title; "T" is made from the file name`, "no date", "no severity"}},
		{"bold lines as headings (wiki export)", "# Disk full\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n\n**Summary**\n\nWrites failed.\n\n**Root Cause**\n\nNo rotation.\n\nNobody noticed.\n\n**Resolution**\n\nRotated.\n",
			1, map[string]string{"0.summary": "Writes failed.", "0.rootcause": "No rotation.\n\nNobody noticed.", "0.resolution": "Rotated."}, nil},
		{"setext headings", "Disk full\n=========\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n\nSummary\n-------\n\nWrites failed.\n\nRoot cause\n----------\n\nNo rotation.\n\nResolution\n----------\n\nRotated.\n",
			1, map[string]string{"0.title": "Disk full", "0.rootcause": "No rotation."}, nil},
		{"id headings split incidents, title headings do not set ids", "## Incident ID: A-1\n\n**Title:** One\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n\n## Incident ID: A-2\n\n**Title:** Two\n\n## Summary\n\nS2.\n\n## Root cause\n\nR2.\n\n# Incident: Checkout outage\n\n## Summary\n\nS3.\n\n## Root cause\n\nR3.\n",
			3, map[string]string{"0.id": "A-1", "1.id": "A-2", "1.title": "Two", "1.rootcause": "R2.", "2.id": "T-3", "2.title": "Checkout outage"},
			[]string{"A-1: no date", "A-1: no severity", "A-1: no resolution", "A-2: no date", "A-2: no severity", "A-2: no resolution", "T-3: no date", "T-3: no severity", "T-3: no resolution"}},
		{"metadata labels at the start of a section", "# Disk full\n\n## Summary\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n\nWrites failed.\n\n**Platform:** later, so text\n\n## Root cause\n\nR.\n\n## Resolution\n\nX.\n",
			1, map[string]string{"0.date": "2024-01-02", "0.severity": "SEV-3", "0.platform": "", "0.summary": "Writes failed.\n\nPlatform: later, so text"}, nil},
		{"a collection under ## headings", "# Q3 postmortems\n\n## DB outage\n\n### Summary\n\nS1.\n\n### Root cause\n\nR1.\n\n## Cache stampede\n\n**Severity:** SEV-1\n\n### Summary\n\nS2.\n\n### Root cause\n\nR2.\n",
			2, map[string]string{"0.title": "DB outage", "0.id": "T", "0.line": "3", "0.rootcause": "R1.", "1.title": "Cache stampede", "1.id": "T-2", "1.severity": "SEV-1", "1.rootcause": "R2."},
			[]string{"T: no date", "T: no severity", "T: no resolution", "T-2: no date", "T-2: no resolution"}},
		{"one ## title is not a collection", "## DB outage\n\n### Summary\n\nS1.\n\n### Root cause\n\nR1.\n\n## Kudos\n\nThanks.\n",
			1, map[string]string{"0.title": "DB outage", "0.rootcause": "R1."}, []string{"no date", "no severity", `section "Kudos" not recognised`, "no resolution"}},
		{"empty file", "", 0, nil, []string{"no incident found"}},
		{"only a comment", "<!-- template -->\n", 0, nil, []string{"no incident found"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			incs, probs := ParseMarkdown("t.md", []byte(tc.md))
			if len(incs) != tc.count {
				t.Fatalf("got %d incidents, want %d: %+v\n%v", len(incs), tc.count, incs, probs)
			}
			for key, want := range tc.want {
				i, _ := strconv.Atoi(key[:1])
				if got := mdField(incs[i], key[2:]); got != want {
					t.Errorf("%s:\n got %q\nwant %q", key, got, want)
				}
			}
			if len(probs) != len(tc.probs) {
				t.Fatalf("got %d problems, want %d: %v", len(probs), len(tc.probs), probs)
			}
			for i, want := range tc.probs {
				if !strings.Contains(probs[i].String(), want) {
					t.Errorf("problem %d = %q, want it to contain %q", i, probs[i], want)
				}
			}
		})
	}
}

func TestMissingRootCauseNamesUnknownHeadings(t *testing.T) {
	md := "# Disk full\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n\n## Summary\n\nWrites failed.\n\n## The story\n\nLogs were never rotated.\n\n## Kudos\n\nThanks.\n"
	_, probs := ParseMarkdown("t.md", []byte(md))
	want := `t.md:1: incident T: no root cause section (looked for headings like "Root Cause", "Fault", "Causes"); found "The story", "Kudos", not recognised: rename the one that holds the root cause, or pass --heading-map 'The story=root cause'`
	for _, p := range probs {
		if p.String() == want {
			return
		}
	}
	t.Errorf("problems %v\nwant %s", probs, want)
}
