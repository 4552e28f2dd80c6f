package markdown

import (
	"testing"
	"time"
)

// A C0 control (a bell) or a format character that reorders text (U+202E)
// anywhere in a file is removed before parsing, with a warning naming the
// line of the first one; tabs and newlines stay.
func TestUnsafeCharactersRemovedWithWarning(t *testing.T) {
	for _, bad := range []string{"\a", "\u202e", "\u009b", "\x7f"} {
		body := "# Cache flush\n\n**Date:** 2025-02-03\n**Severity:** SEV-2\n\n## Summary\n\nPages\t" + bad + "timed out.\n\n## Root cause\n\nA manual flush.\n\n## Resolution\n\nWarmed the cache.\n"
		checkMD(t, body, []string{
			`CASE line 1 | Cache flush | 2025-02-03 | sev 2 |  | [] | sum "Pages    timed out." | rc "A manual flush." | res "Warmed the cache." | prev []`,
		}, []string{
			"case.md:8: warning: control characters or terminal escape sequences removed (the first on this line)",
		})
	}
}

// isClean is the fast path of cleanInput: it must say "clean" exactly when
// there is nothing to remove.
func TestIsClean(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain text, tabs\tand\nnewlines", true},
		{"café — naïve ✓", true},
		{"bell \a", false},
		{"unit separator \x1f", false},
		{"escape \x1b[2J", false},
		{"delete \x7f", false},
		{"C1 control \u0085", false},
		{"bidi override \u202e", false},
		{"zero-width joiner \u200d", false},
		{"replacement \ufffd", false},
	}
	for _, tt := range tests {
		if got := isClean([]byte(tt.in)); got != tt.want {
			t.Errorf("isClean(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// tidy turns tabs into four spaces, drops trailing blanks and keeps at most
// one blank line in a row; only blank lines go at the start.
func TestTidy(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\n\n\n\nb", "a\n\nb"},
		{"a  \n\n \n\t\nb\n\n", "a\n\nb"},
		{"\n\n    code\n", "    code"},
		{"\tx", "    x"},
		{"a\nb\n\nc\n\n\nd", "a\nb\n\nc\n\nd"},
	}
	for _, tt := range tests {
		if got := tidy(tt.in); got != tt.want {
			t.Errorf("tidy(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// scanDate returns the date that comes first in the text, whichever shape
// it is written in.
func TestScanDateFirstInText(t *testing.T) {
	tests := []struct {
		in         string
		want       string
		start, end int
	}{
		{"2024-03-01 follow-up to the outage of March 5, 2024", "2024-03-01", 0, 10},
		{"Outage on 5 March 2024, after the 2024-03-01 change", "2024-03-05", 10, 22},
		{"Seen March 7, 2024, fixed 2024-03-09", "2024-03-07", 5, 18},
		{"Logged 3/7/24 and 2024-03-09", "2024-03-07", 7, 13},
	}
	for _, tt := range tests {
		d, start, end, ok := scanDate(tt.in)
		if !ok || d.Format(time.DateOnly) != tt.want || start != tt.start || end != tt.end {
			t.Errorf("scanDate(%q) = %v %d %d %v, want %s %d %d", tt.in, d, start, end, ok, tt.want, tt.start, tt.end)
		}
	}
}

// firstSentence ends at the first ". " or, without one, at the first line
// break, even at the very start of the text.
func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"On 3 May 2025 the queue stalled. Then it recovered.", "On 3 May 2025 the queue stalled"},
		{". Stray full stop first", ""},
		{"\nline after a break", ""},
		{"no stop\nsecond line", "no stop"},
		{"no stop at all.", "no stop at all."},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
