package quiz

import (
	"fmt"
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
	return e.followUp(i, seed), nil
}

func (e *Engine) followUp(i int, seed int64) *Question {
	inc := &e.incs[i]
	own := e.prev[i]
	if len(own) == 0 {
		return nil
	}
	rng := rngFor(seed, inc.ID, 0xf011)
	answer := own[rng.IntN(len(own))]
	excluded := map[int]bool{i: true}
	for _, j := range e.ix.similar(i, sameModeNeighbours, e.askable) {
		excluded[j] = true
	}
	var pool []candidate
	n := len(e.incs)
	for tries := 0; tries < 20*randomPoolSize && len(pool) < randomPoolSize; tries++ {
		j := rng.IntN(n)
		if excluded[j] || len(e.prev[j]) == 0 {
			continue
		}
		excluded[j] = true
		t := e.prev[j][rng.IntN(len(e.prev[j]))]
		if matchesAny(t, own) {
			continue
		}
		src := &e.incs[j]
		why := fmt.Sprintf("This was a lesson of %s (%s), a different failure: %s", src.ID, src.Title, e.cause[j].s)
		pool = append(pool, candidate{choice: Choice{Text: t.s, IncidentID: src.ID, WhyNot: why}, t: t})
	}
	q := &Question{Incident: inc, Kind: KindPrevention, Difficulty: Normal}
	card := e.words.cardWords(cardText(q.Card(0)))
	wrong := pickDistractors(answer, pool, card, numChoices-1, true, 0, rng)
	if len(wrong) == 0 {
		return nil
	}
	q.Choices, q.Answer = arrange(Choice{Text: answer.s, IncidentID: inc.ID}, wrong, rng)
	return q
}

// preventionTexts turns prevention items into choice texts: shortened to the
// brief limit, without items that carry no words (a stray "-" bullet).
func (e *Engine) preventionTexts(items []string) []text {
	var out []text
	for _, it := range items {
		t := e.words.text(shorten(it, incidents.BriefLimit))
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
