package view

import (
	"strings"
	"testing"
	"time"
)

func TestOneLine(t *testing.T) {
	if got := OneLine("a\n\nb\t c"); got != "a b c" {
		t.Errorf("OneLine = %q", got)
	}
}

func TestTruncateAtWord(t *testing.T) {
	for in, want := range map[string]string{"Global Video Buffering Incident": "Global Video…", "short": "short"} {
		if got := Truncate(in, 20); got != want {
			t.Errorf("Truncate(%q, 20) = %q, want %q", in, got, want)
		}
	}
}

func TestHangIndentsUnderText(t *testing.T) {
	got := Hang("2. ", "one two three four five six", 12)
	want := []string{"2. one two", "   three", "   four five", "   six"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Hang = %q, want %q", got, want)
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{Thousands(12345), "12,345"}, {Thousands(-1000), "-1,000"}, {Thousands(999), "999"},
		{Ordinal(1), "1st"}, {Ordinal(12), "12th"}, {Ordinal(22), "22nd"}, {Ordinal(103), "103rd"},
		{RankOf(3, 20), "3rd of 20"}, {Plural(1, "line"), "1 line"}, {Plural(0, "answer"), "0 answers"},
		{Clock(75 * time.Second), "1:15"}, {Clock(-time.Second), "0:00"},
		{Limit(30 * time.Second), "30s"}, {Limit(time.Minute), "60s"}, {Limit(2 * time.Minute), "2 min"},
		{Limit(1500 * time.Millisecond), "2s"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
