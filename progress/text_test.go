package progress

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
)

func sampleReport(t *testing.T) *Report {
	st, _ := openTemp(t)
	evil := "eve|\x1b[31mred\x1b[0m\nx"
	for _, u := range []string{"ana", evil, "=cmd"} {
		sid := mustSession(t, st, u, t0)
		mustAnswer(t, st, sid, "INC-AA", u != "ana", t0)
		mustAnswer(t, st, sid, "INC-AB", true, t0)
	}
	rep, err := st.Report(corpus(4), time.Time{}, t0)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestReportMarkdownIsSafe(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReportMarkdown(&b, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\r") {
		t.Errorf("control characters reached the report:\n%q", out)
	}
	for _, want := range []string{"# rootcause training report", "| ana |", `eve\|red x`,
		"## Mastery by platform", "| Alpha |", "## Incidents most often missed", "| INC-AA | Incident INC-AA | Alpha | 1 | 3 | 1 |"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// Every table row has the same number of cells as its header.
	for _, block := range strings.Split(out, "\n\n") {
		rows := strings.Split(strings.TrimSpace(block), "\n")
		if !strings.HasPrefix(rows[0], "|") {
			continue
		}
		want := cells(rows[0])
		for _, r := range rows[1:] {
			if cells(r) != want {
				t.Errorf("row %q has %d cells, header %d", r, cells(r), want)
			}
		}
	}
}

// cells counts unescaped pipes in a Markdown table row.
func cells(row string) int {
	return strings.Count(row, "|") - strings.Count(row, `\|`)
}

func TestReportCSV(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReportCSV(&b, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || recs[0][0] != "trainee" || recs[0][len(recs[0])-1] != "mastery:Gamma" {
		t.Fatalf("csv = %q", recs)
	}
	for _, r := range recs[1:] {
		if len(r) != len(recs[0]) {
			t.Errorf("row %q has %d fields, header %d", r, len(r), len(recs[0]))
		}
		if strings.HasPrefix(r[0], "=") || strings.ContainsAny(r[0], "\x1b\n") {
			t.Errorf("unsafe cell %q", r[0])
		}
	}
	if recs[1][0] != "'=cmd" || recs[2][0] != "ana" || recs[2][5] != "0.500" {
		t.Errorf("rows: %q", recs[1:])
	}
}

func TestWriteStatsText(t *testing.T) {
	st, _ := openTemp(t)
	for i := 0; i <= LeechLapses; i++ {
		at := t0.AddDate(0, 0, -20+2*i)
		mustAnswer(t, st, mustSession(t, st, "ana\x1b]0;pwned\x07", at), "INC-AB", false, at)
	}
	mustAnswer(t, st, mustSession(t, st, "ana\x1b]0;pwned\x07", t0), "INC-AA", true, t0)
	s, err := st.Stats("ana\x1b]0;pwned\x07", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteStats(&b, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("control characters reached the terminal:\n%q", out)
	}
	for _, want := range []string{"Answers    10 (10% correct) in 10 sessions, 10 unfinished", "Mastery by platform",
		"INC-AB  missed 9 of 9", "[weak spot]", "Persistent weak spots (8+ lapses): 1",
		"Scheduler  FSRS-6, default weights, retention 90%, max 36500 d, days in UTC", "incidents show INC-AB",
		"Mon ", "Sun "} {
		if !strings.Contains(out, want) {
			t.Errorf("stats text lacks %q:\n%s", want, out)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 80 {
			t.Errorf("line %d is %d wide: %q", i+1, n, l)
		}
	}
}

func TestLevel(t *testing.T) {
	for _, tc := range []struct{ n, max, want int }{
		{0, 10, 0}, {1, 10, 1}, {2, 8, 1}, {3, 8, 2}, {4, 8, 2}, {5, 8, 3}, {6, 8, 3}, {7, 8, 4}, {8, 8, 4}, {3, 0, 0},
	} {
		if got := Level(tc.n, tc.max); got != tc.want {
			t.Errorf("Level(%d, %d) = %d, want %d", tc.n, tc.max, got, tc.want)
		}
	}
}
