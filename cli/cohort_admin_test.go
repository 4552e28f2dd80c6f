package cli

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

func TestCohortRename(t *testing.T) {
	db := teamDB(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"cohort", "create", "oct"}, 0, `Cohort "oct" created`},
		{[]string{"cohort", "create", "nov"}, 0, `Cohort "nov" created`},
		{[]string{"cohort", "add", "oct", "ben"}, 0, `1 trainee added to "oct".`},
		{[]string{"cohort", "rename", "oct", "October hires"}, 0, `Cohort "oct" renamed to "October hires".`},
		{[]string{"cohort", "rename", "oct", "x"}, 1, `no such cohort: no cohort named "oct"`},
		{[]string{"cohort", "rename", "nov", "October hires"}, 1, `cohort exists: a cohort named "October hires" exists already`},
		{[]string{"cohort", "rename", "nov", " "}, 2, "bad name"},
		{[]string{"cohort", "rename", "nov"}, 1, "accepts 2 arg(s)"},
		{[]string{"cohort", "list"}, 0, "October hires (1 member: ben)"},
		{[]string{"cohort", "remove", "October hires", "ana"}, 1, `not in the cohort: "ana" is not a member of "October hires"`},
	} {
		out, errOut, code := run(t, append(tc.args, "--db", db)...)
		if code != tc.code || !strings.Contains(out+errOut, tc.want) {
			t.Errorf("%s: exit %d, want %d\nstdout: %s\nstderr: %s\nwant: %s", strings.Join(tc.args, " "), code, tc.code, out, errOut, tc.want)
		}
	}
}

// trainerSession is a trainer's session config signed in with key fp.
func trainerSession(st *progress.Store, fp string) tui.Config {
	cfg := tui.Config{Progress: keyedStore{appStore{st}, fp}}
	teamConfig(&cfg, st, true)
	return cfg
}

// The dashboard of a trainer's session leaves out the trainer's own
// account, and every account of the trainer keys the server hands it.
func TestTeamDashboardLeavesOutTrainers(t *testing.T) {
	st, err := progress.Open(teamDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for fp, name := range map[string]string{"SHA256:tessKey": "tess", "SHA256:timKey": "tim"} {
		if _, err := st.AccountFor(fp, name); err != nil {
			t.Fatal(err)
		}
	}
	users := func(cfg tui.Config) string {
		d, err := cfg.Team.Dashboard("", nil, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tr := range d.Trainees {
			out = append(out, tr.User)
		}
		return strings.Join(out, ",")
	}
	tess := trainerSession(st, "SHA256:tessKey")
	if got := users(tess); got != "ana,ana (desk),ben,tim" {
		t.Errorf("tess's dashboard = %s, want everyone but tess", got)
	}
	setTeamTrainers(&tess, func() []string { return []string{"SHA256:tessKey", "SHA256:timKey"} })
	if got := users(tess); got != "ana,ana (desk),ben" {
		t.Errorf("with the trainer keys = %s, want the trainees only", got)
	}
}

func TestTeamStoreCohortAdmin(t *testing.T) {
	st, err := progress.Open(teamDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var trainee tui.Config
	teamConfig(&trainee, st, false)
	trainer := trainerSession(st, "SHA256:tessKey")
	admin, ok := trainer.Team.(tui.CohortAdmin)
	if !ok {
		t.Fatal("the team store does not edit cohorts")
	}
	now := time.Now()
	incs, err := (&Globals{}).loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	if err := trainer.Team.CreateCohort("oct", now); err != nil {
		t.Fatal(err)
	}
	if err := trainer.Team.AddMember("oct", "ana"); err != nil {
		t.Fatal(err)
	}
	due := now.AddDate(0, 0, 3).Format(time.DateOnly)
	for _, n := range []int{1, 2} {
		if err := trainer.Team.Assign(tui.TrackSpec{Cohort: "oct", Count: n, Due: due}, incs, now); err != nil {
			t.Fatal(err)
		}
	}
	shown := func() []tui.AssignStatus {
		d, err := trainer.Team.Dashboard("oct", incs, now)
		if err != nil || len(d.Cohorts) != 1 {
			t.Fatalf("oct: %+v, %v", d, err)
		}
		return d.Cohorts[0].Assignments
	}
	as := shown()
	if err := trainee.Team.(tui.CohortAdmin).Unassign("oct", 0, as[0]); !errors.Is(err, errNotTrainer) {
		t.Errorf("a trainee unassigned: %v", err)
	}
	if err := admin.Unassign("oct", 0, as[1]); !errors.Is(err, progress.ErrNoAssignment) || !strings.Contains(err.Error(), "refresh") {
		t.Errorf("unassigning with a stale line: %v", err)
	}
	if err := admin.Unassign("oct", 1, as[1]); err != nil {
		t.Fatal(err)
	}
	if left := shown(); len(left) != 1 || left[0].Track != as[0].Track {
		t.Errorf("after unassigning the second: %+v", left)
	}
	if err := admin.Unassign("nov", 0, as[0]); !errors.Is(err, progress.ErrNoCohort) {
		t.Errorf("unassigning in an unknown cohort: %v", err)
	}
	if err := admin.RemoveMember("oct", "ben"); !errors.Is(err, progress.ErrNotMember) {
		t.Errorf("removing a non-member: %v", err)
	}
	if err := admin.RemoveMember("oct", "ana"); err != nil {
		t.Fatal(err)
	}
	if err := admin.RenameCohort("oct", "October hires"); err != nil {
		t.Fatal(err)
	}
	if err := admin.DeleteCohort("oct"); !errors.Is(err, progress.ErrNoCohort) ||
		err.Error() != `no such cohort: no cohort named "oct" (f shows each one)` {
		t.Errorf("deleting the old name: %v", err)
	}
	if err := admin.DeleteCohort("October hires"); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"rename": trainee.Team.(tui.CohortAdmin).RenameCohort("a", "b"),
		"delete": trainee.Team.(tui.CohortAdmin).DeleteCohort("a"),
		"remove": trainee.Team.(tui.CohortAdmin).RemoveMember("a", "ana"),
	} {
		if !errors.Is(err, errNotTrainer) {
			t.Errorf("a trainee's %s: %v", name, err)
		}
	}
}
