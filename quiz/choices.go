package quiz

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// candidate is a possible wrong choice and how much the difficulty prefers
// it (0 = most wanted; higher costs more).
type candidate struct {
	choice   Choice
	t        text // choice.Text, prepared
	pref     float64
	authored bool
	src      int  // the incident the text comes from; -1 for an authored near-miss
	derived  bool // the text was derived from a root cause, not authored
}

// Pool sizes: enough room for the balancing in pickDistractors to find
// length and overlap spreads, small enough that "similar" still holds.
const (
	similarPoolSize = 12
	randomPoolSize  = 12
	hardOthers      = 6
)

// similarPool offers the causes of the incidents most similar to incident i
// among those keep accepts, the closest ones preferred.
func (e *Engine) similarPool(i int, keep func(int) bool, rng *rand.Rand) []candidate {
	var pool []candidate
	for rank, j := range e.ix.similar(i, similarPoolSize, keep) {
		pool = append(pool, e.borrowedCand(j, 0.1*float64(rank)))
	}
	pool = append(pool, e.authoredPool(i, standInPref)...)
	return e.padPool(i, pool, keep, rng)
}

// borrowedCand is incident j's cause as a candidate at preference pref.
func (e *Engine) borrowedCand(j int, pref float64) candidate {
	return candidate{choice: e.borrowed(j), t: e.cause[j], pref: pref, src: j, derived: !e.brief[j]}
}

// matchStyle makes candidates that read unlike the answer cost more in a
// corpus mixing authored briefs with derived texts: a derived answer among
// authored options (or the reverse) stands out by its style, and a derived
// one also by its length, so a derived answer prefers derived options of
// about its length.
func (e *Engine) matchStyle(i int, pool []candidate) {
	if !e.mixed {
		return
	}
	derived, n := !e.brief[i], float64(e.cause[i].runes)
	for k := range pool {
		c := &pool[k]
		switch {
		case c.derived != derived:
			c.pref += styleMismatchPref
		case derived:
			c.pref += lengthPref * min(1, math.Abs(float64(c.t.runes)-n)/n)
		}
	}
}

// Style costs, below the balancing weights (missWeight): the balancing that
// hides the answer's length and word overlap still comes first.
const (
	styleMismatchPref = 0.4
	lengthPref        = 0.3
)

// standInPref is what an authored near-miss costs in normal mode: about the
// least similar cause of the pool, so one stands in only when the similar
// causes would leave the answer alone in echoing the card (a brief naming
// what the title names, which no other incident's cause does).
const standInPref = 0.5

// authored is an authored near-miss, prepared once.
type authored struct {
	t          text
	whyNot     string
	ruledOutBy []string
}

func (e *Engine) authoredTexts(m *incidents.Material) []authored {
	if m == nil {
		return nil
	}
	var out []authored
	for _, d := range m.Distractors {
		if t := strings.TrimSpace(d.Text); t != "" {
			out = append(out, authored{t: e.words.text(t), whyNot: strings.TrimSpace(d.WhyNot), ruledOutBy: d.RuledOutBy})
		}
	}
	return out
}

// authoredPool offers incident i's authored near-misses at preference pref.
func (e *Engine) authoredPool(i int, pref float64) []candidate {
	var pool []candidate
	for _, a := range e.auth[i] {
		c := Choice{Text: a.t.s, WhyNot: a.whyNot, RuledOutBy: a.ruledOutBy}
		pool = append(pool, candidate{choice: c, t: a.t, pref: pref, authored: true, src: -1})
	}
	return pool
}

// padPool tops up a pool that similarity left short of distinct texts (an
// incident sharing no words with the rest, or neighbours whose causes read
// alike) with random other causes, wanted least of all.
func (e *Engine) padPool(i int, pool []candidate, keep func(int) bool, rng *rand.Rand) []candidate {
	if distinctAtLeast(e.cause[i], pool, numChoices-1) {
		return pool
	}
	have := map[string]bool{}
	for _, c := range pool {
		have[c.choice.IncidentID] = true
	}
	for _, c := range e.randomPool(i, keep, rng) {
		if !have[c.choice.IncidentID] {
			c.pref = padPref
			pool = append(pool, c)
		}
	}
	return pool
}

// padPref is the preference cost of a random filler: above any balancing
// gain, so fillers are used only when nothing better fits.
const padPref = 10

// randomPool offers other incidents' causes drawn at random among those
// keep accepts.
func (e *Engine) randomPool(i int, keep func(int) bool, rng *rand.Rand) []candidate {
	n := len(e.incs)
	seen := map[int]bool{i: true}
	var pool []candidate
	add := func(j int) {
		if !seen[j] && keep(j) {
			pool = append(pool, e.borrowedCand(j, 0))
		}
		seen[j] = true
	}
	for tries := 0; tries < 20*randomPoolSize && len(pool) < randomPoolSize; tries++ {
		add(rng.IntN(n))
	}
	if len(pool) < randomPoolSize { // a small or sparse corpus: sweep it all
		for _, j := range rng.Perm(n) {
			add(j)
		}
	}
	return pool
}

// hardPool offers the authored near-misses of incident i first and the most
// similar incidents' causes after them. note says what material is missing.
func (e *Engine) hardPool(i int, keep func(int) bool, rng *rand.Rand) (pool []candidate, note string) {
	inc := &e.incs[i]
	pool = e.authoredPool(i, 0)
	for rank, j := range e.ix.similar(i, hardOthers, keep) {
		pool = append(pool, e.borrowedCand(j, 0.6+0.1*float64(rank)))
	}
	pool = e.padPool(i, pool, keep, rng)
	switch n := countAuthored(pool); {
	case n == 0:
		note = "No authored distractors for " + inc.ID + ": the wrong choices are the most similar incidents' causes."
	case n < numChoices-1:
		note = fmt.Sprintf("Only %d authored distractor(s) for %s: the rest are similar incidents' causes.", n, inc.ID)
	}
	return pool, note
}

func (e *Engine) askable(j int) bool { return e.ok[j] }

// borrowed is incident j's cause offered as a wrong choice.
// Its WhyNot is filled in only once it is picked (see explain).
func (e *Engine) borrowed(j int) Choice {
	return Choice{Text: e.cause[j].s, IncidentID: e.incs[j].ID}
}

// explain fills in why each wrong choice borrowed from another incident is
// wrong for incident i: it names where the cause really comes from and what
// that incident looked like, so every wrong option still teaches.
func (e *Engine) explain(i int, choices []Choice) {
	dst := &e.incs[i]
	for n := range choices {
		c := &choices[n]
		j, ok := e.byID[strings.ToUpper(c.IncidentID)]
		if !ok || j == i || c.WhyNot != "" {
			continue
		}
		src := &e.incs[j]
		why := fmt.Sprintf("This caused %s (%s)", src.ID, src.Title)
		if src.Summary != "" {
			why += ": " + strings.TrimSuffix(src.Summary, ".")
		}
		why += "."
		if src.Platform != "" && dst.Platform != "" && !strings.EqualFold(src.Platform, dst.Platform) {
			why += fmt.Sprintf(" That incident was on %s, not %s.", src.Platform, dst.Platform)
		}
		c.WhyNot = why
	}
}

func countAuthored(pool []candidate) int {
	n := 0
	for _, c := range pool {
		if c.authored {
			n++
		}
	}
	return n
}
