package guess

import (
	"math"
	"strings"
)

// learned is a conditional logit over choice features and word log-odds,
// trained on other incidents' questions. It never reads the card: what it
// learns is how the engine writes answers and wrong options.
type learned struct {
	stats *Stats
	w     []float64
	mean  []float64
	sd    []float64
	// word and word-pair counts over training choices: in answers, in
	// wrong options, and per incident (to leave a question's own incident
	// out of its features while training).
	ans, wrong    map[string]float64
	nAns, nWrong  float64
	byInc         map[string]map[string][2]float64
	byIncN        map[string][2]float64
	trained       bool
	learnRate, l2 float64
	iterations    int
	// drop zeroes feature columns: only the ablation measurement sets it,
	// to see which features carry the model's signal.
	drop []int
}

func newLearned(stats *Stats) *learned {
	return &learned{stats: stats, learnRate: 0.5, l2: 0.01, iterations: 300}
}

func (g *learned) Name() string { return "learned" }

// Train fits the model on items (other incidents than those it will pick for).
func (g *learned) Train(items []Item) {
	g.ans, g.wrong = map[string]float64{}, map[string]float64{}
	g.byInc, g.byIncN = map[string]map[string][2]float64{}, map[string][2]float64{}
	g.nAns, g.nWrong = 0, 0
	for _, it := range items {
		inc := g.byInc[it.Incident]
		if inc == nil {
			inc = map[string][2]float64{}
			g.byInc[it.Incident] = inc
		}
		n := g.byIncN[it.Incident]
		for i, c := range it.Choices {
			k := 1
			if i == it.Answer {
				k = 0
			}
			n[k]++
			for t := range termSet(c) {
				v := inc[t]
				v[k]++
				inc[t] = v
				if k == 0 {
					g.ans[t]++
				} else {
					g.wrong[t]++
				}
			}
		}
		g.byIncN[it.Incident] = n
	}
	g.nAns, g.nWrong = 0, 0
	for _, n := range g.byIncN {
		g.nAns += n[0]
		g.nWrong += n[1]
	}
	xs := make([][][]float64, len(items))
	for q := range items {
		xs[q] = g.features(&items[q], items[q].Incident)
	}
	g.standardize(xs)
	g.fit(xs, items)
	g.trained = true
}

func termSet(c string) map[string]bool {
	m := map[string]bool{}
	for _, t := range termsOf(c) {
		m[t] = true
	}
	return m
}

// logOdds is a choice's mean term log-odds of being an answer, leaving
// incident skip's own counts out.
func (g *learned) logOdds(c, skip string) float64 {
	own, ownN := g.byInc[skip], g.byIncN[skip]
	nA, nW := g.nAns-ownN[0], g.nWrong-ownN[1]
	sum, n := 0.0, 0.0
	for t := range termSet(c) {
		a, w := g.ans[t]-own[t][0], g.wrong[t]-own[t][1]
		sum += math.Log((a+0.5)/(nA+1)) - math.Log((w+0.5)/(nW+1))
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / n
}

// features are one row per choice, centred on the question's mean, so the
// model compares choices within a question (a conditional logit).
func (g *learned) features(it *Item, skip string) [][]float64 {
	like := likeOthers(it)
	odd := oddOneOut(it)
	grams := make([]map[string]float64, len(it.Choices))
	for i, c := range it.Choices {
		grams[i] = charGrams(c)
	}
	rows := make([][]float64, len(it.Choices))
	for i, c := range it.Choices {
		gramLike := 0.0
		for j := range grams {
			if j != i {
				gramLike += cosine(grams[i], grams[j]) / float64(len(grams)-1)
			}
		}
		maxIDF := 0.0
		for _, w := range words(c) {
			maxIDF = math.Max(maxIDF, g.stats.idf(w))
		}
		sh := shapeOf(c)
		rows[i] = append([]float64{
			length(it, c) / 100, failureClass(it, c), g.stats.rarity(it, c), maxIDF,
			like[i], gramLike, odd[i], flag(strings.HasPrefix(c, "A ")), flag(strings.HasPrefix(c, "The ")),
			flag(strings.Contains(c, " which ")), flag(strings.Contains(c, " and ")),
			g.logOdds(c, skip),
		}, sh...)
	}
	for i := range rows {
		for _, k := range g.drop {
			rows[i][k] = 0
		}
	}
	for k := range rows[0] {
		mean := 0.0
		for i := range rows {
			mean += rows[i][k] / float64(len(rows))
		}
		for i := range rows {
			rows[i][k] -= mean
		}
	}
	return rows
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (g *learned) standardize(xs [][][]float64) {
	if len(xs) == 0 {
		return
	}
	d := len(xs[0][0])
	g.mean, g.sd = make([]float64, d), make([]float64, d)
	n := 0.0
	for _, q := range xs {
		for _, r := range q {
			for k, v := range r {
				g.sd[k] += v * v
			}
			n++
		}
	}
	for k := range g.sd {
		g.sd[k] = math.Sqrt(g.sd[k]/math.Max(n, 1)) + 1e-9
	}
	for _, q := range xs {
		for _, r := range q {
			for k := range r {
				r[k] /= g.sd[k]
			}
		}
	}
}

// fit maximizes the conditional log-likelihood of the answers by gradient
// ascent, with a little L2 so rare features do not run away.
func (g *learned) fit(xs [][][]float64, items []Item) {
	if len(xs) == 0 {
		return
	}
	d := len(xs[0][0])
	g.w = make([]float64, d)
	grad := make([]float64, d)
	for range g.iterations {
		clear(grad)
		for q, rows := range xs {
			p := softmax(rows, g.w)
			for i, r := range rows {
				y := flag(i == items[q].Answer)
				for k, v := range r {
					grad[k] += (y - p[i]) * v
				}
			}
		}
		for k := range g.w {
			g.w[k] += g.learnRate * (grad[k]/float64(len(xs)) - g.l2*g.w[k])
		}
	}
}

func softmax(rows [][]float64, w []float64) []float64 {
	out := make([]float64, len(rows))
	mx := math.Inf(-1)
	for i, r := range rows {
		for k, v := range r {
			out[i] += w[k] * v
		}
		mx = math.Max(mx, out[i])
	}
	sum := 0.0
	for i := range out {
		out[i] = math.Exp(out[i] - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// Pick scores an item of an incident the model was not trained on.
func (g *learned) Pick(it *Item) int {
	if !g.trained {
		return best(it, make([]float64, len(it.Choices)))
	}
	rows := g.features(it, "")
	scores := make([]float64, len(rows))
	for i, r := range rows {
		for k, v := range r {
			scores[i] += g.w[k] * v / g.sd[k]
		}
	}
	return best(it, scores)
}
