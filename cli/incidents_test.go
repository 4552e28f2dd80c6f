package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

const badFile = "INCIDENT #: BAD-1\nTITLE: Evil \x1b]0;owned\x07title\x1b[2J\nSUMMARY: \x1b[31mred\x1b[0m text\n\n" +
	"INCIDENT #: BAD-1\nTITLE: Twin\nSUMMARY: s\nROOT CAUSE: r\n"

func TestValidateReportsEveryProblem(t *testing.T) {
	f := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(f, []byte(badFile), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "incidents", "validate", "-q", f)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := f + ":1: incident BAD-1: missing ROOT CAUSE\n" +
		f + ":5: incident BAD-1: duplicate incident id (first defined at " + f + ":1); this one is skipped\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	out, _, _ = run(t, "incidents", "validate", f)
	for _, w := range []string{":2: warning: incident BAD-1: control characters or escape sequences removed from TITLE",
		":3: warning: incident BAD-1: control characters or escape sequences removed from SUMMARY"} {
		if !strings.Contains(out, w) {
			t.Errorf("missing %q in\n%s", w, out)
		}
	}
	if strings.ContainsAny(out+errOut, "\x1b\x07") {
		t.Errorf("raw control characters in output: %q", out)
	}
}

func TestValidateExitCodes(t *testing.T) {
	// The bundled corpus has no errors; its only warnings are the four
	// titles that name their cause (the quiz hides them).
	out, _, code := run(t, "incidents", "validate")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 4 {
		t.Errorf("builtin: exit %d, output %q", code, out)
	}
	for i, id := range []string{"NFI-2023-0014", "NFI-2024-0006", "NFI-2024-0012", "NFI-2024-0018"} {
		if i < len(lines) && !strings.Contains(lines[i], ": warning: incident "+id+": the title ") {
			t.Errorf("line %d: %q, want the exposed title of %s", i+1, lines[i], id)
		}
	}
	if out, _, _ := run(t, "incidents", "validate", "-q"); out != "" {
		t.Errorf("builtin -q: %q, want nothing", out)
	}
	if _, errOut, code := run(t, "incidents", "validate", filepath.Join(t.TempDir(), "nope.txt")); code != 2 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
	if _, _, code := run(t, "incidents", "validate", "--bogus"); code != 2 {
		t.Errorf("bad flag: exit %d", code)
	}
}

func TestList(t *testing.T) {
	out, _, code := run(t, "incidents", "list", "--severity", "sev1", "--service", "cloudfront")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "ID             DATE        SEVERITY  PLATFORM") || len(lines) < 2 {
		t.Fatalf("table:\n%s", out)
	}
	for _, l := range lines[1:] {
		if !strings.Contains(l, "SEV-1") {
			t.Errorf("row without SEV-1: %q", l)
		}
	}
	if !strings.Contains(out, "NFI-2023-0010  2023-10-26  SEV-1     AthenaStream") {
		t.Errorf("missing NFI-2023-0010:\n%s", out)
	}
	if _, _, code := run(t, "incidents", "list", "--since", "yesterday"); code != 2 {
		t.Errorf("bad --since: exit %d", code)
	}
	if _, _, code := run(t, "incidents", "list", "--sort", "colour"); code != 2 {
		t.Errorf("bad --sort: exit %d", code)
	}
}

func TestShow(t *testing.T) {
	t.Setenv("COLUMNS", "60")
	out, _, code := run(t, "incidents", "show", "nfi-2023-0011")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, w := range []string{"NFI-2023-0011  ETL Pipeline Failure", "Date:     Sunday, November 5, 2023",
		"Severity: SEV-2", "Services: AWS Glue, S3", "Root cause\n  A Glue Job's IAM", "Prevention\n  1. Implement"} {
		if !strings.Contains(out, w) {
			t.Errorf("missing %q in\n%s", w, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 60 {
			t.Errorf("line over 60 columns: %q", l)
		}
	}
	if _, errOut, code := run(t, "incidents", "show", "2023-0011x"); code != 2 || !strings.Contains(errOut, "no incident") {
		t.Errorf("unknown id: exit %d %q", code, errOut)
	}
	if _, _, code := run(t, "incidents", "show"); code != 2 {
		t.Errorf("no id: exit %d", code)
	}
}

// TestShowKeepsLines: show wraps text and list items under their own
// indentation and prints code lines as written, however wide.
func TestShowKeepsLines(t *testing.T) {
	t.Setenv("COLUMNS", "40")
	f := filepath.Join(t.TempDir(), "lines.txt")
	in := "INCIDENT #: L-1\nTITLE: Lines\nSUMMARY: s\nROOT CAUSE: The handler read:\n\n" +
		"    if len(prefs) == 0 {\n        return Terms(field, prefs) // matches nothing at all, for every user\n    }\n\n" +
		"Two things went wrong:\n- the filter treated no preferences as match nothing instead of no filter\n  - nested item\n"
	if err := os.WriteFile(f, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "--incidents", f, "incidents", "show", "L-1")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	want := "Root cause\n  The handler read:\n\n" +
		"      if len(prefs) == 0 {\n          return Terms(field, prefs) // matches nothing at all, for every user\n      }\n\n" +
		"  Two things went wrong:\n  - the filter treated no preferences as\n    match nothing instead of no filter\n    - nested item\n"
	if !strings.Contains(out, want) {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestExportJSON(t *testing.T) {
	out, _, code := run(t, "incidents", "export", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil || len(recs) != 30 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	for i := 1; i < len(recs); i++ {
		if recs[i-1]["id"].(string) >= recs[i]["id"].(string) {
			t.Errorf("not sorted by id at %d", i)
		}
	}
	if len(recs[0]) != 11 || recs[0]["evidence"] == nil || recs[0]["date"] != "2023-10-26" || recs[0]["severity"] != "SEV-1" {
		t.Errorf("first record: %v", recs[0])
	}
}

func TestExportMarkdownRoundTrip(t *testing.T) {
	out, _, code := run(t, "incidents", "export", "--format", "md", "builtin")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	got, probs := incidents.Parse("export.md", []byte(out))
	want, _ := incidents.LoadFS(seeds.FS)
	incidents.SortBy(want, "id")
	if len(probs) != 0 || len(got) != len(want) {
		t.Fatalf("%d incidents, %v", len(got), probs)
	}
	for i := range want {
		a, b := want[i], got[i]
		a.Pos, a.Material, a.Evidence, b.Pos = incidents.Pos{}, nil, nil, incidents.Pos{}
		aj, _ := json.Marshal(a)
		bj, _ := json.Marshal(b)
		if string(aj) != string(bj) {
			t.Errorf("incident %s changed:\n%s\n%s", a.ID, aj, bj)
		}
	}
}

func TestExportCSVAndBadFormat(t *testing.T) {
	out, _, code := run(t, "incidents", "export", "-f", "csv", "--platform", "datanexus")
	if code != 0 || !strings.HasPrefix(out, "id,date,severity,platform,services,title,summary,root_cause,resolution,prevention\n") ||
		strings.Count(out, "DataNexus") != 8 {
		t.Errorf("exit %d\n%s", code, out)
	}
	if _, _, code := run(t, "incidents", "export", "--format", "xml"); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
}

func TestCorpusWithNoUsableIncidentFails(t *testing.T) {
	f := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(f, []byte(badFile), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := run(t, "--incidents", f, "incidents", "list")
	if code != 1 || !strings.Contains(errOut, f+":1: incident BAD-1: missing ROOT CAUSE\n") ||
		!strings.Contains(errOut, "no usable incidents in "+f+" (2 incidents left out); run 'rootcause incidents validate "+f+"' for details") {
		t.Errorf("exit %d: %q", code, errOut)
	}
	if strings.ContainsRune(errOut, 0x1b) {
		t.Errorf("escape sequence printed: %q", errOut)
	}
}

// teamFile has one good incident between a bad one and a duplicate of it.
const teamFile = "INCIDENT #: TEAM-0001\nTITLE: No cause\nSUMMARY: s\n\n" +
	"INCIDENT #: TEAM-0002\nTITLE: Good one\nSUMMARY: fine\nROOT CAUSE: pool exhausted\n\n" +
	"INCIDENT #: TEAM-0003\nDATE: Blursday\nTITLE: Bad date\nSUMMARY: s\nROOT CAUSE: r\n\n" +
	"INCIDENT #: TEAM-0002\nTITLE: Twin\nSUMMARY: s\nROOT CAUSE: r\n"

func TestCorpusKeepsGoodIncidents(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "team.txt")
	if err := os.WriteFile(f, []byte(teamFile), 0o644); err != nil {
		t.Fatal(err)
	}
	probs := f + ":1: incident TEAM-0001: missing ROOT CAUSE\n" +
		f + ":11: incident TEAM-0003: unknown DATE \"Blursday\" (want October 26, 2023 or 2023-10-26)\n" +
		f + ":16: incident TEAM-0002: duplicate incident id (first defined at " + f + ":5); this one is skipped\n" +
		"2 incidents left out; run 'rootcause incidents validate " + f + "'\n"
	out, errOut, code := run(t, "--incidents", f, "incidents", "show", "team-0002")
	if code != 0 || !strings.Contains(out, "TEAM-0002  Good one") || errOut != probs {
		t.Errorf("show: exit %d\n%s\nstderr:\n%s", code, out, errOut)
	}
	out, errOut, code = run(t, "--incidents", f, "incidents", "list")
	if code != 0 || !strings.Contains(out, "TEAM-0002") || !strings.Contains(out, "TEAM-0003") ||
		strings.Contains(out, "TEAM-0001") || errOut != probs+"2 incident(s)\n" {
		t.Errorf("list: exit %d\n%s\nstderr:\n%s", code, out, errOut)
	}
	_, errOut, code = run(t, "--incidents", f, "incidents", "show", "TEAM-0001")
	if code != 1 || !strings.HasSuffix(errOut, "incident TEAM-0001 was left out: it has errors (listed above)\n") {
		t.Errorf("show left out: exit %d\n%s", code, errOut)
	}
	// A path with a space is quoted in the hint so it can be pasted.
	g := Globals{Incidents: []string{"my team.txt", "b's"}}
	if got := g.pathArgs(); got != ` 'my team.txt' 'b'\''s'` {
		t.Errorf("pathArgs %q", got)
	}
}

func TestEmptyFolderIsAnError(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "emptydir")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "incidents", "validate", dir)
	if code != 1 || out != dir+": no incident files (*.txt, *.md, *.markdown) in this folder\n" {
		t.Errorf("validate: exit %d\n%s%s", code, out, errOut)
	}
	_, errOut, code = run(t, "--incidents", dir, "incidents", "list")
	if code != 1 || !strings.Contains(errOut, "no incidents loaded from "+dir) {
		t.Errorf("list: exit %d\n%s", code, errOut)
	}
}

func TestTemplate(t *testing.T) {
	dir := t.TempDir()
	for name, args := range map[string][]string{"team.txt": {"incidents", "template"},
		"team.quiz.yaml": {"incidents", "template", "--material"}} {
		out, _, code := run(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := run(t, "incidents", "validate", filepath.Join(dir, "team.txt"))
	if code != 0 || out != "" || !strings.Contains(errOut, "2 incident(s), 0 error(s), 0 warning(s)") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
}

// An error that leaves the incident usable (an unreadable date) is listed
// with a count, and the incident is used with the date unknown.
func TestCorpusErrorsWithoutLeftOut(t *testing.T) {
	f := filepath.Join(t.TempDir(), "d.txt")
	body := "INCIDENT #: D-1\nDATE: Blursday\nTITLE: T\nSUMMARY: S\nROOT CAUSE: R\n"
	if err := os.WriteFile(f, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "--incidents", f, "incidents", "list")
	want := f + ":2: incident D-1: unknown DATE \"Blursday\" (want October 26, 2023 or 2023-10-26)\n" +
		"1 error in the incident files; run 'rootcause incidents validate " + f + "'\n1 incident(s)\n"
	if code != 0 || !strings.Contains(out, "D-1") || errOut != want {
		t.Errorf("exit %d\n%s\nstderr:\n%s", code, out, errOut)
	}
}
