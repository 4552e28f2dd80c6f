package progress

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// names is the dashboard's trainees, joined.
func names(d *Dashboard) string {
	var out []string
	for _, t := range d.Trainees {
		out = append(out, t.User)
	}
	return strings.Join(out, ",")
}

// A trainer's account (bound to a trainer key) is not a trainee: the
// everyone view leaves it out of the list and of the team's figures, and a
// cohort the trainer put it in still lists it.
func TestDashboardLeavesOutTrainers(t *testing.T) {
	st := seedTeam(t)
	before, err := st.Dashboard("", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	// tess signs in with a trainer key, and later links a second one.
	if _, err := st.AccountFor("SHA256:tess-trainer", "tess"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AccountFor("SHA256:dan-laptop", "dan"); err != nil { // a trainee's key, no answers yet
		t.Fatal(err)
	}
	o := DashOptions{TrainerKeys: []string{"SHA256:tess-trainer", "SHA256:not-bound"}}
	d, err := st.DashboardWith("", corpus(6), t0, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(d); got != "ana,ben,carl,dan" {
		t.Errorf("everyone without trainers = %s, want ana,ben,carl,dan", got)
	}
	o.TrainerKeys = append(o.TrainerKeys, "SHA256:dan-laptop") // dan as a trainer: the figures are those of before
	d, err = st.DashboardWith("", corpus(6), t0, o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d.Platform, before.Platform) || !reflect.DeepEqual(d.Leeches, before.Leeches) {
		t.Errorf("a trainer's account changed the team's figures:\n%+v\nwant\n%+v", d.Platform, before.Platform)
	}
	all, err := st.Dashboard("", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(all); !strings.Contains(got, "tess") {
		t.Errorf("without trainer keys every account is listed: %s", got)
	}
	if err := st.AddMember("oct", "tess"); err != nil {
		t.Fatal(err)
	}
	oct, err := st.DashboardWith("oct", corpus(6), t0, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(oct); got != "ana,ben,tess" {
		t.Errorf("oct = %s, want its members ana,ben,tess", got)
	}
}

// The dashboard's cohort actions refuse what they cannot do with an error
// that names the cohort or the trainee, and change nothing then.
func TestCohortActionErrors(t *testing.T) {
	st := seedTeam(t)
	if err := st.CreateCohort("nov", t0); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		err        error
		run        func() error
	}{
		{"rename unknown", `"dec"`, ErrNoCohort, func() error { return st.RenameCohort("dec", "jan") }},
		{"rename taken", `"oct"`, ErrCohortExists, func() error { return st.RenameCohort("nov", "oct") }},
		{"rename empty", "empty", ErrBadName, func() error { return st.RenameCohort("nov", "  ") }},
		{"delete unknown", `"dec"`, ErrNoCohort, func() error { return st.DeleteCohort("dec") }},
		{"remove from unknown", `"dec"`, ErrNoCohort, func() error { return st.RemoveMember("dec", "ana") }},
		{"remove unknown trainee", `"zed"`, ErrNoUser, func() error { return st.RemoveMember("oct", "zed") }},
		{"remove non-member", `"carl" is not a member of "oct"`, ErrNotMember, func() error { return st.RemoveMember("oct", "ana", "carl") }},
		{"unassign unknown", "999", ErrNoAssignment, func() error { return st.Unassign(999) }},
	} {
		err := tc.run()
		if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %v naming %s", tc.name, err, tc.err, tc.want)
		}
	}
	cs, err := st.Cohorts()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Name != "nov" || cs[1].Name != "oct" || strings.Join(cs[1].Members, ",") != "ana,ben" || len(cs[1].Assignments) != 2 {
		t.Errorf("a refused action changed the cohorts: %+v", cs)
	}
}

// Renaming keeps a cohort's members and assignments; deleting one removes
// them with it and leaves the trainees and the other cohorts.
func TestRenameAndDeleteCohort(t *testing.T) {
	st := seedTeam(t)
	if err := st.RenameCohort("oct", "October hires"); err != nil {
		t.Fatal(err)
	}
	d, err := st.Dashboard("October hires", corpus(6), t0)
	if err != nil || names(d) != "ana,ben" || len(d.Cohorts) != 1 || len(d.Cohorts[0].Assignments) != 2 {
		t.Fatalf("renamed cohort: %+v, %v", d, err)
	}
	if as, _ := st.Assignments("ana", corpus(6), t0); len(as) != 2 || as[0].Cohort != "October hires" {
		t.Errorf("ana's assignments after the rename: %+v", as)
	}
	if err := st.CreateCohort("nov", t0); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteCohort("October hires"); err != nil {
		t.Fatal(err)
	}
	if as, _ := st.Assignments("ana", corpus(6), t0); len(as) != 0 {
		t.Errorf("a deleted cohort's assignments stay: %+v", as)
	}
	all, err := st.Dashboard("", corpus(6), t0)
	if err != nil || names(all) != "ana,ben,carl" || len(all.Cohorts) != 1 || all.Cohorts[0].Name != "nov" {
		t.Errorf("after delete: %+v, %v", all, err)
	}
	if err := st.CreateCohort("October hires", t0); err != nil {
		t.Errorf("the name of a deleted cohort is free again: %v", err)
	}
}
