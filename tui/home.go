package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// menuItem is one entry of the Home menu.
type menuItem struct {
	title, desc string
	hotkey      key.Binding // opens it directly
	msg         tea.Msg
}

// homeModel is the Home screen: product name, corpus summary and the menu.
type homeModel struct {
	c       *common
	summary string
	// notes are the lines of Config.Notice (e.g. incidents left out of the
	// load, or --no-save); notice is the router's, e.g. why the store did
	// not open. Both show under the menu.
	notes   []string
	notice  string
	status  string // where progress is saved, once the store is open
	today   *Today // the daily loop, once a Daily store has answered
	items   []menuItem
	cursor  int
	gameday bool // showing the game-day hosting info

	// On a team server (Config.Team): the account panel, and a trainer's
	// dashboard while dashOpen.
	team     teamPanel
	dash     dashboardModel
	dashOpen bool

	// With the team server's game days (Config.GameDays): the open game's
	// invitation, and a trainer's form for a new one (teamgame_home.go).
	games   GameDays
	trainer bool
	invite  string
	form    gameForm
}

func newHome(c *common, incs []incidents.Incident, notice string) homeModel {
	m := homeModel{c: c, summary: corpusSummary(incs)}
	for _, l := range strings.Split(notice, "\n") {
		if l = safeLine(l); l != "" {
			m.notes = append(m.notes, l)
		}
	}
	m.items = []menuItem{
		{title: "Practice", desc: "feedback after every answer", hotkey: c.keys.Practice, msg: openSetupMsg{mode: quiz.Practice}},
		{title: "Exam", desc: "a timed round, feedback at the end", hotkey: c.keys.Exam, msg: openSetupMsg{mode: quiz.Exam}},
		{title: "Review", desc: "due incidents first, then new ones", hotkey: c.keys.Review, msg: reviewMsg{}},
		{title: "Study library", desc: fmt.Sprintf("read all %d incidents", len(incs)), hotkey: c.keys.Library, msg: openLibraryMsg{}},
		{title: "Stats", desc: "your progress and weak spots", hotkey: c.keys.Stats, msg: openStatsMsg{}},
		{title: "Game day", desc: "play live as a team over SSH", hotkey: c.keys.GameDay},
		{title: "Quit", desc: "", hotkey: c.keys.Quit, msg: quitMsg{}},
	}
	return m
}

// withTeam adds a team server's account panel, and for a trainer the
// dashboard entry; without Config.Team, Home stays as it is.
func (m homeModel) withTeam(cfg Config, incs []incidents.Incident) homeModel {
	if cfg.Team == nil {
		return m
	}
	m.team = newTeamPanel(m.c, cfg, incs)
	if cfg.Trainer {
		dash := menuItem{title: "Dashboard", desc: "your trainees and cohorts at a glance", hotkey: m.team.keys.Dashboard, msg: openDashboardMsg{}}
		n := len(m.items) - 1 // before Quit
		m.items = append(m.items[:n:n], dash, m.items[n])
	}
	return m
}

// capturing reports whether a text field on Home takes every key.
func (m homeModel) capturing() bool {
	if m.form.open {
		return true
	}
	if m.dashOpen {
		return m.dash.capturing()
	}
	return m.team.capturing()
}

// updateTeam handles the team server's messages and keys: ok is false when
// the message is for Home's menu.
func (m homeModel) updateTeam(msg tea.Msg) (homeModel, tea.Cmd, bool) {
	switch msg.(type) {
	case openDashboardMsg:
		var c tea.Cmd
		m.dash, c = newDashboard(m.c, m.team.team, m.team.incs)
		m.dash.games = m.games != nil
		m.dashOpen = true
		return m, c, true
	case dashGameDayMsg:
		m.dashOpen = false
		next, c := m.gameAction()
		return next, c, true
	case closeDashboardMsg:
		m.dashOpen = false
		return m, nil, true
	case dashboardMsg, dashActionMsg:
		var c tea.Cmd
		m.dash, c = m.dash.update(msg)
		return m, c, true
	case tea.KeyMsg, tea.MouseMsg:
		if m.dashOpen {
			var c tea.Cmd
			m.dash, c = m.dash.update(msg)
			return m, c, true
		}
		if _, key := msg.(tea.KeyMsg); m.gameday || !key {
			return m, nil, false
		}
	}
	var c tea.Cmd
	var ok bool
	m.team, c, ok = m.team.update(msg)
	return m, c, ok
}

// withDue says on the Review entry what it would serve; with a
// new-per-day cap (Today.NewLeft) only the new ones it still allows.
func (m homeModel) withDue(due, fresh int) homeModel {
	capped := m.today != nil && m.today.NewLeft >= 0
	if capped {
		fresh = min(fresh, m.today.NewLeft)
	}
	desc := fmt.Sprintf("%d due today, then new ones", due)
	switch {
	case due == 0 && fresh == 0 && capped:
		desc = "nothing due; no new ones left today"
	case due == 0 && fresh == 0:
		desc = "nothing due; every incident seen"
	case due == 0:
		desc = fmt.Sprintf("nothing due today; %d new", fresh)
	}
	for i := range m.items {
		if _, ok := m.items[i].msg.(reviewMsg); ok {
			m.items[i].desc = desc
		}
	}
	return m
}

// corpusSummary is one line such as "30 incidents · 4 platforms · Oct 2023 – May 2024".
func corpusSummary(incs []incidents.Incident) string {
	plats := map[string]bool{}
	var dates []string
	for i := range incs {
		if p := view.OneLine(incs[i].Platform); p != "" {
			plats[p] = true
		}
		if !incs[i].Date.IsZero() {
			dates = append(dates, incs[i].Date.Format("2006-01-02"))
		}
	}
	sort.Strings(dates)
	parts := []string{view.Plural(len(incs), "incident"), view.Plural(len(plats), "platform")}
	if len(dates) > 0 {
		first, last := dates[0][:7], dates[len(dates)-1][:7]
		if first == last {
			parts = append(parts, first)
		} else {
			parts = append(parts, first+" to "+last)
		}
	}
	return strings.Join(parts, " · ")
}

func (m homeModel) update(msg tea.Msg) (homeModel, tea.Cmd) {
	if t, ok := msg.(todayMsg); ok {
		m.today = &t.today
		return m.withDue(t.today.Due, t.today.New), nil
	}
	if km, ok := msg.(tea.KeyMsg); ok && m.form.open {
		return m.updateForm(km)
	}
	if m.team.on() {
		if next, c, ok := m.updateTeam(msg); ok {
			return next, c
		}
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	k := m.c.keys
	if m.gameday {
		if key.Matches(km, k.Back, k.Enter) {
			m.gameday = false
		}
		return m, nil
	}
	switch {
	case key.Matches(km, k.Up):
		m.cursor = (m.cursor + len(m.items) - 1) % len(m.items)
	case key.Matches(km, k.Down):
		m.cursor = (m.cursor + 1) % len(m.items)
	case key.Matches(km, k.Enter):
		return m.choose(m.cursor)
	default:
		for i, it := range m.items {
			if key.Matches(km, it.hotkey) {
				m.cursor = i
				return m.choose(i)
			}
		}
	}
	return m, nil
}

func (m homeModel) choose(i int) (homeModel, tea.Cmd) {
	it := m.items[i]
	if it.msg == nil && m.games != nil { // a team server's game day
		return m.gameAction()
	}
	if it.msg == nil { // game day: an info panel
		m.gameday = true
		return m, nil
	}
	return m, cmd(it.msg)
}

func (m homeModel) view() string {
	if m.dashOpen {
		return m.dash.view()
	}
	s := m.c.styles
	w := m.c.contentWidth()
	head := s.Title.Render("rootcause") + "  " + s.Subtitle.Render("incident response training") + "\n" +
		s.Muted.Render(m.summary) + "\n\n"
	intro := m.c.wrap("Each question shows what was seen during a real incident. Pick the true root cause; "+
		"then learn the fix, the prevention, and why the other options were wrong.", w, s.Text) + "\n\n"
	main := m.menuView(w)
	switch {
	case m.form.open:
		main = m.formView(w)
	case m.gameday:
		main = m.gamedayView(w)
	}
	if m.today != nil {
		head += todayLine(s, *m.today) + "\n\n"
	}
	if panel := m.team.view(w); panel != "" && !m.gameday {
		head += panel + "\n"
	}
	head += m.inviteLine(w)
	var foot string
	for _, n := range m.notes {
		foot += "\n" + m.c.wrap("! "+n, w, s.Notice)
	}
	if m.notice != "" {
		foot += "\n" + m.c.wrap("! "+safeLine(m.notice), w, s.Notice)
	} else if m.status != "" {
		foot += "\n" + m.c.wrap(m.status, w, s.Muted)
	}
	// In a short window the introduction goes first: the menu and the
	// notice are what the screen is for.
	if lines(head+intro+main+foot) > m.c.bodyHeight(footerHeight) {
		intro = ""
	}
	return m.c.center(head + intro + main + foot)
}

// todayLine is the daily loop at a glance: "Today  3 due · 4/10 answered
// (goal met) · 5-day streak".
func todayLine(s *view.Styles, t Today) string {
	parts := []string{s.Ink.Number(fmt.Sprint(t.Due)) + s.Ink.Muted(" due")}
	goal := s.Ink.Number(fmt.Sprintf("%d/%d", t.Answers, t.Goal)) + s.Ink.Muted(" answered today")
	if t.GoalMet {
		goal += s.Ink.Correct(" ✓ goal met")
	}
	parts = append(parts, goal)
	if t.NewLeft >= 0 {
		parts = append(parts, s.Ink.Number(fmt.Sprint(t.NewLeft))+s.Ink.Muted(" new left today"))
	}
	streak := s.Ink.Muted("no streak yet")
	if t.Streak > 0 {
		streak = s.Ink.Number(fmt.Sprint(t.Streak)) + s.Ink.Muted("-day streak")
	}
	return s.Ink.Label("Today") + "  " + strings.Join(append(parts, streak), s.Ink.Muted(" · "))
}

// todayMsg carries the daily loop for Home. The router hands it to the
// active screen, so Home takes it.
type todayMsg struct{ today Today }

// loadToday returns a Cmd asking a Daily store for today's numbers over the
// corpus; nil when the store keeps no daily loop. A failure leaves Home as
// it is (its numbers are a help, not a requirement).
func loadToday(store Store, user string, incs []incidents.Incident, now time.Time) tea.Cmd {
	d, ok := store.(Daily)
	if !ok {
		return nil
	}
	ids := incidentIDs(incs)
	return func() tea.Msg {
		t, err := d.Today(user, ids, now)
		if err != nil {
			return nil
		}
		return todayMsg{today: t}
	}
}

// LoadNotice is Home's line about a corpus loaded with problems, e.g. "1
// incident left out, 1 problem — run `rootcause incidents validate x.txt`";
// "" when there were none. Pass it (one line of Config.Notice) so the
// trainee learns of it before playing, not only after quitting.
func LoadNotice(leftOut, problems int, validate string) string {
	var parts []string
	if leftOut > 0 {
		parts = append(parts, view.Plural(leftOut, "incident")+" left out")
	}
	if problems > 0 {
		parts = append(parts, view.Plural(problems, "problem"))
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + " — run `" + validate + "` for details"
}

// lines counts the lines of a block.
func lines(block string) int { return strings.Count(block, "\n") + 1 }

func (m homeModel) menuView(w int) string {
	s := m.c.styles
	var b strings.Builder
	titleW := 0
	for _, it := range m.items {
		titleW = max(titleW, len(it.title)+2)
	}
	for i, it := range m.items {
		line := fmt.Sprintf("%s  %-*s", it.hotkey.Help().Key, titleW, it.title)
		row := s.Item(line, i == m.cursor)
		if room := w - lipgloss.Width(row); it.desc != "" && room >= 16 {
			row += s.MenuDesc.Render(view.Truncate(it.desc, room))
		}
		b.WriteString(row + "\n")
	}
	return b.String()
}

func (m homeModel) help() screenHelp {
	k := m.c.keys
	if m.form.open {
		return m.formHelp()
	}
	if m.dashOpen {
		return m.dash.help()
	}
	if m.team.capturing() || m.team.mode == panelCode {
		keys := m.team.help()
		return screenHelp{short: keys, full: [][]key.Binding{keys}}
	}
	if m.gameday {
		return screenHelp{short: []key.Binding{k.Back}, full: [][]key.Binding{{k.Back}}}
	}
	var hotkeys []key.Binding
	for _, it := range m.items[:len(m.items)-1] { // q is in the global column
		hotkeys = append(hotkeys, it.hotkey)
	}
	h := screenHelp{
		short: []key.Binding{k.Move, k.Enter},
		full:  [][]key.Binding{{k.Up, k.Down, k.Enter}, hotkeys},
	}
	if m.team.on() {
		h.short = append(h.short, m.team.help()...)
		h.full = append(h.full, m.team.help())
	}
	return h
}
