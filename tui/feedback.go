package tui

import (
	"fmt"
	"time"

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
	shown    time.Time // when the verdict appeared (see nextGuard)
}

// nextGuard is how soon after the verdict appears "next" is taken as a
// key meant for the question: a digit answers at once, and a trainee who
// typed "1" and Enter to confirm it skipped the whole debrief (a
// read-through as a new trainee did). A clock that does not move, as in
// the goldens, never guards.
const nextGuard = 400 * time.Millisecond

// tooSoon reports whether a "next" now would be such a key.
func (m feedbackModel) tooSoon() bool {
	d := m.c.now().Sub(m.shown)
	return d > 0 && d < nextGuard
}

func newFeedback(c *common, r *run, o quiz.Outcome, timedOut bool) feedbackModel {
	rec, _ := r.sess.Record(r.sess.Index())
	m := feedbackModel{c: c, run: r, outcome: o, rec: rec, followUp: r.sess.FollowUp(), timedOut: timedOut, page: newPage(c), shown: c.now()}
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
		case key.Matches(msg, k.Next) && m.tooSoon():
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
	case key.Matches(msg, k.Up), key.Matches(msg, k.Down):
		step := 1
		if key.Matches(msg, k.Up) {
			step = n - 1
		}
		m.fuCursor = (m.fuCursor + step) % n
		// The follow-up closes the page: moving its marker brings it into
		// view, so enter never confirms an option the trainee cannot see.
		m = m.resized()
		m.page.vp.GotoBottom()
		return m, nil
	case key.Matches(msg, k.Pick) && view.PickIndex(msg) >= 0 && view.PickIndex(msg) < n:
		i := view.PickIndex(msg)
		m.fuCursor = i
		return m.answerFollowUp(i)
	case key.Matches(msg, k.Enter) && m.tooSoon():
		return m, nil // the Enter meant for the question just answered
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
	head := []string{
		s.Ink.Muted(fmt.Sprintf("Question %d/%d · %s", m.run.sess.Index()+1, m.run.sess.Len(), m.run.opts.Mode)),
		view.VerdictLine(s, view.VerdictOf(m.outcome, m.timedOut)),
		view.PointsLine(s, m.outcome, m.run.sess.Score()),
	}
	a := answered{q: m.rec.Question, choice: m.outcome.Choice, head: head, board: m.board}
	if m.outcome.Skipped {
		a.choice = -1
	}
	switch {
	case m.followUp != nil:
		a.followUp, a.pending = m.followUpView(w), true
	case m.fuResult != nil:
		a.followUp = m.followUpResult(w)
	}
	return debrief(s, a, w)
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
	right, picked := "", ""
	if fq != nil && o.Answer >= 0 && o.Answer < len(fq.Choices) {
		right = view.OneLine(fq.Choices[o.Answer].Text)
	}
	if fq != nil && o.Choice >= 0 && o.Choice < len(fq.Choices) {
		picked = fmt.Sprintf("You picked %d: %s", o.Choice+1, view.OneLine(fq.Choices[o.Choice].Text))
	}
	out := []string{s.Ink.Wrong("✗ Follow-up wrong")}
	if picked != "" {
		out = append(out, view.Paint(s.Ink.Muted, view.Wrap(picked, w))...)
	}
	return append(out, view.Paint(s.Ink.Text, view.Wrap("It was: "+right, w))...)
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
