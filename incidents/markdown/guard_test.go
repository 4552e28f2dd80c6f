package markdown

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadRefusesPathologicalMarkdown: Markdown that would make goldmark
// crawl is refused by ParseMarkdown itself (so Load, import and fuzzing are
// all covered) with a problem naming the file and line.
func TestLoadRefusesPathologicalMarkdown(t *testing.T) {
	head := "# Outage\n\n## Root cause\n\nText.\n\n"
	var deep strings.Builder
	for i := range 150 {
		deep.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	tests := []struct{ file, body, want string }{
		{"long.md", head + strings.Repeat("a", 70<<10) + "\n",
			"long.md:7: line is 70 KB long, over the 64 KB limit for Markdown; the file is not read"},
		{"links.md", head + strings.Repeat("[a](", 2001) + "\n",
			"links.md:7: over 2000 links (\"](\") in one paragraph; the file is not read"},
		{"links-lines.md", head + strings.Repeat("[a](\n", 2001),
			"links-lines.md:2007: over 2000 links (\"](\") in one paragraph; the file is not read"},
		{"nested.md", head + deep.String(),
			"nested.md:107: lists or quotes nested deeper than 100 levels; the file is not read"},
		{"markers.md", head + strings.Repeat("- ", 101) + "x\n",
			"markers.md:7: lists or quotes nested deeper than 100 levels; the file is not read"},
		{"quotes.md", head + strings.Repeat(">", 101) + " x\n",
			"quotes.md:7: lists or quotes nested deeper than 100 levels; the file is not read"},
		{"numbers.md", head + strings.Repeat("1. ", 101) + "x\n",
			"numbers.md:7: lists or quotes nested deeper than 100 levels; the file is not read"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if incs, probs := ParseMarkdown(tt.file, []byte(tt.body)); len(incs) != 0 || len(probs) != 1 || probs[0].String() != tt.want {
				t.Fatalf("ParseMarkdown: %d incidents, problems %v", len(incs), probs)
			}
			f := write(t, t.TempDir(), tt.file, tt.body)
			incs, probs, err := load([]string{f})
			if err != nil || len(incs) != 0 || len(probs) != 1 {
				t.Fatalf("%d incidents, problems %v, err %v", len(incs), probs, err)
			}
			if got := strings.TrimPrefix(probs[0].String(), filepath.Dir(f)+string(filepath.Separator)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// Markdown within the limits still loads: 100 levels, 2000 links in a
// paragraph, and many links spread over paragraphs.
func TestMarkdownLimitsAllowRealFiles(t *testing.T) {
	var deep strings.Builder
	for i := range 100 {
		deep.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	ok := []string{
		deep.String(),
		strings.Repeat("[a](x) ", 2000),
		strings.Repeat("[a](x)\n\n", 5000),
		"```\n" + strings.Repeat("a", 60<<10) + "\n```\n",
		"1.5 GB of 2.0) and - minus, > more\n",
	}
	for _, body := range ok {
		if p, ok := checkMarkdownLimits("ok.md", []byte(body)); !ok {
			t.Errorf("%.40q refused: %v", body, p)
		}
	}
}

// TestLoadReadsDotMarkdown: .markdown files are Markdown, named or found in
// a directory.
func TestLoadReadsDotMarkdown(t *testing.T) {
	dir := t.TempDir()
	body := "---\nid: MD-1\n---\n# Cache outage\n\n## Summary\n\nSlow pages.\n\n## Root cause\n\nA *stale* key.\n"
	f := write(t, dir, "sub/outage.markdown", body)
	for _, paths := range [][]string{{f}, {dir}} {
		incs, probs, err := load(paths)
		if err != nil || hasError(probs) || len(incs) != 1 || incs[0].ID != "MD-1" || incs[0].RootCause != "A stale key." {
			t.Errorf("Load(%v): %+v, problems %v, err %v", paths, incs, probs, err)
		}
	}
}
