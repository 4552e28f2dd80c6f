package tui

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Checkout Latency", "Checkout Latency"},
		{"escape sequence", "a\x1b[31mred\x1b[0m b", "a[31mred[0m b"},
		{"bell and backspace", "x\x07y\bz", "xyz"},
		{"tab", "a\tb", "a    b"},
		{"newline kept", "a\nb", "a\nb"},
		{"carriage return", "a\rb", "ab"},
		{"bidi override", "abc\u202edef", "abcdef"},
		{"c1 control", "a\u009bb", "ab"},
		{"invalid utf-8", "a\xffb", "ab"},
		{"emoji joiner kept", "👩\u200d💻", "👩\u200d💻"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	if got := cleanLine("a\n\nb\t c"); got != "a b c" {
		t.Errorf("cleanLine = %q", got)
	}
}

func TestTruncateAtWord(t *testing.T) {
	if got := truncate("Global Video Buffering Incident", 20); got != "Global Video…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("short", 20); got != "short" {
		t.Errorf("truncate = %q", got)
	}
}
