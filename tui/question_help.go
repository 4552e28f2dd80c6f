package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// help is the question's keys: those that do something on it now.
func (m questionModel) help() screenHelp {
	k := m.c.keys
	if m.submit.open {
		return m.submit.help(k)
	}
	n, clues := 0, 0
	if q := m.run.sess.Current(); q != nil {
		n, clues = len(q.Choices), len(q.Clues)
	}
	pick, clue := k.PickFor(n), k.Clue
	clue.SetEnabled(m.run.sess.CluesShown() < clues)
	short := []key.Binding{pick, k.Move, k.Enter, clue, k.Skip}
	full := [][]key.Binding{{pick, k.Up, k.Down, k.Enter}, {clue, k.Skip}, {k.PageUp, k.PageDown}}
	if m.run.exam() {
		prev := view.Relabel(k.Left, "←/h", "previous")
		next := view.Relabel(k.Right, "→/l", "next")
		prev.SetEnabled(m.run.sess.Index() > 0)
		// Paired entries, so ←/→ and enter fit 80 columns; the clue key
		// is also named under the choices, so it may drop off first.
		choose := view.Relabel(view.Rekey(k.Move, append(k.Move.Keys(), k.Enter.Keys()...)...), "↑↓/enter", "pick")
		step := view.Relabel(view.Rekey(k.Right, append(k.Left.Keys(), k.Right.Keys()...)...), "←→", "prev/next")
		short = []key.Binding{pick, choose, step, k.Flag, clue, k.Skip}
		full[1] = append(full[1], k.Flag, prev, next)
	}
	full[1] = append(full[1], view.Relabel(k.Back, "esc", "end session"))
	if q := m.run.sess.Current(); q != nil && len(q.Evidence) > 0 {
		ev := m.evidenceKey()
		short = append([]key.Binding{short[0], ev}, short[1:]...)
		full = append(full, []key.Binding{ev})
	}
	return screenHelp{short: short, full: full}
}

// The lines around the card that tell where the round stands: the header
// (position, score, clocks) and the hint line under the choices.

// header is "Question 3/10 · practice · normal" left, score and timer right.
func (m questionModel) header(w int) string {
	s := m.c.styles
	r := m.run
	left := s.Title.Render(fmt.Sprintf("Question %d/%d", r.sess.Index()+1, r.sess.Len())) +
		s.Muted.Render(fmt.Sprintf(" · %s · %s", r.opts.Mode, r.opts.Difficulty))
	var right []string
	if r.exam() {
		right = append(right, s.Muted.Render(fmt.Sprintf("answered %d/%d", r.sess.Len()-len(r.sess.Unanswered()), r.sess.Len())))
		if rec, ok := r.sess.Record(r.sess.Index()); ok && rec.Flagged {
			right = append(right, s.Flag.Render("[flagged]"))
		}
	} else {
		right = append(right, s.Muted.Render("Score ")+s.Number.Render(fmt.Sprint(r.sess.Score())),
			s.Muted.Render("Streak ")+s.Number.Render(fmt.Sprint(r.sess.Streak())))
	}
	if t := m.timer(); t != "" {
		right = append(right, t)
	}
	rs := strings.Join(right, "  ")
	if lipgloss.Width(left)+1+lipgloss.Width(rs) > w { // narrow: drop mode and difficulty
		left = s.Title.Render(fmt.Sprintf("Question %d/%d", r.sess.Index()+1, r.sess.Len()))
	}
	if lipgloss.Width(left)+1+lipgloss.Width(rs) > w && len(right) > 1 {
		rs = strings.Join(right[1:], "  ")
	}
	gap := max(1, w-lipgloss.Width(left)-lipgloss.Width(rs))
	return left + strings.Repeat(" ", gap) + rs
}

// timer shows the time left, turning urgent in the last 10 seconds.
func (m questionModel) timer() string {
	s := m.c.styles
	r := m.run
	var left []string
	urgent := false
	if r.opts.PerQuestion > 0 {
		d := r.questionLeft()
		left = append(left, "Time left "+view.Clock(d))
		urgent = d <= 10*time.Second
	}
	if r.opts.TimeLimit > 0 {
		d := r.sessionLeft()
		left = append(left, "Exam time left "+view.Clock(d))
		urgent = urgent || d <= 30*time.Second
	}
	if len(left) == 0 {
		return ""
	}
	st := s.Timer
	if urgent {
		st = s.Urgent
	}
	return st.Render(strings.Join(left, " · "))
}

// hints names the clue left (with its cost) or says none is left.
func (m questionModel) hints(q *quiz.Question, w int) string {
	s := m.c.styles
	if m.note != "" {
		return s.Notice.Render(view.Truncate(" "+m.note, w))
	}
	shown := m.run.sess.CluesShown()
	if shown < len(q.Clues) {
		cl := q.Clues[shown]
		left := "the last clue"
		if n := len(q.Clues) - shown; n > 1 {
			left = fmt.Sprintf("%d clues left", n)
		}
		return s.Muted.Render(" ") + s.Key.Render("c") +
			s.Muted.Render(fmt.Sprintf(" reveals %s (−%d points), %s", cl.Label, cl.Cost, left))
	}
	if len(q.Clues) > 0 {
		return s.Muted.Render(" all clues revealed")
	}
	return ""
}
