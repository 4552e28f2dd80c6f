package markdown

import (
	"strings"
	"testing"
)

// The line limit is 64 KiB exactly: a line of 65,536 bytes is read, one
// byte more is refused (guard.go: len(l) > maxMarkdownLine).
func TestMarkdownLineLimitIsInclusive(t *testing.T) {
	at := []byte(strings.Repeat("a", 65536) + "\n")
	if p, ok := checkMarkdownLimits("edge.md", at); !ok {
		t.Errorf("a 65,536-byte line refused: %v", p)
	}
	over := []byte("# T\n" + strings.Repeat("a", 65537) + "\n")
	p, ok := checkMarkdownLimits("edge.md", over)
	if ok || p.String() != "edge.md:2: line is 64 KB long, over the 64 KB limit for Markdown; the file is not read" {
		t.Errorf("a 65,537-byte line: ok %v, problem %q", ok, p.String())
	}
}

// nestingDepth counts two columns of indent (a tab reaching the next
// multiple of four) as a level, and each list or quote marker on the line
// as another. Numbered markers are up to nine digits then "." or ")" then a
// blank.
func TestNestingDepthMarkers(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"\t- x", 3},    // tab to column 4: two levels, and the dash
		{" \t- x", 3},   // a space then a tab still reaches column 4
		{"\t\t- x", 5},  // column 8
		{"   \t> x", 3}, // column 4, one quote
		{"9. x", 1},     // 9 and 0 are digits
		{"10. x", 1},
		{"1. x", 1},          // "." then a space
		{"1.\tx", 3},         // "." then a tab: a marker, and the tab is two levels of indent
		{"1) x", 1},          // ")" closes a marker too
		{"1.x", 0},           // no blank after the dot: text
		{"1: x", 0},          // ":" is not a marker
		{"123456789. x", 1},  // nine digits: still a marker
		{"1234567890. x", 0}, // ten: a number in text
		{"2024", 0},          // digits to the end of the line
		{"- 12", 1},          // a dash, then text that starts with digits
		{"- 1x", 1},
		{"> > 3) x", 4}, // three markers and three blanks
		{"-x", 0},       // a dash without a blank is text
		{"-", 1},        // a dash ending the line is a marker
		{"\t-", 3},      // an empty item two levels in
	}
	for _, tt := range tests {
		if got := nestingDepth([]byte(tt.line)); got != tt.want {
			t.Errorf("nestingDepth(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}
