package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
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
	vp       viewport.Model
}

func newFeedback(c *common, r *run, o quiz.Outcome, timedOut bool) feedbackModel {
	rec, _ := r.sess.Record(r.sess.Index())
	m := feedbackModel{c: c, run: r, outcome: o, rec: rec, followUp: r.sess.FollowUp(), timedOut: timedOut, vp: viewport.New(0, 0)}
	if rec.FollowUpOutcome != nil {
		m.followUp, m.fuResult = nil, rec.FollowUpOutcome
	}
	return m.resized()
}

// resized lays the text out again for the window size.
func (m feedbackModel) resized() feedbackModel {
	w := m.c.contentWidth()
	m.vp.Width, m.vp.Height = w, m.c.bodyHeight(footerHeight)-1
	m.vp.SetContent(m.content(w))
	return m
}

func (m feedbackModel) update(msg tea.Msg) (feedbackModel, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resized(), nil
	case tickMsg:
		return m, nil // no countdown while reading
	case tea.KeyMsg:
		if m.followUp != nil {
			return m.updateFollowUp(msg)
		}
		switch {
		case key.Matches(msg, k.Next):
			return m, cmd(nextMsg{})
		case key.Matches(msg, k.Top):
			m.vp.GotoTop()
			return m, nil
		case key.Matches(msg, k.Bottom):
			m.vp.GotoBottom()
			return m, nil
		case key.Matches(msg, k.Back):
			return m, cmd(leaveMsg{})
		}
	}
	var c tea.Cmd
	m.vp, c = m.vp.Update(msg)
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
		if i := PickIndex(msg); i >= 0 && i < n {
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
		m.vp, c = m.vp.Update(msg)
		return m, c
	}
	m.vp.SetContent(m.content(m.vp.Width))
	return m, nil
}

func (m feedbackModel) answerFollowUp(i int) (feedbackModel, tea.Cmd) {
	o, rec := m.run.answerFollowUp(i)
	m.fuResult, m.followUp = &o, nil
	m.vp.SetContent(m.content(m.vp.Width))
	return m, rec
}

// content is the whole feedback text wrapped to width w.
func (m feedbackModel) content(w int) string {
	s := m.c.styles
	q := m.rec.Question
	inc := q.Incident
	var b strings.Builder
	b.WriteString(m.verdict() + "\n")
	b.WriteString(m.points() + "\n")
	b.WriteString(hanging(m.c, fmt.Sprintf("%d. ", q.Answer+1), cleanLine(q.Choices[q.Answer].Text), w, s.Correct) + "\n\n")
	b.WriteString(incidentHeader(s, inc) + "\n" + m.c.wrap(cleanLine(inc.Title), w, s.CardTitle) + "\n\n")
	section := func(label, text string) {
		if strings.TrimSpace(text) != "" {
			b.WriteString(s.Label.Render(label) + "\n" + m.c.wrap(clean(text), w, s.Text) + "\n\n")
		}
	}
	section("ROOT CAUSE", inc.RootCause)
	if m.followUp != nil {
		b.WriteString(m.followUpView(w))
		return strings.TrimRight(b.String(), "\n")
	}
	if m.fuResult != nil {
		b.WriteString(m.followUpResult(w) + "\n\n")
	}
	section("RESOLUTION", inc.Resolution)
	if len(inc.Prevention) > 0 {
		b.WriteString(s.Label.Render("PREVENTION") + "\n" + numbered(m.c, inc.Prevention, w, s.Text) + "\n\n")
	}
	b.WriteString(m.whyNot(w))
	return strings.TrimRight(b.String(), "\n")
}

// verdict is the headline: right, wrong (with the pick) or skipped.
func (m feedbackModel) verdict() string {
	s := m.c.styles
	o := m.outcome
	switch {
	case o.Correct:
		return s.Correct.Render("✓ Correct") + s.Muted.Render(fmt.Sprintf(" · answer %d", o.Answer+1))
	case m.timedOut:
		return s.Wrong.Render("✗ Time is up") + s.Muted.Render(fmt.Sprintf(" · the answer was %d", o.Answer+1))
	case o.Skipped || o.Choice < 0:
		return s.Wrong.Render("– Skipped") + s.Muted.Render(fmt.Sprintf(" · the answer was %d", o.Answer+1))
	}
	return s.Wrong.Render("✗ Wrong") + s.Muted.Render(fmt.Sprintf(" · you picked %d, the answer was %d", o.Choice+1, o.Answer+1))
}

// points breaks the points down: base, clue cost, speed and streak bonus.
func (m feedbackModel) points() string {
	s := m.c.styles
	o := m.outcome
	if !o.Correct {
		return s.Muted.Render("0 points · streak reset · total ") + s.Number.Render(fmt.Sprint(m.run.sess.Score()))
	}
	parts := []string{fmt.Sprintf("%d base", o.Base)}
	if o.ClueCost > 0 {
		parts = append(parts, fmt.Sprintf("−%d clues", o.ClueCost))
	}
	if o.Speed > 0 {
		parts = append(parts, fmt.Sprintf("+%d speed", o.Speed))
	}
	if o.StreakBonus > 0 {
		parts = append(parts, fmt.Sprintf("+%d streak", o.StreakBonus))
	}
	return s.Number.Render(fmt.Sprintf("+%d points", o.Points)) +
		s.Muted.Render(" ("+strings.Join(parts, " ")+fmt.Sprintf(") · streak %d · total %d", o.Streak, m.run.sess.Score()))
}

// whyNot explains each option the trainee did not pick (and the wrong pick).
func (m feedbackModel) whyNot(w int) string {
	s := m.c.styles
	q := m.rec.Question
	var b strings.Builder
	b.WriteString(s.Label.Render("THE OTHER OPTIONS") + "\n")
	for i, ch := range q.Choices {
		if i == q.Answer {
			continue
		}
		text := cleanLine(ch.Text)
		if i == m.outcome.Choice {
			text = "(your pick) " + text
		}
		b.WriteString(hanging(m.c, fmt.Sprintf("%d. ", i+1), text, w, s.Bold) + "\n")
		why := cleanLine(ch.WhyNot)
		if why == "" {
			why = "Not what happened here."
		}
		if ch.IncidentID != "" && !strings.Contains(why, ch.IncidentID) {
			why += " (This caused " + cleanLine(ch.IncidentID) + ".)"
		}
		b.WriteString(m.c.renderer.NewStyle().PaddingLeft(3).Render(m.c.wrap(why, w-3, s.Muted)) + "\n")
	}
	return b.String()
}

func (m feedbackModel) followUpView(w int) string {
	s := m.c.styles
	fq := m.followUp
	lines, _ := choiceLines(m.c, fq.Choices, m.fuCursor, w, nil)
	return s.Label.Render("FOLLOW-UP") + s.Muted.Render(fmt.Sprintf(" · +%d points", m.run.opts.Scoring.FollowUp)) + "\n" +
		s.Bold.Render(fq.Prompt()) + "\n" + strings.Join(lines, "\n") + "\n\n" +
		s.Muted.Render("answer with 1-4 or enter; s skips the follow-up")
}

func (m feedbackModel) followUpResult(w int) string {
	s := m.c.styles
	o := m.fuResult
	if o.Correct {
		return s.Correct.Render("✓ Follow-up right") + s.Muted.Render(fmt.Sprintf(" · +%d points", o.Points))
	}
	fq := m.rec.FollowUp
	if rec, ok := m.run.sess.Record(m.run.sess.Index()); ok && rec.FollowUp != nil {
		fq = rec.FollowUp
	}
	right := ""
	if fq != nil && o.Answer >= 0 && o.Answer < len(fq.Choices) {
		right = cleanLine(fq.Choices[o.Answer].Text)
	}
	return s.Wrong.Render("✗ Follow-up wrong") + "\n" + m.c.wrap("It was: "+right, w, s.Text)
}

func (m feedbackModel) view() string {
	return m.c.center(m.vp.View() + "\n" + scrollHint(m.c.styles, m.vp))
}

func (m feedbackModel) help() screenHelp {
	k := m.c.keys
	leave := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "end session"))
	if m.followUp != nil {
		pick := k.PickFor(len(m.followUp.Choices))
		return screenHelp{
			short: []key.Binding{pick, k.Move, k.Enter, k.Skip},
			full:  [][]key.Binding{{pick, k.Up, k.Down, k.Enter}, {k.Skip, leave}},
		}
	}
	scroll := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓/pgdn", "scroll"))
	return screenHelp{
		short: []key.Binding{k.Next, scroll},
		full:  [][]key.Binding{{k.Next}, {k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {leave}},
	}
}
