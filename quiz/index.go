package quiz

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/nexusflow/rootcause/incidents"
)

// index finds the incidents most similar to a given one: TF-IDF vectors over
// title, summary, services, platform and root cause, compared by cosine,
// plus a boost for the same platform and for each shared service. It is built
// once per engine; queries walk an inverted index, so they cost the length of
// the posting lists touched, not the corpus size squared.
type index struct {
	docs     [][]posting // per incident: term weights, L2-normalized, in no order
	postings [][]posting // per term: (incident, weight)
	platform []int32     // per incident: interned lower-cased platform, -1 if none
	services [][]int32   // per incident: interned ServiceKeys
	// named lists, per interned platform or service, the incidents that
	// have it: a query adds the boosts by walking these lists rather than
	// comparing names with every incident it scores.
	named [][]int32
	// scores recycles the per-query score arrays (one float per incident,
	// cosine then boost), which would otherwise be most of what building a
	// session allocates.
	scores sync.Pool
}

// queryBuf is one query's scores: cosine and boost per incident.
type queryBuf struct{ cos, boost []float32 }

// posting is one (id, weight) pair; id is a term in docs and an incident in
// postings.
type posting struct {
	id int32
	w  float32
}

// Boosts on top of cosine similarity: a distractor from the same platform or
// touching the same services is a more tempting wrong answer.
const (
	boostPlatform = 0.15
	boostService  = 0.10
)

func newIndex(incs []incidents.Incident) *index {
	ix := &index{
		docs:     make([][]posting, len(incs)),
		platform: make([]int32, len(incs)),
		services: make([][]int32, len(incs)),
	}
	names := map[string]int32{} // interned so boost compares integers
	intern := func(s string) int32 {
		if s == "" {
			return -1
		}
		id, ok := names[s]
		if !ok {
			id = int32(len(names))
			names[s] = id
		}
		return id
	}
	vocab := map[string]int32{}
	var df []int32
	tf := map[int32]int{}
	for i := range incs {
		inc := &incs[i]
		ix.platform[i] = intern(strings.ToLower(strings.TrimSpace(inc.Platform)))
		for _, s := range inc.Services {
			// once each: a service listed twice is still one shared service
			if id := intern("service:" + incidents.ServiceKey(s)); !slices.Contains(ix.services[i], id) {
				ix.services[i] = append(ix.services[i], id)
			}
		}
		text := strings.Join([]string{inc.Title, inc.Summary, strings.Join(inc.Services, " "), inc.Platform, inc.RootCause}, " ")

		clear(tf)
		for _, t := range tokens(text) {
			id, ok := vocab[t]
			if !ok {
				id = int32(len(df))
				vocab[t] = id
				df = append(df, 0)
			}
			if tf[id] == 0 {
				df[id]++
			}
			tf[id]++
		}
		doc := make([]posting, 0, len(tf))
		for id, c := range tf {
			doc = append(doc, posting{id, float32(1 + math.Log(float64(c)))})
		}
		ix.docs[i] = doc
	}
	ix.weigh(df)
	ix.named = make([][]int32, len(names))
	for i := range incs {
		if p := ix.platform[i]; p >= 0 {
			ix.named[p] = append(ix.named[p], int32(i))
		}
		for _, id := range ix.services[i] {
			ix.named[id] = append(ix.named[id], int32(i))
		}
	}
	return ix
}

// weigh turns term counts into L2-normalized TF-IDF weights and fills the
// posting lists. Terms in more than commonShare of a large corpus get no
// posting list: their weight is small and their lists long, so walking them
// would make every query cost the corpus size for little change in ranking.
func (ix *index) weigh(df []int32) {
	n := float64(len(ix.docs))
	idf := make([]float64, len(df))
	for id, d := range df {
		idf[id] = math.Log(1 + n/float64(d))
	}
	postings := make([][]posting, len(df))
	for i, doc := range ix.docs {
		var norm float64
		for k := range doc {
			w := float64(doc[k].w) * idf[doc[k].id]
			doc[k].w = float32(w)
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for k := range doc {
			doc[k].w = float32(float64(doc[k].w) / norm)
			if id := doc[k].id; len(ix.docs) < commonMin || float64(df[id]) <= commonShare*n {
				if postings[id] == nil {
					postings[id] = make([]posting, 0, df[id]) // its final size: no regrowth
				}
				postings[id] = append(postings[id], posting{int32(i), doc[k].w})
			}
		}
	}
	ix.postings = postings
}

// Pruning of common terms applies from commonMin incidents on; smaller
// corpora are cheap to query in full.
const (
	commonMin   = 1000
	commonShare = 0.1
)

// similar returns up to k incidents most similar to incident i, best first,
// among those keep accepts. Ties break by corpus order, so results are
// deterministic.
func (ix *index) similar(i, k int, keep func(int) bool) []int {
	buf, _ := ix.scores.Get().(*queryBuf)
	if buf == nil || len(buf.cos) != len(ix.docs) {
		buf = &queryBuf{make([]float32, len(ix.docs)), make([]float32, len(ix.docs))}
	}
	score, boost := buf.cos, buf.boost
	defer func() {
		clear(score)
		clear(boost)
		ix.scores.Put(buf)
	}()
	for _, p := range ix.docs[i] {
		for _, q := range ix.postings[p.id] {
			score[q.id] += p.w * q.w
		}
	}
	ix.addBoosts(i, boost)
	type cand struct {
		j int
		s float32
	}
	var top []cand
	for j, s := range score {
		if j == i || s <= 0 {
			continue
		}
		s += boost[j]
		if len(top) == k && s <= top[k-1].s || !keep(j) {
			continue // keep only for would-be members: it may cost more than a score
		}
		at := sort.Search(len(top), func(n int) bool { return top[n].s < s })
		if len(top) < k {
			top = append(top, cand{})
		}
		copy(top[at+1:], top[at:])
		top[at] = cand{j, s}
	}
	out := make([]int, len(top))
	for n, c := range top {
		out[n] = c.j
	}
	return out
}

// addBoosts adds to boost, per incident, what incident i's platform and
// services add to its similarity: boostPlatform for the same platform and
// boostService for each shared service.
func (ix *index) addBoosts(i int, boost []float32) {
	if p := ix.platform[i]; p >= 0 {
		for _, j := range ix.named[p] {
			boost[j] += boostPlatform
		}
	}
	for _, sv := range ix.services[i] {
		for _, j := range ix.named[sv] {
			boost[j] += boostService
		}
	}
}
