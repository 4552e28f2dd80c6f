package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// brief renders the fields a JSON export maps, for comparison with a
// literal written by hand.
func brief(in incidents.Incident) string {
	date := ""
	if !in.Date.IsZero() {
		date = in.Date.Format("2006-01-02")
	}
	return fmt.Sprintf("%s line %d | %s | %s | sev %d | %s | %q | sum %q | rc %q | res %q | prev %q",
		in.ID, in.Pos.Line, in.Title, date, in.Severity, in.Platform, in.Services, in.Summary, in.RootCause, in.Resolution, in.Prevention)
}

func problemTexts(probs []incidents.Problem) []string {
	out := []string{}
	for _, p := range probs {
		out = append(out, p.String())
	}
	return out
}

func checkJSON(t *testing.T, data string, wantIncs, wantProbs []string) {
	t.Helper()
	incs, probs := ParseJSON("export.json", []byte(data), nil)
	checkRead(t, incs, probs, wantIncs, wantProbs)
}

// checkRead compares what a reader gave (each incident as brief shows it,
// each problem as problemTexts does) with what is wanted.
func checkRead(t *testing.T, incs []incidents.Incident, probs []incidents.Problem, wantIncs, wantProbs []string) {
	t.Helper()
	got := []string{}
	for _, in := range incs {
		got = append(got, brief(in))
	}
	if strings.Join(got, "\n") != strings.Join(wantIncs, "\n") {
		t.Errorf("incidents:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantIncs, "\n"))
	}
	if g := problemTexts(probs); strings.Join(g, "\n") != strings.Join(wantProbs, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(wantProbs, "\n"))
	}
}

// A record's keys are matched without case, "_", "-" or spaces, under the
// names tools give them; each object is reported at the line it starts on.
func TestJSONRecordKeysAndLines(t *testing.T) {
	data := `[
  {"Incident-ID": "OPS 77", "Name": "Disk full on the build cache",
   "Started At": "2025-03-04T08:15:00Z", "SEV": "SEV2", "Product": "Build farm",
   "Affected_Services": "cache-proxy, builder",
   "Overview": "Builds failed for an hour.", "RCA": "Log rotation was off.",
   "Mitigation": "Deleted old logs.",
   "Follow-ups": [{"summary": "Turn rotation back on"}, {"description": "Alert at 80% disk"},
                  {"text": "Review retention"}, "Document the cache", {"status": "open"}, ""]},

  {"title": "Token refresh loop", "summary": "Mobile users were logged out.",
   "cause": {"text": "The refresh token was rotated twice."}, "fix": {"value": "Rotated once."},
   "number": 10, "services": [{"name": "auth"}, {"title": "gateway"}, {"id": 3}, " "],
   "tasks": "Add a test; Add a metric", "level": "S3"}
]`
	checkJSON(t, data, []string{
		`OPS 77 line 2 | Disk full on the build cache | 2025-03-04 | sev 2 | Build farm | ["cache-proxy" "builder"] | sum "Builds failed for an hour." | rc "Log rotation was off." | res "Deleted old logs." | prev ["Turn rotation back on" "Alert at 80% disk" "Review retention" "Document the cache"]`,
		`10 line 10 | Token refresh loop |  | sev 3 |  | ["auth" "gateway"] | sum "Mobile users were logged out." | rc "The refresh token was rotated twice." | res "Rotated once." | prev ["Add a test" "Add a metric"]`,
	}, []string{})
}

// Without an id key, the n-th record of a file takes the file's name and its
// number; the number counts records read, not objects skipped.
func TestJSONRecordIDFromName(t *testing.T) {
	data := `[{"note": "export header"},
{"title": "A", "summary": "s", "root_cause": "r", "date": "2025-01-02", "severity": "1"},
{"title": "B", "summary": "s", "root_cause": "r", "date": "2025-01-03", "severity": "P2"}]`
	checkJSON(t, data, []string{
		`EXPORT line 2 | A | 2025-01-02 | sev 1 |  | [] | sum "s" | rc "r" | res "" | prev []`,
		`EXPORT-2 line 3 | B | 2025-01-03 | sev 2 |  | [] | sum "s" | rc "r" | res "" | prev []`,
	}, []string{
		"export.json:1: warning: not an incident record (no title, summary or root_cause key); skipped",
	})
}

// The five whys stand in for a missing root cause, with a warning; they do
// not replace one that is given. Missing fields are errors naming the keys
// looked for; a date or severity that cannot be read is a warning.
func TestJSONRecordWhysAndMissingFields(t *testing.T) {
	data := `[{"why_items": ["Why? The disk filled.", "Why? Rotation was off."], "date": "soon", "severity": "whenever"},
{"title": "Kept", "summary": "s", "rootCause": "Given.", "whys": ["ignored"], "date": "2025-02-03", "priority": "Critical"}]`
	checkJSON(t, data, []string{
		`EXPORT line 1 |  |  | sev 0 |  | [] | sum "" | rc "- Why? The disk filled.\n- Why? Rotation was off." | res "" | prev []`,
		`EXPORT-2 line 2 | Kept | 2025-02-03 | sev 1 |  | [] | sum "s" | rc "Given." | res "" | prev []`,
	}, []string{
		"export.json:1: warning: incident EXPORT: no root_cause; the root cause is read from the five whys",
		`export.json:1: warning: incident EXPORT: date "soon" not understood; left empty`,
		`export.json:1: warning: incident EXPORT: severity "whenever" not understood; left empty`,
		"export.json:1: incident EXPORT: no title (looked for the keys title, name, subject, headline)",
		"export.json:1: incident EXPORT: no summary (looked for the keys summary, description, overview, impact)",
		`export.json:2: warning: incident EXPORT-2: severity "Critical" read as SEV-1 (default mapping; change it with --severity-map)`,
	})
}

// {"incident": {...}} is unwrapped when it holds at most one other key; an
// object with more keys is a record of its own (here, not one).
func TestJSONWrapper(t *testing.T) {
	one := `{"incident": {"title": "Wrapped", "summary": "s", "root_cause": "r", "date": "2025-05-06", "sev": "2"}, "version": 3}`
	checkJSON(t, one, []string{
		`EXPORT line 1 | Wrapped | 2025-05-06 | sev 2 |  | [] | sum "s" | rc "r" | res "" | prev []`,
	}, []string{})
	two := `{"incident": {"title": "Wrapped"}, "version": 3, "exported_by": "tool"}`
	checkJSON(t, two, []string{}, []string{
		"export.json:1: warning: not an incident record (no title, summary or root_cause key); skipped",
	})
}

// The line of a lone object is the line of its "{", blank lines before it
// counted; in an array, the line of each object, not of the comma before it.
func TestJSONObjectLines(t *testing.T) {
	lone := "\n\n{\n\"title\": \"T\", \"summary\": \"s\"}\n"
	checkJSON(t, lone, []string{
		`EXPORT line 3 | T |  | sev 0 |  | [] | sum "s" | rc "" | res "" | prev []`,
	}, []string{
		"export.json:3: incident EXPORT: no root_cause (looked for the keys rootcause, rootcauses, cause, rca)",
	})
	arr := "[\n{\"summary\": \"a\"}\n,\n\n{\"summary\": \"b\"}]"
	incs, _ := ParseJSON("export.json", []byte(arr), nil)
	if len(incs) != 2 || incs[0].Pos.Line != 2 || incs[1].Pos.Line != 5 {
		t.Errorf("array lines: %+v", incs)
	}
}

// Input that is not a list of objects is refused with the line of the
// fault; an empty array holds no incidents.
func TestJSONRefusals(t *testing.T) {
	tests := []struct{ data, want string }{
		{"[]", "export.json:1: no incidents found: the JSON holds no objects"},
		{"  [\n]\n", "export.json:1: no incidents found: the JSON holds no objects"},
		{`"just a string"`, "export.json:1: not valid JSON: want an object or an array of objects"},
		{"{\n\"title\": \"T\",\n\"summary\": x}", "export.json:3: not valid JSON: invalid character 'x' looking for beginning of value"},
		{"[\n{\"title\": 1},\n7]", "export.json:1: not valid JSON: json: cannot unmarshal number into Go value of type map[string]interface {}"},
		{"", "export.json:1: not valid JSON: EOF"},
		// The bad character is the last byte: still its own line.
		{"{\n\"title\": x", "export.json:2: not valid JSON: invalid character 'x' looking for beginning of value"},
		{"[\n{\"title\": x", "export.json:2: not valid JSON: invalid character 'x' looking for beginning of value"},
	}
	for _, tt := range tests {
		incs, probs := ParseJSON("export.json", []byte(tt.data), nil)
		if len(incs) != 0 || len(probs) != 1 || probs[0].String() != tt.want {
			t.Errorf("%q: %d incidents, problems %q, want %q", tt.data, len(incs), problemTexts(probs), tt.want)
		}
	}
}

// jsonText renders scalars as written: numbers keep their digits, booleans
// read true/false, rich-text wrappers give their text; anything else is "".
func TestJSONText(t *testing.T) {
	incs, _ := ParseJSON("x.json", []byte(`{"id": 0010, "title": true, "summary": {"markdown": "m"}, "root_cause": {"content": "c"}, "resolution": ["no"], "platform": {"other": "x"}}`), nil)
	if len(incs) != 0 {
		t.Fatalf("0010 is not valid JSON, yet read: %+v", incs)
	}
	incs, _ = ParseJSON("x.json", []byte(`{"id": 1.50, "title": true, "summary": {"markdown": "m"}, "root_cause": {"content": "c"}, "resolution": ["no"], "platform": {"other": "x"}}`), nil)
	if len(incs) != 1 {
		t.Fatalf("%d incidents", len(incs))
	}
	if got, want := brief(incs[0]), `1.50 line 1 | true |  | sev 0 |  | [] | sum "m" | rc "c" | res "" | prev []`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A GitLab incident issue: its description is read as Markdown under its
// title; "severity::N" and "service::X" labels fill what the description
// does not say, created_at gives the date, iid the id, and problems are
// reported at the line where the issue starts.
func TestGitLabIssueFields(t *testing.T) {
	data := `[
{"iid": 4410, "title": "Webhooks\ndelayed", "created_at": "2025-06-30T22:10:00Z",
 "labels": ["incident", "Severity :: 3", "service::hooks", "Services::queue", "team::infra", "severity::1"],
 "description": "## Summary\n\nWebhooks ran late.\n\n## Root cause\n\nA stuck consumer.\n\n## Wrap-up\n\nThanks all."},
{"labels": ["severity::4", "service::search"], "title": "Described",
 "description": "**Date:** 2025-07-01\n**Severity:** SEV-2\n**Services:** indexer\n\n## Summary\n\nSlow.\n\n## Root cause\n\nGC pauses.\n\n## Resolution\n\nTuned the heap."}
]`
	checkJSON(t, data, []string{
		`4410 line 2 | Webhooks delayed | 2025-06-30 | sev 3 |  | ["hooks" "queue"] | sum "Webhooks ran late." | rc "A stuck consumer." | res "" | prev []`,
		`EXPORT line 5 | Described | 2025-07-01 | sev 2 |  | ["indexer"] | sum "Slow." | rc "GC pauses." | res "Tuned the heap." | prev []`,
	}, []string{
		`export.json:2: warning: incident 4410: section "Wrap-up" not recognised; its text is not imported (docs/markdown-import.md lists the recognised headings)`,
		`export.json:2: warning: incident 4410: no resolution section (looked for headings like "Resolution", "Recovery", "Mitigation")`,
	})
}

// An issue is known by its iid alone, without labels: its description is
// Markdown, not a summary.
func TestGitLabIssueWithoutLabels(t *testing.T) {
	data := `{"iid": 12, "title": "Cron stopped", "description": "## Summary\n\nJobs did not run.\n\n## Root cause\n\nThe leader lock expired.\n\n## Resolution\n\nRestarted the scheduler.", "created_at": "2025-04-01"}`
	checkJSON(t, data, []string{
		`12 line 1 | Cron stopped | 2025-04-01 | sev 0 |  | [] | sum "Jobs did not run." | rc "The leader lock expired." | res "Restarted the scheduler." | prev []`,
	}, []string{
		`export.json:1: warning: incident 12: no severity (add "**Severity:** SEV-2" or severity: in front matter)`,
	})
}

// Without created_at or a severity label the description's own warnings
// stay; an issue whose description holds no incident gives only problems.
func TestGitLabIssueKeepsWarnings(t *testing.T) {
	data := `[{"iid": 9, "title": "Bare", "labels": "incident, service::api",
  "description": "## Summary\n\nDown.\n\n## Root cause\n\nBad deploy.\n\n## Resolution\n\nRolled back."},
 {"iid": 10, "labels": [], "description": ""}]`
	checkJSON(t, data, []string{
		`9 line 1 | Bare |  | sev 0 |  | ["api"] | sum "Down." | rc "Bad deploy." | res "Rolled back." | prev []`,
	}, []string{
		`export.json:1: warning: incident 9: no date (add "**Date:** 2024-03-01" or date: in front matter)`,
		`export.json:1: warning: incident 9: no severity (add "**Severity:** SEV-2" or severity: in front matter)`,
		"export.json:3: warning: no incident found: the file has no Markdown content",
	})
}
