package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"One thing failed. Then another.", "One thing failed."},
		{"Uses e.g. the v1.2 config. Next part.", "Uses e.g. the v1.2 config."},
		{"No end at all", "No end at all"},
		{"  Spaces\n\nand   lines. More.", "Spaces and lines."},
		{"Ends with a question? Yes.", "Ends with a question?"},
		{"Version v1.XYZ shipped. Then more", "Version v1.XYZ shipped."}, // no space after the dot: not an end
		{"Stop! Go on", "Stop!"},
		{"Ends here. A", "Ends here."}, // one letter after the space is enough
		{"Ends here. ", "Ends here."},
		{"", ""},
	}
	for _, tc := range tests {
		if got := firstSentence(tc.in); got != tc.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// collapseSpace's fast path returns clean text as it is: leading, trailing
// and doubled spaces, other white space and Unicode spaces are not clean.
func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"a b":          "a b",
		" a":           "a",
		"a ":           "a",
		" ":            "",
		"a  b":         "a b",
		"a\tb":         "a b",
		"a\u00a0b":     "a b",
		"a\u2003b":     "a b",
		"a\u3000b":     "a b",
		"a\x7fb":       "a\x7fb", // not white space: kept (the sanitizer removes it earlier)
		"déjà vu":      "déjà vu",
		"":             "",
		"ok fine done": "ok fine done",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClauseCut(t *testing.T) {
	tests := []struct {
		name, in, want string
		limit          int
	}{
		{"short", "short one", "short one", 160},
		{"comma", "The primary ran out of disk, so writes failed and the replicas stalled", "The primary ran out of disk.", 40},
		{"conjunction", "The deploy removed the index and every query scanned the table", "The deploy removed the index.", 40},
		{"not a stub", "The release read a column its migration had not added yet because the migrate job ran after the deploy", "The release read a column its migration had not added yet.", 100},
		{"a clause of six stays", "The statement job listed new files right after the upstream job wrote them all and read a stale index", "The statement job listed new files right after the upstream job wrote them all.", 90},
		{"no boundary", strings.Repeat("word ", 60), strings.TrimSpace(strings.Repeat("word ", 31)) + ".", 160},
		{"no spaces", strings.Repeat("ü", 300), strings.Repeat("ü", 159) + ".", 160},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := clauseCut(tc.in, tc.limit)
			if got != tc.want || strings.Contains(got, "…") || utf8.RuneCountInString(got) > tc.limit {
				t.Errorf("clauseCut = %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzChoiceText checks that deriving a choice text, and its rewordings,
// from any root cause stays within the limits (impactMax for a sentence
// with nowhere to cut it), keeps valid UTF-8 and never
// panics.
func FuzzChoiceText(f *testing.F) {
	for _, s := range []string{"A. B.", "x", "", "é. É. ü", "a.  B", strings.Repeat("ab. ", 100), "\x00\xff.", "a\u00a0b", " x ", "a  b", "a\u3000b", "\u2028",
		"Ab cd ef, and " + strings.Repeat("gh ", 50) + "so ij.", "A short one, and", "X, and é ü" + strings.Repeat(" ü", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := derivedCause(s)
		if utf8.RuneCountInString(out) > impactMax || strings.Contains(out, "…") && !strings.Contains(s, "…") {
			t.Fatalf("%d runes: %q", utf8.RuneCountInString(out), out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input: %q", out)
		}
		for _, p := range derivedPhrasings(s, out) {
			if n := utf8.RuneCountInString(p); n > derivedMax || n < derivedEnough || p == out || utf8.ValidString(s) && !utf8.ValidString(p) {
				t.Fatalf("phrasing %q of %q: %d runes", p, out, n)
			}
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		d := dict{}
		if a := d.text(out); !nearIdentical(a, a) {
			t.Fatalf("%q is not near-identical to itself", out)
		}
		// The same text as a card's summary: its impact clause, and the
		// cause told with it, keep their bounds.
		tail := summaryTail(&incidents.Incident{Summary: s})
		if n := utf8.RuneCountInString(tail); tail != "" && (n > tailMax+len(", so .") || !strings.HasPrefix(tail, ", so ")) {
			t.Fatalf("summary tail %q of %q", tail, s)
		}
		if imp := withImpact(out, tail); utf8.RuneCountInString(imp) > impactMax || utf8.ValidString(s) && !utf8.ValidString(imp) {
			t.Fatalf("impact wording %q", imp)
		}
		if tp := thirdPerson(s); utf8.ValidString(s) && !utf8.ValidString(tp) {
			t.Fatalf("thirdPerson(%q) = %q", s, tp)
		}
	})
}
