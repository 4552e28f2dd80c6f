package progress

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// seedTeam is a small cohort over corpus(6) as of t0 (Wednesday 2026-03-11):
//
//	ana  (oct): AA ok day -10, AA miss day -2, AB ok day -1, AC miss day 0
//	ben  (oct): AA miss day -8, AA miss day 0, AC miss day 0
//	carl (none): AD ok day -3
//
// Assignments of oct, made on day -3: Alpha or Beta, 2 incidents, due
// 2026-03-20; Gamma, 2 incidents, due 2026-03-09 (past at t0).
func seedTeam(t *testing.T) *Store {
	t.Helper()
	st, _ := openTemp(t)
	for _, h := range []struct {
		user, inc string
		ok        bool
		day       int
	}{
		{"ana", "INC-AA", true, -10}, {"ana", "INC-AA", false, -2}, {"ana", "INC-AB", true, -1}, {"ana", "INC-AC", false, 0},
		{"ben", "INC-AA", false, -8}, {"ben", "INC-AA", false, 0}, {"ben", "INC-AC", false, 0},
		{"carl", "INC-AD", true, -3},
	} {
		at := t0.AddDate(0, 0, h.day).Add(-time.Hour)
		mustAnswer(t, st, mustSession(t, st, h.user, at), h.inc, h.ok, at)
	}
	day3 := t0.AddDate(0, 0, -3).Add(-2 * time.Hour)
	if err := st.CreateCohort("oct", day3); err != nil {
		t.Fatal(err)
	}
	if err := st.AddMember("oct", "ana", "ben", "ana"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Assign("oct", Track{Platforms: []string{"Alpha", "beta"}, Count: 2}, "2026-03-20", day3); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Assign("oct", Track{Platforms: []string{"Gamma"}, Count: 2}, "2026-03-09", day3); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestCohortErrors(t *testing.T) {
	st := seedTeam(t)
	for _, tc := range []struct {
		name string
		err  error
		run  func() error
	}{
		{"create twice", ErrCohortExists, func() error { return st.CreateCohort("oct", t0) }},
		{"unknown cohort", ErrNoCohort, func() error { return st.AddMember("nov", "ana") }},
		{"unknown trainee", ErrNoUser, func() error { return st.AddMember("oct", "zed") }},
		{"past due", ErrBadTrack, func() error { _, err := st.Assign("oct", Track{Count: 1}, "2026-03-10", t0); return err }},
		{"bad date", ErrBadTrack, func() error { _, err := st.Assign("oct", Track{Count: 1}, "20.3.2026", t0); return err }},
		{"no count", ErrBadTrack, func() error { _, err := st.Assign("oct", Track{}, "2026-03-20", t0); return err }},
		{"rename taken", ErrCohortExists, func() error { st.CreateCohort("nov", t0); return st.RenameCohort("nov", "oct") }},
	} {
		if err := tc.run(); !errors.Is(err, tc.err) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.err)
		}
	}
	cs, err := st.Cohorts()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%s[%s]%d", c.Name, strings.Join(c.Members, ","), len(c.Assignments)))
	}
	if s := strings.Join(got, " "); s != "nov[]0 oct[ana,ben]2" {
		t.Errorf("cohorts = %s", s)
	}
	if err := st.RenameCohort("nov", "December"); err != nil {
		t.Fatal(err)
	}
	if err := st.RenameCohort("nov", "x"); !errors.Is(err, ErrNoCohort) {
		t.Errorf("renaming a renamed cohort: %v", err)
	}
	if err := st.Unassign(cs[1].Assignments[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := st.Unassign(cs[1].Assignments[0].ID); !errors.Is(err, ErrNoAssignment) {
		t.Errorf("unassigning twice: %v", err)
	}
	if err := st.RemoveMember("oct", "ben"); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteCohort("December"); err != nil {
		t.Fatal(err)
	}
	cs, _ = st.Cohorts()
	if len(cs) != 1 || strings.Join(cs[0].Members, ",") != "ana" || len(cs[0].Assignments) != 1 || cs[0].Assignments[0].Due != "2026-03-20" {
		t.Errorf("after remove and delete: %+v", cs)
	}
}

func TestAssignmentsProgress(t *testing.T) {
	st := seedTeam(t)
	as, err := st.Assignments("ben", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, fmt.Sprintf("%s %s due %s: %d/%d of %d overdue=%v", a.Cohort, a.Track, a.Due, a.Done, a.Track.Count, a.Available, a.Overdue))
	}
	want := "oct 2 incidents · Gamma due 2026-03-09: 1/2 of 2 overdue=true | " +
		"oct 2 incidents · Alpha, beta due 2026-03-20: 1/2 of 4 overdue=false"
	if s := strings.Join(got, " | "); s != want {
		t.Errorf("ben's assignments:\n%s\nwant\n%s", s, want)
	}
	if as, err := st.Assignments("carl", corpus(6), t0); err != nil || len(as) != 0 {
		t.Errorf("carl (no cohort): %v, %v", as, err)
	}
}

func TestDashboardFigures(t *testing.T) {
	st := seedTeam(t)
	d, err := st.Dashboard("", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, tr := range d.Trainees {
		rows = append(rows, fmt.Sprintf("%s[%s] week %d/%d in %dd, all %d/%d, due %d, mastery>0 %v",
			tr.User, strings.Join(tr.Cohorts, ","), tr.WeekCorrect, tr.WeekAnswers, tr.WeekDays, tr.Correct, tr.Answers, tr.DueToday, tr.Mastery > 0))
	}
	want := "ana[oct] week 1/3 in 3d, all 2/4, due 1, mastery>0 true | " +
		"ben[oct] week 0/2 in 1d, all 0/3, due 0, mastery>0 false | " +
		"carl[] week 1/1 in 1d, all 1/1, due 1, mastery>0 true"
	if s := strings.Join(rows, " | "); s != want {
		t.Errorf("trainees:\n%s\nwant\n%s", s, want)
	}
	var leeches []string
	for _, l := range d.Leeches {
		leeches = append(leeches, fmt.Sprintf("%s %s %d/%d by %d", l.ID, l.Platform, l.Misses, l.Answers, l.Trainees))
	}
	if s := strings.Join(leeches, ", "); s != "INC-AA Alpha 3/4 by 2, INC-AC Gamma 2/2 by 2" {
		t.Errorf("team leeches: %s", s)
	}
	if len(d.Platform) != 3 || d.Platform[0].Name != "Alpha" || d.Platform[0].Incidents != 2 || d.Platform[0].Seen != 3 {
		t.Errorf("platforms: %+v", d.Platform)
	}
	if len(d.Cohorts) != 1 || len(d.Cohorts[0].Assignments) != 2 {
		t.Fatalf("cohorts: %+v", d.Cohorts)
	}
	var as []string
	for _, a := range d.Cohorts[0].Assignments {
		as = append(as, fmt.Sprintf("%s: %d complete, %d started, %.1f mean, %d overdue of %d", a.Track, a.Complete, a.Started, a.MeanDone, a.Overdue, d.Cohorts[0].Members))
	}
	if s := strings.Join(as, " | "); s != "2 incidents · Gamma: 0 complete, 2 started, 1.0 mean, 2 overdue of 2 | "+
		"2 incidents · Alpha, beta: 1 complete, 2 started, 1.5 mean, 0 overdue of 2" {
		t.Errorf("assignments: %s", s)
	}
	oct, err := st.Dashboard("oct", corpus(6), t0)
	if err != nil || len(oct.Trainees) != 2 || oct.Trainees[1].User != "ben" {
		t.Errorf("oct's dashboard: %+v, %v", oct, err)
	}
	if _, err := st.Dashboard("nov", corpus(6), t0); !errors.Is(err, ErrNoCohort) {
		t.Errorf("unknown cohort: %v", err)
	}
}
