package incidents

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzParseMarkdown checks that any input is read without panicking and
// that what comes out is safe and consistent: every incident has an id,
// no text field holds a control character, every problem names the file
// and a line inside it, and Windows line endings change nothing.
func FuzzParseMarkdown(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "markdown", "*.md"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{"", "---\n---\n", "# a\n---\n# b\n", "**Root cause:**\n\n> x\n", "| Date | x |\n|-|-|\n| Severity | P1 |\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.md"
		incs, probs := ParseMarkdown(name, data)
		lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
		for _, in := range incs {
			if in.ID == "" {
				t.Fatalf("incident without id: %+v", in)
			}
			for _, s := range append([]string{in.ID, in.Title, in.Summary, in.RootCause, in.Resolution, in.Platform}, append(in.Services, in.Prevention...)...) {
				if i := strings.IndexFunc(s, func(r rune) bool { return r != '\n' && Unsafe(r) || r == '\t' }); i >= 0 {
					t.Fatalf("control character in %q", s)
				}
			}
			if in.Pos.File != name || in.Pos.Line < 0 || in.Pos.Line > lines {
				t.Fatalf("bad position %v (file has %d lines)", in.Pos, lines)
			}
		}
		for _, p := range probs {
			if p.Pos.File != name || p.Pos.Line < 0 || p.Pos.Line > lines || p.Msg == "" {
				t.Fatalf("bad problem %q (file has %d lines)", p, lines)
			}
		}
		if bytes.IndexByte(data, '\r') < 0 {
			crlf, crlfProbs := ParseMarkdown(name, bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")))
			if !reflect.DeepEqual(crlf, incs) || !reflect.DeepEqual(crlfProbs, probs) {
				t.Fatalf("CRLF changes the result:\n%+v\n%v\nvs\n%+v\n%v", crlf, crlfProbs, incs, probs)
			}
		}
	})
}
