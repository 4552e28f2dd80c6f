package quiz

import "time"

// Scoring is the rule set for points. It is a plain value: callers pick a
// preset and switch parts off as they like.
type Scoring struct {
	Correct int // points for a right answer
	// SpeedBonus adds up to SpeedMax points for a right answer when a time
	// limit applies: SpeedMax at once, falling linearly to 0 at the limit.
	SpeedBonus bool
	SpeedMax   int
	// StreakBonus adds StreakStep points per consecutive right answer beyond
	// the first, at most StreakCap.
	StreakBonus bool
	StreakStep  int
	StreakCap   int
	// ClueCost is taken from a right answer per revealed clue; a right
	// answer never scores below zero before bonuses.
	ClueCost int
	// EvidenceCost is taken from a right answer per evidence item opened
	// within the investigation budget (free items cost nothing; items
	// beyond the budget cost ClueCost). It is small: looking is the skill,
	// but a diagnosis from less evidence scores more.
	EvidenceCost int
	// FollowUp is the points for a right prevention follow-up (no speed or
	// streak bonus; follow-ups do not touch the streak).
	FollowUp int
}

// DefaultScoring is the self-paced preset: 100 per right answer, 25 per clue,
// 10 per evidence item opened, up to +50 for speed when timed, +10 per
// streak step up to +50.
func DefaultScoring() Scoring {
	return Scoring{
		Correct: 100, SpeedBonus: true, SpeedMax: 50,
		StreakBonus: true, StreakStep: 10, StreakCap: 50,
		ClueCost: 25, EvidenceCost: 10, FollowUp: 50,
	}
}

// KahootScoring is the game-day preset: a right answer at time t of limit T
// scores round(1000 × (1 − (t/T)/2)) — 1000 at once, 500 at the buzzer —
// plus 100 per consecutive right answer beyond the first, capped at +500.
// With SpeedBonus off a right answer scores a flat 500.
func KahootScoring() Scoring {
	return Scoring{
		Correct: 500, SpeedBonus: true, SpeedMax: 500,
		StreakBonus: true, StreakStep: 100, StreakCap: 500,
		ClueCost: 250, EvidenceCost: 100, FollowUp: 250,
	}
}

// Points scores one answer. streak is the number of consecutive right answers
// before this one; limit is the time allowed (0 = untimed, no speed bonus);
// clueCost is the summed cost of the clues revealed and evidence opened.
// Wrong answers score 0
// and reset the streak.
func (s Scoring) Points(correct bool, elapsed, limit time.Duration, streak, clueCost int) Outcome {
	o := Outcome{Correct: correct}
	if !correct {
		return o
	}
	o.Streak = streak + 1
	o.Base = s.Correct
	o.ClueCost = min(max(clueCost, 0), o.Base)
	if s.SpeedBonus && limit > 0 {
		o.Speed = speedPoints(s.SpeedMax, elapsed, limit)
	}
	if s.StreakBonus && streak > 0 {
		o.StreakBonus = min(s.StreakStep*streak, s.StreakCap)
	}
	o.Points = o.Base - o.ClueCost + o.Speed + o.StreakBonus
	return o
}

// speedPoints is round(max × (1 − elapsed/limit)), half up, never negative.
// It counts in whole milliseconds with integers, so a half point rounds the
// same on every machine (floats would make 497.5 come out as 497.49999…).
func speedPoints(most int, elapsed, limit time.Duration) int {
	el, lim := min(max(elapsed.Milliseconds(), 0), limit.Milliseconds()), limit.Milliseconds()
	if lim <= 0 {
		return 0
	}
	return int((2*int64(most)*(lim-el) + lim) / (2 * lim))
}

// Outcome is the scored result of one answer.
type Outcome struct {
	Correct     bool
	Skipped     bool
	Deferred    bool // exam: recorded, scored only when the exam ends
	Choice      int  // the choice given; -1 when skipped
	Answer      int  // the right choice's index
	Points      int  // Base − ClueCost + Speed + StreakBonus
	Base        int
	Speed       int
	StreakBonus int
	ClueCost    int // clues and evidence together, at most Base
	// EvidenceCost is the part of ClueCost that paid for evidence items
	// (investigation), before the cap at Base.
	EvidenceCost int
	Streak       int // consecutive right answers including this one
}
