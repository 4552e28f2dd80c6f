package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

const goodMD = "# Disk full on db-1\n\n**Date:** 2024-03-01\n**Severity:** SEV-2\n**Platform:** DataNexus\n**Services:** Amazon RDS, EBS\n\n## Summary\n\nWrites failed.\n\n## Root cause\n\nLogs were never rotated.\n\n## Resolution\n\nRotated logs.\n\n## Action items\n\n- [ ] Rotate logs daily\n"

const noCauseMD = "# Slow checkout\n\n**Date:** 2024-03-02\n**Severity:** SEV-3\n\n## Overview\n\nCheckout was slow.\n\n## Timeline\n\n- 10:02 checkout p99 alert\n\n## Resolution\n\nWarmed the cache.\n"

// runImport runs "rootcause incidents import ARGS" and returns stdout,
// stderr and the exit status cli.Execute would give.
func runImport(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	return run(t, append([]string{"incidents", "import"}, args...)...)
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestImportToStdout(t *testing.T) {
	dir := writeFiles(t, map[string]string{"db-outage.md": goodMD, "notes.txt": "not Markdown", ".draft/x.md": noCauseMD})
	out, errOut, code := runImport(t, dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	incs, probs := incidents.Parse("out.txt", []byte(out))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("output reads back as %d incidents, problems %v:\n%s", len(incs), probs, out)
	}
	in := incs[0]
	if in.ID != "DB-OUTAGE" || in.Title != "Disk full on db-1" || in.RootCause != "Logs were never rotated." ||
		in.Severity != 2 || strings.Join(in.Prevention, "|") != "Rotate logs daily" {
		t.Errorf("imported %+v", in)
	}
	if !strings.Contains(errOut, "imported 1 incident(s) from 1 file(s): 0 error(s), 0 warning(s)") {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestImportReportsMissingRootCause(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.md": goodMD, "checkout.md": noCauseMD})
	out, errOut, code := runImport(t, dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, errOut)
	}
	want := filepath.Join(dir, "checkout.md") + `:1: incident CHECKOUT: no root cause section (looked for headings like "Root Cause", "Fault", "Causes")`
	if !strings.Contains(errOut, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errOut)
	}
	// Nothing is lost: both incidents are written, the incomplete one too.
	if n := strings.Count(out, "INCIDENT #:"); n != 2 {
		t.Errorf("wrote %d incidents, want 2:\n%s", n, out)
	}
}

func TestImportOutNeverOverwritesWithoutForce(t *testing.T) {
	dir := writeFiles(t, map[string]string{"pm/db.md": goodMD, "team.txt": "KEEP ME\n"})
	dst := filepath.Join(dir, "team.txt")
	if _, errOut, code := runImport(t, filepath.Join(dir, "pm"), "--out", dst); code != 2 || !strings.Contains(errOut, "--force") {
		t.Fatalf("exit %d, stderr %q; want a usage error naming --force", code, errOut)
	}
	if b, _ := os.ReadFile(dst); string(b) != "KEEP ME\n" {
		t.Fatalf("existing file changed: %q", b)
	}
	out, errOut, code := runImport(t, filepath.Join(dir, "pm"), "--out", dst, "--force")
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	b, _ := os.ReadFile(dst)
	if incs, probs := incidents.Parse(dst, b); len(incs) != 1 || len(probs) != 0 {
		t.Errorf("--out file reads back as %d incidents, %v", len(incs), probs)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".team.txt.*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestImportUsageErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"notes.txt": "x"})
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "at least one Markdown file"},
		{[]string{filepath.Join(dir, "missing")}, 2, "cannot read"},
		{[]string{dir}, 2, "no postmortem files"},
		{[]string{filepath.Join(dir, "notes.txt")}, 1, "no incidents found"},
	} {
		_, errOut, code := runImport(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.msg) {
			t.Errorf("import %v: exit %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.msg)
		}
	}
}

func TestImportReportsDuplicateIDs(t *testing.T) {
	dir := writeFiles(t, map[string]string{"2024-01/postmortem.md": goodMD, "2024-02/postmortem.md": goodMD})
	out, errOut, code := runImport(t, dir)
	want := filepath.Join(dir, "2024-02", "postmortem.md") + ":1: incident POSTMORTEM: duplicate incident id (first used at " +
		filepath.Join(dir, "2024-01", "postmortem.md") + ":1)"
	if code != 1 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant %q", code, errOut, want)
	}
	if n := strings.Count(out, "INCIDENT #: POSTMORTEM"); n != 2 {
		t.Errorf("wrote %d copies, want both", n)
	}
}

// TestImportMultiLineTextLoadsBack imports a root cause with a code block and
// a list whose lines look like keys: the written file must load back as one
// incident with every line's text in its root cause.
func TestImportMultiLineTextLoadsBack(t *testing.T) {
	md := "# Disk full\n\n**Date:** 2024-01-02\n**Severity:** SEV-3\n**Platform:** P\n**Services:** S\n\n## Summary\n\nWrites failed.\n\n" +
		"## Root cause\n\nThe log said:\n\n```\nINCIDENT #: EVIL-1\nROOT CAUSE: nope\n```\n\n- SUMMARY: a list item\n- TITLE: another\n\n## Resolution\n\nRotated.\n"
	dir := writeFiles(t, map[string]string{"disk.md": md})
	out, errOut, code := runImport(t, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	incs, probs := incidents.Parse("out.txt", []byte(out))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("read back %d incidents, problems %v:\n%s", len(incs), probs, out)
	}
	for _, want := range []string{"The log said:", "INCIDENT #: EVIL-1", "ROOT CAUSE: nope", "SUMMARY: a list item", "TITLE: another"} {
		if !strings.Contains(incs[0].RootCause, want) {
			t.Errorf("root cause %q lacks %q", incs[0].RootCause, want)
		}
	}
}

// TestImportWritesEveryKey: an incident with no root-cause section is
// written with every standard key, the unknown ones empty for the trainer to
// fill in, and the file then reads back with the root cause reported missing.
func TestImportWritesEveryKey(t *testing.T) {
	dir := writeFiles(t, map[string]string{"checkout.md": noCauseMD})
	out, errOut, code := runImport(t, dir)
	if code != 1 || !strings.Contains(errOut, "fill in the empty KEY: lines") {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	want := "INCIDENT #: CHECKOUT\n\nDATE: March 2, 2024\n\nSEVERITY: SEV-3\n\nPLATFORM:\n\nSERVICES:\n\n" +
		"TITLE: Slow checkout\n\nSUMMARY: Checkout was slow.\n\nROOT CAUSE:\n\nRESOLUTION: Warmed the cache.\n\nPREVENTION:\n\n" +
		"TIMELINE:\n\n- 10:02 checkout p99 alert\n\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	incs, probs := incidents.Parse("out.txt", []byte(out))
	if len(incs) != 1 || len(probs) != 1 || probs[0].String() != "out.txt:1: incident CHECKOUT: missing ROOT CAUSE" {
		t.Fatalf("read back %d incidents, problems %v", len(incs), probs)
	}
	if in := incs[0]; in.Platform != "" || len(in.Services) != 0 || in.Resolution != "Warmed the cache." || len(in.Prevention) != 0 {
		t.Errorf("placeholders read as values: %+v", in)
	}
}

// TestImportKeepsBackquotes: code marks are written as in the Markdown
// source, not escaped, and read back as written (the native format keeps
// its authors' marks).
func TestImportKeepsBackquotes(t *testing.T) {
	md := strings.Replace(goodMD, "Logs were never rotated.", "The database exhausted `max_connections` (a `*` glob).", 1)
	out, errOut, code := runImport(t, writeFiles(t, map[string]string{"db.md": md}))
	if code != 0 || !strings.Contains(out, "ROOT CAUSE: The database exhausted `max_connections` (a `*` glob).\n") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	incs, probs := incidents.Parse("out.txt", []byte(out))
	if len(incs) != 1 || len(probs) != 0 || incs[0].RootCause != "The database exhausted `max_connections` (a `*` glob)." {
		t.Errorf("read back %+v, %v", incs, probs)
	}
}

// TestImportKeepsLines: lists and code blocks are written as lines, not
// split into paragraphs, and read back exactly as the Markdown reads.
func TestImportKeepsLines(t *testing.T) {
	md := strings.Replace(goodMD, "Logs were never rotated.", "Logs were never rotated:\n\n- no logrotate\n- no alert\n\n```\n$ df -h\n/dev/sda1 100%\n```", 1)
	out, errOut, code := runImport(t, writeFiles(t, map[string]string{"db.md": md}))
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	want, _ := incidents.ParseMarkdown("db.md", []byte(md))
	got, probs := incidents.Parse("out.txt", []byte(out))
	if len(got) != 1 || len(probs) != 0 || got[0].RootCause != want[0].RootCause {
		t.Errorf("read back %q, want %q (%v)\n%s", got[0].RootCause, want[0].RootCause, probs, out)
	}
}
