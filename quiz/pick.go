package quiz

import (
	"math"
	"math/rand/v2"
	"unicode/utf8"
)

// pickDistractors chooses k wrong choices from pool for the answer text.
// Choices equal or near-identical to the answer or to each other are never
// picked together.
//
// Without balance the pool order decides (it is already random). With
// balance, every k-subset of the pool is scored and the cheapest wins; the
// cost adds the candidates' preference to how far the answer's rank among
// the choices, by length and by word overlap with the card, lands from a
// rank drawn at random for this question. So the answer is the longest (or
// the best word match) in about 1 of k+1 questions, as every other choice is:
// a bot that picks by length or overlap does no better than chance by design.
func pickDistractors(answer string, pool []candidate, card map[string]bool, k int, balance bool, minAuthored int, rng *rand.Rand) []Choice {
	var cands []candidate
	for _, c := range pool {
		if !nearIdentical(c.choice.Text, answer) {
			cands = append(cands, c)
		}
	}
	clash := clashes(cands)
	if !balance {
		return greedy(cands, clash, k)
	}
	k = min(k, len(cands))
	f := features{
		length: make([]float64, len(cands)), ov: make([]float64, len(cands)),
		aLen: float64(utf8.RuneCountInString(answer)), aOv: float64(overlap(card, answer)),
		rLen: float64(rng.IntN(k + 1)), rOv: float64(rng.IntN(k + 1)),
	}
	for n, c := range cands {
		f.length[n] = float64(utf8.RuneCountInString(c.choice.Text))
		f.ov[n] = float64(overlap(card, c.choice.Text))
	}
	best, bestCost := []int(nil), math.Inf(1)
	subsets(len(cands), k, func(set []int) {
		if !compatible(set, clash) || authoredIn(cands, set) < min(minAuthored, k) {
			return
		}
		if c := f.cost(cands, set); c < bestCost {
			best, bestCost = append(best[:0], set...), c
		}
	})
	if best == nil {
		return greedy(cands, clash, k)
	}
	out := make([]Choice, len(best))
	for n, at := range best {
		out[n] = cands[at].choice
	}
	return out
}

// features hold what a guessing bot could use: each candidate's length and
// overlap with the card, the answer's, and the ranks drawn for the answer.
type features struct {
	length, ov []float64
	aLen, aOv  float64
	rLen, rOv  float64
}

// cost of a subset: preferences plus the distance of the answer's rank from
// its drawn target. A rank counts the choices above the answer, ties as half.
func (f features) cost(cands []candidate, set []int) float64 {
	var above, ovAbove, pref float64
	for _, n := range set {
		pref += cands[n].pref
		above += rankStep(f.length[n], f.aLen)
		ovAbove += rankStep(f.ov[n], f.aOv)
	}
	return pref + math.Abs(above-f.rLen) + math.Abs(ovAbove-f.rOv)
}

func rankStep(v, answer float64) float64 {
	switch {
	case v > answer:
		return 1
	case v == answer:
		return 0.5
	}
	return 0
}

// greedy takes candidates in pool order, skipping clashes.
func greedy(cands []candidate, clash [][]bool, k int) []Choice {
	var set []int
	for n := range cands {
		if len(set) < k && compatible(append(set, n), clash) {
			set = append(set, n)
		}
	}
	out := make([]Choice, len(set))
	for n, at := range set {
		out[n] = cands[at].choice
	}
	return out
}

// clashes marks pairs of candidates too alike to be offered together.
func clashes(cands []candidate) [][]bool {
	m := make([][]bool, len(cands))
	for a := range cands {
		m[a] = make([]bool, len(cands))
		for b := range a {
			if nearIdentical(cands[a].choice.Text, cands[b].choice.Text) {
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

func authoredIn(cands []candidate, set []int) int {
	n := 0
	for _, at := range set {
		if cands[at].authored {
			n++
		}
	}
	return n
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
