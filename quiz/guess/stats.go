package guess

import (
	"math"
	"slices"
	"strings"
)

// Stats are word and word-pair document frequencies over every choice of a
// run: what a bot that has played the sessions knows of the options.
type Stats struct {
	df   map[string]int
	n    int
	avgd float64 // mean terms per choice
	// met counts each choice text over all the plan's sessions: a trainee
	// who reviews an incident meets its answer every time, and should meet
	// its wrong options as often.
	met map[string]int
	// familiar counts, per choice text, the texts met that share at least
	// half their words with it (see familiarity); siblings, the distinct
	// ones other than itself.
	familiar, siblings map[string]int
	// services are the names of the services the run's cards list (see
	// serviceNames).
	services map[string]bool
}

// NewStats counts items' choices.
func NewStats(items []Item) *Stats {
	s := &Stats{df: map[string]int{}, met: map[string]int{}, services: map[string]bool{}}
	total := 0
	for _, it := range items {
		for _, svc := range it.Card.Services {
			for _, n := range serviceNames(svc) {
				s.services[n] = true
			}
		}
		for _, c := range it.Choices {
			s.met[strings.ToLower(c)]++
			terms := termsOf(c)
			total += len(terms)
			s.n++
			seen := map[string]bool{}
			for _, t := range terms {
				if !seen[t] {
					seen[t] = true
					s.df[t]++
				}
			}
		}
	}
	s.avgd = float64(total) / math.Max(1, float64(s.n))
	s.familiar, s.siblings = familiarity(s.met)
	return s
}

// familiarity counts, for each text met, how many of the texts met are
// like it: half their distinct words or more in common (Jaccard), itself
// included. A trainee recognises a sentence, not its bytes: "X, so Y." and
// "X." are one sentence met twice, and so are two renderings of a template
// that differ in a service name.
func familiarity(met map[string]int) (familiar, siblings map[string]int) {
	type entry struct {
		text string
		ws   map[string]bool
	}
	es := make([]entry, 0, len(met))
	for t := range met {
		es = append(es, entry{t, wordSet(t)})
	}
	familiar, siblings = make(map[string]int, len(es)), make(map[string]int, len(es))
	for a := range es {
		for b := a; b < len(es); b++ {
			if !alike(es[a].ws, es[b].ws) {
				continue
			}
			familiar[es[a].text] += met[es[b].text]
			if b != a {
				familiar[es[b].text] += met[es[a].text]
				siblings[es[a].text]++
				siblings[es[b].text]++
			}
		}
	}
	return familiar, siblings
}

// recordVoice plays as a trainee who has seen through the templates (a
// read-through found it by eye): a choice like another sentence met, one
// template told of other services, is set aside, and of the rest the one
// sharing most words with the card wins. A team's own sentence is met in
// its own words only.
func (s *Stats) recordVoice(it *Item, c string) float64 {
	v := overlap(it, c)
	if s.siblings[strings.ToLower(c)] == 0 {
		v += 1000
	}
	return v
}

// alike reports word sets sharing at least half their union.
func alike(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if 2*len(a) < len(b) {
		return false // even a subset could not reach half the union
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	return 2*inter >= len(a)+len(b)-inter
}

// termsOf is a text's words and adjacent word pairs ("pool exhausted").
func termsOf(s string) []string {
	ws := words(s)
	out := slices.Clone(ws)
	for i := 0; i+1 < len(ws); i++ {
		out = append(out, ws[i]+" "+ws[i+1])
	}
	return out
}

func (s *Stats) idf(t string) float64 {
	df := float64(s.df[t])
	return math.Log(1 + (float64(s.n)-df+0.5)/(df+0.5))
}

// bm25 scores each choice as a document against the card as the query,
// over words and word pairs.
func (s *Stats) bm25(it *Item) []float64 {
	const k1, b = 1.2, 0.75
	query := map[string]bool{}
	for _, t := range termsOf(cardText(it.Card)) {
		query[t] = true
	}
	out := make([]float64, len(it.Choices))
	for i, c := range it.Choices {
		terms := termsOf(c)
		tf := map[string]float64{}
		for _, t := range terms {
			tf[t]++
		}
		dl := float64(len(terms))
		for t, f := range tf {
			if query[t] {
				out[i] += s.idf(t) * f * (k1 + 1) / (f + k1*(1-b+b*dl/math.Max(s.avgd, 1)))
			}
		}
	}
	return out
}

// rarity is a choice's mean word IDF: rare words mark a sentence written for
// one incident, common ones a template.
func (s *Stats) rarity(_ *Item, c string) float64 {
	ws := words(c)
	if len(ws) == 0 {
		return 0
	}
	sum := 0.0
	for _, w := range ws {
		sum += s.idf(w)
	}
	return sum / float64(len(ws))
}

// recurrence is how many times the plan's sessions offer choice c, word
// for word: the "I have seen this sentence before" cue of a trainee who
// reviews without reading the card.
func (s *Stats) recurrence(_ *Item, c string) float64 { return float64(s.met[strings.ToLower(c)]) }

// familiarity is how many times the plan's sessions offer choice c or a
// sentence like it (see familiarity): the recurring cue of a trainee who
// remembers sentences, not their exact words.
func (s *Stats) familiarity(_ *Item, c string) float64 {
	return float64(s.familiar[strings.ToLower(c)])
}

// strikeOut remembers a session's revealed answers and the options it has
// seen: it never picks an earlier answer, and prefers options it has not
// met before (an option seen twice is a filler, not this card's cause).
type strikeOut struct {
	answers, seen map[string]bool
}

func newStrikeOut() *strikeOut {
	return &strikeOut{answers: map[string]bool{}, seen: map[string]bool{}}
}

func (g *strikeOut) Name() string { return "strike-out" }

func (g *strikeOut) Pick(it *Item) int {
	scores := make([]float64, len(it.Choices))
	for i, c := range it.Choices {
		k := norm(c)
		switch {
		case g.answers[k]:
			scores[i] = -2
		case g.seen[k]:
			scores[i] = -1
		}
	}
	return best(it, scores)
}

func (g *strikeOut) Observe(it *Item) {
	for _, c := range it.Choices {
		g.seen[norm(c)] = true
	}
	g.answers[norm(it.Choices[it.Answer])] = true
}

func (g *strikeOut) Reset() { clear(g.answers); clear(g.seen) }

// strikeTemplates remembers a session's wrong options as word sets and
// sets aside a choice like one of them (a template told of another
// service is a filler again), then the earlier answers; of the rest the
// best word match with the card wins: the trainee who notices, within one
// sitting, the library sentences that were wrong before.
type strikeTemplates struct {
	wrong   []map[string]bool
	answers map[string]bool
}

func newStrikeTemplates() *strikeTemplates {
	return &strikeTemplates{answers: map[string]bool{}}
}

func (g *strikeTemplates) Name() string { return "strike-templates" }

func (g *strikeTemplates) Pick(it *Item) int {
	scores := make([]float64, len(it.Choices))
	for i, c := range it.Choices {
		scores[i] = overlap(it, c)
		ws := wordSet(c)
		if g.answers[norm(c)] {
			scores[i] -= 2000
		} else if slices.ContainsFunc(g.wrong, func(w map[string]bool) bool { return alike(ws, w) }) {
			scores[i] -= 1000
		}
	}
	return best(it, scores)
}

func (g *strikeTemplates) Observe(it *Item) {
	for k, c := range it.Choices {
		if k != it.Answer {
			g.wrong = append(g.wrong, wordSet(c))
		}
	}
	g.answers[norm(it.Choices[it.Answer])] = true
}

func (g *strikeTemplates) Reset() { g.wrong = g.wrong[:0]; clear(g.answers) }

func norm(s string) string { return strings.Join(words(s), " ") }

// All returns every guesser, the contrarians (which pick the opposite way
// of a baseline, catching an engine that overcorrects) included. stats
// are the run's frequencies for the guessers that need them.
func All(stats *Stats) []Guesser {
	return []Guesser{
		scorer{"word-overlap", perChoice(overlap)},
		scorer{"least-overlap", negate(perChoice(overlap))},
		scorer{"char-ngram", perChoice(charNgram)},
		scorer{"bm25-pairs", stats.bm25},
		scorer{"longest", perChoice(length)},
		scorer{"shortest", negate(perChoice(length))},
		scorer{"loner", negate(likeOthers)},
		scorer{"centroid", likeOthers},
		scorer{"odd-one-out", oddOneOut},
		scorer{"rarest-words", perChoice(stats.rarity)},
		scorer{"commonest-words", negate(perChoice(stats.rarity))},
		scorer{"no-failure-class", negate(perChoice(failureClass))},
		scorer{"failure-class", perChoice(failureClass)},
		scorer{"card-product", perChoice(cardProduct)},
		scorer{"recurring", perChoice(stats.recurrence)},
		scorer{"least-recurring", negate(perChoice(stats.recurrence))},
		scorer{"familiar", perChoice(stats.familiarity)},
		scorer{"least-familiar", negate(perChoice(stats.familiarity))},
		scorer{"record-voice", perChoice(stats.recordVoice)},
		scorer{"foreign-service", perChoice(stats.foreignService)},
		newStrikeOut(),
		newStrikeTemplates(),
		newLearned(stats),
	}
}
