package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

// teamDB is a database with the accounts ana (key SHA256:anaKey), ben and
// "ana (desk)" (a second machine's account), each with one answer.
func teamDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "team.db")
	st, err := progress.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for i, u := range []string{"ana", "ben", "ana (desk)"} {
		if u == "ana" {
			if _, err := st.AccountFor("SHA256:anaKey", "ana"); err != nil {
				t.Fatal(err)
			}
		}
		sid, err := st.StartSession(u, progress.SessionInfo{Mode: "practice", Difficulty: "normal", At: at})
		if err == nil {
			err = st.RecordAnswer(sid, progress.Answer{IncidentID: "NFI-2023-0019", Kind: "root_cause", Correct: i != 1, At: at.Add(time.Duration(i) * time.Hour)})
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestCohortCommands(t *testing.T) {
	db := teamDB(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"cohort", "list"}, 0, "No cohorts yet"},
		{[]string{"cohort", "create", "October hires"}, 0, `Cohort "October hires" created in ` + db},
		{[]string{"cohort", "create", "October hires"}, 1, `cohort exists: a cohort named "October hires" exists already`},
		{[]string{"cohort", "add", "October hires", "ben", "anaK"}, 0, `2 trainees added to "October hires".`},
		{[]string{"cohort", "add", "October hires", "zed"}, 1, `no such user: no trainee "zed" in ` + db},
		{[]string{"cohort", "add", "Nope", "ben"}, 1, `no such cohort: no cohort named "Nope"`},
		{[]string{"cohort", "assign", "October hires", "--platform", "DataNexus", "--severity", "sev1", "--count", "5", "--due", "2999-01-31"}, 2,
			"only 1 incident matches the track (5 incidents · DataNexus · SEV-1); ask for 1 (incidents from the bundled corpus)"},
		{[]string{"cohort", "assign", "October hires", "--platform", "StreamCore", "--count", "1", "--due", "2999-01-31"}, 2,
			"no loaded incident matches the track (1 incident · StreamCore)"},
		{[]string{"cohort", "assign", "October hires", "--platform", "DataNexus", "--severity", "sev1,SEV-2", "--count", "5", "--due", "2999-01-31"}, 0,
			`Assigned 5 incidents · DataNexus · SEV-1,SEV-2 to "October hires", due 2999-01-31.`},
		{[]string{"cohort", "assign", "October hires", "--count", "5", "--due", "2020-01-31"}, 2, "due date 2020-01-31 is in the past"},
		{[]string{"cohort", "assign", "October hires", "--count", "5"}, 2, "assign needs --count N and --due YYYY-MM-DD"},
		{[]string{"cohort", "assign", "October hires", "--count", "5", "--due", "2999-01-31", "--severity", "huge"}, 2, `--severity: unknown severity "huge"`},
		{[]string{"cohort", "list"}, 0, "October hires (2 members: ana, ben)\n  #1  5 incidents · DataNexus · SEV-1,SEV-2  due 2999-01-31\n"},
		{[]string{"cohort", "unassign", "one"}, 2, `unassign: "one" is not an assignment id`},
		{[]string{"cohort", "unassign", "#1"}, 0, "Assignment #1 removed."},
		{[]string{"cohort", "unassign", "1"}, 1, "no assignment 1 in " + db},
		{[]string{"cohort", "remove", "October hires", "ben"}, 0, `1 trainee removed from "October hires".`},
		{[]string{"cohort", "delete", "October hires"}, 0, `Cohort "October hires" deleted.`},
		{[]string{"cohort", "list"}, 0, "No cohorts yet"},
	} {
		out, errOut, code := run(t, append(tc.args, "--db", db)...)
		if code != tc.code || !strings.Contains(out+errOut, tc.want) {
			t.Errorf("%s: exit %d, want %d\nstdout: %s\nstderr: %s\nwant: %s", strings.Join(tc.args, " "), code, tc.code, out, errOut, tc.want)
		}
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if _, errOut, code := run(t, "cohort", "list", "--db", missing); code != 1 || !strings.Contains(errOut, "no progress database at "+missing) {
		t.Errorf("a missing database: exit %d, %s", code, errOut)
	}
}

func TestProgressMerge(t *testing.T) {
	db := teamDB(t)
	out, errOut, code := run(t, "progress", "merge", "ana (desk)", "anaK", "--db", db)
	if code != 0 || out != "Merged \"ana (desk)\" into \"ana\": it now has 2 answers and 1 key.\n" {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errOut)
	}
	if _, errOut, code := run(t, "progress", "merge", "ana (desk)", "ana", "--db", db); code != 1 || !strings.Contains(errOut, `no account named "ana (desk)"`) {
		t.Errorf("merging a merged account: exit %d, %s", code, errOut)
	}
	if _, errOut, code := run(t, "progress", "merge", "ben", "ben", "--db", db); code != 1 || !strings.Contains(errOut, "are one account") {
		t.Errorf("merging into itself: exit %d, %s", code, errOut)
	}
}

func TestTeamStore(t *testing.T) {
	st, err := progress.Open(teamDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var trainee, trainer tui.Config
	teamConfig(&trainee, st, false)
	teamConfig(&trainer, st, true)
	setTeamJoin(&trainee, "ssh -p 2222 training.example.com")
	now := time.Now()
	if _, err := trainee.Team.Dashboard("", nil, now); err == nil || trainee.Trainer {
		t.Error("a trainee's session got the dashboard")
	}
	if err := trainee.Team.CreateCohort("x", now); err == nil {
		t.Error("a trainee created a cohort")
	}
	if err := trainer.Team.CreateCohort("oct", now); err != nil {
		t.Fatal(err)
	}
	if err := trainer.Team.AddMember("oct", "ana"); err != nil {
		t.Fatal(err)
	}
	due := now.AddDate(0, 0, 3).Format(time.DateOnly)
	incs, err := (&Globals{}).loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	spec := tui.TrackSpec{Cohort: "oct", Platform: "DataNexus, AthenaStream", Severity: "SEV-1", Count: 6, Due: due}
	if err := trainer.Team.Assign(spec, incs, now); err == nil || err.Error() != "only 5 incidents match the track (6 incidents · DataNexus, AthenaStream · SEV-1); ask for at most 5" {
		t.Errorf("a track longer than the corpus: %v", err)
	}
	spec.Count = 2
	if err := trainer.Team.Assign(spec, incs, now); err != nil {
		t.Fatal(err)
	}
	a, err := trainee.Team.Account("ana", incs, now)
	if err != nil || a.Keys != 1 || a.Answers != 1 || a.Join != "ssh -p 2222 training.example.com" || len(a.Assignments) != 1 ||
		a.Assignments[0].Track != "2 incidents · DataNexus, AthenaStream · SEV-1" || a.Assignments[0].Due != due {
		t.Errorf("ana's account: %+v, %v", a, err)
	}
	d, err := trainer.Team.Dashboard("", nil, now)
	if err != nil || len(d.Trainees) != 3 || len(d.Cohorts) != 1 || d.Cohorts[0].Members != 1 {
		t.Errorf("dashboard: %+v, %v", d, err)
	}
	if d, err := trainer.Team.Dashboard("oct", nil, now); err != nil || len(d.Trainees) != 1 || d.Trainees[0].User != "ana" {
		t.Errorf("oct's dashboard: %+v, %v", d, err)
	}
	for i := 0; i < maxLinkTries; i++ {
		if _, err := trainee.Team.RedeemLinkCode("AAAA-AAAA", "ben", now); err == nil {
			t.Fatal("a made-up code worked")
		}
	}
	code, err := trainee.Team.NewLinkCode("ana", now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := trainee.Team.RedeemLinkCode(code.Code, "ben", now); err == nil || !strings.Contains(err.Error(), "reconnect to try again") {
		t.Errorf("the sixth try in a session: %v", err)
	}
	if name, err := trainer.Team.RedeemLinkCode(code.Code, "ben", now); err != nil || name != "ana" {
		t.Errorf("another session's redeem: %q, %v", name, err)
	}
}
