package progress

import (
	"testing"
	"time"
)

func TestReportCohort(t *testing.T) {
	st, _ := openTemp(t)
	old := t0.AddDate(0, -2, 0)
	// ana: an old session (before --since) and a recent one.
	s1 := mustSession(t, st, "ana", old)
	mustAnswer(t, st, s1, "INC-AA", false, old)
	st.FinishSession(s1, old)
	s2 := mustSession(t, st, "ana", t0)
	mustAnswer(t, st, s2, "INC-AA", false, t0)
	mustAnswer(t, st, s2, "INC-AB", true, t0)
	// ben: misses AA and the removed incident, never finishes.
	s3 := mustSession(t, st, "ben", t0)
	mustAnswer(t, st, s3, "INC-AA", false, t0)
	mustAnswer(t, st, s3, "INC-GONE", false, t0)
	mustAnswer(t, st, s3, "INC-AC", true, t0)
	// cy: a leech on AC (nine misses: the first is no lapse).
	for i := 0; i <= LeechLapses; i++ {
		at := t0.AddDate(0, 0, -16+2*i)
		s := mustSession(t, st, "cy", at)
		mustAnswer(t, st, s, "INC-AC", false, at)
		st.FinishSession(s, at)
	}

	since := t0.AddDate(0, 0, -7)
	rep, err := st.Report(corpus(4), since, t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Trainees) != 3 || rep.Trainees[0].User != "ana" || rep.Trainees[2].User != "cy" {
		t.Fatalf("trainees %+v", rep.Trainees)
	}
	ana, ben, cy := rep.Trainees[0], rep.Trainees[1], rep.Trainees[2]
	if ana.Sessions != 1 || ana.Answers != 2 || ana.Correct != 1 || ana.Seen != 2 {
		t.Errorf("ana since %v: %+v", since, ana)
	}
	if ben.Unfinished != 1 || ben.Answers != 3 || len(ben.Platforms) == 0 {
		t.Errorf("ben %+v", ben)
	}
	if cy.Leeches != 1 || cy.Answers != 4 { // 4 of 8 misses fall in the week
		t.Errorf("cy %+v", cy)
	}
	if len(rep.Leeches) != 1 || rep.Leeches[0].User != "cy" || rep.Leeches[0].IncidentID != "INC-AC" {
		t.Errorf("leeches %+v", rep.Leeches)
	}
	// Most missed: AC (cy 4), AA (ana 1 + ben 1, 2 trainees), GONE (1, removed).
	if len(rep.Missed) != 3 || rep.Missed[0].ID != "INC-AC" || rep.Missed[1].ID != "INC-AA" ||
		rep.Missed[1].Trainees != 2 || rep.Missed[1].Answers != 2 || !rep.Missed[2].Removed {
		t.Errorf("missed %+v", rep.Missed)
	}

	all, err := st.Report(corpus(4), time.Time{}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if all.Trainees[0].Sessions != 2 || all.Trainees[0].Answers != 3 {
		t.Errorf("ana all time: %+v", all.Trainees[0])
	}
}
