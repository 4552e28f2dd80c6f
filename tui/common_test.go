package tui

import "testing"

// TestSafeLine: text that did not come from a loaded record (errors, user
// names, paths) goes through the incidents sanitizer before it is drawn.
func TestSafeLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "progress.db is locked", "progress.db is locked"},
		{"escape sequence", "a\x1b[31mred\x1b[0m b", "ared b"},
		{"bell and backspace", "x\x07y\bz", "xyz"},
		{"line breaks and tabs", "a\n\tb", "a b"},
		{"bidi override", "abc\u202edef", "abcdef"},
		{"backquotes kept", "run `rootcause`", "run `rootcause`"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := safeLine(tc.in); got != tc.want {
				t.Errorf("safeLine(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
