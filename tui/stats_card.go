package tui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// The Stats screen's incident page: one answered incident's FSRS card,
// the same numbers as `rootcause stats --json`'s incidents, in words.

// openCard shows the incident page of id; an incident without a card (none
// is expected: the weakest are answered ones) opens its study page.
func (m statsModel) openCard(id string) (statsModel, tea.Cmd) {
	for i, c := range m.stats.Cards {
		if c.ID == id {
			m.card = i
			m.page = m.page.top()
			return m.resized(), nil
		}
	}
	return m, cmd(studyMsg{id: id})
}

// cardKey handles the incident page's own keys; ok is false for the keys
// it shares with the overview (the digits) and for scrolling.
func (m statsModel) cardKey(msg tea.KeyMsg) (statsModel, tea.Cmd, bool) {
	k, n := m.c.keys, len(m.stats.Cards)
	switch {
	case key.Matches(msg, k.Left), key.Matches(msg, k.Right):
		step := 1
		if key.Matches(msg, k.Left) {
			step = n - 1
		}
		m.card = (m.card + step) % n
		m.page = m.page.top()
		return m.resized(), nil, true
	case key.Matches(msg, k.Enter):
		return m, cmd(studyMsg{id: m.stats.Cards[m.card].ID}), true
	case key.Matches(msg, k.Back):
		m.card = -1
		return m.resized(), nil, true
	}
	return m, nil, false
}

// cardPage lays the incident page out for width w.
func (m statsModel) cardPage(w int) string {
	s, st := m.c.styles, m.stats
	c := st.Cards[m.card]
	head := s.Title.Render("Your progress") + s.Muted.Render(fmt.Sprintf(" · incident %d of %d", m.card+1, len(st.Cards)))
	title := m.titles[c.ID]
	if title == "" {
		title = "not in the loaded incidents"
	}
	lines := []string{head, "", s.Bold.Render(view.Truncate(view.OneLine(c.ID), w))}
	lines = append(lines, view.Paint(s.Ink.Text, view.Wrap(view.OneLine(title), w))...)
	lines = append(lines, "")
	leech := "no"
	if c.Leech {
		leech = fmt.Sprintf("yes (%d+ lapses): worth a slow read", st.LeechLapses)
	}
	rows := [][3]string{
		{"Stability", trimFloat(c.Stability) + " days", "recall falls to 90% after this long"},
		{"Difficulty", fmt.Sprintf("%.2f of 10", c.Difficulty), "FSRS: how hard it is for you to keep"},
		{"Recall now", fmt.Sprintf("%.0f%%", 100*c.Retrievability), "the chance you would get it right today"},
		{"Due", c.Due, dueNote(c.Due, m.c.now())},
		{"Reviews", fmt.Sprint(c.Reps), "root-cause answers that scheduled it"},
		{"Lapses", fmt.Sprint(c.Lapses), "misses after it was learnt, on separate days"},
		{"Last review", lastReview(c.LastReview), ""},
		{"Weak spot", leech, ""},
	}
	valW := 0
	for _, r := range rows[:6] { // the long last two carry no note
		valW = max(valW, len(r[1]))
	}
	for _, r := range rows {
		line := s.Muted.Render(padRight(r[0], 14)) + s.Number.Render(padRight(r[1], valW))
		if r[2] != "" && 14+valW+2+len(r[2]) <= w {
			line += s.Muted.Render("  " + r[2])
		}
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return strings.Join(lines, "\n")
}

// trimFloat shows a stability to three significant digits (a same-day
// miss leaves hundredths of a day) and whole days from 100 on.
func trimFloat(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", math.Round(v))
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

// dueNote says how far the due date (YYYY-MM-DD) is from now's date.
func dueNote(due string, now time.Time) string {
	d, err := time.Parse(time.DateOnly, due)
	if err != nil {
		return ""
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	switch days := int(math.Round(d.Sub(today).Hours() / 24)); {
	case days == 0:
		return "today"
	case days < 0:
		return view.Plural(-days, "day") + " overdue"
	default:
		return "in " + view.Plural(days, "day")
	}
}

// lastReview shows an RFC 3339 time as date, minutes and offset.
func lastReview(at string) string {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return view.OneLine(at)
	}
	return t.Format("2006-01-02 15:04 -07:00")
}

func (m statsModel) cardHelp() screenHelp {
	k := m.c.keys
	other := view.Relabel(k.Sideways, "←→", "other incident")
	other.SetEnabled(len(m.stats.Cards) > 1)
	study := view.Relabel(k.Enter, "enter", "study page")
	back := view.Relabel(k.Back, "esc", "all stats")
	return screenHelp{
		short: []key.Binding{other, study, back},
		full:  [][]key.Binding{{other, study, back}, m.page.keys()},
	}
}
