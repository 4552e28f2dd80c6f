package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/view"
)

// formKind is which trainer action a form is for.
type formKind int

const (
	formNone formKind = iota
	formCohort
	formMember
	formAssign
	formRenameCohort
	formRemoveMember
	formDeleteCohort
	formUnassign
)

// dashForm is a small form of text fields; enter saves, esc cancels. The
// store checks what was typed and its error is shown under the fields. A
// form that removes something asks first: confirm is the question, act
// what y does.
type dashForm struct {
	c      *common
	kind   formKind
	title  string
	hint   string
	labels []string
	inputs []textinput.Model
	focus  int
	err    string

	confirm []string // the question, one line each; nil: the fields
	verb    string   // what y does, for the footer: "delete"
	act     tea.Cmd
}

// dashEnv is what a form's action needs: the store, the corpus, the clock
// and the dashboard as drawn (the cohorts and assignments a form names).
type dashEnv struct {
	team Team
	incs []incidents.Incident
	now  time.Time
	data *Dashboard
}

func (m dashboardModel) env() dashEnv {
	return dashEnv{team: m.team, incs: m.incs, now: m.c.now(), data: m.data}
}

func (f dashForm) open() bool { return f.kind != formNone }

func newForm(c *common, kind formKind, title, hint string, labels, values []string) dashForm {
	f := dashForm{c: c, kind: kind, title: title, hint: hint, labels: labels}
	for i := range labels {
		in := newInput(c, "", 40)
		if i < len(values) {
			in.SetValue(values[i])
		}
		if i > 0 {
			in.Blur()
		}
		f.inputs = append(f.inputs, in)
	}
	return f
}

func newCohortForm(c *common) dashForm {
	return newForm(c, formCohort, "New cohort", "A group of trainees you follow together, e.g. October hires.",
		[]string{"Name"}, nil)
}

func newMemberForm(c *common, cohorts []string) dashForm {
	return newForm(c, formMember, "Add a trainee to a cohort",
		"The trainee's account name as this dashboard lists it (or the start of their key's fingerprint).",
		[]string{"Cohort", "Trainee"}, []string{first(cohorts)})
}

func newAssignForm(c *common, cohorts []string, now time.Time) dashForm {
	return newForm(c, formAssign, "Assign a track",
		"Empty filters match every incident; separate several values with commas.",
		[]string{"Cohort", "Platform", "Service", "Severity", "Incidents", "Due (YYYY-MM-DD)"},
		[]string{first(cohorts), "", "", "", "10", now.AddDate(0, 0, 7).Format(time.DateOnly)})
}

func first(l []string) string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

func (f dashForm) update(km tea.KeyMsg, env dashEnv) (dashForm, tea.Cmd) {
	k := f.c.keys
	if f.confirm != nil {
		yes, no := f.confirmKeys()
		switch {
		case key.Matches(km, yes):
			return f, f.act
		case key.Matches(km, no):
			return dashForm{}, nil
		}
		return f, nil
	}
	switch {
	case key.Matches(km, k.Back):
		return dashForm{}, nil
	case key.Matches(km, k.Enter):
		return f.submit(env)
	case key.Matches(km, k.NextField):
		f.focus = moveFocus(f.inputs, f.focus, km)
		return f, nil
	}
	var c tea.Cmd
	f.inputs[f.focus], c = f.inputs[f.focus].Update(km)
	return f, c
}

// moveFocus moves the focus of a form's fields to the next one (tab,
// down) or the one before (shift+tab, up), round, and returns it.
func moveFocus(inputs []textinput.Model, focus int, km tea.KeyMsg) int {
	step := 1
	if km.Type == tea.KeyShiftTab || km.Type == tea.KeyUp {
		step = len(inputs) - 1
	}
	inputs[focus].Blur()
	focus = (focus + step) % len(inputs)
	inputs[focus].Focus()
	return focus
}

// values are the fields as typed, trimmed.
func (f dashForm) values() []string {
	out := make([]string, len(f.inputs))
	for i, in := range f.inputs {
		out[i] = strings.TrimSpace(in.Value())
	}
	return out
}

// submit runs the form's action in a Cmd, or asks first (the removing
// kinds, dash_actions.go); a count that is not a number is refused here,
// everything else by the store.
func (f dashForm) submit(env dashEnv) (dashForm, tea.Cmd) {
	v, team, now := f.values(), env.team, env.now
	switch f.kind {
	case formCohort:
		return f, func() tea.Msg {
			err := team.CreateCohort(v[0], now)
			return dashActionMsg{note: "Cohort " + safeLine(v[0]) + " created.", err: err}
		}
	case formMember:
		return f, func() tea.Msg {
			err := team.AddMember(v[0], v[1])
			return dashActionMsg{note: fmt.Sprintf("%s added to %s.", safeLine(v[1]), safeLine(v[0])), err: err}
		}
	case formAssign:
		return f, f.assign(env, v)
	}
	return f.submitAdmin(env, v)
}

func (f dashForm) assign(env dashEnv, v []string) tea.Cmd {
	n, err := strconv.Atoi(v[4])
	if err != nil {
		return cmd(dashActionMsg{err: fmt.Errorf("incidents: %q is not a number", safeLine(v[4]))})
	}
	t := TrackSpec{Cohort: v[0], Platform: v[1], Service: v[2], Severity: v[3], Count: n, Due: v[5]}
	team, incs, now := env.team, env.incs, env.now
	return func() tea.Msg {
		err := team.Assign(t, incs, now)
		return dashActionMsg{note: fmt.Sprintf("Track assigned to %s, due %s.", safeLine(t.Cohort), safeLine(t.Due)), err: err}
	}
}

func (f dashForm) view(w int) string {
	s := f.c.styles
	if f.confirm != nil {
		return f.confirmView(w)
	}
	labelW := 0
	for _, l := range f.labels {
		labelW = max(labelW, len(l))
	}
	out := append(append([]string{s.Ink.Label(f.title)}, view.Paint(s.Ink.Muted, view.Wrap(f.hint, w))...), "")
	for i, in := range f.inputs {
		label := view.PadRight(f.labels[i], labelW)
		out = append(out, s.Item(label, i == f.focus)+"  "+in.View())
	}
	if f.err != "" {
		out = append(append(out, ""), view.Paint(s.Ink.Error, view.Wrap("! "+safeLine(f.err), w))...)
	}
	return strings.Join(out, "\n")
}
