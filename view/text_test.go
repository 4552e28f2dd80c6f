package view

import (
	"io"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
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

// TestDebriefHangsWrappedText: a prevention item that wraps continues
// under its text, not under its number; so do the cause and the fix.
func TestDebriefHangsWrappedText(t *testing.T) {
	s := NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii)))
	lines := Debrief(s, []Debriefed{{ID: "INC-1", Title: "Edge refused viewers", Teaching: Teaching{
		RootCause:  "A web firewall rule meant to block one scraper matched the user agent header that every player sends.",
		Prevention: []string{"Test new firewall rules in count mode against a day of real traffic before they block anything at all.", "Alarm on 403 rates."},
	}}}, 60)
	want := []string{
		"1. INC-1 — Edge refused viewers",
		"",
		"ROOT CAUSE",
		"A web firewall rule meant to block one scraper matched the",
		"user agent header that every player sends.",
		"",
		"PREVENTION",
		"1. Test new firewall rules in count mode against a day of",
		"   real traffic before they block anything at all.",
		"2. Alarm on 403 rates.",
		"",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("Debrief =\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
