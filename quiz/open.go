package quiz

import (
	"slices"

	"github.com/nexusflow/rootcause/incidents"
)

// OpenEvidence opens item i of the current question's evidence board
// (an index into Question.Evidence) and returns it with what it cost. A free
// item, or one already open, costs nothing and opens again. It reports false
// for an index out of range or a settled question (outside exams, as for
// [Session.RevealClue]).
func (s *Session) OpenEvidence(i int) (incidents.Evidence, int, bool) {
	if s.done {
		return incidents.Evidence{}, 0, false
	}
	r := &s.recs[s.cur]
	q := r.Question
	if i < 0 || i >= len(q.Evidence) || (s.opts.Mode != Exam && r.settled()) {
		return incidents.Evidence{}, 0, false
	}
	if q.Investigation.Free[i] || slices.Contains(r.Opened, i) {
		return q.Evidence[i], 0, true
	}
	cost := s.EvidenceCost(i)
	if inv := q.Investigation; inv.Budget != NoBudget && len(r.Opened) >= inv.Budget {
		r.OverBudget++
	}
	r.Opened = append(r.Opened, i)
	r.EvidenceCost += cost
	return q.Evidence[i], cost, true
}

// EvidenceCost is what opening item i of the current question would cost
// now, to show before it is opened: 0 when free or open already, the item's
// cost within the budget, [Investigation.OverCost] beyond it.
func (s *Session) EvidenceCost(i int) int {
	if s.done {
		return 0
	}
	r := &s.recs[s.cur]
	inv := r.Question.Investigation
	if i < 0 || i >= len(inv.Cost) || inv.Free[i] || slices.Contains(r.Opened, i) {
		return 0
	}
	if inv.Budget != NoBudget && len(r.Opened) >= inv.Budget {
		return inv.OverCost
	}
	return inv.Cost[i]
}

// EvidenceOpen reports whether item i of the current question's board is
// open (free from the start, or opened).
func (s *Session) EvidenceOpen(i int) bool {
	if s.done {
		return false
	}
	r := &s.recs[s.cur]
	inv := r.Question.Investigation
	return i >= 0 && i < len(inv.Free) && (inv.Free[i] || slices.Contains(r.Opened, i))
}

// BudgetLeft is how many more items the current question's budget allows
// before opening turns into paid clues; NoBudget when there is no limit.
func (s *Session) BudgetLeft() int {
	if s.done {
		return 0
	}
	r := &s.recs[s.cur]
	if b := r.Question.Investigation.Budget; b != NoBudget {
		return max(b-len(r.Opened), 0)
	}
	return NoBudget
}
