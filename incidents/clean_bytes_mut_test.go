package incidents

// Tests written against surviving mutants of clean.go's byte classes and
// escape skipping (scripts/mutate.sh incidents; docs/mutation.md): each
// bound is checked on both sides with literal bytes.

import "testing"

// A word byte is an ASCII letter or digit, or any byte of a non-ASCII
// character; the neighbours of each range are not.
func TestIsWordByteBounds(t *testing.T) {
	for _, c := range []byte{'a', 'm', 'z', 'A', 'Z', '0', '9', 0x80, 0xc3, 0xff} {
		if !isWordByte(c) {
			t.Errorf("isWordByte(%q) = false, want true", c)
		}
	}
	for _, c := range []byte{'`', '{', '@', '[', '/', ':', ' ', '_', '-', '&', '#', 0x7f, 0x00} {
		if isWordByte(c) {
			t.Errorf("isWordByte(%q) = true, want false", c)
		}
	}
}

// Plain text is printable ASCII with single spaces inside, no backslash:
// it is what cleanInline returns as is.
func TestIsPlain(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "a": true, "a b": true, "a b c": true, "x~": true,
		"a  b": false, " a": false, "a ": false, " ": false, `a\b`: false,
		"a\tb": false, "caf\u00e9": false, "a\x7f": false, "\x1fa": false,
	} {
		if got := isPlain(s); got != want {
			t.Errorf("isPlain(%q) = %v, want %v", s, got, want)
		}
	}
	for in, want := range map[string]string{"a  b": "a b", " a": "a", "a ": "a", "a b": "a b"} {
		if got, _ := cleanInline(in); got != want {
			t.Errorf("cleanInline(%q) = %q, want %q", in, got, want)
		}
	}
}

// A string command (OSC, DCS, SOS, PM, APC) ends at BEL or at ESC \; an
// ESC followed by anything else is inside it. Unended, it runs to the end.
func TestSkipEscapeStringCommands(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int // just after the ESC
		want int
	}{
		{"\x1b]0;t\x07rest", 1, 6},
		{"\x1b]0;t\x1b\\rest", 1, 7},
		{"\x1bPq\x1bX\x1b\\z", 1, 7},
		{"\x1b_ab\x1b", 1, 5},
		{"\x1b^ab", 1, 4},
		{"\x1b[31mx", 1, 5},
		{"\x1b(Bx", 1, 3},
		{"\x1b", 1, 1},
	} {
		if got := SkipEscape(tc.s, tc.i); got != tc.want {
			t.Errorf("SkipEscape(%q, %d) = %d, want %d", tc.s, tc.i, got, tc.want)
		}
	}
	if got := Sanitize("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b"); got != "alinkb" {
		t.Errorf("Sanitize of an OSC 8 link ended by ESC \\: %q, want %q", got, "alinkb")
	}
}

// Each byte range of ECMA-48 escapes, both ends: a two-byte escape's
// intermediates 0x20-0x2F and final 0x30-0x7E, a control sequence's
// parameters 0x20-0x3F and final 0x40-0x7E. A byte outside them ends the
// sequence before it.
func TestSkipEscapeByteRanges(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int // SkipEscape(s, 1): s[0] is the ESC
	}{
		{"\x1b /0x", 4}, {"\x1b0x", 2}, {"\x1b~x", 2}, {"\x1b\x1fx", 1}, {"\x1b\x7fx", 1},
		{"\x1b[ ?@x", 5}, {"\x1b[@x", 3}, {"\x1b[~x", 3}, {"\x1b[\x1fx", 2}, {"\x1b[\x7fx", 2},
		{"\x1b[0;1m", 6}, {"\x1b[", 2},
	} {
		if got := SkipEscape(tc.s, 1); got != tc.want {
			t.Errorf("SkipEscape(%q, 1) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
