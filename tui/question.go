package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// questionModel asks the current question of a run: the incident card, the
// numbered choices, clues, flags and skip. In an exam, once the last
// question is passed it shows the submit panel (exam.go).
type questionModel struct {
	c      *common
	run    *run
	cursor int
	scroll int    // first line shown when the screen is too short
	note   string // a short reply to the last key, e.g. "no clue left"
	submit examSubmit
	// fromSubmit: the question was opened from the submit list, which an
	// answer returns to.
	fromSubmit bool
	// boardAt is the investigation of the question it names (evidence.go).
	boardAt boardState
}

func newQuestion(c *common, r *run) questionModel {
	m := questionModel{c: c, run: r}
	m.cursor = m.pendingChoice()
	if n := r.sess.Len(); r.sess.Index() == 0 && r.opts.Count > n {
		m.note = shortRound(n)
	}
	return m
}

// fitCount applies the one rule for a count the filters cannot fill, in
// every mode: the round has as many questions as incidents match (and the
// first question says so, see asked) rather than refusing to start, as the
// engine does for an exam. Named incidents (IDs) are left as asked.
func fitCount(e *quiz.Engine, o quiz.Options) quiz.Options {
	if len(o.IDs) == 0 {
		if n := e.Count(o.Filter); n > 0 && o.Count > n {
			o.Count = n
		}
	}
	return o
}

// asked notes on the first question that the round is shorter than the
// want questions asked for.
func (m questionModel) asked(want int) questionModel {
	if n := m.run.sess.Len(); m.run.sess.Index() == 0 && want > n {
		m.note = shortRound(n)
	}
	return m
}

// shortRound says a round is shorter than asked: too few incidents match.
func shortRound(n int) string {
	match := "match"
	if n == 1 {
		match = "matches"
	}
	return fmt.Sprintf("Only %s %s: the round has %s.", view.Plural(n, "incident"), match, view.Plural(n, "question"))
}

// pendingChoice is an exam answer already given to this question (so a
// revisit starts on it), else 0.
func (m questionModel) pendingChoice() int {
	if rec, ok := m.run.sess.Record(m.run.sess.Index()); ok && rec.Answered {
		return rec.Choice
	}
	return 0
}

func (m questionModel) update(msg tea.Msg) (questionModel, tea.Cmd) {
	if t, ok := msg.(tickMsg); ok {
		return m.onTick(t)
	}
	if m.submit.open {
		var c tea.Cmd
		m.submit, c = m.submit.update(m.c, m.run, msg)
		if m.submit.revisit >= 0 {
			m.run.jump(m.submit.revisit)
			m.submit, m.fromSubmit = examSubmit{}, true
			m.cursor, m.scroll, m.note = m.pendingChoice(), 0, ""
		}
		return m, c
	}
	switch msg := msg.(type) {
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.scroll = max(0, m.scroll-3)
		case tea.MouseButtonWheelDown:
			m.scroll = min(m.scroll+3, m.maxScroll())
		}
		return m, nil
	case tea.KeyMsg:
		return m.onKey(msg)
	}
	return m, nil
}

func (m questionModel) onKey(msg tea.KeyMsg) (questionModel, tea.Cmd) {
	k := m.c.keys
	q := m.run.sess.Current()
	if q == nil {
		return m, nil
	}
	m.note = ""
	if next, ok := m.boardKey(msg, q); ok {
		if next.board().shown != m.board().shown {
			next.scroll = next.maxScroll() // the item opens under the list
			return next, nil
		}
		if !next.board().on {
			return next.followCursor(), nil // back on the choices
		}
		return next.followBoard(), nil
	}
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = (m.cursor + len(q.Choices) - 1) % len(q.Choices)
	case key.Matches(msg, k.Down):
		m.cursor = (m.cursor + 1) % len(q.Choices)
	case key.Matches(msg, k.Pick):
		i := view.PickIndex(msg)
		if i < 0 || i >= len(q.Choices) {
			m.note = fmt.Sprintf("there are %d choices", len(q.Choices))
			return m, nil
		}
		m.cursor = i
		return m.answer(i)
	case key.Matches(msg, k.Enter):
		return m.answer(m.cursor)
	case key.Matches(msg, k.PageDown):
		m.scroll = min(m.scroll+m.height()/2, m.maxScroll())
		return m, nil
	case key.Matches(msg, k.PageUp):
		m.scroll = max(0, m.scroll-m.height()/2)
		return m, nil
	case key.Matches(msg, k.Clue):
		if cl, ok := m.run.sess.RevealClue(); ok {
			m.note = fmt.Sprintf("%s revealed (−%d points if right)", cl.Label, cl.Cost)
		} else {
			m.note = "no clue left for this question"
		}
	case key.Matches(msg, k.Flag) && m.run.exam():
		if m.run.sess.ToggleFlag() {
			m.note = "flagged: you can come back to it before submitting"
		}
	case key.Matches(msg, k.Skip):
		return m.skip(false)
	case key.Matches(msg, k.Left) && m.run.exam():
		if i := m.run.sess.Index(); i > 0 {
			m.run.jump(i - 1)
			m.cursor, m.scroll, m.fromSubmit = m.pendingChoice(), 0, false
		}
		return m, nil
	case key.Matches(msg, k.Right) && m.run.exam():
		m.fromSubmit = false
		return m.advance()
	case key.Matches(msg, k.Back):
		return m, cmd(leaveMsg{})
	}
	return m.followCursor(), nil
}

// answer gives choice i: practice and review show feedback, an exam moves on.
func (m questionModel) answer(i int) (questionModel, tea.Cmd) {
	o, rec := m.run.answer(i)
	if m.run.exam() {
		next, c := m.onward()
		return next, tea.Batch(rec, c)
	}
	return m, tea.Batch(rec, cmd(feedbackMsg{outcome: o}))
}

// skip gives up on the question; timedOut says its time ran out.
func (m questionModel) skip(timedOut bool) (questionModel, tea.Cmd) {
	o, rec := m.run.skip()
	if m.run.exam() {
		n := m.run.sess.Index() + 1
		next, c := m.onward()
		if timedOut {
			next.note = fmt.Sprintf("time ran out on question %d", n)
		}
		return next, tea.Batch(rec, c)
	}
	return m, tea.Batch(rec, cmd(feedbackMsg{outcome: o, timedOut: timedOut}))
}

// onward leaves an answered or skipped exam question: back to the submit
// list it was opened from, else to the next question.
func (m questionModel) onward() (questionModel, tea.Cmd) {
	if m.fromSubmit {
		m.fromSubmit = false
		m.submit = newExamSubmit(m.run)
		return m, nil
	}
	return m.advance()
}

// advance moves an exam to the next question, or opens the submit panel
// after the last one.
func (m questionModel) advance() (questionModel, tea.Cmd) {
	if m.run.next() {
		m.cursor, m.scroll, m.note = m.pendingChoice(), 0, ""
		return m, nil
	}
	m.submit = newExamSubmit(m.run)
	return m, nil
}

// onTick checks the clocks (the router keeps the ticks coming): a question
// out of time is skipped, an exam out of time is submitted.
func (m questionModel) onTick(msg tickMsg) (questionModel, tea.Cmd) {
	if msg.run != m.run || m.run.finished() {
		return m, nil
	}
	if m.run.opts.TimeLimit > 0 && m.run.sessionLeft() <= 0 {
		return m, cmd(finishMsg{reason: quiz.EndTimedOut})
	}
	if m.run.opts.PerQuestion > 0 && m.run.questionLeft() <= 0 && !m.submit.open {
		return m.skip(true)
	}
	return m, nil
}

// followCursor scrolls so the focused choice is on screen.
func (m questionModel) followCursor() questionModel {
	l := m.layout()
	if len(l.starts) == 0 {
		return m
	}
	end := len(l.lines)
	if m.cursor+1 < len(l.starts) {
		end = l.starts[m.cursor+1]
	}
	m.scroll = view.Follow(m.scroll, l.starts[m.cursor], end, len(l.lines), m.height()-1)
	return m
}

func (m questionModel) height() int { return m.c.bodyHeight(footerHeight) }

// maxScroll is the last useful scroll offset.
func (m questionModel) maxScroll() int {
	return view.LastOffset(len(m.layout().lines), m.height()-1)
}

// screen is what the question shows in width w, split where a wide
// window puts it in two columns: the card, and the prompt with the choices
// (with where each choice starts in it). The game-day player's question
// screen draws the same two parts.
func (m questionModel) screen(q *quiz.Question, cardW, w int) (card, right []string, starts []int, board int) {
	o := view.NoMarks()
	o.Suffix = m.examMark
	if !m.board().on {
		o.Cursor = m.cursor
	}
	card, right, starts = view.Question(m.c.styles, view.CardOf(q, m.run.sess.CluesShown()), q.Prompt(), texts(q.Choices), o, cardW, w)
	board = -1
	if ev := m.boardLines(q, w); len(ev) > 0 {
		// The board goes under the choices, the card and choices reading
		// as everywhere else (and as on a game-day screen); the budget is
		// in the footer's e key, so the list and the choices stay in view
		// together at 80x24. A note replaces the blank line above it.
		gap := ""
		if m.note != "" {
			gap = m.hints(q, w)
		}
		board = len(right) + 1
		return card, append(append(right, gap), ev...), starts, board
	}
	return card, append(right, "", m.hints(q, w)), starts, board
}

// laidOut is the whole question as lines: where each choice starts, the
// line the evidence list starts on (-1 without a board) and the header
// above them.
type laidOut struct {
	lines  []string
	starts []int
	board  int
	header string
}

// layout renders the whole question as lines.
func (m questionModel) layout() laidOut {
	q := m.run.sess.Current()
	if m.c.wide() {
		return m.wideLayout(q)
	}
	w := m.c.contentWidth()
	l := laidOut{header: m.header(w), board: -1}
	if q == nil {
		return l
	}
	card, right, starts, board := m.screen(q, w, w)
	for i := range starts {
		starts[i] += len(card)
	}
	if board >= 0 {
		l.board = board + len(card)
	}
	l.lines, l.starts = append(card, right...), starts
	return l
}

// wideLayout puts the card left of the prompt and choices, for windows of
// wideMin columns and more.
func (m questionModel) wideLayout(q *quiz.Question) laidOut {
	w := m.c.wideWidth()
	l := laidOut{header: m.header(w), board: -1}
	if q == nil {
		return l
	}
	cardW := min(64, w*2/5)
	left, right, starts, board := m.screen(q, cardW, w-cardW-3)
	l.lines, l.starts, l.board = joinColumns(left, right, cardW, 3), starts, board
	return l
}

// examMark labels the answer already given to an exam question.
func (m questionModel) examMark(i int) string {
	if !m.run.exam() {
		return ""
	}
	if rec, ok := m.run.sess.Record(m.run.sess.Index()); ok && rec.Answered && rec.Choice == i {
		return "(your answer)"
	}
	return ""
}

func (m questionModel) view() string {
	if m.submit.open {
		return m.c.center(m.submit.view(m.c, m.run))
	}
	l := m.layout()
	shown, _ := view.Window(m.c.styles, l.lines, m.scroll, m.height()-1)
	body := l.header + "\n" + strings.Join(shown, "\n")
	if m.c.wide() {
		return m.c.centerIn(body, m.c.wideWidth())
	}
	return m.c.center(body)
}
