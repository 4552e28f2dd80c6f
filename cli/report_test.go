package cli

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/seeds"
)

// cohortDB records a little history for two trainees on the bundled corpus.
func cohortDB(t *testing.T) string {
	t.Helper()
	incs, _ := incidents.LoadFS(seeds.FS)
	path := filepath.Join(t.TempDir(), "cohort.db")
	st, err := progress.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	for u, user := range []string{"ana", "ben"} {
		for d := 0; d < 10; d++ {
			at := now.AddDate(0, 0, -d*5)
			sid, err := st.StartSession(user, progress.SessionInfo{Mode: "practice", At: at})
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < 3; i++ {
				a := progress.Answer{IncidentID: incs[(d+i+u)%5].ID, Correct: (d+i)%2 == 0, Elapsed: 20 * time.Second, At: at}
				if err := st.RecordAnswer(sid, a); err != nil {
					t.Fatal(err)
				}
			}
			st.FinishSession(sid, at)
		}
	}
	return path
}

func TestStatsCommand(t *testing.T) {
	db := cohortDB(t)
	out, errOut, code := run(t, "stats", "--db", db, "--user", "ana")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Progress of ana", "Answers    30", "Mastery by platform", "Weakest incidents"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lacks %q:\n%s", want, out)
		}
	}
	out, _, code = run(t, "stats", "--db", db, "--user", "ben", "--json")
	var js struct {
		DB      string  `json:"db"`
		User    string  `json:"user"`
		Answers int     `json:"answers"`
		Acc     float64 `json:"accuracy"`
		Days    []any   `json:"days"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil || code != 0 {
		t.Fatalf("--json: %v (exit %d):\n%s", err, code, out)
	}
	if js.User != "ben" || js.Answers != 30 || js.DB != db || len(js.Days) == 0 || js.Acc <= 0 {
		t.Errorf("--json = %+v", js)
	}
}

func TestStatsWithoutDatabaseCreatesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "none.db")
	out, errOut, code := run(t, "stats", "--db", db)
	if code != 0 || !strings.Contains(errOut, "No progress database at "+db) || !strings.Contains(out, "Nothing recorded yet") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Dir(db)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stats created %s", filepath.Dir(db))
	}
	_, errOut, code = run(t, "report", "--db", db)
	if code != 1 || !strings.Contains(errOut, "no progress database at "+db) {
		t.Errorf("report on a missing file: exit %d, %s", code, errOut)
	}
}

func TestProgressCommandsRefuseDamagedFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "progress.db")
	os.WriteFile(db, []byte("definitely not sqlite"), 0o644)
	for _, args := range [][]string{{"stats"}, {"report"}} {
		_, errOut, code := run(t, append(args, "--db", db)...)
		if code != 1 || !strings.Contains(errOut, db) || !strings.Contains(errOut, "--no-save") {
			t.Errorf("%v on a damaged file: exit %d, %s", args, code, errOut)
		}
	}
	if data, _ := os.ReadFile(db); string(data) != "definitely not sqlite" {
		t.Error("damaged file was changed")
	}
	_, errOut, code := run(t, "stats", "--no-save")
	if code != 2 || !strings.Contains(errOut, "--no-save") {
		t.Errorf("stats --no-save: exit %d, %s", code, errOut)
	}
}

func TestReportCommandFormats(t *testing.T) {
	db := cohortDB(t)
	out, errOut, code := run(t, "report", "--db", db)
	if code != 0 || !strings.Contains(out, "| ana |") || !strings.Contains(out, "| ben |") || !strings.Contains(out, "## Incidents most often missed") {
		t.Fatalf("md: exit %d %s\n%s", code, errOut, out)
	}
	out, _, code = run(t, "report", "--db", db, "--format", "csv", "--since", "7d")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || code != 0 || len(recs) != 3 {
		t.Fatalf("csv: %v exit %d\n%s", err, code, out)
	}
	if recs[1][0] != "ana" || recs[1][3] != "6" { // two sessions of 3 in the last week
		t.Errorf("csv since 7d: %q", recs[1])
	}
	out, _, code = run(t, "report", "--db", db, "--format", "json", "--since", "2000-01-01")
	var rep progress.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || len(rep.Trainees) != 2 || rep.Trainees[1].Answers != 30 {
		t.Fatalf("json: %v exit %d\n%s", err, code, out)
	}
	out, _, code = run(t, "report", "--db", db, "--user", "ben")
	if code != 0 || strings.Contains(out, "| ana |") || !strings.Contains(out, "| ben |") {
		t.Errorf("--user ben: exit %d\n%s", code, out)
	}
	if _, errOut, code := run(t, "report", "--db", db, "--user", "zoe"); code != 1 || !strings.Contains(errOut, `no trainee named "zoe"`) {
		t.Errorf("--user zoe: exit %d, %s", code, errOut)
	}
	for _, bad := range [][]string{{"--format", "xml"}, {"--since", "last tuesday"}, {"--since", "-3d"}} {
		if _, errOut, code := run(t, append([]string{"report", "--db", db}, bad...)...); code != 2 {
			t.Errorf("report %v: exit %d, want 2 (%s)", bad, code, errOut)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 3, 11, 15, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"", time.Time{}},
		{"2026-03-01", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"7d", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"2w", time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC)},
		{"0d", time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := parseSince(tc.in, now)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"yesterday", "3", "d", "2026-13-01", "5y"} {
		if _, err := parseSince(bad, now); err == nil {
			t.Errorf("parseSince(%q) accepted", bad)
		}
	}
}
