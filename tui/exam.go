package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// examSubmit is the panel shown after an exam's last question: submit now,
// or revisit a flagged or unanswered question first.
type examSubmit struct {
	open    bool
	cursor  int   // 0 = submit, i+1 = revisit items[i]
	items   []int // flagged or unanswered question positions
	revisit int   // set by update to the question to revisit; -1 otherwise
}

func newExamSubmit(r *run) examSubmit {
	seen := map[int]bool{}
	var items []int
	for _, i := range append(r.sess.Flagged(), r.sess.Unanswered()...) {
		if !seen[i] {
			seen[i] = true
			items = append(items, i)
		}
	}
	return examSubmit{open: true, items: items, revisit: -1}
}

func (e examSubmit) update(c *common, r *run, msg tea.Msg) (examSubmit, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return e, nil
	}
	k := c.keys
	n := len(e.items) + 1
	switch {
	case key.Matches(km, k.Up):
		e.cursor = (e.cursor + n - 1) % n
	case key.Matches(km, k.Down):
		e.cursor = (e.cursor + 1) % n
	case key.Matches(km, k.Enter) && e.cursor == 0:
		return e, cmd(finishMsg{reason: quiz.EndSubmitted})
	case key.Matches(km, k.Enter):
		e.revisit = e.items[e.cursor-1]
	case key.Matches(km, k.Back):
		return e, cmd(leaveMsg{})
	}
	return e, nil
}

func (e examSubmit) view(c *common, r *run) string {
	s := c.styles
	var b strings.Builder
	un := len(r.sess.Unanswered())
	b.WriteString(s.Title.Render("Submit the exam?") + "\n\n")
	b.WriteString(s.Text.Render(fmt.Sprintf("%d of %d questions answered, %d flagged.",
		r.sess.Len()-un, r.sess.Len(), len(r.sess.Flagged()))) + "\n")
	if un > 0 {
		b.WriteString(s.Notice.Render("Unanswered questions count as missed.") + "\n")
	}
	if r.opts.TimeLimit > 0 {
		b.WriteString(s.Timer.Render("Time left "+view.Clock(r.sessionLeft())) + s.Muted.Render(" · the exam is submitted when it runs out") + "\n")
	}
	b.WriteString("\n" + s.Item("Submit and see results", e.cursor == 0) + "\n")
	for i, q := range e.items {
		rec, _ := r.sess.Record(q)
		state := "unanswered"
		if rec.Answered {
			state = "answered"
		}
		if rec.Flagged {
			state += ", flagged"
		}
		title := view.OneLine(rec.Question.Card(0).Title)
		if title == "" {
			title = view.OneLine(rec.Question.Incident.ID)
		}
		line := view.Truncate(fmt.Sprintf("Revisit question %d (%s): %s", q+1, state, title), c.contentWidth()-4)
		b.WriteString(s.Item(line, e.cursor == i+1) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (e examSubmit) help(k *view.KeyMap) screenHelp {
	open := view.Relabel(k.Enter, "enter", "submit / revisit")
	leave := view.Relabel(k.Back, "esc", "end session")
	return screenHelp{
		short: []key.Binding{k.Up, k.Down, open},
		full:  [][]key.Binding{{k.Up, k.Down, open, leave}},
	}
}

// The exam review on Results: one row per question, and each row opens the
// full feedback page practice shows after an answer, since an exam tells
// nothing until it ends and an answer key alone teaches nothing.

// examReview lists every exam question (mark, pick, answer, flag) with the
// cursor on the selected row; at is the line each row starts on.
func (m resultsModel) examReview(w int) (text string, at []int) {
	s := m.c.styles
	var b strings.Builder
	b.WriteString(s.Label.Render("Review") + s.Muted.Render(" · enter opens a question · r retries the missed ones") + "\n")
	for i, rec := range m.res.Answers {
		at = append(at, strings.Count(b.String(), "\n"))
		q := rec.Question
		mark := "✓"
		if !rec.Correct {
			mark = "✗"
		}
		flag := ""
		if rec.Flagged {
			flag = " [flagged]"
		}
		title := view.Truncate(view.OneLine(q.Incident.Title), max(10, w-34))
		b.WriteString(s.Item(fmt.Sprintf("%s %2d. %s %s%s", mark, i+1, view.OneLine(q.Incident.ID), title, flag), i == m.sel) + "\n")
		detail := fmt.Sprintf("%s · answer %d: %s", m.pickOf(i), q.Answer+1, view.OneLine(q.Choices[q.Answer].Text))
		b.WriteString(m.c.renderer.NewStyle().PaddingLeft(8).Render(m.c.wrap(detail, w-8, s.Muted)) + "\n")
	}
	return b.String(), at
}

// pickOf says what became of question i: the choice given, skipped, or
// never reached before the time ran out (so not the trainee's choice).
func (m resultsModel) pickOf(i int) string {
	rec := m.res.Answers[i]
	switch {
	case rec.Answered && rec.Choice >= 0 && rec.Choice < len(rec.Question.Choices):
		return fmt.Sprintf("you: %d", rec.Choice+1)
	case m.notReached(i):
		return "not reached"
	}
	return "skipped"
}

// notReached reports whether question i was left unanswered after the
// question the exam timed out on, so it was never shown.
func (m resultsModel) notReached(i int) bool {
	return !m.res.Answers[i].Answered && i > m.reached
}

// reviewPage is exam question i in full: where it stands and the verdict,
// then the page practice shows after an answer (debrief), then the whole
// board, which b jumps to (the page keeps no state of its own to toggle).
func (m resultsModel) reviewPage(i, w int) string {
	page, board := m.reviewParts(i, w)
	if board == "" {
		return page
	}
	return page + "\n\n" + board
}

// reviewParts is reviewPage's lesson and its whole board ("" without one).
func (m resultsModel) reviewParts(i, w int) (page, board string) {
	s := m.c.styles
	rec := m.res.Answers[i]
	q := rec.Question
	where := s.Ink.Title(fmt.Sprintf("Question %d/%d", i+1, len(m.res.Answers))) + s.Ink.Muted(" · exam review")
	if rec.Flagged {
		where += s.Ink.Flag(" [flagged]")
	}
	verdict := view.VerdictLine(s, view.VerdictOf(rec.Outcome, false))
	if m.notReached(i) {
		verdict = s.Ink.Wrong("– Not reached") + s.Ink.Muted(fmt.Sprintf(" · the time ran out first; the answer was %d", q.Answer+1))
	}
	choice := -1
	if rec.Answered && !rec.Outcome.Skipped {
		choice = rec.Choice
	}
	page = debrief(s, answered{q: q, choice: choice, head: []string{where, "", verdict}}, w)
	if len(q.Board()) > 0 {
		board = strings.Join(wholeBoard(s, q, w), "\n")
	}
	return page, board
}

// boardLine is the line the open row's whole board starts on; -1 without one.
func (m resultsModel) boardLine() int {
	page, board := m.reviewParts(m.open, m.detail.width())
	if board == "" {
		return -1
	}
	return strings.Count(page, "\n") + 2
}

// toggleBoard jumps to the open row's whole board, or back to the top
// from there, as b does on practice's feedback.
func (m resultsModel) toggleBoard() resultsModel {
	at := m.boardLine()
	switch {
	case at < 0:
	case m.detail.vp.YOffset >= at || m.detail.vp.AtBottom() && m.detail.vp.YOffset > 0:
		m.detail = m.detail.top()
	default:
		m.detail.vp.SetYOffset(at)
	}
	return m
}

// reviewKey handles the review's keys: on the list ↑/↓ choose a row and
// enter opens it; on an open row ←/→ step through the questions and esc
// (or enter) returns to the list. ok is false for keys it leaves to
// Results.
func (m resultsModel) reviewKey(msg tea.KeyMsg) (resultsModel, tea.Cmd, bool) {
	k, n := m.c.keys, len(m.res.Answers)
	if n == 0 {
		return m, nil, false
	}
	if m.open >= 0 {
		switch {
		case key.Matches(msg, k.Back, k.Enter):
			m.open = -1
			return m.follow(), nil, true
		case key.Matches(msg, k.Left) && m.open > 0:
			return m.openRow(m.open - 1), nil, true
		case key.Matches(msg, k.Right) && m.open < n-1:
			return m.openRow(m.open + 1), nil, true
		case key.Matches(msg, k.Board):
			return m.toggleBoard(), nil, true
		case key.Matches(msg, k.Retry, k.Fresh):
			return m, nil, false
		}
		var c tea.Cmd
		m.detail, c = m.detail.update(msg)
		return m, c, true
	}
	switch {
	case key.Matches(msg, k.Up):
		m.sel = (m.sel + n - 1) % n
	case key.Matches(msg, k.Down):
		m.sel = (m.sel + 1) % n
	case key.Matches(msg, k.Enter):
		return m.openRow(m.sel), nil, true
	default:
		return m, nil, false
	}
	return m.resized().follow(), nil, true
}

// openRow shows question i in full, from its top.
func (m resultsModel) openRow(i int) resultsModel {
	m.open, m.sel = i, i
	m = m.resized()
	m.detail = m.detail.top()
	return m
}

// follow scrolls the list so the selected row and its detail line show.
func (m resultsModel) follow() resultsModel {
	if m.sel >= len(m.rows) {
		return m
	}
	top, h := m.rows[m.sel], m.page.vp.Height
	switch off := m.page.vp.YOffset; {
	case top < off:
		m.page.vp.SetYOffset(top)
	case top+2 > off+h:
		m.page.vp.SetYOffset(top + 2 - h)
	}
	return m
}

func (m resultsModel) reviewHelp() screenHelp {
	k := m.c.keys
	retry := k.Retry
	retry.SetEnabled(len(m.res.Missed) > 0)
	if m.open >= 0 {
		steps := view.Relabel(k.Sideways, "←/→", "question")
		back := view.Relabel(k.Back, "esc", "back to results")
		board := k.Board
		board.SetEnabled(m.boardLine() >= 0)
		return screenHelp{
			short: []key.Binding{steps, back, board, k.Scroll},
			full:  [][]key.Binding{{steps, back, board, retry, k.Fresh}, m.detail.keys()},
		}
	}
	choose := view.Relabel(k.Move, "↑↓", "choose")
	open := view.Relabel(k.Enter, "enter", "open")
	home := view.Relabel(k.Back, "esc", "home")
	return screenHelp{
		short: []key.Binding{choose, open, home, retry, k.Fresh},
		full:  [][]key.Binding{{choose, open, retry, k.Fresh, home}, {k.PageUp, k.PageDown, k.Top, k.Bottom}},
	}
}
