package incidents

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkFuzzRecords fails on what no reader may return: an incident without
// an id, a control character in a text field, or a problem that does not
// name the file and a line inside it.
func checkFuzzRecords(t *testing.T, name string, data []byte, incs []Incident, probs []Problem) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, in := range incs {
		if in.ID == "" {
			t.Fatalf("incident without id: %+v", in)
		}
		for _, s := range append([]string{in.ID, in.Title, in.Summary, in.RootCause, in.Resolution, in.Platform}, append(in.Services, in.Prevention...)...) {
			if strings.IndexFunc(s, func(r rune) bool { return r != '\n' && Unsafe(r) }) >= 0 {
				t.Fatalf("control character in %q", s)
			}
		}
	}
	for _, p := range probs {
		if p.Pos.File != name || p.Pos.Line < 0 || p.Pos.Line > lines || p.Msg == "" {
			t.Fatalf("bad problem %q (file has %d lines)", p, lines)
		}
		if strings.IndexFunc(p.String(), func(r rune) bool { return Unsafe(r) }) >= 0 {
			t.Fatalf("control character in problem %q", p)
		}
	}
}

func seedFiles(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", pattern))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// FuzzParseJSON: any bytes are read without panicking, and what comes out
// is safe to print.
func FuzzParseJSON(f *testing.F) {
	seedFiles(f, "*.json")
	for _, s := range []string{"", "[]", "{}", `[{"title":"a\u001b[2Jb","summary":"s","root_cause":"r"}]`,
		`{"incident":{"title":"t","why_items":["a","b"]}}`, `{"iid":1,"description":"## Root cause\n\nx","labels":["severity::9"]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		incs, probs := ParseJSON("fuzz.json", data, nil)
		checkFuzzRecords(t, "fuzz.json", data, incs, probs)
	})
}

// FuzzParseHTML: any bytes are read without panicking, and what comes out
// is safe to print.
func FuzzParseHTML(f *testing.F) {
	seedFiles(f, "*.html")
	for _, s := range []string{"", "<html>", "<h1>T</h1><h2>Root cause</h2><p>a&#27;[2Jb</p>", "<table><tr><th>Severity</th><td>P1</td></tr></table>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		incs, probs := ParseHTML("fuzz.html", data, nil)
		checkFuzzRecords(t, "fuzz.html", data, incs, probs)
	})
}
