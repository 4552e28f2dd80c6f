package quiz

// index.similar checked against a brute-force reference written from its
// documented definition (TF-IDF over title, summary, services, platform and
// root cause; tf 1+ln(count), idf ln(1+n/df), L2-normalised; cosine plus
// boostPlatform for the same platform and boostService per shared service;
// from commonMin incidents on, terms in more than commonShare of them are
// left out of the dot product). Written against gremlins' survivors in
// index.go, none of which the corpus-wide tests caught.

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// refSimilarity is every incident's score against incident i, or NaN where
// the cosine is not positive.
func refSimilarity(incs []incidents.Incident, i int) []float64 {
	n := len(incs)
	tf := make([]map[string]float64, n)
	df := map[string]int{}
	for j, inc := range incs {
		tf[j] = map[string]float64{}
		text := strings.Join([]string{inc.Title, inc.Summary, strings.Join(inc.Services, " "), inc.Platform, inc.RootCause}, " ")
		for _, w := range tokens(text) {
			if tf[j][w] == 0 {
				df[w]++
			}
			tf[j][w]++
		}
	}
	vec := make([]map[string]float64, n)
	for j := range incs {
		vec[j] = map[string]float64{}
		var norm float64
		for w, c := range tf[j] {
			x := (1 + math.Log(c)) * math.Log(1+float64(n)/float64(df[w]))
			vec[j][w], norm = x, norm+x*x
		}
		for w := range vec[j] {
			vec[j][w] /= math.Sqrt(norm)
		}
	}
	services := func(inc incidents.Incident) map[string]bool {
		out := map[string]bool{}
		for _, s := range inc.Services {
			out[incidents.ServiceKey(s)] = true
		}
		return out
	}
	mine, plat := services(incs[i]), strings.ToLower(strings.TrimSpace(incs[i].Platform))
	out := make([]float64, n)
	for j := range incs {
		var cos float64
		for w, x := range vec[i] {
			if n < commonMin || float64(df[w]) <= commonShare*float64(n) {
				cos += x * vec[j][w]
			}
		}
		if j == i || cos <= 1e-9 {
			out[j] = math.NaN()
			continue
		}
		if plat != "" && strings.ToLower(strings.TrimSpace(incs[j].Platform)) == plat {
			cos += boostPlatform
		}
		for s := range services(incs[j]) {
			if mine[s] {
				cos += boostService
			}
		}
		out[j] = cos
	}
	return out
}

// randomCorpus is n incidents over a small vocabulary with skewed word
// frequencies, repeated words, platforms in mixed case and repeated services.
func randomCorpus(rng *rand.Rand, n int) []incidents.Incident {
	word := func() string { return fmt.Sprintf("w%d", int(math.Pow(rng.Float64(), 2)*80)) }
	words := func(k int) string {
		var b []string
		for range k {
			b = append(b, word())
		}
		return strings.Join(b, " ")
	}
	plats := []string{"", "Shop", "shop ", "Ledger"}
	svcs := []string{"Redis", "redis", "Kafka", "Postgres", "API Gateway"}
	incs := make([]incidents.Incident, n)
	for j := range incs {
		incs[j] = incidents.Incident{
			Title: words(3), Summary: words(8), RootCause: words(6),
			Platform: plats[rng.IntN(len(plats))],
		}
		for range rng.IntN(3) {
			incs[j].Services = append(incs[j].Services, svcs[rng.IntN(len(svcs))])
		}
	}
	return incs
}

// checkSimilar compares ix.similar(i, k, keep) with the reference: as many
// results as there are candidates (up to k), best first, and nothing left
// out that scores above the last one taken.
func checkSimilar(t *testing.T, ix *index, ref []float64, i, k int, keep func(int) bool) {
	t.Helper()
	got := ix.similar(i, k, keep)
	var eligible []int
	for j, s := range ref {
		if !math.IsNaN(s) && keep(j) {
			eligible = append(eligible, j)
		}
	}
	if len(got) != min(k, len(eligible)) {
		t.Fatalf("similar(%d, %d) = %d results, want %d", i, k, len(got), min(k, len(eligible)))
	}
	const eps = 1e-4 // the index sums in float32
	for n, j := range got {
		if math.IsNaN(ref[j]) || !keep(j) {
			t.Fatalf("similar(%d, %d) returned %d, which scores %v or keep refuses", i, k, j, ref[j])
		}
		if n > 0 && ref[j] > ref[got[n-1]]+eps {
			t.Fatalf("similar(%d, %d) ranks %d (%.5f) after %d (%.5f)", i, k, j, ref[j], got[n-1], ref[got[n-1]])
		}
	}
	for _, j := range eligible {
		if len(got) > 0 && !slices.Contains(got, j) && ref[j] > ref[got[len(got)-1]]+eps {
			t.Fatalf("similar(%d, %d) left out %d (%.5f), above its last %d (%.5f)", i, k, j, ref[j], got[len(got)-1], ref[got[len(got)-1]])
		}
	}
}

func TestSimilarMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, n := range []int{2, 5, 40, 200} {
		incs := randomCorpus(rng, n)
		ix := newIndex(incs)
		for q := range min(n, 25) {
			ref := refSimilarity(incs, q)
			odd := func(j int) bool { return j%3 != 0 }
			for _, k := range []int{1, 3, 12} {
				checkSimilar(t, ix, ref, q, k, func(int) bool { return true })
				checkSimilar(t, ix, ref, q, k, odd)
			}
		}
	}
}

// From commonMin incidents on, a term in more than commonShare of them is
// pruned from the dot product; one in exactly that share is kept.
func TestSimilarPruningBoundary(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	incs := randomCorpus(rng, commonMin)
	for j := range int(commonShare * commonMin) { // "edge" in exactly commonShare of them
		incs[j].RootCause += " edge edge edge"
	}
	for j := 0; j < commonMin; j += 5 { // "wide" in more than that share
		incs[j].Summary += " wide wide"
	}
	ix := newIndex(incs)
	for _, q := range []int{0, 1, 5, 99, 500} {
		ref := refSimilarity(incs, q)
		checkSimilar(t, ix, ref, q, 6, func(int) bool { return true })
	}
}

// Incidents that score exactly alike come in corpus order, and a full
// list lets no tie displace a member already in it.
func TestSimilarTiesInCorpusOrder(t *testing.T) {
	twin := incidents.Incident{Title: "cache stampede", Summary: "the cache expired at once", RootCause: "keys expired together"}
	incs := []incidents.Incident{
		{Title: "cache stampede at noon", Summary: "the cache expired at once", RootCause: "keys expired together"},
		{Title: "disk full", Summary: "logs filled the volume", RootCause: "no rotation"},
		twin, twin, twin,
	}
	ix := newIndex(incs)
	all := func(int) bool { return true }
	if got := ix.similar(0, 2, all); !slices.Equal(got, []int{2, 3}) {
		t.Fatalf("similar(0, 2) = %v, want the first two twins [2 3]", got)
	}
	if got := ix.similar(0, 5, all); !slices.Equal(got, []int{2, 3, 4}) {
		t.Fatalf("similar(0, 5) = %v, want the twins in corpus order [2 3 4]", got)
	}
}
