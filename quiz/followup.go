package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// sameModeNeighbours is how many of the most similar incidents are kept out
// of a follow-up's wrong choices: their prevention items likely fit this
// failure mode too, and a second right answer would be unfair.
const sameModeNeighbours = 3

// FollowUp builds the prevention question for one incident: "which action
// would have prevented this?", its own prevention item against other
// incidents' items for other failure modes. It is nil, with no error, when
// the incident lists no prevention or the corpus has too few other items.
func (e *Engine) FollowUp(id string, seed int64) (*Question, error) {
	i, ok := e.byID[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return nil, fmt.Errorf("no incident %q in the corpus", id)
	}
	return e.followUp(i, seed, nil, nil), nil
}

// followUp builds incident i's prevention question within the session sp
// describes; st (nil on its own) keeps an item from being offered twice.
func (e *Engine) followUp(i int, seed int64, sp *scope, st *sessState) *Question {
	inc := &e.incs[i]
	own := e.prev[i]
	if len(own) == 0 {
		return nil
	}
	rng := rngFor(seed, inc.ID, 0xf011)
	q := &Question{Incident: inc, Kind: KindPrevention, Difficulty: Normal}
	card := e.cardView(q.Card(0))
	answer := leastEchoing(own, card.words, rng)
	pool, _ := e.scoped(i, sp, answer, true, func(keep func(int) bool) ([]candidate, string) {
		return e.preventionPool(i, keep, rng), ""
	})
	if st != nil {
		pool = slices.DeleteFunc(pool, func(c candidate) bool { return !st.free(c.t) })
	}
	picked := pickDistractors(answer, pool, card, numChoices-1, true, nil, rng)
	if len(picked) == 0 {
		return nil
	}
	if st != nil {
		st.take(picked)
	}
	wrong := make([]Choice, len(picked))
	for n, c := range picked {
		wrong[n] = c.choice
	}
	q.Choices, q.Answer = arrange(Choice{Text: answer.s, IncidentID: inc.ID}, wrong, rng)
	return q
}

// leastEchoing picks one of the items sharing the fewest words with the
// card, at random among equals: an item naming the card's services ("a
// policy template for Glue jobs") would be found by word matching, one
// naming the mechanism ("a pre-flight permission check") by understanding.
func leastEchoing(items []text, card []int32, rng *rand.Rand) text {
	var best []text
	least := -1
	for _, t := range items {
		switch n := t.overlap(card); {
		case least < 0 || n < least:
			best, least = []text{t}, n
		case n == least:
			best = append(best, t)
		}
	}
	return best[rng.IntN(len(best))]
}

// Follow-up pool: every item of the incidents ranked just below the
// sameModeNeighbours most similar (they touch the same services, so their
// items echo the card as the right one does), then single items of random
// incidents.
const followUpSimilar = 8

// preventionPool offers prevention items of the incidents keep accepts for
// incident i, never one matching its own items.
func (e *Engine) preventionPool(i int, keep func(int) bool, rng *rand.Rand) []candidate {
	own := e.prev[i]
	seen := map[int]bool{i: true}
	var pool []candidate
	add := func(j int, t text, pref float64) {
		if matchesAny(t, own) {
			return
		}
		src := &e.incs[j]
		why := fmt.Sprintf("This was a lesson of %s (%s), a different failure: %s", src.ID, src.Title, e.cause[j].s)
		pool = append(pool, candidate{choice: Choice{Text: t.s, IncidentID: src.ID, WhyNot: why}, t: t, pref: pref, src: j})
	}
	for rank, j := range e.ix.similar(i, sameModeNeighbours+followUpSimilar, e.askable) {
		seen[j] = true
		if rank < sameModeNeighbours || !keep(j) {
			continue
		}
		for _, t := range e.prev[j] {
			add(j, t, 0.05*float64(rank))
		}
	}
	for tries := 0; tries < 20*randomPoolSize && len(pool) < followUpSimilar+randomPoolSize; tries++ {
		j := rng.IntN(len(e.incs))
		if !seen[j] && len(e.prev[j]) > 0 && keep(j) {
			seen[j] = true
			add(j, e.prev[j][rng.IntN(len(e.prev[j]))], 0.5)
		}
	}
	return pool
}

// preventionTexts turns prevention items into choice texts: cut at a
// clause to the brief limit, without items that carry no words (a stray "-" bullet).
func (e *Engine) preventionTexts(items []string) []text {
	var out []text
	for _, it := range items {
		t := e.words.text(clauseCut(it, incidents.BriefLimit))
		if len(t.words) >= 2 {
			out = append(out, t)
		}
	}
	return out
}

func matchesAny(t text, list []text) bool {
	for _, l := range list {
		if nearIdentical(t, l) {
			return true
		}
	}
	return false
}
