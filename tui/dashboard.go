package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/view"
)

// dashboardModel is a trainer's dashboard on a team server: the trainees
// at a glance, the team's leeches, mastery per platform and each cohort's
// assignments, scrolled as one page, with forms to create, rename and
// delete a cohort, add and remove a trainee and assign and unassign a
// track (dash_actions.go). Home opens it (d) for a trainer's session.
type dashboardModel struct {
	c    *common
	team Team
	incs []incidents.Incident
	data *Dashboard // nil until loaded
	// cohort is the one shown ("" everyone); cohorts are the names to
	// cycle through, from the last view of everyone.
	cohort  string
	cohorts []string
	err     string
	note    string // what the last action did
	off     int    // scroll offset
	form    dashForm
	// games: the server hosts game days, so g starts one (dashGameDayMsg).
	games bool
}

// Messages of the dashboard's Cmds.
type (
	dashboardMsg struct {
		data *Dashboard
		err  error
	}
	// dashActionMsg is a form's outcome: note on success. moved: the
	// cohort from is now called to ("" deleted), which the filter follows.
	dashActionMsg struct {
		note     string
		err      error
		moved    bool
		from, to string
	}
	// openDashboardMsg opens the dashboard from Home's menu.
	openDashboardMsg struct{}
	// closeDashboardMsg goes back to Home's menu.
	closeDashboardMsg struct{}
)

func newDashboard(c *common, team Team, incs []incidents.Incident) (dashboardModel, tea.Cmd) {
	m := dashboardModel{c: c, team: team, incs: incs}
	return m, m.load()
}

func (m dashboardModel) load() tea.Cmd {
	team, cohort, incs, now := m.team, m.cohort, m.incs, m.c.now()
	return func() tea.Msg {
		d, err := team.Dashboard(cohort, incs, now)
		return dashboardMsg{data: d, err: err}
	}
}

// capturing reports whether a form's text field takes every key.
func (m dashboardModel) capturing() bool { return m.form.open() }

func (m dashboardModel) update(msg tea.Msg) (dashboardModel, tea.Cmd) {
	switch msg := msg.(type) {
	case dashboardMsg:
		if msg.err != nil {
			m.err = msg.err.Error()
		} else {
			m.data, m.err = msg.data, ""
			if m.cohort == "" {
				m.cohorts = m.cohortNames()
			}
		}
		return m, nil
	case dashActionMsg:
		if msg.err != nil {
			m.form.err = msg.err.Error()
			return m, nil
		}
		m.form, m.note = dashForm{}, msg.note
		if msg.moved {
			m = m.follow(msg.from, msg.to)
		}
		return m, m.load()
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonWheelUp {
			m.off = max(0, m.off-3)
		} else if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonWheelDown {
			m.off += 3
		}
		return m.clamp(), nil
	case tea.KeyMsg:
		if m.form.open() {
			var c tea.Cmd
			m.form, c = m.form.update(msg, m.env())
			return m, c
		}
		next, c := m.key(msg)
		return next.clamp(), c
	}
	return m, nil
}

// clamp keeps the scroll offset within the page, so scrolling back up
// after overshooting the end moves at once.
func (m dashboardModel) clamp() dashboardModel {
	w := m.c.contentWidth()
	rows := m.c.bodyHeight(footerHeight) - lines(m.header(w)) - 1
	m.off = min(m.off, view.LastOffset(len(m.lines(w)), rows))
	return m
}

func (m dashboardModel) key(km tea.KeyMsg) (dashboardModel, tea.Cmd) {
	k := m.c.keys
	page := max(1, m.c.bodyHeight(footerHeight)-2)
	if f, ok := m.openForm(km); ok {
		m.form, m.note = f, ""
		return m, nil
	}
	switch {
	case key.Matches(km, k.Back):
		return m, cmd(closeDashboardMsg{})
	case key.Matches(km, k.Refresh):
		return m, m.load()
	case key.Matches(km, k.NextCohort) && len(m.cohorts) > 0:
		m.cohort, m.off, m.note = nextCohort(m.cohorts, m.cohort), 0, ""
		return m, m.load()
	case key.Matches(km, k.Up):
		m.off = max(0, m.off-1)
	case key.Matches(km, k.Down):
		m.off++
	case key.Matches(km, k.PageUp):
		m.off = max(0, m.off-page)
	case key.Matches(km, k.PageDown):
		m.off += page
	case m.games && key.Matches(km, k.GameDay):
		return m, cmd(dashGameDayMsg{})
	case key.Matches(km, m.top()):
		m.off = 0
	case key.Matches(km, k.Bottom):
		m.off = 1 << 20 // clamped by the window
	}
	return m, nil
}

// follow keeps the filter and the cohorts f cycles through on a cohort
// renamed from → to, or deleted (to ""): the dashboard of a name that is
// gone would be an error.
func (m dashboardModel) follow(from, to string) dashboardModel {
	if i := slices.Index(m.cohorts, from); i >= 0 {
		m.cohorts = slices.Clone(m.cohorts)
		if to == "" {
			m.cohorts = slices.Delete(m.cohorts, i, i+1)
		} else {
			m.cohorts[i] = to
		}
	}
	if m.cohort == from {
		m.cohort, m.off = to, 0
	}
	return m
}

// nextCohort is the cohort after cur in names, "" (everyone) after the last.
func nextCohort(names []string, cur string) string {
	for i, n := range names {
		if n == cur {
			if i+1 < len(names) {
				return names[i+1]
			}
			return ""
		}
	}
	return names[0]
}

// cohortNames are the cohorts the forms offer by default.
func (m dashboardModel) cohortNames() []string {
	if m.data == nil {
		return nil
	}
	out := make([]string, len(m.data.Cohorts))
	for i, c := range m.data.Cohorts {
		out[i] = c.Name
	}
	return out
}

func (m dashboardModel) view() string {
	w := m.c.contentWidth()
	h := m.c.bodyHeight(footerHeight)
	head := m.header(w)
	if m.form.open() {
		return m.c.center(head + "\n\n" + m.form.view(w))
	}
	body, _ := view.Window(m.c.styles, m.lines(w), m.off, h-lines(head)-1) // the rows clamp uses
	out := head + "\n\n" + joinLines(body)
	return m.c.center(out)
}

// top is the key to the top of the page: home only, as g is the game day.
func (m dashboardModel) top() key.Binding {
	return view.Relabel(view.Rekey(m.c.keys.Top, "home"), "home", "top")
}

// dashGameDayMsg is g on the dashboard: Home closes it and opens the game
// day (its form, or the open game's console).
type dashGameDayMsg struct{}

func (m dashboardModel) help() screenHelp {
	k := m.c.keys
	if m.form.open() {
		return m.form.help()
	}
	full := [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, m.top(), k.Bottom},
		{k.NextCohort, k.NewCohort, k.AddMember, k.Assign, k.Refresh, k.Back}}
	if m.games {
		full[1] = append(full[1], k.GameDay)
	}
	if m.admin() != nil {
		full = append(full, []key.Binding{k.RenameCohort, k.DeleteCohort, k.RemoveMember, k.Unassign})
	}
	return screenHelp{
		short: []key.Binding{k.Scroll, k.NextCohort, k.NewCohort, k.AddMember, k.Assign, k.Back},
		full:  full,
	}
}
