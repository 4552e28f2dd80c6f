package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// feedbackModel teaches after an answer: right or wrong, the points, the
// true root cause in full, then (once the optional prevention follow-up is
// answered or skipped, so it is not given away) the resolution, prevention
// and why each option not picked was wrong. Long text scrolls.
type feedbackModel struct {
	c        *common
	run      *run
	outcome  quiz.Outcome
	rec      quiz.AnswerRecord
	followUp *quiz.Question // pending prevention question; nil when none or done
	fuCursor int
	fuResult *quiz.Outcome
	timedOut bool // the question was skipped because its time ran out
	board    bool // showing the whole evidence board instead (b)
	page     page
}

func newFeedback(c *common, r *run, o quiz.Outcome, timedOut bool) feedbackModel {
	rec, _ := r.sess.Record(r.sess.Index())
	m := feedbackModel{c: c, run: r, outcome: o, rec: rec, followUp: r.sess.FollowUp(), timedOut: timedOut, page: newPage(c)}
	if rec.FollowUpOutcome != nil {
		m.followUp, m.fuResult = nil, rec.FollowUpOutcome
	}
	return m.resized()
}

// resized lays the text out again for the window size.
func (m feedbackModel) resized() feedbackModel {
	w := m.c.contentWidth()
	m.page = m.page.set(w, m.c.bodyHeight(footerHeight), m.content(w))
	return m
}

func (m feedbackModel) update(msg tea.Msg) (feedbackModel, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resized(), nil
	case tea.KeyMsg:
		if m.followUp != nil {
			return m.updateFollowUp(msg)
		}
		switch {
		case key.Matches(msg, k.Board) && len(m.rec.Question.Board()) > 0:
			m.board = !m.board
			m = m.resized()
			m.page = m.page.top()
			return m, nil
		case key.Matches(msg, k.Next):
			return m, cmd(nextMsg{})
		case key.Matches(msg, k.Back):
			return m, cmd(leaveMsg{})
		}
	}
	var c tea.Cmd
	m.page, c = m.page.update(msg)
	return m, c
}

// updateFollowUp handles keys while the prevention question waits.
func (m feedbackModel) updateFollowUp(msg tea.KeyMsg) (feedbackModel, tea.Cmd) {
	k := m.c.keys
	n := len(m.followUp.Choices)
	switch {
	case key.Matches(msg, k.Up):
		m.fuCursor = (m.fuCursor + n - 1) % n
	case key.Matches(msg, k.Down):
		m.fuCursor = (m.fuCursor + 1) % n
	case key.Matches(msg, k.Pick):
		if i := view.PickIndex(msg); i >= 0 && i < n {
			m.fuCursor = i
			return m.answerFollowUp(i)
		}
	case key.Matches(msg, k.Enter):
		return m.answerFollowUp(m.fuCursor)
	case key.Matches(msg, k.Skip):
		m.followUp = nil
	case key.Matches(msg, k.Back):
		return m, cmd(leaveMsg{})
	default:
		var c tea.Cmd
		m.page, c = m.page.update(msg)
		return m, c
	}
	return m.resized(), nil
}

func (m feedbackModel) answerFollowUp(i int) (feedbackModel, tea.Cmd) {
	o, rec := m.run.answerFollowUp(i)
	m.fuResult, m.followUp = &o, nil
	return m.resized(), rec
}

// content is the whole feedback text wrapped to width w.
func (m feedbackModel) content(w int) string {
	s := m.c.styles
	q := m.rec.Question
	inc := q.Incident
	teach := view.Teaching{RootCause: inc.RootCause, Resolution: inc.Resolution, Prevention: inc.Prevention}
	head := []string{
		view.VerdictLine(s, view.VerdictOf(m.outcome, m.timedOut)),
		view.PointsLine(s, m.outcome, m.run.sess.Score()),
	}
	if m.board {
		return strings.Join(view.Blocks(head, wholeBoard(s, q, w)), "\n")
	}
	if ev := m.fromEvidence(w); len(ev) > 0 {
		head = view.Blocks(head, ev)
	} else {
		head = append(head, view.Paint(s.Ink.Correct, view.Hang(fmt.Sprintf("%d. ", q.Answer+1), q.Choices[q.Answer].Text, w))...)
	}
	card := view.Header(s, inc.Severity, inc.ID, inc.Date, inc.Platform, w)
	card = append(card, view.Paint(s.Ink.CardTitle, view.Wrap(view.OneLine(inc.Title), w))...)
	cause := view.Section(s, "ROOT CAUSE", inc.RootCause, w)
	if m.followUp != nil {
		return strings.Join(view.Blocks(head, card, cause, m.followUpView(w)), "\n")
	}
	var fu []string
	if m.fuResult != nil {
		fu = m.followUpResult(w)
	}
	return strings.Join(view.Blocks(head, card, cause, fu, view.After(s, teach, w), m.whyNot(w)), "\n")
}

// whyNot explains each option the trainee did not pick (and the wrong pick).
func (m feedbackModel) whyNot(w int) []string {
	q := m.rec.Question
	var opts []view.Option
	for i, ch := range q.Choices {
		if i == q.Answer || i == m.outcome.Choice && len(q.Evidence) > 0 {
			continue // the answer, and a pick already explained from the evidence
		}
		opts = append(opts, view.Option{Number: i + 1, Text: ch.Text, Why: ch.WhyNot, Incident: ch.IncidentID, Yours: i == m.outcome.Choice})
	}
	return view.WhyNot(m.c.styles, "THE OTHER OPTIONS", opts, w)
}

func (m feedbackModel) followUpView(w int) []string {
	s := m.c.styles
	fq := m.followUp
	o := view.NoMarks()
	o.Cursor = m.fuCursor
	lines, _ := view.Choices(s, texts(fq.Choices), o, w)
	out := []string{s.Ink.Label("FOLLOW-UP") + s.Ink.Muted(fmt.Sprintf(" · +%d points", m.run.opts.Scoring.FollowUp))}
	out = append(out, view.Paint(s.Ink.Bold, view.Wrap(fq.Prompt(), w))...)
	out = append(out, lines...)
	pick := m.c.keys.PickFor(len(fq.Choices)).Help().Key
	return append(out, "", s.Ink.Muted("answer with "+pick+" or enter; s skips the follow-up"))
}

func (m feedbackModel) followUpResult(w int) []string {
	s := m.c.styles
	o := m.fuResult
	if o.Correct {
		return []string{s.Ink.Correct("✓ Follow-up right") + s.Ink.Muted(fmt.Sprintf(" · +%d points", o.Points))}
	}
	fq := m.rec.FollowUp
	if rec, ok := m.run.sess.Record(m.run.sess.Index()); ok && rec.FollowUp != nil {
		fq = rec.FollowUp
	}
	right := ""
	if fq != nil && o.Answer >= 0 && o.Answer < len(fq.Choices) {
		right = view.OneLine(fq.Choices[o.Answer].Text)
	}
	return append([]string{s.Ink.Wrong("✗ Follow-up wrong")}, view.Paint(s.Ink.Text, view.Wrap("It was: "+right, w))...)
}

// texts is the text of each choice.
func texts(choices []quiz.Choice) []string {
	out := make([]string, len(choices))
	for i, c := range choices {
		out[i] = c.Text
	}
	return out
}

func (m feedbackModel) view() string {
	return m.c.center(m.page.view())
}

func (m feedbackModel) help() screenHelp {
	k := m.c.keys
	leave := view.Relabel(k.Back, "esc", "end session")
	if m.followUp != nil {
		pick := k.PickFor(len(m.followUp.Choices))
		return screenHelp{
			short: []key.Binding{pick, k.Move, k.Enter, k.Skip},
			full:  [][]key.Binding{{pick, k.Up, k.Down, k.Enter}, {k.Skip, leave}},
		}
	}
	board := k.Board
	if m.board {
		board = view.Relabel(board, "b", "back to the feedback")
	}
	board.SetEnabled(len(m.rec.Question.Board()) > 0)
	return screenHelp{
		short: []key.Binding{k.Next, board, k.Scroll},
		full:  [][]key.Binding{{k.Next, board}, m.page.keys(), {leave}},
	}
}
