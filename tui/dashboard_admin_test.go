package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// The fake team's cohort editing: it refuses what a store would (a taken
// or unknown cohort, a trainee not in it) and records the rest.
var _ CohortAdmin = (*fakeTeam)(nil)

func (f *fakeTeam) RenameCohort(name, to string) error {
	f.call("rename cohort %s %s", name, to)
	switch {
	case name != "October hires" && name != "On-call":
		return fmt.Errorf("no such cohort: no cohort named %q", name)
	case to == "On-call" || to == "October hires":
		return fmt.Errorf("cohort exists: a cohort named %q exists already", to)
	}
	return nil
}

func (f *fakeTeam) DeleteCohort(name string) error {
	f.call("delete %s", name)
	return nil
}

func (f *fakeTeam) RemoveMember(cohort, user string) error {
	f.call("remove %s %s", cohort, user)
	if user == "carla" {
		return fmt.Errorf("not in the cohort: %q is not a member of %q", user, cohort)
	}
	return nil
}

func (f *fakeTeam) Unassign(cohort string, n int, a AssignStatus) error {
	f.call("unassign %s %d %s", cohort, n, a.Track)
	return nil
}

// openDashboard is a trainer's app on team's dashboard at 120x40.
func openDashboard(t *testing.T, team Team) Model {
	t.Helper()
	m, err := New(Config{Incidents: testCorpus(t), Progress: &fakeStore{}, User: "trainer", Team: team, Trainer: true,
		Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	m, _ = startTeam(t, m, size(120, 40), keyRunes("d"))
	mustContain(t, m.View(), "Dashboard · everyone")
	return m
}

func TestDashboardRenameCohortFollowsTheFilter(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m := openDashboard(t, team)
	m, _ = drive(t, m, keyRunes("f"), keyRunes("n"))
	mustContain(t, m.View(), "Rename a cohort", "Cohort    October hires")
	m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyTab}, keyRunes("On-call"), keyEnter)
	mustContain(t, m.View(), `! cohort exists: a cohort named "On-call" exists already`)
	m, _ = drive(t, m, keyCtrlU, keyRunes("Oct"), keyEnter)
	mustContain(t, m.View(), "Cohort October hires renamed to Oct.", "Dashboard · Oct · 2 trainees")
	m, _ = drive(t, m, keyRunes("f"), keyRunes("f"))
	want := "dashboard October hires; rename cohort October hires On-call; rename cohort October hires Oct; dashboard Oct; dashboard On-call"
	if got := team.log(); got != want {
		t.Errorf("calls:\n%s\nwant\n%s", got, want)
	}
	mustContain(t, m.View(), "Dashboard · everyone")
}

func TestDashboardDeleteAsksFirst(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m := openDashboard(t, team)
	m, _ = drive(t, m, keyRunes("?"))
	mustContain(t, m.View(), "rename cohort", "delete cohort", "remove trainee", "unassign")
	m, _ = drive(t, m, keyEsc, keyRunes("D"), keyEnter)
	mustContain(t, m.View(), "Delete the cohort October hires?", "Its assignments (2) are removed with it; its members (2) keep their accounts and progress.",
		"y delete · n/esc keep it")
	mustContain(t, m.footer(), "y delete", "n/esc keep it")
	m, _ = drive(t, m, keyRunes("n"))
	if m.home.dash.form.open() || team.log() != "" {
		t.Fatalf("n kept the form open (%v) or deleted: %s", m.home.dash.form.open(), team.log())
	}
	// On the cohort's own view, the deleted cohort's view gives way to everyone's.
	m, _ = drive(t, m, keyRunes("f"), keyRunes("D"), keyEnter, keyRunes("q"), keyRunes("y"))
	mustContain(t, m.View(), "Cohort October hires deleted.", "Dashboard · everyone")
	if got := team.log(); got != "dashboard October hires; delete October hires" {
		t.Errorf("calls: %s", got)
	}
}

func TestDeleteQuestion(t *testing.T) {
	for _, tc := range []struct {
		c    *CohortStatus
		want string
	}{
		{nil, "Its assignments are removed with it; its members keep their accounts and progress."},
		{&CohortStatus{}, "It has no members and no assignments."},
		{&CohortStatus{Members: 1}, "It has no assignments; its members (1) keep their accounts and progress."},
		{&CohortStatus{Assignments: make([]AssignStatus, 1)}, "Its assignments (1) are removed with it; it has no members."},
	} {
		if got := deleteQuestion("oct", tc.c); len(got) != 2 || got[0] != "Delete the cohort oct?" || got[1] != tc.want {
			t.Errorf("deleteQuestion(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestDashboardUnassign(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m := openDashboard(t, team)
	mustContain(t, m.home.dash.view(), "1. 5 incidents · DataNexus  due 2024-04-28", "2. 10 incidents · SEV-1  due 2024-05-10")
	m, _ = drive(t, m, keyRunes("u"), tea.KeyMsg{Type: tea.KeyTab}, keyCtrlU, keyRunes("3"), keyEnter)
	mustContain(t, m.View(), "! assignment: type a number from 1 to 2, as the dashboard lists October hires's")
	m, _ = drive(t, m, keyCtrlU, keyRunes("2"), keyEnter)
	mustContain(t, m.View(), "Unassign 10 incidents · SEV-1, due 2024-05-10, from October hires?")
	m, _ = drive(t, m, keyEnter) // the form's enter again: not an answer
	if team.log() != "" || !m.home.dash.form.open() {
		t.Fatalf("enter answered the question: %s", team.log())
	}
	m, _ = drive(t, m, keyRunes("y"))
	mustContain(t, m.View(), "10 incidents · SEV-1 unassigned from October hires.")
	m, _ = drive(t, m, keyRunes("u"), keyCtrlU, keyRunes("On-call"), keyEnter)
	mustContain(t, m.View(), "! On-call has no assignment")
	m, _ = drive(t, m, keyCtrlU, keyRunes("Nope"), keyEnter)
	mustContain(t, m.View(), `! no cohort named "Nope" on this dashboard`)
	if got := team.log(); got != "unassign October hires 1 10 incidents · SEV-1" {
		t.Errorf("calls: %s", got)
	}
}

func TestDashboardRemoveMember(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m := openDashboard(t, team)
	m, _ = drive(t, m, keyRunes("x"), tea.KeyMsg{Type: tea.KeyTab}, keyRunes("carla"), keyEnter)
	mustContain(t, m.View(), "Remove a trainee from a cohort", `! not in the cohort: "carla" is not a member of "October hires"`)
	m, _ = drive(t, m, keyCtrlU, keyRunes("ben"), keyEnter)
	mustContain(t, m.View(), "ben removed from October hires.")
	if got := team.log(); got != "remove October hires carla; remove October hires ben" {
		t.Errorf("calls: %s", got)
	}
}

// onlyTeam is a Team that edits no cohort beyond creating them.
type onlyTeam struct{ Team }

func TestDashboardWithoutCohortAdmin(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m := openDashboard(t, onlyTeam{team})
	for _, k := range []string{"n", "D", "x", "u"} {
		m, _ = drive(t, m, keyRunes(k))
		if m.home.dash.form.open() {
			t.Errorf("%s opened a form the team cannot do", k)
			m, _ = drive(t, m, keyEsc)
		}
	}
	m, _ = drive(t, m, keyRunes("?"))
	if f := m.View(); strings.Contains(f, "delete cohort") || !strings.Contains(f, "new cohort") {
		t.Errorf("full help without cohort editing:\n%s", f)
	}
	if _, ok := Team(onlyTeam{team}).(CohortAdmin); ok {
		t.Fatal("onlyTeam is a CohortAdmin")
	}
}
