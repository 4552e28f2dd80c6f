package gameday

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSanitizeName: whatever an SSH user name holds, the display name has
// none of what the incidents sanitizer removes (control characters, escape
// sequences, bidi overrides), at most maxNameLen runes, and sanitizing it
// again changes nothing.
func FuzzSanitizeName(f *testing.F) {
	for _, s := range []string{"alice", "\x1b[31mred", "\x1b]0;title\x07x", "a\tb", "日本語", "\u202eevil", strings.Repeat("ab ", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got := SanitizeName(raw)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q: %q", raw, got)
		}
		if n := utf8.RuneCountInString(got); n > maxNameLen {
			t.Fatalf("%d runes from %q", n, raw)
		}
		for _, r := range got {
			if unicode.IsControl(r) || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == utf8.RuneError {
				t.Fatalf("unsafe rune %U in %q (from %q)", r, got, raw)
			}
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("stray spaces in %q", got)
		}
		if again := SanitizeName(got); again != got {
			t.Fatalf("not idempotent: %q then %q", got, again)
		}
	})
}
