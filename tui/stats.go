package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
)

// Messages of the Stats screen.
type (
	// statsLoadedMsg carries the trainee's progress, read in a Cmd.
	statsLoadedMsg struct {
		stats *Stats
		err   error
	}
	// studyMsg asks the router to open an incident's study page (the
	// library's detail view); the Stats screen sends it for a weak incident.
	studyMsg struct{ id string }
)

// statsMaxStudy is how many weakest incidents get a digit key.
const statsMaxStudy = 9

// statsModel is the progress screen: totals and what is due, accuracy by
// week, activity by day, the weakest incidents, and mastery per platform
// and service. A digit opens a weak incident's page: its FSRS card (the
// numbers `stats --json` gives), ←/→ step through every answered incident,
// enter opens its study page. It scrolls when the window is short.
type statsModel struct {
	c       *common
	stats   *Stats // nil until loaded
	err     string
	loading bool
	page    page
	titles  map[string]string // incident titles by id
	card    int               // the incident page's index in stats.Cards; -1 shows the overview
}

// newStats builds the Stats screen and the Cmd that reads the data. src nil
// means progress is not saved in this run; the screen says so.
func newStats(c *common, src Store, user string, incs []incidents.Incident) (statsModel, tea.Cmd) {
	m := statsModel{c: c, page: newPage(c), card: -1, titles: make(map[string]string, len(incs))}
	for i := range incs {
		m.titles[incs[i].ID] = incs[i].Title
	}
	if src == nil {
		m.err = "Progress is not saved in this run, so there are no stats. Run rootcause without --no-save to keep your history."
		return m.resized(), nil
	}
	m.loading = true
	now := c.now()
	load := func() tea.Msg {
		st, err := src.Stats(user, incs, now)
		return statsLoadedMsg{stats: st, err: err}
	}
	return m.resized(), load
}

// width is the screen's layout width: tables and charts read well wider
// than prose, so a wide window gets the two-column width.
func (m statsModel) width() int {
	if m.c.wide() {
		return m.c.wideWidth()
	}
	return m.c.contentWidth()
}

// unavailable shows why there are no stats instead of loading them.
func (m statsModel) unavailable(why string) statsModel {
	m.loading, m.err = false, why
	return m.resized()
}

func (m statsModel) resized() statsModel {
	w := m.width()
	m.page = m.page.set(w, m.c.bodyHeight(footerHeight), m.content(w))
	return m
}

func (m statsModel) update(msg tea.Msg) (statsModel, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resized(), nil
	case statsLoadedMsg:
		m.loading, m.stats, m.err = false, msg.stats, ""
		if msg.err != nil {
			m.err = "Could not read your progress: " + msg.err.Error()
		}
		return m.resized(), nil
	case tea.KeyMsg:
		if m.card >= 0 {
			if next, c, ok := m.cardKey(msg); ok {
				return next, c
			}
		}
		switch {
		case key.Matches(msg, k.Pick):
			if i := view.PickIndex(msg); i >= 0 && i < len(m.studyable()) {
				return m.openCard(m.studyable()[i].ID)
			}
			return m, nil
		case key.Matches(msg, k.Back, k.Enter):
			return m, cmd(goHomeMsg{})
		}
	}
	var c tea.Cmd
	m.page, c = m.page.update(msg)
	return m, c
}

// studyable is the weakest incidents that have a digit key.
func (m statsModel) studyable() []IncidentStat {
	if m.stats == nil {
		return nil
	}
	return m.stats.Weakest[:min(len(m.stats.Weakest), statsMaxStudy)]
}

func (m statsModel) view() string {
	return m.c.centerIn(m.page.view(), m.width())
}

func (m statsModel) help() screenHelp {
	k := m.c.keys
	if m.card >= 0 {
		return m.cardHelp()
	}
	study := k.PickFor(len(m.studyable()))
	study = view.Relabel(study, study.Help().Key, "weak incident's card")
	home := view.Relabel(k.Back, "esc", "home")
	pgdn := k.PageDown
	pgdn.SetEnabled(m.page.scrolls()) // nothing to page through otherwise
	return screenHelp{
		short: []key.Binding{study, pgdn, home},
		full:  [][]key.Binding{{study, home}, m.page.keys()},
	}
}

// content lays the whole screen out for width w; the viewport scrolls it.
func (m statsModel) content(w int) string {
	s := m.c.styles
	title := s.Title.Render("Your progress")
	switch {
	case m.err != "":
		return title + "\n\n" + m.c.wrap(m.err, w, s.Notice)
	case m.loading || m.stats == nil:
		return title + "\n\n" + s.Muted.Render("Reading your progress…")
	case m.card >= 0:
		return m.cardPage(w)
	}
	st := m.stats
	title += s.Muted.Render(" · " + view.Truncate(view.OneLine(st.User), max(8, w-20)))
	if st.Answers == 0 {
		return title + "\n\n" + m.c.wrap("Nothing recorded yet. Play a round (Practice, or Review for due and new "+
			"incidents) and your accuracy, activity and weak spots show up here.", w, s.Text)
	}
	parts := []string{
		title,
		m.totals(w),
		m.charts(w),
		m.weakest(w),
		m.mastery(w),
		s.Muted.Render(m.c.wrap(fmt.Sprintf("Mastery: the FSRS chance you still recall each root cause in %d days "+
			"(unseen or last missed: 0). Due incidents come back in Home → Review.", st.HorizonDays), min(w, maxContent), s.Muted)),
	}
	return strings.Join(parts, "\n\n")
}

// totals is the figures line, flowed to the width.
func (m statsModel) totals(w int) string {
	s, st := m.c.styles, m.stats
	stat := func(label, value string) string { return s.Muted.Render(label+" ") + s.Number.Render(value) }
	items := []string{
		stat("Answers", fmt.Sprint(st.Answers)),
		stat("Right", fmt.Sprintf("%.0f%%", 100*st.Accuracy())),
		stat("Sessions", fmt.Sprint(st.Sessions)) + s.Muted.Render(fmt.Sprintf(" (%d unfinished)", st.Unfinished)),
		stat("Streak", view.Plural(st.Streak, "day")),
		stat("Seen", fmt.Sprintf("%d/%d", st.Seen, st.Corpus)),
		stat("Mature", fmt.Sprint(st.Mature)),
		stat("Due today", fmt.Sprint(st.DueToday)),
		stat("This week", fmt.Sprint(st.DueWeek)),
		stat("New", fmt.Sprint(st.New)),
	}
	var lines []string
	line := ""
	for _, it := range items {
		if line != "" && lipgloss.Width(line)+3+lipgloss.Width(it) > w {
			lines, line = append(lines, line), ""
		}
		if line != "" {
			line += "   "
		}
		line += it
	}
	return strings.Join(append(lines, line), "\n")
}

// charts shows weekly accuracy and the activity heatmap, side by side when
// the heatmap still gets half a year, stacked otherwise.
func (m statsModel) charts(w int) string {
	s, st := m.c.styles, m.stats
	acc := accuracyChart(s, st.Weeks, 4)
	gap := 4
	if side := w - lipgloss.Width(acc) - gap - 4; side >= 26 {
		return lipgloss.JoinHorizontal(lipgloss.Top, acc, strings.Repeat(" ", gap), heatmap(s, st.Days, side))
	}
	return acc + "\n\n" + heatmap(s, st.Days, w-4)
}

// accuracyChart draws weekly accuracy as vertical bars, height rows tall
// (eighth-block resolution), oldest week first; weeks without answers are
// left blank.
func accuracyChart(s *view.Styles, weeks []Period, height int) string {
	const blocks = " ▁▂▃▄▅▆▇█"
	lines := []string{s.Label.Render("Accuracy by week")}
	for r := height - 1; r >= 0; r-- {
		axis := "    "
		if r == height-1 {
			axis = "100%"
		} else if r == 0 {
			axis = "  0%"
		}
		var b strings.Builder
		for _, p := range weeks {
			units := 0
			if p.Answers > 0 {
				units = max(1, int(math.Round(p.Accuracy()*float64(height*8))))
			}
			fill := min(8, max(0, units-r*8))
			cell := strings.Repeat(string([]rune(blocks)[fill]), 2)
			if p.Answers == 0 && r == 0 {
				cell = "··"
			}
			b.WriteString(s.Number.Render(cell) + " ")
		}
		lines = append(lines, s.Muted.Render(axis+"│")+b.String())
	}
	first, last := "", ""
	if len(weeks) > 0 {
		first = weeks[0].Start.Format("Jan 2")
		last = "this week"
		if p := weeks[len(weeks)-1]; p.Answers > 0 {
			last = fmt.Sprintf("this week %.0f%%", 100*p.Accuracy())
		}
	}
	span := 3 * len(weeks)
	lines = append(lines, s.Muted.Render("    └"+strings.Repeat("─", span)),
		s.Muted.Render("     "+first+strings.Repeat(" ", max(1, span-len(first)-len(last)))+last))
	return strings.Join(lines, "\n")
}

// heatShades are the contribution-graph shades for levels 0..4: distinct
// characters, so the graph reads without color too.
var heatShades = []string{"·", "░", "▒", "▓", "█"}

// heatmap draws activity per day as a contribution graph: a column per
// week (Monday on top), the newest weeks that fit in w columns.
func heatmap(s *view.Styles, days []Day, w int) string {
	weeks := (len(days) + 6) / 7
	show := max(1, min(weeks, w-4))
	skip := (weeks - show) * 7
	peak := 0
	for _, d := range days[skip:] {
		peak = max(peak, d.Answers)
	}
	rows := make([]strings.Builder, 7)
	months := []rune(strings.Repeat(" ", show+4))
	for i, d := range days[skip:] {
		col, row := i/7, i%7
		lvl := level(d.Answers, peak)
		st := s.Muted
		if lvl > 0 {
			st = s.Correct
		}
		rows[row].WriteString(st.Render(heatShades[lvl]))
		if row == 0 && d.Date.Day() <= 7 && col+3 <= show {
			copy(months[4+col:], []rune(d.Date.Format("Jan")))
		}
	}
	labels := []string{"Mon ", "    ", "Wed ", "    ", "Fri ", "    ", "Sun "}
	lines := []string{s.Label.Render("Activity") + s.Muted.Render(fmt.Sprintf(" · %d weeks", show)),
		s.Muted.Render(strings.TrimRight(string(months), " "))}
	for r := range rows {
		lines = append(lines, s.Muted.Render(labels[r])+rows[r].String())
	}
	legend := "less "
	for _, sh := range heatShades {
		legend += sh
	}
	return strings.Join(append(lines, s.Muted.Render("    "+legend+" more")), "\n")
}

// weakest lists the most missed incidents, numbered for the study key;
// persistent weak spots (leeches) carry a marker, in words.
func (m statsModel) weakest(w int) string {
	s, st := m.c.styles, m.stats
	head := s.Label.Render("Weakest incidents")
	if len(st.Weakest) == 0 {
		return head + "\n" + s.Muted.Render("No misses yet.")
	}
	lines := []string{head + s.Muted.Render(fmt.Sprintf(" · 1-%d opens its card", len(m.studyable())))}
	// Columns: number, id, title (takes the slack), misses, weak-spot mark.
	const mark = "  ⚑ weak spot"
	idW, tailW, markW := 0, 0, 0
	tails := make([]string, len(m.studyable()))
	for i, p := range m.studyable() {
		tails[i] = fmt.Sprintf("  missed %d/%d", p.Answers-p.Correct, p.Answers)
		idW, tailW = max(idW, lipgloss.Width(view.OneLine(p.ID))), max(tailW, len(tails[i]))
		if p.Leech {
			markW = lipgloss.Width(mark)
		}
	}
	room := max(8, w-3-idW-2-tailW-markW)
	for i, p := range m.studyable() {
		line := s.Key.Render(fmt.Sprintf("%d ", i+1)) + " " + s.Bold.Render(padRight(view.OneLine(p.ID), idW)) + "  " +
			s.Text.Render(padRight(view.Truncate(view.OneLine(p.Title), room), room)) +
			s.Muted.Render(fmt.Sprintf("%*s", tailW, tails[i]))
		if p.Leech {
			line += s.Flag.Render(mark)
		}
		lines = append(lines, line)
	}
	if n := len(st.Leeches); n > 0 {
		// Lapses are misses after an incident was learnt, on separate
		// days, not every miss: the words say which.
		lines = append(lines, s.Muted.Render(fmt.Sprintf("%s (%d+ lapses), worth a slow read.",
			view.Plural(n, "persistent weak spot"), st.LeechLapses)))
	}
	return strings.Join(lines, "\n")
}

// masteryRest is the width of a mastery row after the name: bar, percent
// and "seen" count with their gaps.
const masteryRest = 1 + 10 + 1 + 4 + 1 + len("999/999 seen")

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-lipgloss.Width(s)))
}

// masteryTable is one mastery table: name, a 10-cell bar, percent, seen.
// Names are cut only when the table would not fit in w on its own.
func masteryTable(s *view.Styles, title string, rows []Mastery, limit, w int) string {
	nameW, maxName := 8, max(8, w-masteryRest)
	for _, r := range rows {
		nameW = max(nameW, min(maxName, lipgloss.Width(view.OneLine(r.Name))))
	}
	lines := []string{s.Label.Render(title)}
	for i, r := range rows {
		if limit > 0 && i == limit {
			lines = append(lines, s.Muted.Render(fmt.Sprintf("… %d more (rootcause stats lists all)", len(rows)-limit)))
			break
		}
		filled := int(math.Round(r.Mastery * 10))
		bar := s.Correct.Render(strings.Repeat("█", filled)) + s.Muted.Render(strings.Repeat("░", 10-filled))
		lines = append(lines, fmt.Sprintf("%s %s %s %s", padRight(view.Truncate(view.OneLine(r.Name), nameW), nameW), bar,
			s.Number.Render(fmt.Sprintf("%3.0f%%", 100*r.Mastery)), s.Muted.Render(fmt.Sprintf("%d/%d seen", r.Seen, r.Incidents))))
	}
	return strings.Join(lines, "\n")
}

// mastery shows the platform and service tables side by side while the
// services keep room for a readable name, else one above the other.
func (m statsModel) mastery(w int) string {
	s, st := m.c.styles, m.stats
	plat := masteryTable(s, "Mastery by platform", st.Platforms, 0, w)
	const gap = "    "
	if room := w - lipgloss.Width(plat) - len(gap); room-masteryRest >= 20 {
		return lipgloss.JoinHorizontal(lipgloss.Top, plat, gap, masteryTable(s, "Mastery by service", st.Services, 8, room))
	}
	return plat + "\n\n" + masteryTable(s, "Mastery by service", st.Services, 8, w)
}

// level buckets a day's answers into 0 (none) to 4 (the busiest quarter of
// most), the shades of a contribution graph.
func level(n, most int) int {
	switch {
	case n <= 0 || most <= 0:
		return 0
	case n*4 <= most:
		return 1
	case n*2 <= most:
		return 2
	case n*4 <= 3*most:
		return 3
	}
	return 4
}
