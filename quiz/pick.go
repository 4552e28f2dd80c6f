package quiz

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// pickDistractors chooses k wrong choices from pool for the answer text.
// Choices equal or near-identical to the answer or to each other are never
// picked together.
//
// Without balance the preference decides, then the pool order (it is
// already random). With
// balance, every k-subset of the pool is scored and the cheapest wins; the
// cost adds the candidates' preference to how far the answer's place among
// the choices, by length and by word overlap with the card, lands from a
// place drawn at random for this question (ties count as fair; see
// rankCost). So the answer is the longest (or the best word match) in about
// 1 of k+1 questions, as every other choice is: a bot that picks by length
// or overlap does no better than chance by design.
func pickDistractors(answer text, pool []candidate, card cardView, k int, balance bool, mixes []mix, rng *rand.Rand) []candidate {
	cands := unlike(answer, pool)
	if !balance { // the pool order is random: take the most wanted first
		slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(a.pref, b.pref) })
		return greedy(cands, clashes(cands, false), k)
	}
	clash := clashes(cands, true)
	k = min(k, len(cands))
	if k == 0 {
		return nil
	}
	// place draws where the answer should rank among the k+1 choices by one
	// measure, each place as likely.
	place := func() int { return rng.IntN(k + 1) }
	f := features{
		length: make([]float64, len(cands)), ov: make([]float64, len(cands)), gram: make([]float64, len(cands)),
		aLen: float64(answer.runes), aOv: float64(answer.overlap(card.words)), aGram: gramCosine(card.grams, trigrams(answer.s)),
		rLen: place(), rOv: place(), rGram: place(),
	}
	for n, c := range cands {
		f.length[n] = float64(c.t.runes)
		f.ov[n] = float64(c.t.overlap(card.words))
		f.gram[n] = gramCosine(card.grams, trigrams(c.t.s))
	}
	if slices.ContainsFunc(cands, func(c candidate) bool { return c.authored }) {
		// Authored near-misses of one set are where variations of each
		// other turn up; generated ones rotate their components apart.
		f.likeness(answer, cands, place())
	}
	for _, mx := range append(mixes, mix{}) { // the wanted mix first, then looser ones
		best, bestCost := []int(nil), math.Inf(1)
		subsets(len(cands), k, func(set []int) {
			if !compatible(set, clash) || !mx.holds(cands, set) {
				return
			}
			if c := f.cost(cands, set); c < bestCost {
				best, bestCost = append(best[:0], set...), c
			}
		})
		if best != nil {
			out := make([]candidate, len(best))
			for n, at := range best {
				out[n] = cands[at]
			}
			return out
		}
	}
	return greedy(cands, clash, k)
}

// mix is a difficulty's wanted make-up of a question's wrong choices: at
// least so many near-misses, borrowed ones, authored ones and mutations of
// the true cause.
type mix struct{ near, borrowed, authored, mutation int }

func (mx mix) holds(cands []candidate, set []int) bool {
	var near, borrowed, auth, mut int
	for _, at := range set {
		c := &cands[at]
		if c.group == groupNear {
			near++
		} else {
			borrowed++
		}
		if c.authored {
			auth++
		}
		if c.mutation {
			mut++
		}
	}
	return near >= mx.near && borrowed >= mx.borrowed && auth >= mx.authored && mut >= mx.mutation
}

// features hold what a guessing bot could use: each candidate's length and
// overlap with the card, the answer's, and the positions drawn for the
// answer in a ranking by each.
type features struct {
	length, ov, gram []float64
	aLen, aOv, aGram float64
	rLen, rOv, rGram int
	// like holds the word likeness (Jaccard) of each pair of candidates,
	// aLike each candidate's to the answer; rLike is the place drawn for
	// the answer by its mean likeness to the other choices. A set of wrong
	// options written as variations of each other leaves the answer the
	// odd one out, the one least like the rest: a "loner" bot's pick.
	like  [][]float64
	aLike []float64
	rLike int
}

// likeness fills in the candidates' word likeness to each other and to the
// answer, and the drawn place r; without it (nil like) likeness costs nothing.
func (f *features) likeness(answer text, cands []candidate, r int) {
	f.like, f.aLike, f.rLike = make([][]float64, len(cands)), make([]float64, len(cands)), r
	for a := range cands {
		f.like[a] = make([]float64, len(cands))
		f.aLike[a] = wordJaccard(answer.words, cands[a].t.words)
		for b := range a {
			v := wordJaccard(cands[a].t.words, cands[b].t.words)
			f.like[a][b], f.like[b][a] = v, v
		}
	}
}

// likeCost is how unfair the answer's place is among a set's choices by
// mean likeness to the other choices (see rankCost).
func (f *features) likeCost(set []int) float64 {
	if f.like == nil {
		return 0
	}
	var buf [numChoices]float64
	vals := buf[:len(set)]
	ans := 0.0
	for n, at := range set {
		vals[n] = f.aLike[at]
		ans += f.aLike[at]
		for _, other := range set {
			if other != at {
				vals[n] += f.like[at][other]
			}
		}
	}
	return rankCost(vals, ans, f.rLike)
}

// wordJaccard is the Jaccard likeness of two sorted, duplicate-free word sets.
func wordJaccard(a, b []int32) float64 {
	inter := common(a, b)
	if u := len(a) + len(b) - inter; u > 0 {
		return float64(inter) / float64(u)
	}
	return 0
}

// cost of a subset: the candidates' preferences plus, for length and for
// overlap, how unfair the answer's place in that ranking is (see rankCost).
func (f features) cost(cands []candidate, set []int) float64 {
	var pref float64
	var lenBuf, ovBuf, gramBuf [numChoices]float64 // no allocation per subset: this runs thousands of times
	lens, ovs, grams := lenBuf[:len(set)], ovBuf[:len(set)], gramBuf[:len(set)]
	for n, at := range set {
		pref += cands[at].pref
		lens[n], ovs[n], grams[n] = f.length[at], f.ov[at], f.gram[at]
	}
	return pref + rankCost(lens, f.aLen, f.rLen) + rankCost(ovs, f.aOv, f.rOv) + gramWeight*rankCost(grams, f.aGram, f.rGram) +
		likeWeight*f.likeCost(set)
}

// likeWeight is how much the answer's place by likeness to the other
// choices counts: as much as the trigram likeness to the card.
const likeWeight = 0.5

// rankCost scores where the answer (value a) ranks among the wrong choices'
// values, counting from the top. A bot breaking ties at random puts it
// anywhere in its tie, so its place is a distribution; the cost is that
// distribution's distance from uniform (0 for an all-way tie, which no
// bot can exploit) plus half the chance of missing the target place r drawn
// for this question (so without ties every place comes up equally often).
func rankCost(vals []float64, a float64, r int) float64 {
	above, ties := 0, 0
	for _, v := range vals {
		switch {
		case v > a:
			above++
		case v == a:
			ties++
		}
	}
	places := len(vals) + 1
	p := 1 / float64(ties+1)
	tv, hit := 0.0, 0.0
	for place := range places {
		q := 0.0
		if place >= above && place <= above+ties {
			q = p
		}
		tv += math.Abs(q - 1/float64(places))
		if place == r {
			hit = q
		}
	}
	return tv + missWeight*(1-hit)
}

// unlike drops the candidates near-identical to the answer.
func unlike(answer text, pool []candidate) []candidate {
	var out []candidate
	for _, c := range pool {
		if !nearIdentical(c.t, answer) {
			out = append(out, c)
		}
	}
	return out
}

// distinctAtLeast reports whether pool holds k mutually distinct
// candidates unlike the answer, stopping as soon as it finds them.
func distinctAtLeast(answer text, pool []candidate, k int) bool {
	var found []text
	for _, c := range pool {
		if len(found) == k {
			break
		}
		if !nearIdentical(c.t, answer) && !slices.ContainsFunc(found, func(f text) bool { return nearIdentical(f, c.t) }) {
			found = append(found, c.t)
		}
	}
	return len(found) >= k
}

// greedy takes candidates in pool order, skipping clashes.
func greedy(cands []candidate, clash [][]bool, k int) []candidate {
	var set []int
	for n := range cands {
		if len(set) < k && compatible(append(set, n), clash) {
			set = append(set, n)
		}
	}
	out := make([]candidate, len(set))
	for n, at := range set {
		out[n] = cands[at]
	}
	return out
}

// clashes marks pairs of candidates too alike to be offered together:
// near-identical texts, one library failure told twice (see kindred), or
// (oneCause) two lent team causes.
func clashes(cands []candidate, oneCause bool) [][]bool {
	m := make([][]bool, len(cands))
	for a := range cands {
		m[a] = make([]bool, len(cands))
		for b := range a {
			if nearIdentical(cands[a].t, cands[b].t) || cands[a].mech != "" && sameFailure(cands[a].mech, cands[b].mech) || oneCause && lentCauses(cands[a], cands[b]) {
				m[a][b], m[b][a] = true, true
			}
		}
	}
	return m
}

func compatible(set []int, clash [][]bool) bool {
	for a := range set {
		for b := range a {
			if clash[set[a]][set[b]] {
				return false
			}
		}
	}
	return true
}

// subsets calls fn with every k-subset of 0..n-1 in lexicographic order (fn
// must not keep the slice).
func subsets(n, k int, fn func([]int)) {
	set := make([]int, k)
	var rec func(start, depth int)
	rec = func(start, depth int) {
		if depth == k {
			fn(set)
			return
		}
		for v := start; v <= n-(k-depth); v++ {
			set[depth] = v
			rec(v+1, depth+1)
		}
	}
	rec(0, 0)
}

// gramWeight is how much the answer's place by character-trigram likeness
// to the card counts, beside length and word overlap: it catches what a word
// count misses (shared stems, "timed"/"timeout"). At half weight a team's
// hard answer was the choice most like the card 41% of the time (8 blocks
// of 24x10: 0.409 -> 0.395 at full weight; 1.5 gave 0.392).
const gramWeight = 1.0

// cardView is the card as the balancing compares choices with it: its
// plain words and its character trigrams.
type cardView struct {
	words []int32
	grams []gram
}

// gram is one character trigram, three runes packed, and its count.
type gram struct {
	key uint64
	n   float64
}

// trigrams counts a text's lower-case character trigrams, spaces folded,
// as a list sorted by trigram (compared by merging: the balancing builds
// these for every candidate of every question).
func trigrams(s string) []gram {
	r := make([]rune, 0, len(s)+2)
	r = append(r, ' ')
	space := true
	for _, c := range strings.ToLower(s) {
		if c == ' ' || c == '\t' || c == '\n' {
			if !space {
				r = append(r, ' ')
			}
			space = true
			continue
		}
		r, space = append(r, c), false
	}
	if !space {
		r = append(r, ' ')
	}
	keys := make([]uint64, 0, len(r))
	for i := 0; i+3 <= len(r); i++ {
		keys = append(keys, uint64(r[i])<<42|uint64(r[i+1])<<21|uint64(r[i+2]))
	}
	slices.Sort(keys)
	out := make([]gram, 0, len(keys))
	for _, k := range keys {
		if n := len(out); n > 0 && out[n-1].key == k {
			out[n-1].n++
		} else {
			out = append(out, gram{k, 1})
		}
	}
	return out
}

// gramCosine is the cosine of two trigram counts.
func gramCosine(a, b []gram) float64 {
	var dot, na, nb float64
	for _, g := range a {
		na += g.n * g.n
	}
	for _, g := range b {
		nb += g.n * g.n
	}
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x].key < b[y].key:
			x++
		case a[x].key > b[y].key:
			y++
		default:
			dot += a[x].n * b[y].n
			x++
			y++
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// missWeight prices missing the drawn target place. It must outweigh the
// preference between a near-miss and a similar cause (0.6), or in hard mode
// the lengths of the near-misses alone would decide where the answer ranks.
const missWeight = 1.0

// lentCauses reports two team causes lent from other incidents: one per
// balanced question, since each is an answer elsewhere and met whole (team
// hard, 12 blocks of 8x30: recurring 0.422 -> 0.383). Easy mode, whose
// wrong options are other incidents' causes, is left as it is.
func lentCauses(a, b candidate) bool { return a.src >= 0 && b.src >= 0 && a.derived && b.derived }
