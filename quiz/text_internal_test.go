package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"One thing failed. Then another.", "One thing failed."},
		{"Uses e.g. the v1.2 config. Next part.", "Uses e.g. the v1.2 config."},
		{"No end at all", "No end at all"},
		{"  Spaces\n\nand   lines. More.", "Spaces and lines."},
		{"Ends with a question? Yes.", "Ends with a question?"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := firstSentence(tc.in); got != tc.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestShorten(t *testing.T) {
	long := strings.Repeat("word ", 60)
	got := shorten(long, 160)
	if utf8.RuneCountInString(got) > 160 || !strings.HasSuffix(got, "…") || strings.Contains(got, "wor…") {
		t.Errorf("shorten cut badly: %q", got)
	}
	if got := shorten("short one", 160); got != "short one" {
		t.Errorf("shorten changed a short text: %q", got)
	}
	if got := shorten(strings.Repeat("ü", 300), 160); utf8.RuneCountInString(got) != 160 || !utf8.ValidString(got) {
		t.Errorf("shorten without spaces: %d runes, valid %v", utf8.RuneCountInString(got), utf8.ValidString(got))
	}
}

// FuzzChoiceText checks that deriving a choice text from any root cause
// stays within the brief limit, keeps valid UTF-8 and never panics.
func FuzzChoiceText(f *testing.F) {
	for _, s := range []string{"A. B.", "x", "", "é. É. ü", "a.  B", strings.Repeat("ab. ", 100), "\x00\xff.", "a\u00a0b", " x ", "a  b", "a\u3000b", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := derivedCause(s)
		if utf8.RuneCountInString(out) > 160 {
			t.Fatalf("%d runes", utf8.RuneCountInString(out))
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input: %q", out)
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		d := dict{}
		a, b := d.text(out), d.text(s)
		_ = nearIdentical(a, b)
	})
}
