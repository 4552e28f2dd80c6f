package tui

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// run is one quiz session in progress, shared by the question, feedback and
// results screens: the engine's session, the clock readings the engine does
// not keep, and the recorder that saves answers.
type run struct {
	engine  *quiz.Engine
	sess    *quiz.Session
	opts    quiz.Options
	rec     *recorder
	now     func() time.Time
	started time.Time // session start, for an exam's time limit
	qStart  time.Time // when the current question was shown
	tickFn  func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// shown marks the questions put on screen: an exam question the time
	// ran out before is stored as not reached, not as a miss.
	shown []bool
	// paused is when a quit or leave dialog stopped the clocks (zero:
	// running); a trainee reading the dialog is not spending exam time.
	paused time.Time
	// box is a review's time box (0: none): once the session has run this
	// long, no new question is offered; the one on screen is finished.
	// boxed says the box ended the session before its last question.
	box   time.Duration
	boxed bool
}

// tickMsg drives the countdown of a timed session, once a second. run tells
// this session's ticks from those of an earlier one still in flight.
type tickMsg struct{ run *run }

// newRun starts a session. A review's TimeLimit is its time box (Setup's
// "Time box", play --time-box), not an exam's limit: the run keeps it and
// the engine, and the question screen's countdown, never see it.
func newRun(e *quiz.Engine, o quiz.Options, store Store, user string, now func() time.Time) (*run, error) {
	var box time.Duration
	if o.Mode == quiz.Review {
		box, o.TimeLimit = max(o.TimeLimit, 0), 0
	}
	sess, err := e.NewSession(o)
	if err != nil {
		return nil, err
	}
	t := now()
	r := &run{engine: e, sess: sess, opts: sess.Options(), now: now, started: t, qStart: t, tickFn: tea.Tick,
		shown: make([]bool, sess.Len()), box: box}
	r.markShown()
	r.rec = newRecorder(store, user, r.opts, sess.Len(), t)
	return r, nil
}

// timed reports whether a countdown is shown.
func (r *run) timed() bool { return r.opts.PerQuestion > 0 || r.opts.TimeLimit > 0 }

// startCmd starts the countdown of a timed session.
func (r *run) startCmd() tea.Cmd {
	if r == nil || !r.timed() {
		return nil
	}
	return r.tick()
}

func (r *run) tick() tea.Cmd {
	return r.tickFn(time.Second, func(time.Time) tea.Msg { return tickMsg{run: r} })
}

func (r *run) finished() bool { return r == nil || r.sess.Done() }

func (r *run) exam() bool { return r.opts.Mode == quiz.Exam }

// elapsed is the time spent on the current question.
func (r *run) elapsed() time.Duration { return max(0, r.clock().Sub(r.qStart)) }

// clock is the time the session's clocks read: frozen while paused.
func (r *run) clock() time.Time {
	if !r.paused.IsZero() {
		return r.paused
	}
	return r.now()
}

// pause stops the clocks while a dialog is open.
func (r *run) pause() {
	if r != nil && r.paused.IsZero() {
		r.paused = r.now()
	}
}

// resume restarts the clocks, moving the starts on by the paused time.
func (r *run) resume() {
	if r == nil || r.paused.IsZero() {
		return
	}
	d := max(0, r.now().Sub(r.paused))
	r.started, r.qStart, r.paused = r.started.Add(d), r.qStart.Add(d), time.Time{}
}

// questionLeft is the time left on the current question (PerQuestion set).
func (r *run) questionLeft() time.Duration { return r.opts.PerQuestion - r.elapsed() }

// sessionLeft is the time left in the whole session (TimeLimit set).
func (r *run) sessionLeft() time.Duration {
	return r.opts.TimeLimit - max(0, r.clock().Sub(r.started))
}

// answer gives a choice and returns the outcome and the Cmd recording it.
// Exams record nothing until they are finished.
func (r *run) answer(choice int) (quiz.Outcome, tea.Cmd) {
	o := r.sess.Answer(choice, r.elapsed())
	if r.exam() || o.Choice < 0 {
		return o, nil
	}
	return o, r.rec.record(r.answerRecord(r.sess.Index()))
}

// skip gives up on the current question (also when its time runs out).
func (r *run) skip() (quiz.Outcome, tea.Cmd) {
	o := r.sess.Skip()
	if r.exam() {
		return o, nil
	}
	return o, r.rec.record(r.answerRecord(r.sess.Index()))
}

// answerFollowUp answers the prevention follow-up and records it.
func (r *run) answerFollowUp(choice int) (quiz.Outcome, tea.Cmd) {
	fq := r.sess.FollowUp()
	o := r.sess.AnswerFollowUp(choice)
	if fq == nil || o.Choice < 0 {
		return o, nil
	}
	return o, r.rec.record(Answer{
		IncidentID: fq.Incident.ID, Kind: string(fq.Kind), Difficulty: fq.Difficulty.String(),
		Choice: o.Choice, Correct: o.Correct, At: r.now(),
	})
}

// boxUsed reports whether a review's time box has run out (paused time
// not counted).
func (r *run) boxUsed() bool { return r.box > 0 && r.clock().Sub(r.started) >= r.box }

// next moves on and restarts the question clock; false when none is left,
// or when the time box is used up and questions remain (boxed).
func (r *run) next() bool {
	if r.boxUsed() && r.sess.Index()+1 < r.sess.Len() {
		r.boxed = true
		return false
	}
	ok := r.sess.Next()
	r.qStart = r.now()
	r.markShown()
	return ok
}

// jump moves an exam to question i (a revisit or ←).
func (r *run) jump(i int) {
	if r.sess.Goto(i) {
		r.markShown()
	}
}

// markShown notes that the current question is on screen.
func (r *run) markShown() {
	if i := r.sess.Index(); i >= 0 && i < len(r.shown) {
		r.shown[i] = true
	}
}

// finish ends the session for the given reason; an exam is scored now and
// all its answers are recorded at once. The engine keeps the reason and the
// wall time (start to end, by this run's clock) for the results screen. The
// Cmd also marks the stored session finished.
func (r *run) finish(reason quiz.EndReason) tea.Cmd {
	wasDone := r.sess.Done()
	wall := max(0, r.clock().Sub(r.started))
	if reason == quiz.EndTimedOut && r.opts.TimeLimit > 0 {
		wall = min(wall, r.opts.TimeLimit) // a late tick does not add to it
	}
	r.sess.End(reason, wall)
	if r.exam() && !wasDone {
		for i := range r.sess.Len() {
			a := r.answerRecord(i)
			a.NotReached = reason == quiz.EndTimedOut && !r.shown[i]
			r.rec.record(a) // queued; the finish Cmd writes them
		}
	}
	return r.rec.finish(r.now())
}

// answerRecord converts question i's record for the progress store.
func (r *run) answerRecord(i int) Answer {
	rec, _ := r.sess.Record(i)
	q := rec.Question
	choice := rec.Choice
	if rec.Skipped || !rec.Answered {
		choice = -1
	}
	return Answer{
		IncidentID: q.Incident.ID, Kind: string(q.Kind), Difficulty: q.Difficulty.String(),
		Choice: choice, Correct: rec.Correct, Clues: rec.PaidClues(), Elapsed: rec.Elapsed, At: r.now(),
		Words: questionWords(q),
	}
}

// questionWords is what the trainee reads before answering: the prompt,
// the card as first shown, the choices and the evidence open from the
// start. The grade's time bands scale with it (a question with a long
// alert is not "slow" for taking longer to read).
func questionWords(q *quiz.Question) int {
	c := q.Card(0)
	parts := []string{q.Prompt(), c.Title, c.Summary, c.Platform, strings.Join(c.Services, " ")}
	for _, ch := range q.Choices {
		parts = append(parts, ch.Text)
	}
	for k, ev := range q.Evidence {
		if k < len(q.Investigation.Free) && q.Investigation.Free[k] {
			parts = append(parts, ev.Title, strings.Join(ev.Lines, " "))
		}
	}
	return len(strings.Fields(strings.Join(parts, " ")))
}
