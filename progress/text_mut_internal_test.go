package progress

// Tests written against gremlins' survivors in text.go (docs/progress.md):
// the `rootcause stats` text's bars, columns, counts and line wrapping,
// line by line with hand-worked literals.

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestWriteStatsLines(t *testing.T) {
	week := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	s := &Stats{
		Scheduler: DefaultParams(),
		Weeks: []Period{
			{Start: week, Answers: 8, Correct: 3}, // 37.5%: 7.5 of 20 marks, rounded to 8
			{Start: week.AddDate(0, 0, 7)},        // no answers: no bar
		},
		Platforms: []Mastery{
			{Name: "Alpha", Incidents: 2, Seen: 1, Answers: 4, Correct: 1, Mastery: 0.5},
			{Name: "Bee", Incidents: 1}, // never answered: accuracy "-"
		},
		Weakest: []IncidentStat{{ID: "INC-W", Title: strings.Repeat("t", 40), Answers: 7, Correct: 2}},
	}
	for k := 1; k <= 7; k++ {
		s.Leeches = append(s.Leeches, IncidentStat{ID: fmt.Sprintf("INC-000%d", k)})
	}
	// The line so far is 64 wide: this id brings it to 77, with 2 to spare of 78.
	s.Leeches = append(s.Leeches, IncidentStat{ID: "INC-ABCDEFGH"}, IncidentStat{ID: "A-1"})
	var b bytes.Buffer
	if err := WriteStats(&b, s); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	for _, want := range []string{
		"  2026-03-02  ########............   38%  (8 answers)",
		"  2026-03-09  " + strings.Repeat(" ", 20) + "     -",
		"  PLATFORM  INCIDENTS  SEEN  ACCURACY  MASTERY",
		"  Alpha             2     1       25%      50%",
		"  Bee               1     0         -       0%",
		"  INC-W  missed 5 of 7  due 0001-01-01  " + strings.Repeat("t", 40),
		"  INC-0001 INC-0002 INC-0003 INC-0004 INC-0005 INC-0006 INC-0007 INC-ABCDEFGH",
		"  A-1", // 77 + 1 + 3 would pass 78
	} {
		found := false
		for _, l := range lines {
			found = found || l == want
		}
		if !found {
			t.Errorf("no line %q in:\n%s", want, b.String())
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"abcd", 4, "abcd"},
		{"abcde", 4, "abc…"},
		{"ééé", 3, "ééé"},
		{"", 3, ""},
	} {
		if got := truncate(tc.s, tc.n); got != tc.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}
