package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestReportMarkdownSections checks the parts that depend on the data: no
// weak spots, a trainee with no answers in the period, an empty cohort.
func TestReportMarkdownSections(t *testing.T) {
	rep := &Report{Now: t0, Trainees: []Trainee{{User: "ana", Answers: 0}, {User: "ben", Answers: 4, Correct: 3}}}
	var b bytes.Buffer
	if err := WriteReportMarkdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"| ana | 0 | 0 | 0 | - |", "| ben | 0 | 0 | 4 | 75% |", "No misses in this period.",
		"## Persistent weak spots (8+ lapses)\n\nNone.\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	rep.Leeches = []CohortLeech{{User: "ben", IncidentID: "INC-AA", Title: "Disk", Lapses: 9}}
	b.Reset()
	WriteReportMarkdown(&b, rep)
	if md := b.String(); !strings.Contains(md, "| ben | INC-AA | Disk | 9 |") || strings.Contains(md, "None.") {
		t.Errorf("report with a weak spot:\n%s", md)
	}
	b.Reset()
	WriteReportMarkdown(&b, &Report{Now: t0})
	if md := b.String(); !strings.Contains(md, "Nobody has recorded progress") || strings.Contains(md, "## Trainees") {
		t.Errorf("empty report:\n%s", md)
	}
}

// TestReportLastActive: last active is the latest session's start in the
// period; a trainee without one in the period has none (zero, not 1970).
func TestReportLastActive(t *testing.T) {
	st, _ := openTemp(t)
	old := t0.AddDate(0, -2, 0)
	mustAnswer(t, st, mustSession(t, st, "ana", old), "INC-AA", true, old)
	mustAnswer(t, st, mustSession(t, st, "ben", t0), "INC-AA", true, t0)
	rep, err := st.Report(corpus(2), t0.AddDate(0, 0, -7), t0)
	if err != nil || len(rep.Trainees) != 2 {
		t.Fatalf("%+v %v", rep, err)
	}
	if ana := rep.Trainees[0]; !ana.LastActive.IsZero() {
		t.Errorf("ana, inactive this week: last active %v, want none", ana.LastActive)
	}
	if ben := rep.Trainees[1]; !ben.LastActive.Equal(t0) {
		t.Errorf("ben: last active %v, want %v", ben.LastActive, t0)
	}
}

// TestExportSecondsAndImportCounts: the time taken leaves in seconds; a
// second import of the same log reschedules nobody.
func TestExportSecondsAndImportCounts(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	if err := st.RecordAnswer(sid, Answer{IncidentID: "INC-AA", Kind: "root_cause", Correct: true, Choice: 1, Elapsed: 12500 * time.Millisecond, At: t0}); err != nil {
		t.Fatal(err)
	}
	var log []LogRecord
	st.ExportLog("", func(r LogRecord) error { log = append(log, r); return nil })
	if len(log) != 1 || log[0].Seconds != 12.5 || log[0].Choice != 1 {
		t.Fatalf("export: %+v", log)
	}
	res, err := st.ImportLog(log)
	if err != nil || res != (Imported{Skipped: 1}) {
		t.Errorf("importing what is there: %+v %v, want 1 skipped, nobody rescheduled", res, err)
	}
}

// TestReportTraineeMastery: a trainee's mastery is the mean over the whole
// corpus; with no corpus it is 0, not NaN.
func TestReportTraineeMastery(t *testing.T) {
	st, _ := openTemp(t)
	mustAnswer(t, st, mustSession(t, st, "ana", t0), "INC-AA", true, t0)
	rep, err := st.Report(corpus(3), time.Time{}, t0)
	if err != nil {
		t.Fatal(err)
	}
	// INC-AA: Good just now, R(30 d, S 2.3065) = 0.667526 (py-fsrs 6.3.1); two unseen.
	if m := rep.Trainees[0].Mastery; m < 0.667526/3-1e-5 || m > 0.667526/3+1e-5 {
		t.Errorf("mastery %.6f, want 0.222509", m)
	}
	rep, _ = st.Report(nil, time.Time{}, t0)
	if m := rep.Trainees[0].Mastery; m != 0 {
		t.Errorf("mastery over no corpus: %v, want 0", m)
	}
}

func TestImportedSessionsCountRootCauses(t *testing.T) {
	st, _ := openTemp(t)
	_, err := st.ImportLog([]LogRecord{
		{User: "ana", Incident: "INC-AA", At: "2026-03-11T10:00:00Z", Kind: KindRootCause, Seconds: 3.25},
		{User: "ana", Incident: "INC-AA", At: "2026-03-11T10:01:00Z", Kind: KindFollowUp},
		{User: "ana", Incident: "INC-AB", At: "2026-03-11T10:02:00Z", Kind: KindRootCause},
		{User: "ana", Incident: "INC-AC", At: "2026-03-11T12:00:00Z", Kind: KindRootCause}, // over an hour later
	})
	if err != nil {
		t.Fatal(err)
	}
	var totals string
	st.db.QueryRow(`SELECT group_concat(total, ',') FROM (SELECT total FROM sessions ORDER BY id)`).Scan(&totals)
	if totals != "2,1" {
		t.Errorf("imported sessions' totals %q, want 2,1", totals)
	}
	if ms := count(t, st.db, `SELECT elapsed_ms FROM answers WHERE incident_id = 'INC-AA' AND kind = 'root_cause'`); ms != 3250 {
		t.Errorf("3.25 s stored as %d ms", ms)
	}
}
