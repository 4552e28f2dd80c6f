package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// The dashboard's editing of cohorts beyond creating them: rename, delete,
// remove a trainee, unassign a track. They need a Team that is also a
// CohortAdmin; without one their keys do nothing and are not listed.

// admin is the team's cohort editing, nil when it has none.
func (m dashboardModel) admin() CohortAdmin {
	a, _ := m.team.(CohortAdmin)
	return a
}

// openForm is the form a key opens, if it opens one. Each starts on the
// cohort shown (or the first), the one a trainer most likely means.
func (m dashboardModel) openForm(km tea.KeyMsg) (dashForm, bool) {
	k, names := m.c.keys, m.cohortNames()
	cur := m.cohort
	if cur == "" {
		cur = first(names)
	}
	switch {
	case key.Matches(km, k.NewCohort):
		return newCohortForm(m.c), true
	case key.Matches(km, k.AddMember):
		return newMemberForm(m.c, names), true
	case key.Matches(km, k.Assign):
		return newAssignForm(m.c, names, m.c.now()), true
	}
	if m.admin() == nil {
		return dashForm{}, false
	}
	switch {
	case key.Matches(km, k.RenameCohort):
		return newForm(m.c, formRenameCohort, "Rename a cohort", "Its members and assignments stay.",
			[]string{"Cohort", "New name"}, []string{cur}), true
	case key.Matches(km, k.RemoveMember):
		return newForm(m.c, formRemoveMember, "Remove a trainee from a cohort",
			"The trainee keeps their account and progress, and the cohort's assignments leave their Home.",
			[]string{"Cohort", "Trainee"}, []string{cur}), true
	case key.Matches(km, k.DeleteCohort):
		return newForm(m.c, formDeleteCohort, "Delete a cohort", "Its assignments go; its trainees and their progress stay. You confirm next.",
			[]string{"Cohort"}, []string{cur}), true
	case key.Matches(km, k.Unassign):
		return newForm(m.c, formUnassign, "Unassign a track",
			"The number is the one the dashboard shows before the track, under its cohort. You confirm next.",
			[]string{"Cohort", "Assignment"}, []string{cur, "1"}), true
	}
	return dashForm{}, false
}

// submitAdmin runs a rename or a removal at once, and asks first for a
// deletion or an unassignment (the dashboard cannot undo them).
func (f dashForm) submitAdmin(env dashEnv, v []string) (dashForm, tea.Cmd) {
	admin, _ := env.team.(CohortAdmin)
	if admin == nil {
		return f, nil
	}
	switch f.kind {
	case formRenameCohort:
		return f, func() tea.Msg {
			err := admin.RenameCohort(v[0], v[1])
			return dashActionMsg{note: fmt.Sprintf("Cohort %s renamed to %s.", safeLine(v[0]), safeLine(v[1])), err: err,
				moved: true, from: v[0], to: v[1]}
		}
	case formRemoveMember:
		return f, func() tea.Msg {
			err := admin.RemoveMember(v[0], v[1])
			return dashActionMsg{note: fmt.Sprintf("%s removed from %s.", safeLine(v[1]), safeLine(v[0])), err: err}
		}
	case formDeleteCohort:
		f.confirm, f.verb, f.err = deleteQuestion(v[0], findCohort(env.data, v[0])), "delete", ""
		f.act = func() tea.Msg {
			err := admin.DeleteCohort(v[0])
			return dashActionMsg{note: "Cohort " + safeLine(v[0]) + " deleted.", err: err, moved: true, from: v[0]}
		}
		return f, nil
	}
	return f.unassign(admin, env, v)
}

// unassign finds the assignment typed (a cohort as drawn, its number) and
// asks about it; one that is not there is said in the form.
func (f dashForm) unassign(admin CohortAdmin, env dashEnv, v []string) (dashForm, tea.Cmd) {
	c := findCohort(env.data, v[0])
	f.err = "" // this try's, not the last one's
	n, err := strconv.Atoi(strings.TrimPrefix(v[1], "#"))
	switch {
	case c == nil:
		f.err = fmt.Sprintf("no cohort named %q on this dashboard (f shows each one)", safeLine(v[0]))
	case len(c.Assignments) == 0:
		f.err = fmt.Sprintf("%s has no assignment", safeLine(c.Name))
	case err != nil || n < 1 || n > len(c.Assignments):
		f.err = fmt.Sprintf("assignment: type a number from 1 to %d, as the dashboard lists %s's", len(c.Assignments), safeLine(c.Name))
	}
	if f.err != "" {
		return f, nil
	}
	a, name := c.Assignments[n-1], c.Name
	f.confirm = []string{
		fmt.Sprintf("Unassign %s, due %s, from %s?", safeLine(a.Track), safeLine(a.Due), safeLine(name)),
		"Answers already given stay in each trainee's progress.",
	}
	f.verb = "unassign"
	f.act = func() tea.Msg {
		err := admin.Unassign(name, n-1, a)
		return dashActionMsg{note: fmt.Sprintf("%s unassigned from %s.", safeLine(a.Track), safeLine(name)), err: err}
	}
	return f, nil
}

// findCohort is the cohort named as the dashboard drew it, nil when it is
// not there.
func findCohort(d *Dashboard, name string) *CohortStatus {
	if d == nil {
		return nil
	}
	for i := range d.Cohorts {
		if d.Cohorts[i].Name == strings.TrimSpace(name) {
			return &d.Cohorts[i]
		}
	}
	return nil
}

// deleteQuestion asks about deleting a cohort, with what it holds when the
// dashboard shows it.
func deleteQuestion(name string, c *CohortStatus) []string {
	q := fmt.Sprintf("Delete the cohort %s?", safeLine(name))
	if c == nil {
		return []string{q, "Its assignments are removed with it; its members keep their accounts and progress."}
	}
	if len(c.Assignments) == 0 && c.Members == 0 {
		return []string{q, "It has no members and no assignments."}
	}
	a, m := "It has no assignments", "it has no members."
	if n := len(c.Assignments); n > 0 {
		a = fmt.Sprintf("Its assignments (%d) are removed with it", n)
	}
	if c.Members > 0 {
		m = fmt.Sprintf("its members (%d) keep their accounts and progress.", c.Members)
	}
	return []string{q, a + "; " + m}
}

// confirmView is the question of a form that removes something.
func (f dashForm) confirmView(w int) string {
	s := f.c.styles
	y, n := f.confirmKeys()
	out := []string{s.Ink.Label(f.title), ""}
	for _, l := range f.confirm {
		out = append(out, view.Paint(s.Ink.Text, view.Wrap(l, w))...)
	}
	out = append(out, "", s.Ink.Key(y.Help().Key)+" "+s.Ink.Muted(y.Help().Desc)+s.Ink.Muted(" · ")+
		s.Ink.Key(n.Help().Key)+" "+s.Ink.Muted(n.Help().Desc))
	if f.err != "" {
		out = append(append(out, ""), view.Paint(s.Ink.Error, view.Wrap("! "+safeLine(f.err), w))...)
	}
	return strings.Join(out, "\n")
}

// confirmKeys are the question's keys, as its body and the footer say them.
// Only y removes: the enter that sent the form, pressed twice (or two
// batched over SSH), must not answer the question too.
func (f dashForm) confirmKeys() (yes, no key.Binding) {
	k := f.c.keys
	return view.Relabel(view.Rekey(k.Yes, "y"), "y", f.verb), view.Relabel(k.No, "n/esc", "keep it")
}

// help is the footer of an open form.
func (f dashForm) help() screenHelp {
	k := f.c.keys
	if f.confirm != nil {
		y, n := f.confirmKeys()
		return screenHelp{short: []key.Binding{y, n}, full: [][]key.Binding{{y, n}}}
	}
	return screenHelp{
		short: []key.Binding{k.NextField, view.Relabel(k.Enter, "enter", "save"), view.Relabel(k.Back, "esc", "cancel")},
		full:  [][]key.Binding{{k.NextField, k.Enter, k.Back}},
	}
}
