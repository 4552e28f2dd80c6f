package quiz

// Tests written against gremlins' survivors in followup.go's preventionPool
// (docs/mutation.md): which incidents lend the follow-up question their
// prevention items, how many and at what preference.

import "testing"

// TestPreventionPool: every item of the incidents ranked just below the
// sameModeNeighbours most similar, at 0.05 per rank; then one item each of
// random others at 0.5 while the pool holds fewer than
// followUpSimilar+randomPoolSize; never an incident keep refuses, one
// without items, the question's own or one of its items.
func TestPreventionPool(t *testing.T) {
	incs := teamIncidents(t)
	for k := range incs {
		if k%4 == 3 {
			incs[k].Prevention = nil // incidents with nothing to lend
		}
	}
	e := NewEngine(incs)
	keep := func(j int) bool { return j%5 != 0 }
	var similarItems, randomItems, filled int
	for i := range e.incs {
		if len(e.prev[i]) == 0 {
			continue
		}
		ranked := e.ix.similar(i, sameModeNeighbours+followUpSimilar, e.askable)
		rankOf := map[int]int{}
		var want []candidate // the similar part, in order
		for r, j := range ranked {
			rankOf[j] = r
			if r < sameModeNeighbours || !keep(j) {
				continue
			}
			for _, it := range e.prev[j] {
				if !matchesAny(it, e.prev[i]) {
					want = append(want, candidate{t: it, src: j, pref: 0.05 * float64(r)})
				}
			}
		}
		pool := e.preventionPool(i, keep, rngFor(2, e.incs[i].ID, 3))
		if len(pool) < len(want) {
			t.Fatalf("%s: pool of %d, want at least the %d similar items", e.incs[i].ID, len(pool), len(want))
		}
		for n, w := range want {
			if c := pool[n]; c.t.norm != w.t.norm || c.src != w.src || !near(c.pref, w.pref) || c.choice.WhyNot == "" {
				t.Fatalf("%s: pool[%d] = %q from %d at %v, want %q from %d at %v", e.incs[i].ID, n, c.t.s, c.src, c.pref, w.t.s, w.src, w.pref)
			}
		}
		similarItems += len(want)
		seen := map[int]bool{}
		for n, c := range pool[len(want):] {
			_, similar := rankOf[c.src]
			if similar || seen[c.src] || c.src == i || !keep(c.src) || len(e.prev[c.src]) == 0 || !near(c.pref, 0.5) ||
				matchesAny(c.t, e.prev[i]) || len(want)+n >= followUpSimilar+randomPoolSize {
				t.Fatalf("%s: random item %d %q from %d at %v (pool of %d)", e.incs[i].ID, n, c.t.s, c.src, c.pref, len(pool))
			}
			seen[c.src] = true
			randomItems++
		}
		if len(pool) == followUpSimilar+randomPoolSize && len(pool) > len(want) {
			filled++ // random items topped the pool up to its size
		}
	}
	if similarItems == 0 || randomItems == 0 || filled == 0 {
		t.Errorf("the corpus no longer exercises every part: %d similar, %d random items, %d pools filled", similarItems, randomItems, filled)
	}
}
