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
	own := cleanItems(inc.Prevention)
	if len(own) == 0 {
		return nil
	}
	rng := rngFor(seed, inc.ID, 0xf011)
	right := Choice{Text: own[rng.IntN(len(own))], IncidentID: inc.ID}
	excluded := map[int]bool{i: true}
	for _, j := range e.ix.similar(i, sameModeNeighbours, e.askable) {
		excluded[j] = true
	}
	var pool []candidate
	n := len(e.incs)
	for tries := 0; tries < 20*randomPoolSize && len(pool) < randomPoolSize; tries++ {
		j := rng.IntN(n)
		if excluded[j] {
			continue
		}
		excluded[j] = true
		items := cleanItems(e.incs[j].Prevention)
		if len(items) == 0 {
			continue
		}
		text := items[rng.IntN(len(items))]
		if matchesAny(text, own) {
			continue
		}
		src := &e.incs[j]
		why := fmt.Sprintf("This was a lesson of %s (%s), a different failure: %s", src.ID, src.Title, e.cause[j])
		pool = append(pool, candidate{choice: Choice{Text: text, IncidentID: src.ID, WhyNot: why}})
	}
	q := &Question{Incident: inc, Kind: KindPrevention, Difficulty: Normal}
	card := tokenSet(cardText(q.Card(0)))
	wrong := pickDistractors(right.Text, pool, card, numChoices-1, true, 0, rng)
	if len(wrong) == 0 {
		return nil
	}
	q.Choices, q.Answer = arrange(right, wrong, rng)
	return q
}

// cleanItems shortens prevention items to choice size and drops empty ones.
func cleanItems(items []string) []string {
	var out []string
	for _, it := range items {
		if t := shorten(it, incidents.BriefLimit); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func matchesAny(text string, list []string) bool {
	for _, l := range list {
		if nearIdentical(text, l) {
			return true
		}
	}
	return false
}
