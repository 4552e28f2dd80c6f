package incidents

import (
	"path/filepath"
	"testing"
)

// TestLoadWithoutReaders: Markdown, JSON and HTML files need a reader from
// Options.Readers; without one they are a problem, never read as native text.
func TestLoadWithoutReaders(t *testing.T) {
	dir := t.TempDir()
	var probs []Problem
	for _, name := range []string{"pm.md", "pm.markdown", "pm.json", "pm.html", "pm.htm"} {
		f := write(t, dir, name, withID("X-1"))
		incs, ps, err := Load([]string{f})
		if err != nil || len(incs) != 0 {
			t.Fatalf("%s: %d incidents, %v", name, len(incs), err)
		}
		probs = append(probs, ps...)
	}
	want := ""
	for _, ext := range []string{".md", ".markdown", ".json", ".html", ".htm"} {
		want += filepath.Join(dir, "pm"+ext) + ": no reader for " + ext + " files here (Options.Readers)\n"
	}
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestLoadUsesInjectedReaders: a reader in Options.Readers reads its
// extension, named or found by a directory walk, and what it returns is
// made safe to print.
func TestLoadUsesInjectedReaders(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", withID("T-1"))
	write(t, dir, "sub/b.pm", "ignored")
	fake := func(name string, _ []byte, opts *Options) ([]Incident, []Problem) {
		if opts == nil || opts.Readers == nil {
			t.Errorf("reader called without the options")
		}
		inc := Incident{ID: "P-1", Title: "Bell\x07 title", Summary: "s", RootCause: "r", Pos: Pos{File: name, Line: 1}}
		return []Incident{inc}, nil
	}
	incs, probs, err := LoadWith([]string{dir}, &Options{Readers: map[string]Reader{".pm": fake}})
	if err != nil || len(incs) != 2 {
		t.Fatalf("%d incidents, %v, %v", len(incs), probs, err)
	}
	if incs[1].ID != "P-1" || incs[1].Title != "Bell title" {
		t.Errorf("reader's incident = %+v", incs[1])
	}
	want := filepath.Join(dir, "sub", "b.pm") + ":1: warning: incident P-1: control characters or escape sequences removed\n"
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
