package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/quiz"
)

// resultsModel sums a finished session up: score, accuracy, time, the
// breakdowns, the missed incidents (r retries just those), and for an exam
// a review of every question. n starts a fresh round with the same options.
type resultsModel struct {
	c    *common
	res  quiz.Result // Wall and TimedOut come from run.finish
	page page
	// An exam's review is a list: sel is the row under the cursor, rows
	// the line each row starts on in page, open the row shown in full on
	// detail (-1 while the list shows).
	sel, open int
	rows      []int
	detail    page
	// reached is the last question the trainee saw before a time-out; the
	// unanswered ones after it were never reached, not skipped.
	reached int
}

// retryMsg starts a practice round over just these incidents.
type retryMsg struct{ ids []string }

func newResults(c *common, r *run) resultsModel {
	m := resultsModel{c: c, res: r.sess.Result(), page: newPage(c), detail: newPage(c), open: -1, reached: r.sess.Len()}
	if m.res.TimedOut {
		m.reached = r.sess.Index()
	}
	return m.resized()
}

func (m resultsModel) resized() resultsModel {
	w, h := m.c.contentWidth(), m.c.bodyHeight(footerHeight)
	text, rows := m.content(w)
	m.page, m.rows = m.page.set(w, h, text), rows
	if m.open >= 0 {
		m.detail = m.detail.set(w, h, m.reviewPage(m.open, w))
	}
	return m
}

func (m resultsModel) update(msg tea.Msg) (resultsModel, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resized(), nil
	case tea.KeyMsg:
		if m.res.Mode == quiz.Exam {
			if next, c, ok := m.reviewKey(msg); ok {
				return next, c
			}
		}
		switch {
		case key.Matches(msg, k.Retry) && len(m.res.Missed) > 0:
			return m, cmd(retryMsg{ids: m.res.Missed})
		case key.Matches(msg, k.Fresh):
			return m, cmd(freshMsg{})
		case key.Matches(msg, k.Back, k.Enter):
			return m, cmd(goHomeMsg{})
		}
	}
	var c tea.Cmd
	m.page, c = m.page.update(msg)
	return m, c
}

// content is the summary, then what was missed (or an exam's review, rows
// being where each of its rows starts), then the breakdowns: the lesson
// comes before the tables.
func (m resultsModel) content(w int) (text string, rows []int) {
	s := m.c.styles
	r := m.res
	var b strings.Builder
	b.WriteString(s.Title.Render("Results") + s.Muted.Render(fmt.Sprintf(" · %s · %s", r.Mode, r.Difficulty)) + "\n\n")
	if m.res.TimedOut {
		b.WriteString(s.Urgent.Render("Time's up") + s.Muted.Render(": the exam was submitted when its time limit ran out.") + "\n\n")
	}
	stat := func(label, value string) string { return s.Muted.Render(label+" ") + s.Number.Render(value) }
	b.WriteString(strings.Join([]string{
		stat("Score", fmt.Sprint(r.Score)),
		stat("Right", fmt.Sprintf("%d/%d (%.0f%%)", r.Correct, r.Total, r.Accuracy*100)),
		stat("Time", view.Clock(m.res.Wall)),
		stat("Best streak", fmt.Sprint(r.BestStreak)),
	}, "   ") + "\n")
	if r.FollowUps > 0 {
		b.WriteString(stat("Follow-ups right", fmt.Sprintf("%d/%d", r.FollowUpsCorrect, r.FollowUps)) + "\n")
	}
	b.WriteString("\n")
	if r.Mode == quiz.Exam {
		review, at := m.examReview(w)
		base := strings.Count(b.String(), "\n")
		for _, l := range at {
			rows = append(rows, base+l)
		}
		b.WriteString(review)
	} else {
		b.WriteString(m.missed(w))
	}
	b.WriteString("\n" + m.breakdowns(w))
	return strings.TrimRight(b.String(), "\n"), rows
}

// breakdowns shows platform, severity and service tables: side by side when
// they fit, stacked otherwise.
func (m resultsModel) breakdowns(w int) string {
	tables := []string{
		m.table("By platform", m.res.ByPlatform, w),
		m.table("By severity", m.res.BySeverity, w),
		m.table("By service", m.res.ByService, w),
	}
	row := lipgloss.JoinHorizontal(lipgloss.Top, tables[0], "   ", tables[1], "   ", tables[2])
	if lipgloss.Width(row) <= w {
		return row
	}
	two := lipgloss.JoinHorizontal(lipgloss.Top, tables[0], "   ", tables[1])
	if lipgloss.Width(two) <= w {
		return two + "\n\n" + tables[2]
	}
	return strings.Join(tables, "\n\n")
}

// table lists one breakdown, "!" marking groups with misses. Labels are
// cut only when the table alone would not fit in w (the tables stack when
// they do not fit side by side).
func (m resultsModel) table(title string, rows []quiz.Breakdown, w int) string {
	s := m.c.styles
	lines := []string{s.Label.Render(title)}
	labelW, maxLabel := 8, max(8, w-len("! ")-len("  99/99"))
	for _, br := range rows {
		labelW = max(labelW, min(maxLabel, lipgloss.Width(view.OneLine(br.Label))))
	}
	for _, br := range rows {
		mark := " "
		if br.Correct < br.Total {
			mark = "!"
		}
		label := view.Truncate(view.OneLine(br.Label), labelW)
		label += strings.Repeat(" ", labelW-lipgloss.Width(label))
		lines = append(lines, fmt.Sprintf("%s %s  %s", mark, label,
			s.Number.Render(fmt.Sprintf("%d/%d", br.Correct, br.Total))))
	}
	return strings.Join(lines, "\n")
}

// missed lists the incidents answered wrong or skipped.
func (m resultsModel) missed(w int) string {
	s := m.c.styles
	if len(m.res.Missed) == 0 {
		return s.Correct.Render("Nothing missed. ") + s.Muted.Render("n starts a fresh round.")
	}
	var b strings.Builder
	b.WriteString(s.Label.Render(fmt.Sprintf("Missed (%d)", len(m.res.Missed))) +
		s.Muted.Render(" · r retries just these") + "\n")
	for _, rec := range m.res.Answers {
		if rec.Correct {
			continue
		}
		inc := rec.Question.Incident
		b.WriteString(m.c.wrap(fmt.Sprintf("%s  %s", view.OneLine(inc.ID), view.OneLine(inc.Title)), w, s.Text) + "\n")
	}
	return b.String()
}

func (m resultsModel) view() string {
	if m.open >= 0 {
		return m.c.center(m.detail.view())
	}
	return m.c.center(m.page.view())
}

func (m resultsModel) help() screenHelp {
	k := m.c.keys
	if m.res.Mode == quiz.Exam {
		return m.reviewHelp()
	}
	home := view.Relabel(k.Back, "esc", "home")
	retry := k.Retry
	retry.SetEnabled(len(m.res.Missed) > 0)
	return screenHelp{
		short: []key.Binding{retry, k.Fresh, home},
		full:  [][]key.Binding{{retry, k.Fresh, home}, m.page.keys()},
	}
}
