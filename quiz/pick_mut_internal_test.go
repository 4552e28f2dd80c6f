package quiz

// Tests written against gremlins' survivors in pick.go (docs/mutation.md):
// the pure measures the distractor picker balances, with literals worked
// by hand from their doc comments.

import (
	"math"
	"slices"
	"testing"
)

func TestWordJaccard(t *testing.T) {
	for _, tc := range []struct {
		a, b []int32
		want float64
	}{
		{[]int32{1, 2, 3}, []int32{2, 3, 4}, 0.5}, // 2 shared of 4
		{[]int32{1}, []int32{1}, 1},
		{[]int32{1, 2}, []int32{3}, 0},
		{nil, nil, 0},
	} {
		if got := wordJaccard(tc.a, tc.b); got != tc.want {
			t.Errorf("wordJaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// rankCost is the answer's place distribution's total distance from
// uniform, plus missWeight (1) times the chance of missing place r.
func TestRankCost(t *testing.T) {
	for _, tc := range []struct {
		vals []float64
		a    float64
		r    int
		want float64
	}{
		{[]float64{1, 2, 3}, 2.5, 1, 1.5},        // place 1 for sure: 3×0.25 + 0.75, hit
		{[]float64{1, 2, 3}, 2.5, 0, 2.5},        // the same, target missed
		{[]float64{1, 2, 3}, 9, 0, 1.5},          // above them all: place 0
		{[]float64{1, 2, 3}, 0, 3, 1.5},          // below them all: the last place
		{[]float64{2, 2, 2}, 2, 2, 0.75},         // an all-way tie is uniform; hit 1/4
		{[]float64{1, 2}, 2, 2, 2.0/3 + 1},       // tied with one: places 0 and 1 at 1/2
		{[]float64{1, 2}, 2, 1, 2.0/3 + 0.5},     // and its target inside the tie
		{[]float64{3, 1}, 2, 1, 2*(1-1.0/3) + 0}, // between them: place 1
	} {
		if got := rankCost(tc.vals, tc.a, tc.r); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("rankCost(%v, %v, %d) = %v, want %v", tc.vals, tc.a, tc.r, got, tc.want)
		}
	}
}

func TestDistinctAtLeast(t *testing.T) {
	d := dict{}
	cand := func(s string) candidate { return candidate{t: d.text(s)} }
	answer := d.text("The database ran out of connections.")
	pool := []candidate{
		cand("The cache expired all at once."), cand("the cache expired all at once"),
		cand("The database ran out of connections!"), cand("A certificate expired on the gateway."),
	}
	if !distinctAtLeast(answer, pool, 2) {
		t.Error("two distinct wrong options not found")
	}
	if distinctAtLeast(answer, pool, 3) {
		t.Error("a repeat and the answer's own words counted as distinct options")
	}
	if !distinctAtLeast(answer, nil, 0) {
		t.Error("zero options not found in an empty pool")
	}
}

// trigrams folds case and runs of spaces, tabs and newlines, and nothing else.
func TestTrigramsFoldSpace(t *testing.T) {
	same := func(a, b string) bool { return slices.Equal(trigrams(a), trigrams(b)) }
	for _, p := range [][2]string{{"The  Cache", "the cache"}, {"a\tb", "a b"}, {"a\n\nb", "a b"}} {
		if !same(p[0], p[1]) {
			t.Errorf("trigrams(%q) differ from trigrams(%q)", p[0], p[1])
		}
	}
	if got := trigrams("abc"); len(got) != 3 { // " ab", "abc", "bc "
		t.Errorf("trigrams(%q) = %d trigrams, want 3", "abc", len(got))
	}
	var counts []float64 // " aa", "aaa" twice, "aa "
	for _, g := range trigrams("aaaa") {
		counts = append(counts, g.n)
	}
	if slices.Sort(counts); !slices.Equal(counts, []float64{1, 1, 2}) {
		t.Errorf("trigram counts of %q = %v, want [1 1 2]", "aaaa", counts)
	}
	for _, p := range [][2]string{{"ab", "a b"}, {"a-b", "a b"}, {"abc", "abd"}} {
		if same(p[0], p[1]) {
			t.Errorf("trigrams(%q) equal trigrams(%q)", p[0], p[1])
		}
	}
}

// gramCosine of counts {1:2, 2:1} and {1:1, 3:2}: 2 / √(5·5).
func TestGramCosine(t *testing.T) {
	a, b := []gram{{1, 2}, {2, 1}}, []gram{{1, 1}, {3, 2}}
	if got := gramCosine(a, b); !(math.Abs(got-0.4) < 1e-12) {
		t.Errorf("gramCosine = %v, want 0.4", got)
	}
	if got := gramCosine(a, []gram{{1, 3}}); !(math.Abs(got-2/math.Sqrt(5)) < 1e-12) {
		t.Errorf("gramCosine against one shared trigram = %v, want 2/√5", got)
	}
	if got := gramCosine(a, nil); got != 0 {
		t.Errorf("gramCosine with an empty text = %v, want 0", got)
	}
}

// A subset's cost adds its preferences, the length and overlap rank costs
// and gramWeight (1) times the trigram one; no likeness was computed.
func TestSubsetCost(t *testing.T) {
	f := features{
		length: []float64{10, 20}, aLen: 15, rLen: 1, // place 1 for sure, hit: 4/3
		ov: []float64{1, 1}, aOv: 1, rOv: 0, // a three-way tie: 0 + (1 − 1/3)
		gram: []float64{0.5, 0.1}, aGram: 0.9, rGram: 1, // place 0, target missed: 4/3 + 1
	}
	cands := []candidate{{pref: 0.1}, {pref: 0.2}}
	want := 0.3 + 4.0/3 + 2.0/3 + gramWeight*(4.0/3+1)
	if got := f.cost(cands, []int{0, 1}); !near(got, want) {
		t.Fatalf("cost = %v, want %v", got, want)
	}
}

// likeCost ranks the answer's likeness to the chosen set (the sum of its
// likeness to each) among each choice's likeness to the other three.
func TestLikeCost(t *testing.T) {
	f := features{
		aLike: []float64{0.25, 0.5, 0.125, 1},
		like: [][]float64{
			{0, 0.5, 0.25, 1},
			{0.5, 0, 0.125, 1},
			{0.25, 0.125, 0, 1},
			{1, 1, 1, 0},
		},
	}
	// Choices 0, 1, 2 score 1.0, 1.125 and 0.5 against the answer's 0.875:
	// the answer ranks third for sure (distance 0.75 + 3 × 0.25 = 1.5).
	for r, want := range map[int]float64{2: 1.5, 0: 2.5, 3: 2.5} {
		f.rLike = r
		if got := f.likeCost([]int{0, 1, 2}); !near(got, want) {
			t.Errorf("likeCost drawn place %d = %v, want %v", r, got, want)
		}
	}
	if got := (&features{}).likeCost([]int{0, 1, 2}); got != 0 {
		t.Errorf("without likeness likeCost = %v, want 0", got)
	}
}

func TestMixHolds(t *testing.T) {
	cands := []candidate{
		{group: groupNear, authored: true},
		{group: groupNear, mutation: true},
		{group: groupBorrowed},
		{group: groupNear},
	}
	for _, tc := range []struct {
		mx   mix
		set  []int
		want bool
	}{
		{mix{near: 2, borrowed: 1}, []int{0, 1, 2}, true},
		{mix{near: 3}, []int{0, 1, 2}, false},
		{mix{borrowed: 2}, []int{0, 1, 2}, false},
		{mix{authored: 1}, []int{0, 1, 3}, true},
		{mix{authored: 1}, []int{1, 2, 3}, false},
		{mix{mutation: 1}, []int{0, 1, 3}, true},
		{mix{mutation: 1}, []int{0, 2, 3}, false},
		{mix{near: 3, authored: 1, mutation: 1}, []int{0, 1, 3}, true},
		{mix{}, nil, true},
	} {
		if got := tc.mx.holds(cands, tc.set); got != tc.want {
			t.Errorf("%+v holds %v = %v, want %v", tc.mx, tc.set, got, tc.want)
		}
	}
}

// The likeness term counts at likeWeight (0.5) in a subset's cost.
func TestSubsetCostLikeness(t *testing.T) {
	f := features{
		length: []float64{1, 1, 1, 1}, ov: []float64{1, 1, 1, 1}, gram: []float64{1, 1, 1, 1},
		aLen: 1, aOv: 1, aGram: 1, // four-way ties everywhere: each ranking term costs missWeight × 3/4
		aLike: []float64{0.25, 0.5, 0.125, 1},
		like:  [][]float64{{0, 0.5, 0.25, 1}, {0.5, 0, 0.125, 1}, {0.25, 0.125, 0, 1}, {1, 1, 1, 0}},
		rLike: 2, // likeCost 1.5 (TestLikeCost)
	}
	cands := make([]candidate, 4)
	want := 0.75 + 0.75 + gramWeight*0.75 + 0.5*1.5
	if got := f.cost(cands, []int{0, 1, 2}); !near(got, want) {
		t.Errorf("cost = %v, want %v", got, want)
	}
}

// TestClashesLentCauses: two team causes lent from other incidents clash
// in a balanced question (each is met whole as an answer elsewhere), not
// in easy mode's; a team cause beside an
// authored brief, or beside a library option, does not.
func TestClashesLentCauses(t *testing.T) {
	d := dict{}
	mk := func(s string, src int, derived bool) candidate {
		return candidate{t: d.text(s), src: src, derived: derived}
	}
	cands := []candidate{
		mk("The reindex job pointed the alias at an empty index.", 3, true),
		mk("A cron schedule in local time ran an hour late after the clocks changed.", 5, true),
		mk("An authored brief of another incident about expired certificates.", 7, false),
		mk("A library option told of the checkout service and its pool.", -1, false),
	}
	for _, one := range []bool{true, false} {
		c := clashes(cands, one)
		for a := range cands {
			for b := range cands {
				want := one && (a == 0 && b == 1 || a == 1 && b == 0)
				if a != b && c[a][b] != want {
					t.Errorf("oneCause %v: clash %d/%d = %v", one, a, b, c[a][b])
				}
			}
		}
	}
}
