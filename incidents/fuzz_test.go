package incidents

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics or hangs, that what it returns
// never carries characters that could drive a terminal, and that WriteText
// output parses back to the same records.
func FuzzParse(f *testing.F) {
	f.Add([]byte(clean))
	f.Add([]byte(strings.ReplaceAll(clean, "\n", "\r\n")))
	f.Add([]byte("INCIDENT #: X\nTITLE: \x1b[31mred\x1b]0;t\x07\nSUMMARY: s\u009b2J\nROOT CAUSE: **`r`** \\$5\n=====\n****END****"))
	f.Add([]byte("\uFEFFpreamble\nDATE: 2023-10-26\n=====\nIncident # a\nprevention:\n- [ ] x\n  y\n•\n(2) z"))
	f.Add([]byte("INCIDENT #:\n\nID-1\nSEVERITY: P2 (High)\nSERVICES:\n- AWS Lambda\n- S3; SNS."))
	f.Add([]byte("INCIDENT #: L\nROOT CAUSE: a:\n- b\n  c\n  * d\n      e\n\n    ROOT CAUSE: x \\\n\t=====\nf | g\\\nh\\\\\n\nno stop\n\nlower\nRESOLUTION:\n\n    code"))
	f.Fuzz(func(t *testing.T, data []byte) {
		incs, probs := Parse("f.txt", data)
		for i := range incs {
			for _, s := range textOf(&incs[i]) {
				if bad, ok := unsafeRune(s); ok {
					t.Fatalf("incident %d has unsafe rune %U in %q", i, bad, s)
				}
			}
		}
		for _, p := range probs {
			if bad, ok := unsafeRune(p.String()); ok || strings.Contains(p.String(), "\n") {
				t.Fatalf("problem has unsafe rune %U: %q", bad, p.String())
			}
		}
		if len(incs) == 0 {
			return
		}
		var buf bytes.Buffer
		if err := WriteText(&buf, incs); err != nil {
			t.Fatal(err)
		}
		again, _ := Parse("again.txt", buf.Bytes())
		if len(again) != len(incs) {
			t.Fatalf("round trip: %d incidents, want %d\n%s", len(again), len(incs), buf.String())
		}
		for i := range incs {
			a, b := incs[i], again[i]
			a.Pos, b.Pos = Pos{}, Pos{}
			if !sameIncident(a, b) {
				t.Fatalf("round trip changed incident %d:\n got %#v\nwant %#v\ntext:\n%s", i, b, a, buf.String())
			}
		}
	})
}

func textOf(inc *Incident) []string {
	return append([]string{inc.ID, inc.Platform, inc.Title, inc.Summary, inc.RootCause, inc.Resolution},
		append(append([]string{}, inc.Services...), inc.Prevention...)...)
}

// unsafeRune finds a control character other than newline, a C1 control or
// a bidi override.
func unsafeRune(s string) (rune, bool) {
	for _, r := range s {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) ||
			(r >= 0x2066 && r <= 0x2069) || r == utf8.RuneError {
			return r, true
		}
	}
	return 0, false
}

// sameIncident compares records, treating nil and empty slices alike.
func sameIncident(a, b Incident) bool {
	eq := func(x, y []string) bool {
		return strings.Join(x, "\x00") == strings.Join(y, "\x00") && len(x) == len(y)
	}
	return a.ID == b.ID && a.Date.Equal(b.Date) && a.Severity == b.Severity && a.Platform == b.Platform &&
		eq(a.Services, b.Services) && a.Title == b.Title && a.Summary == b.Summary && a.RootCause == b.RootCause &&
		a.Resolution == b.Resolution && eq(a.Prevention, b.Prevention)
}

// FuzzMaterial checks that quiz-material files never panic the loader and
// that problems are safe to print.
func FuzzMaterial(f *testing.F) {
	f.Add([]byte("X-1:\n" + goodMaterial))
	f.Add([]byte("X-1:\n  brief: [unclosed\n"))
	f.Add([]byte("X-1: &a\n  brief: *a\n  distractors: !!str x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		mats, probs := parseMaterial("f.quiz.yaml", data)
		for _, p := range probs {
			if bad, ok := unsafeRune(p.String()); ok || strings.Contains(p.String(), "\n") {
				t.Fatalf("problem has unsafe rune %U: %q", bad, p.String())
			}
		}
		for _, m := range mats {
			if m.Mat == nil {
				t.Fatalf("entry %q without material", m.ID)
			}
			if !m.Bad && len(m.Mat.Distractors) < MinDistractors {
				t.Fatalf("invalid material accepted: %+v", m.Mat)
			}
		}
	})
}
