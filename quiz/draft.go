package quiz

import (
	"fmt"
	"strings"
)

// DraftOption is one drafted near-miss: its text and why-not, the ids of
// the incident's evidence that rule it out (when it has a board), and the
// evidence kinds that would (for a board still to be written).
type DraftOption struct {
	Text, WhyNot string
	RuledOutBy   []string
	Kinds        []string
}

// Draft is drafted quiz material for one incident, for a trainer to
// review: the cause in brief and near-misses from the failure-mode library,
// at least one of them a mutation of the true cause.
type Draft struct {
	ID    string
	Brief string
	// Phrasings is a second wording of the cause where the library names
	// its mechanism: a session shows one of brief and phrasings, so a
	// trainee who reviews the incident does not meet one sentence every
	// time (the recurring guesser's pick).
	Phrasings   []string
	Distractors []DraftOption
}

// DraftCount is how many near-misses a draft offers.
const DraftCount = 4

// Draft drafts material for incident id with the generator questions use;
// the same id and seed give the same draft.
func (e *Engine) Draft(id string, seed int64) (Draft, error) {
	i, ok := e.byID[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return Draft{}, fmt.Errorf("no incident %q in the corpus", id)
	}
	if !e.ok[i] {
		return Draft{}, fmt.Errorf("incident %s: no root cause to draft from", e.incs[i].ID)
	}
	rng := rngFor(seed, e.incs[i].ID, 0xd4af7)
	answer := e.cause[i]
	st := e.newSessState([]int{i})
	pool := e.generatedPool(i, answer, st, true, rng)
	for k := range pool {
		pool[k].group = groupNear
	}
	q := &Question{Incident: &e.incs[i]}
	picked := pickDistractors(answer, pool, e.cardView(q.Card(0)), DraftCount, true, []mix{{mutation: 1}}, rng)
	d := Draft{ID: e.incs[i].ID, Brief: answer.s}
	if lp, _, ok := e.libraryPhrasing(i, st); ok && lp.norm != answer.norm {
		d.Phrasings = []string{lp.s}
	}
	for _, c := range picked {
		d.Distractors = append(d.Distractors, DraftOption{Text: c.choice.Text, WhyNot: c.choice.WhyNot, RuledOutBy: c.choice.RuledOutBy, Kinds: c.kinds})
	}
	return d, nil
}
