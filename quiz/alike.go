package quiz

import (
	"math"
	"slices"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// causeVecs are TF-IDF vectors of each incident's root cause and of its
// cause text, to tell when two incidents failed the same way: offering one's
// cause as a wrong choice for the other would give the question two right
// answers (a team's "eviction policy dropped cart keys" against the bundled
// brief about an eviction policy dropping basket keys).
type causeVecs struct {
	root, text [][]posting // per incident, sorted by term, L2-normalized
	vocab      map[string]int32
	df         []int32
	n          float64
}

func newCauseVecs(incs []incidents.Incident, cause []text) causeVecs {
	vocab := map[string]int32{}
	var df []int32
	ids := func(s string) []int32 { // sorted term ids, repeats kept
		var out []int32
		for _, w := range tokens(s) {
			w = stem(w)
			id, ok := vocab[w]
			if !ok {
				id = int32(len(df))
				vocab[w] = id
				df = append(df, 0)
			}
			out = append(out, id)
		}
		slices.Sort(out)
		return out
	}
	root, txt := make([][]int32, len(incs)), make([][]int32, len(incs))
	var last []int // per term: the last incident counted, +1
	for i := range incs {
		root[i], txt[i] = ids(incs[i].RootCause), ids(cause[i].s)
		for len(last) < len(df) {
			last = append(last, 0)
		}
		for _, list := range [][]int32{root[i], txt[i]} {
			for _, id := range list {
				if last[id] != i+1 { // an incident counts once per term
					last[id] = i + 1
					df[id]++
				}
			}
		}
	}
	n := float64(len(incs))
	v := causeVecs{root: make([][]posting, len(incs)), text: make([][]posting, len(incs)), vocab: vocab, df: df, n: n}
	for i := range incs {
		v.root[i], v.text[i] = weighVec(root[i], df, n), weighVec(txt[i], df, n)
	}
	return v
}

// weighVec turns sorted term ids (repeats kept) into an L2-normalized
// TF-IDF vector, sorted by term.
func weighVec(ids []int32, df []int32, n float64) []posting {
	out := make([]posting, 0, len(ids))
	var norm float64
	for k := 0; k < len(ids); {
		c := 1
		for k+c < len(ids) && ids[k+c] == ids[k] {
			c++
		}
		w := (1 + math.Log(float64(c))) * math.Log(1+n/float64(df[ids[k]]))
		out = append(out, posting{ids[k], float32(w)})
		norm += w * w
		k += c
	}
	norm = math.Sqrt(norm)
	for k := range out {
		out[k].w = float32(float64(out[k].w) / norm)
	}
	return out
}

// likeCause is how much text s says what incident i's cause says: the
// higher cosine against its root cause and its cause text. Words in skip
// (stemmed: the card's service names, a clause every option shares) are
// left out of s: naming the same component is not failing the same way. Words the corpus
// never uses count as rare (document frequency 1) so they dilute the match
// as they should, without growing the shared vocabulary.
func (v causeVecs) likeCause(i int, s string, skip map[string]bool) float64 {
	counts := map[string]int{}
	for _, w := range tokens(s) {
		if w = stem(w); !skip[w] {
			counts[w]++
		}
	}
	vec := make([]posting, 0, len(counts))
	var norm float64
	for w, c := range counts {
		id, known := v.vocab[w]
		df := 1.0
		if known {
			df = float64(v.df[id])
		}
		wt := (1 + math.Log(float64(c))) * math.Log(1+v.n/df)
		norm += wt * wt
		if known {
			vec = append(vec, posting{id, float32(wt)})
		}
	}
	if norm == 0 {
		return 0
	}
	norm = math.Sqrt(norm)
	for k := range vec {
		vec[k].w = float32(float64(vec[k].w) / norm)
	}
	slices.SortFunc(vec, func(a, b posting) int { return int(a.id) - int(b.id) })
	return max(cosine(vec, v.root[i]), cosine(vec, v.text[i]))
}

// cosine of two sorted, normalized vectors.
func cosine(a, b []posting) float64 {
	var s float64
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x].id < b[y].id:
			x++
		case a[x].id > b[y].id:
			y++
		default:
			s += float64(a[x].w) * float64(b[y].w)
			x++
			y++
		}
	}
	return s
}

// sameCause is how alike incidents i and j failed: the highest cosine
// between their root causes and cause texts (an authored brief rewords its
// root cause, so each is compared with the other's too).
func (v causeVecs) sameCause(i, j int) float64 {
	return max(cosine(v.root[i], v.root[j]), cosine(v.text[i], v.text[j]),
		cosine(v.root[i], v.text[j]), cosine(v.text[i], v.root[j]))
}

// stem folds a token's common English endings, so "eviction" meets
// "evict" and "dropped" meets "drop"; a light hand-written stemmer is
// enough for comparing causes, where a full one (Porter) would be a
// dependency for little gain.
func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ions", "ion", "ing", "ed", "es"} { // tokens trimmed a plural "s" already
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if n := len(w); w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
				w = w[:n-1] // "dropp" → "drop"
			}
			break
		}
	}
	return w
}

// sameCauseLimit is the likeness from which two incidents count as one
// failure mode. Calibrated on the bundled corpus: its most alike pair,
// NFI-2024-0012 and NFI-2023-0016 (a 1000-execution concurrency limit hit
// in a surge, on Step Functions and on Lambda), scores 0.283 and stays a
// fair wrong choice; a team incident "Eviction policy allkeys-lru dropped
// cart keys." against NFI-2024-0002 (an eviction policy dropping basket
// keys) scores 0.330 and is dropped. TestSameCauseLimit pins both.
const sameCauseLimit = 0.30

// tooLike reports whether incident j failed too much like incident i for
// its cause (or its lessons) to be offered as wrong for i.
func (e *Engine) tooLike(i, j int) bool {
	return e.alike.sameCause(i, j) >= sameCauseLimit
}
