package markdown

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// TestMarkdownExportReadsBackAsMarkdown: the bundled corpus exported with
// WriteMarkdown and read by the Markdown importer (as Load reads a .md
// file) gives the same records, literal stars included (NFI-2023-0013's
// "/*", NFI-2023-0014's "/assets/movie_123/*", NFI-2024-0015's "*").
func TestMarkdownExportReadsBackAsMarkdown(t *testing.T) {
	want, _ := incidents.LoadFS(seeds.FS)
	var buf bytes.Buffer
	if err := incidents.WriteMarkdown(&buf, want); err != nil {
		t.Fatal(err)
	}
	got, probs := ParseMarkdown("export.md", buf.Bytes())
	if hasError(probs) || len(got) != len(want) {
		t.Fatalf("%d incidents read back, want %d; problems %v", len(got), len(want), probs)
	}
	stars := 0
	for i := range want {
		a, b := want[i], got[i]
		a.Pos, b.Pos, a.Material, a.Evidence = incidents.Pos{}, incidents.Pos{}, nil, nil
		stars += strings.Count(a.RootCause, "*")
		if !reflect.DeepEqual(a, b) {
			t.Errorf("incident %s differs:\n got %#v\nwant %#v", a.ID, b, a)
		}
	}
	if stars == 0 {
		t.Error("no root cause has a star: the test lost its point")
	}
}

// TestImportedMarkdownRoundTrips: incidents read from the Markdown test
// files (lists, code blocks, tables) survive WriteText and Parse exactly,
// as "incidents import" needs, and WriteMarkdown and ParseMarkdown too.
func TestImportedMarkdownRoundTrips(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "markdown", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatal("no Markdown test files", err)
	}
	lines := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		incs, _ := ParseMarkdown(f, data)
		if len(incs) == 0 {
			continue
		}
		for _, inc := range incs {
			if linesInParagraph(inc.RootCause) {
				lines++
			}
		}
		for _, rw := range []struct {
			write func(io.Writer, []incidents.Incident) error
			read  func(string, []byte) ([]incidents.Incident, []incidents.Problem)
		}{{incidents.WriteText, incidents.Parse}, {incidents.WriteMarkdown, ParseMarkdown}} {
			var buf bytes.Buffer
			if err := rw.write(&buf, incs); err != nil {
				t.Fatal(err)
			}
			back, probs := rw.read("back", buf.Bytes())
			if len(back) != len(incs) {
				t.Fatalf("%s: %d incidents written, %d read back; %v\n%s", f, len(incs), len(back), probs, buf.String())
			}
			for i := range incs {
				a, b := incs[i], back[i]
				a, b = withoutPlaces(a), withoutPlaces(b)
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%s incident %d changed:\n got %#v\nwant %#v\n%s", f, i+1, b, a, buf.String())
				}
			}
		}
	}
	if lines < 2 {
		t.Errorf("only %d root causes with lines (a list, a code block): the test lost its point", lines)
	}
}

// TestMarkdownExportReadsBackExactly: values that ParseMarkdown used to
// misread in WriteMarkdown's output come back unchanged, through both
// readers.
func TestMarkdownExportReadsBackExactly(t *testing.T) {
	base := incidents.Incident{ID: "X-1", Title: "t", Summary: "s", RootCause: "r"}
	for name, set := range map[string]func(*incidents.Incident){
		"code right after a bold-only label": func(i *incidents.Incident) { i.RootCause = "    $ df -h\n      nested\n\nText after." },
		"hard break after a bold label":      func(i *incidents.Incident) { i.Summary = "first line\nsecond line\nthird" },
		"escaped entity-like text":           func(i *incidents.Incident) { i.Summary = "a &amp; b &#35; c \\&amp; d" },
		"value ending in a pipe":             func(i *incidents.Incident) { i.Summary, i.Title = "ends in |", "ends in \\|" },
		"separator-like ends":                func(i *incidents.Incident) { i.Platform, i.RootCause = "P ·", "r;" },
		"text needing escapes":               func(i *incidents.Incident) { *i = tricky() },
		"a full record":                      func(i *incidents.Incident) { *i = want() },
	} {
		inc := base
		set(&inc)
		inc.Pos, inc.Material = incidents.Pos{}, nil
		var buf bytes.Buffer
		if err := incidents.WriteMarkdown(&buf, []incidents.Incident{inc}); err != nil {
			t.Fatal(err)
		}
		for reader, read := range map[string]func(string, []byte) ([]incidents.Incident, []incidents.Problem){"ParseMarkdown": ParseMarkdown, "Parse": incidents.Parse} {
			got, probs := read("x.md", buf.Bytes())
			if len(got) != 1 {
				t.Errorf("%s: %s read %d incidents, %v", name, reader, len(got), probs)
				continue
			}
			got[0].Pos = incidents.Pos{}
			if !reflect.DeepEqual(got[0], inc) {
				t.Errorf("%s: %s read\n got %#v\nwant %#v\n%s", name, reader, got[0], inc, buf.String())
			}
		}
	}
	var buf bytes.Buffer
	if err := incidents.WriteMarkdown(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got, probs := ParseMarkdown("none.md", buf.Bytes()); len(got) != 0 || hasError(probs) {
		t.Errorf("no incidents written, %d read back, %v", len(got), probs)
	}
}
