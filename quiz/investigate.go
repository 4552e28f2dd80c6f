package quiz

import (
	"slices"

	"github.com/nexusflow/rootcause/incidents"
)

// Investigation is a question's rule for its evidence board: what is open
// at the start, what opening the rest costs, and how many items a trainee
// may open before investigating turns into taking hints. Its slices run
// parallel to [Question.Evidence].
//
// Choosing where to look is the skill under test, so opening an item within
// the budget costs a few points (a right diagnosis from less evidence scores
// more) but never lowers the spaced-repetition rating; only items opened
// beyond the budget, and the old clues, count as paid hints (see
// [AnswerRecord.PaidClues]).
type Investigation struct {
	// Free marks the items open at the start: the alert always, the
	// timeline too in easy and normal.
	Free []bool
	// Cost is the points a right answer loses when the item is opened within
	// the budget; 0 for free items.
	Cost []int
	// Budget is how many items beyond the free ones may be opened as
	// investigation; NoBudget means any number (easy and normal).
	Budget int
	// OverCost is what an item costs once the budget is spent (a paid clue).
	OverCost int
}

// NoBudget is an [Investigation.Budget] without a limit.
const NoBudget = -1

// HardBudget is hard mode's investigation budget: how many items beyond the
// alert a trainee may open before further items count as paid clues.
const HardBudget = 3

// evidenceBoard splits an incident's board into what responders saw before
// the diagnosis (offered while investigating) and what they learned after
// (shown only once the question is answered).
func evidenceBoard(inc *incidents.Incident) (before, after []incidents.Evidence) {
	for _, ev := range inc.Evidence {
		if ev.AfterAnswer {
			after = append(after, ev)
		} else {
			before = append(before, ev)
		}
	}
	return before, after
}

// newInvestigation sets the rules for board ev at difficulty d, priced by s.
func newInvestigation(ev []incidents.Evidence, d Difficulty, s Scoring) Investigation {
	inv := Investigation{Free: make([]bool, len(ev)), Cost: make([]int, len(ev)), Budget: NoBudget, OverCost: s.ClueCost}
	if d == Hard {
		inv.Budget = HardBudget
	}
	alert := false
	for k, it := range ev {
		switch {
		case it.Kind == incidents.KindAlert && !alert:
			inv.Free[k], alert = true, true // the alert that paged; later alerts are evidence
		case it.Kind == incidents.KindTimeline && d != Hard:
			inv.Free[k] = true
		default:
			inv.Cost[k] = s.EvidenceCost
		}
	}
	return inv
}

// price re-prices the rules with s, keeping which items are free.
func (inv *Investigation) price(s Scoring) {
	for k := range inv.Cost {
		if !inv.Free[k] {
			inv.Cost[k] = s.EvidenceCost
		}
	}
	inv.OverCost = s.ClueCost
}

// AfterAnswer is the part of the incident's board shown only once the
// question is answered (what responders learned after the diagnosis, e.g.
// an imported timeline's later rows), in board order.
func (q *Question) AfterAnswer() []incidents.Evidence {
	_, after := evidenceBoard(q.Incident)
	return after
}

// Board is the whole board for the debrief: the items offered while
// investigating, then the after-answer ones.
func (q *Question) Board() []incidents.Evidence {
	return append(slices.Clone(q.Evidence), q.AfterAnswer()...)
}

// EvidenceByID finds an item of the question's board (before-answer items
// only) by its ID, for resolving [Choice.RuledOutBy].
func (q *Question) EvidenceByID(id string) (incidents.Evidence, int, bool) {
	for k, ev := range q.Evidence {
		if ev.ID == id {
			return ev, k, true
		}
	}
	return incidents.Evidence{}, -1, false
}

// ruledOutBy keeps the ids of ids that name an item of board, in order.
func ruledOutBy(ids []string, board []incidents.Evidence) []string {
	var out []string
	for _, id := range ids {
		if slices.ContainsFunc(board, func(ev incidents.Evidence) bool { return ev.ID == id }) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
