package tui

import (
	"cmp"
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
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
	// changed is what the round changed in the store (next reviews,
	// mastery), once a Daily store has answered.
	changed *dailyMsg
	// box is a review's time box (0: none); unasked is how many planned
	// questions it left out when it ran out (res counts only those asked).
	box     time.Duration
	unasked int
}

// retryMsg starts a practice round over just these incidents.
type retryMsg struct{ ids []string }

func newResults(c *common, r *run) resultsModel {
	m := resultsModel{c: c, res: r.sess.Result(), page: newPage(c), detail: newPage(c), open: -1, reached: r.sess.Len(), box: r.box}
	if m.res.TimedOut {
		m.reached = r.sess.Index()
	}
	if r.boxed {
		asked := r.sess.Index() + 1
		m.res, m.unasked = askedOnly(m.res, asked), r.sess.Len()-asked
	}
	return m.resized()
}

// askedOnly is res without the questions after the first asked: a review
// its time box stopped never showed them, so they are neither misses nor
// part of the breakdowns. (The engine's Result counts every planned
// question; the keys here are its grouping keys, see quiz.Breakdown.)
func askedOnly(res quiz.Result, asked int) quiz.Result {
	if asked >= len(res.Answers) {
		return res
	}
	left := res.Answers[asked:]
	res.Answers = res.Answers[:asked:asked]
	res.Total, res.Skipped = asked, max(0, res.Skipped-len(left))
	res.Missed = res.Missed[:max(0, len(res.Missed)-len(left))] // unasked ones are misses, last in order
	res.Accuracy = 0
	if asked > 0 {
		res.Accuracy = float64(res.Correct) / float64(asked)
	}
	for _, rec := range left {
		inc := rec.Question.Incident
		res.ByPlatform = uncount(res.ByPlatform, strings.ToLower(strings.TrimSpace(inc.Platform)))
		res.BySeverity = uncount(res.BySeverity, inc.Severity.String())
		seen := map[string]bool{}
		for _, name := range inc.Services {
			if k := incidents.ServiceKey(name); !seen[k] {
				seen[k] = true
				res.ByService = uncount(res.ByService, k)
			}
		}
	}
	byTotal := func(a, b quiz.Breakdown) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	}
	slices.SortStableFunc(res.ByPlatform, byTotal)
	slices.SortStableFunc(res.ByService, byTotal)
	return res
}

// uncount takes one unasked (so unanswered) question off the row with key,
// dropping a row left empty.
func uncount(rows []quiz.Breakdown, key string) []quiz.Breakdown {
	if key == "" {
		key = "unknown"
	}
	out := rows[:0:0]
	for _, b := range rows {
		if b.Key == key {
			b.Total--
		}
		if b.Total > 0 {
			out = append(out, b)
		}
	}
	return out
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
	case dailyMsg:
		m.changed = &msg
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
// being where each of its rows starts), what the round changed, then the
// breakdowns: the lesson comes before the tables.
func (m resultsModel) content(w int) (text string, rows []int) {
	s := m.c.styles
	r := m.res
	var b strings.Builder
	b.WriteString(s.Title.Render("Results") + s.Muted.Render(fmt.Sprintf(" · %s · %s", r.Mode, r.Difficulty)) + "\n\n")
	if m.res.TimedOut {
		b.WriteString(s.Urgent.Render("Time's up") + s.Muted.Render(": the exam was submitted when its time limit ran out.") + "\n\n")
	}
	if note := m.boxNote(); note != "" {
		b.WriteString(m.c.wrap(note, w, s.Muted) + "\n\n")
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
	if ch := m.whatChanged(w); ch != "" {
		b.WriteString("\n" + ch + "\n")
	}
	b.WriteString("\n" + m.breakdowns(w))
	return strings.TrimRight(b.String(), "\n"), rows
}

// boxNote says what a review's time box did: it stopped the review, or
// the review ended within it.
func (m resultsModel) boxNote() string {
	if m.box <= 0 {
		return ""
	}
	box := view.Limit(m.box)
	if m.unasked == 0 {
		return "Done within the " + box + " time box."
	}
	return fmt.Sprintf("Time box used up: the %s review stopped after %s, finishing the one on screen. Not asked: %s, "+
		"still due or new for the next review.", box, view.Plural(m.res.Total, "question"), view.Plural(m.unasked, "incident"))
}

// whatChanged says what the round did to the trainee's schedule: when each
// incident comes back, and mastery of the platforms it touched.
func (m resultsModel) whatChanged(w int) string {
	ch := m.changed
	if ch == nil {
		return ""
	}
	s := m.c.styles
	// The incidents played, grouped by the day each comes back.
	var days []string
	back := map[string][]string{}
	seen := map[string]bool{}
	for _, rec := range m.res.Answers {
		id := rec.Question.Incident.ID
		c, ok := ch.cards[id]
		if !ok || seen[id] || c.Due == "" {
			continue
		}
		seen[id] = true
		if back[c.Due] == nil {
			days = append(days, c.Due)
		}
		back[c.Due] = append(back[c.Due], view.OneLine(id))
	}
	sort.Strings(days)
	played := map[string]bool{}
	for _, br := range m.res.ByPlatform {
		played[br.Label] = true
	}
	var mastery []string
	for _, p := range ch.platforms {
		if played[p.Name] {
			mastery = append(mastery, fmt.Sprintf("%s %.0f%%", view.OneLine(p.Name), p.Mastery*100))
		}
	}
	if len(days) == 0 && len(mastery) == 0 {
		return ""
	}
	out := []string{s.Ink.Label("What changed")}
	for _, day := range days {
		out = append(out, view.Paint(s.Ink.Text, view.Hang("You'll see again on "+day+": ", strings.Join(back[day], ", "), w))...)
	}
	if len(mastery) > 0 {
		out = append(out, view.Paint(s.Ink.Text, view.Wrap("Mastery by platform: "+strings.Join(mastery, " · "), w))...)
	}
	return strings.Join(out, "\n")
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
