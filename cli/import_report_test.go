package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestImportReportJSON(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a-good.md":    goodMD,
		"b-partial.md": "# Queue backlog\n\n## Summary\n\nOrders were late.\n\n## Root cause\n\nThe consumer never acknowledged.\n",
		"c-README.md":  "Notes about this folder.\n",
	})
	out := filepath.Join(t.TempDir(), "team.txt")
	stdout, stderr, code := runImport(t, dir, "--out", out, "--report", "json")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("report has %d lines, want one per file:\n%s", len(lines), stdout)
	}
	want := []struct {
		status, missing, reason string
	}{
		{"imported", "", ""},
		{"partial", "date severity resolution prevention", ""},
		{"refused", "", "no incident found: no recognised headings"},
	}
	for i, l := range lines {
		var r fileReport
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, l)
		}
		if r.Status != want[i].status || strings.Join(r.Missing, " ") != want[i].missing || !strings.HasPrefix(r.Reason, want[i].reason) {
			t.Errorf("line %d = %+v, want %+v", i+1, r, want[i])
		}
	}
	if strings.Contains(stderr, "b-partial.md:1: warning") {
		t.Errorf("problem lines printed besides the report:\n%s", stderr)
	}
}

func TestImportSeverityAndHeadingMaps(t *testing.T) {
	md := "# Cache stampede\n\n**Date:** 2024-05-01\n**Severity:** Major\n\n## Summary\n\nPages were slow.\n\n" +
		"## What went wrong\n\nAll keys expired at midnight.\n\n## Resolution\n\nSpread the expiries.\n"
	dir := writeFiles(t, map[string]string{"cache.md": md})
	stdout, stderr, code := runImport(t, dir, "--severity-map", "Major=SEV-1", "--heading-map", "What went wrong=root cause")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	incs, _ := incidents.Parse("out.txt", []byte(stdout))
	if len(incs) != 1 || incs[0].Severity != 1 || incs[0].RootCause != "All keys expired at midnight." {
		t.Fatalf("imported %+v\n%s", incs, stderr)
	}
	// Without the maps: the default word mapping (reported) and no root cause.
	_, stderr, code = runImport(t, dir)
	if code != 1 || !strings.Contains(stderr, `severity "Major" read as SEV-2 (default mapping; change it with --severity-map)`) ||
		!strings.Contains(stderr, "no root cause section") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if _, stderr, code = runImport(t, dir, "--heading-map", "What went wrong=cause"); code != 2 || !strings.Contains(stderr, "--heading-map") {
		t.Errorf("bad heading map: exit %d\n%s", code, stderr)
	}
	if _, stderr, code = runImport(t, dir, "--severity-map", "Major"); code != 2 || !strings.Contains(stderr, "--severity-map") {
		t.Errorf("bad severity map: exit %d\n%s", code, stderr)
	}
}

// TestValidateAgreesWithExport: for every input, validate fails exactly
// when export refuses (issue: validate passed a folder export then refused).
func TestValidateAgreesWithExport(t *testing.T) {
	cases := map[string]map[string]string{
		"good":          {"a.md": goodMD},
		"only a readme": {"README.md": "# About\n\nNotes.\n"},
		"no root cause": {"a.md": "# Slow\n\n## Summary\n\nSlow.\n"},
		"mixed":         {"a.md": goodMD, "README.md": "# About\n\nNotes.\n"},
		"vendor json":   {"x.json": `{"title": "T", "summary": "S", "root_cause": "R", "date": "2024-01-02"}`},
		"stray json":    {"package.json": `{"name": "web"}`},
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			dir := writeFiles(t, files)
			_, vErr, vCode := run(t, "incidents", "validate", dir)
			_, eErr, eCode := run(t, "incidents", "export", "--format", "json", dir)
			if (vCode == 0) != (eCode == 0) {
				t.Errorf("validate exit %d, export exit %d\nvalidate: %s\nexport: %s", vCode, eCode, vErr, eErr)
			}
		})
	}
}

// TestExportKeepsInlineMarks: the bundled corpus exports as written, code
// marks and emphasis included (they used to be stripped on read).
func TestExportKeepsInlineMarks(t *testing.T) {
	out, stderr, code := run(t, "incidents", "export", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err)
	}
	byID := map[string]map[string]any{}
	for _, r := range recs {
		byID[r["id"].(string)] = r
	}
	for id, want := range map[string]string{
		"NFI-2023-0011": "did not have the `s3:ListBucket` permission",
		"NFI-2023-0014": "used a wildcard (`/*`) instead of a specific path prefix (e.g., `/assets/movie_123/*`)",
	} {
		if rc, _ := byID[id]["root_cause"].(string); !strings.Contains(rc, want) {
			t.Errorf("%s root_cause = %q, want it to contain %q", id, rc, want)
		}
	}
	var emphasis bool
	for _, r := range recs {
		if rc, _ := r["root_cause"].(string); strings.Contains(rc, "placed *after* the default") {
			emphasis = true
		}
	}
	if !emphasis {
		t.Error("no root cause keeps the emphasis of \"*after*\"")
	}
}
