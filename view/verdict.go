package view

import (
	"fmt"
	"strings"

	"github.com/nexusflow/rootcause/quiz"
)

// Verdict is what became of one answer, as the headline tells it.
type Verdict struct {
	Correct  bool
	TimedOut bool // no answer before the time ran out
	Choice   int  // the pick, 0-based; -1 when skipped or none
	Answer   int  // the right choice, 0-based
}

// VerdictOf is the verdict of an engine outcome.
func VerdictOf(o quiz.Outcome, timedOut bool) Verdict {
	ch := o.Choice
	if o.Skipped {
		ch = -1
	}
	return Verdict{Correct: o.Correct, TimedOut: timedOut, Choice: ch, Answer: o.Answer}
}

// VerdictLine is the headline after an answer: right, wrong (with the pick),
// out of time, or skipped. The words carry it without color.
func VerdictLine(s *Styles, v Verdict) string {
	switch {
	case v.Correct:
		return s.Ink.Correct("✓ Correct") + s.Ink.Muted(fmt.Sprintf(" · answer %d", v.Answer+1))
	case v.TimedOut:
		return s.Ink.Wrong("✗ Time is up") + s.Ink.Muted(fmt.Sprintf(" · the answer was %d", v.Answer+1))
	case v.Choice < 0:
		return s.Ink.Wrong("– Skipped") + s.Ink.Muted(fmt.Sprintf(" · the answer was %d", v.Answer+1))
	}
	return s.Ink.Wrong("✗ Wrong") + s.Ink.Muted(fmt.Sprintf(" · you picked %d, the answer was %d", v.Choice+1, v.Answer+1))
}

// PointsLine breaks an outcome's points down — base, clue cost, speed and
// streak bonus — then the streak and the total; more adds parts such as the
// time taken or the rank.
func PointsLine(s *Styles, o quiz.Outcome, total int, more ...string) string {
	tail := append([]string{"total " + Thousands(total)}, more...)
	if !o.Correct {
		return s.Ink.Muted("0 points · streak reset · " + strings.Join(tail, " · "))
	}
	parts := []string{fmt.Sprintf("%d base", o.Base)}
	if clues := o.ClueCost - o.EvidenceCost; clues > 0 {
		parts = append(parts, fmt.Sprintf("−%d clues", clues))
	}
	if o.EvidenceCost > 0 {
		parts = append(parts, fmt.Sprintf("−%d evidence", o.EvidenceCost))
	}
	if o.Speed > 0 {
		parts = append(parts, fmt.Sprintf("+%d speed", o.Speed))
	}
	if o.StreakBonus > 0 {
		parts = append(parts, fmt.Sprintf("+%d streak", o.StreakBonus))
	}
	return s.Ink.Number("+"+Thousands(o.Points)+" points") +
		s.Ink.Muted(" ("+strings.Join(parts, " ")+fmt.Sprintf(") · streak %d · ", o.Streak)+strings.Join(tail, " · "))
}
