package quiz

import "time"

// Session walks a fixed list of questions. It is not safe for concurrent
// use; each player gets their own.
type Session struct {
	opts   Options
	recs   []AnswerRecord
	cur    int
	done   bool
	streak int // consecutive right answers so far
	best   int
	score  int
	reason EndReason     // set by End
	wall   time.Duration // set by End: the caller's wall-clock time
}

// AnswerRecord is what happened to one question.
type AnswerRecord struct {
	Question *Question
	// Outcome is the scored answer. In an exam it is filled in only when the
	// exam ends; until then Choice holds the pending answer.
	Outcome
	Answered bool // a choice was given (false: skipped or never reached)
	Elapsed  time.Duration
	Clues    int // clues revealed
	// Opened lists the evidence items opened (indexes into
	// Question.Evidence, free ones excluded), in opening order; OverBudget
	// is how many of them were opened beyond the investigation budget.
	Opened     []int
	OverBudget int
	// EvidenceCost is the points the opened items cost.
	EvidenceCost int
	Flagged      bool
	// FollowUp is the prevention question (nil when none) and
	// FollowUpOutcome its result once answered.
	FollowUp        *Question
	FollowUpOutcome *Outcome
}

// PaidClues is how many hints the answer took, for a spaced-repetition
// rating: clues revealed plus evidence opened beyond the budget. Evidence
// opened within the budget is investigation, not a hint, and never counts.
func (r *AnswerRecord) PaidClues() int { return r.Clues + r.OverBudget }

// settled reports whether the question has been answered or skipped.
func (r *AnswerRecord) settled() bool { return r.Answered || r.Skipped }

// Options returns the options the session was built with (Scoring filled in).
func (s *Session) Options() Options { return s.opts }

// Len is the number of questions.
func (s *Session) Len() int { return len(s.recs) }

// Index is the current question's position, 0-based.
func (s *Session) Index() int { return s.cur }

// Done reports whether the session has ended.
func (s *Session) Done() bool { return s.done }

// Current is the question being asked; nil once the session is done.
func (s *Session) Current() *Question {
	if s.done || len(s.recs) == 0 {
		return nil
	}
	return s.recs[s.cur].Question
}

// Record returns what happened to question i so far.
func (s *Session) Record(i int) (AnswerRecord, bool) {
	if i < 0 || i >= len(s.recs) {
		return AnswerRecord{}, false
	}
	return s.recs[i], true
}

// RevealClue opens the current question's next clue. It reports false when
// none is left or the question is already settled (outside exams, where a
// flagged question may be revisited before the end).
func (s *Session) RevealClue() (Clue, bool) {
	if s.done {
		return Clue{}, false
	}
	r := &s.recs[s.cur]
	if (s.opts.Mode != Exam && r.settled()) || r.Clues >= len(r.Question.Clues) {
		return Clue{}, false
	}
	r.Clues++
	return r.Question.Clues[r.Clues-1], true
}

// CluesShown is how many clues of the current question are open; pass it
// to [Question.Card].
func (s *Session) CluesShown() int {
	if s.done {
		return 0
	}
	return s.recs[s.cur].Clues
}

// Answer gives choice for the current question after elapsed time on it.
// Practice and review score it at once; a second answer returns the first
// outcome. An exam records it (Deferred, may be changed until the end) and
// tells nothing. An out-of-range choice is ignored and changes nothing.
func (s *Session) Answer(choice int, elapsed time.Duration) Outcome {
	if s.done {
		return Outcome{Choice: -1, Answer: -1}
	}
	r := &s.recs[s.cur]
	q := r.Question
	if choice < 0 || choice >= len(q.Choices) {
		return Outcome{Choice: -1, Answer: -1}
	}
	if s.opts.Mode == Exam {
		r.Answered, r.Skipped, r.Choice, r.Elapsed = true, false, choice, elapsed
		return Outcome{Deferred: true, Choice: choice, Answer: -1}
	}
	if r.settled() {
		return r.Outcome
	}
	r.Answered, r.Elapsed = true, elapsed
	s.score1(r, choice)
	return r.Outcome
}

// Skip gives up on the current question: no points, the streak resets, and
// outside exams the right answer is shown. In an exam it changes nothing: an
// answer already given stands, and a question left unanswered counts as
// missed at the end.
func (s *Session) Skip() Outcome {
	if s.done {
		return Outcome{Choice: -1, Answer: -1}
	}
	r := &s.recs[s.cur]
	if s.opts.Mode == Exam {
		return Outcome{Skipped: !r.Answered, Deferred: true, Choice: r.Choice, Answer: -1}
	}
	if r.settled() {
		return r.Outcome
	}
	s.score1(r, -1)
	return r.Outcome
}

// score1 scores record r with the given choice (-1 = skipped), in session
// order, updating the streak and total.
func (s *Session) score1(r *AnswerRecord, choice int) {
	q := r.Question
	cost := r.EvidenceCost
	for _, c := range q.Clues[:r.Clues] {
		cost += c.Cost
	}
	o := s.opts.Scoring.Points(choice == q.Answer, r.Elapsed, s.opts.PerQuestion, s.streak, cost)
	o.Choice, o.Answer, o.Skipped = choice, q.Answer, choice < 0
	if o.Correct {
		o.EvidenceCost = r.EvidenceCost
	}
	r.Outcome = o
	s.streak = o.Streak
	s.best = max(s.best, s.streak)
	s.score += o.Points
}

// ToggleFlag marks or unmarks the current question for review and returns
// the new state.
func (s *Session) ToggleFlag() bool {
	if s.done {
		return false
	}
	r := &s.recs[s.cur]
	r.Flagged = !r.Flagged
	return r.Flagged
}

// Flagged lists the flagged questions' positions in order.
func (s *Session) Flagged() []int {
	var out []int
	for i := range s.recs {
		if s.recs[i].Flagged {
			out = append(out, i)
		}
	}
	return out
}

// Unanswered lists the positions of questions without an answer, for an
// exam's "submit?" screen.
func (s *Session) Unanswered() []int {
	var out []int
	for i := range s.recs {
		if !s.recs[i].Answered {
			out = append(out, i)
		}
	}
	return out
}

// Goto moves to question i. Only exams allow jumping (to revisit flagged or
// unanswered questions); other modes report false.
func (s *Session) Goto(i int) bool {
	if s.done || s.opts.Mode != Exam || i < 0 || i >= len(s.recs) {
		return false
	}
	s.cur = i
	return true
}

// Next moves to the following question and reports whether there is one.
// Past the last question a practice or review session is done; an exam
// stays open until [Session.Finish], so flagged questions can be revisited.
func (s *Session) Next() bool {
	if s.done {
		return false
	}
	if s.cur+1 < len(s.recs) {
		s.cur++
		return true
	}
	if s.opts.Mode != Exam {
		s.done = true
	}
	return false
}

// Finish ends the session: an exam is submitted (or its time ran out) and
// scored in question order; unanswered questions count as missed. Prefer
// [Session.End], which also records why and the wall-clock time.
func (s *Session) Finish() {
	if s.done {
		return
	}
	s.done = true
	if s.opts.Mode != Exam {
		return
	}
	for i := range s.recs {
		r := &s.recs[i]
		if r.Answered {
			s.score1(r, r.Choice)
		} else {
			s.score1(r, -1)
		}
	}
}

// FollowUp is the current question's prevention follow-up, offered once its
// root cause is answered (practice and review with Options.FollowUp); nil
// when there is none.
func (s *Session) FollowUp() *Question {
	if s.done {
		return nil
	}
	r := &s.recs[s.cur]
	if !r.settled() || s.opts.Mode == Exam {
		return nil
	}
	return r.FollowUp
}

// AnswerFollowUp answers the current follow-up. A right answer scores
// Scoring.FollowUp points; follow-ups never touch the streak. A second
// answer returns the first outcome.
func (s *Session) AnswerFollowUp(choice int) Outcome {
	fq := s.FollowUp()
	if fq == nil || choice < 0 || choice >= len(fq.Choices) {
		return Outcome{Choice: -1, Answer: -1}
	}
	r := &s.recs[s.cur]
	if r.FollowUpOutcome != nil {
		return *r.FollowUpOutcome
	}
	o := Outcome{Correct: choice == fq.Answer, Choice: choice, Answer: fq.Answer}
	if o.Correct {
		o.Base, o.Points = s.opts.Scoring.FollowUp, s.opts.Scoring.FollowUp
	}
	r.FollowUpOutcome = &o
	s.score += o.Points
	return o
}

// Score is the points so far (an exam's only once finished).
func (s *Session) Score() int { return s.score }

// Streak is the current run of right answers.
func (s *Session) Streak() int { return s.streak }

// BestStreak is the longest run of right answers so far.
func (s *Session) BestStreak() int { return s.best }
