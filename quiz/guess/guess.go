// Package guess holds the guessers that measure how far a quiz can be won
// without diagnosing: bots that see what a trainee sees (the card as shown
// at the start, and the choices) and pick by surface cues — word and
// character overlap with the card, length, how an option's wording relates
// to the others, rare or textbook words, answers seen earlier in the
// session — and a learned bot trained on the choices alone. The quiz's
// tests bound them; `rootcause incidents check` reports them on a team's
// own files.
package guess

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/nexusflow/rootcause/quiz"
)

// Item is one question as a guesser meets it. Answer and Incident are for
// scoring and for splitting the learned bot's training from its test set;
// guessers never read them before picking (the learned one trains on other
// incidents' answers).
type Item struct {
	Card     quiz.Card // as shown at the start
	Choices  []string
	Answer   int
	Incident string
}

// FromQuestion is q as an item.
func FromQuestion(q *quiz.Question) Item {
	it := Item{Card: q.Card(0), Answer: q.Answer, Incident: q.Incident.ID}
	for _, c := range q.Choices {
		it.Choices = append(it.Choices, c.Text)
	}
	return it
}

// Guesser picks a choice for an item.
type Guesser interface {
	Name() string
	Pick(it *Item) int
}

// Observer is a guesser that remembers a session: Observe shows it the
// answer after each question, Reset starts a new session.
type Observer interface {
	Guesser
	Observe(it *Item)
	Reset()
}

// Learner is a guesser trained on items of other incidents first.
type Learner interface {
	Guesser
	Train(items []Item)
}

// cardText is the card's visible text.
func cardText(c quiz.Card) string {
	return strings.Join([]string{c.Title, c.Summary, c.Platform, strings.Join(c.Services, " "), c.Severity.String(), c.Timeline}, " ")
}

// words are a text's lower-case runs of letters and digits of two or more,
// minus a few function words: the guessers' own plain tokenizer, not the
// engine's.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 2 && !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("the and for was were with from that this its of to in on an by so as at it is be or but had has not all") {
		m[w] = true
	}
	return m
}()

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(s) {
		m[w] = true
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	if u := len(a) + len(b) - inter; u > 0 {
		return float64(inter) / float64(u)
	}
	return 0
}

// best is the index of the highest score, ties broken at random (seeded by
// the item's text, so runs repeat): with the answer's place uniform, a tie
// is a fair coin, not the first choice's luck.
func best(it *Item, scores []float64) int {
	var top []int
	for i, s := range scores {
		switch {
		case len(top) == 0 || s > scores[top[0]]+1e-12:
			top = []int{i}
		case s >= scores[top[0]]-1e-12:
			top = append(top, i)
		}
	}
	if len(top) == 1 {
		return top[0]
	}
	h := fnv.New64a()
	for _, c := range it.Choices {
		h.Write([]byte(c))
	}
	return top[rand.New(rand.NewPCG(h.Sum64(), 7)).IntN(len(top))]
}

// scorer is a stateless guesser from a per-choice score.
type scorer struct {
	name  string
	score func(it *Item) []float64
}

func (s scorer) Name() string      { return s.name }
func (s scorer) Pick(it *Item) int { return best(it, s.score(it)) }

func negate(f func(it *Item) []float64) func(it *Item) []float64 {
	return func(it *Item) []float64 {
		v := f(it)
		for i := range v {
			v[i] = -v[i]
		}
		return v
	}
}

// perChoice maps f over the choices.
func perChoice(f func(it *Item, c string) float64) func(it *Item) []float64 {
	return func(it *Item) []float64 {
		out := make([]float64, len(it.Choices))
		for i, c := range it.Choices {
			out[i] = f(it, c)
		}
		return out
	}
}

func overlap(it *Item, c string) float64 {
	card := wordSet(cardText(it.Card))
	n := 0.0
	for w := range wordSet(c) {
		if card[w] {
			n++
		}
	}
	return n
}

func length(_ *Item, c string) float64 { return float64(len([]rune(c))) }

// charGrams counts a text's character 3-grams (lower case, spaces folded).
func charGrams(s string) map[string]float64 {
	r := []rune(" " + strings.Join(strings.Fields(strings.ToLower(s)), " ") + " ")
	m := map[string]float64{}
	for i := 0; i+3 <= len(r); i++ {
		m[string(r[i:i+3])]++
	}
	return m
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		dot += v * b[k]
		na += v * v
	}
	for _, v := range b {
		nb += v * v
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * math.Sqrt(nb))
}

func charNgram(it *Item, c string) float64 { return cosine(charGrams(cardText(it.Card)), charGrams(c)) }

// likeOthers is a choice's mean word likeness (Jaccard) to the other choices.
func likeOthers(it *Item) []float64 {
	sets := make([]map[string]bool, len(it.Choices))
	for i, c := range it.Choices {
		sets[i] = wordSet(c)
	}
	out := make([]float64, len(sets))
	for i := range sets {
		for j := range sets {
			if i != j {
				out[i] += jaccard(sets[i], sets[j]) / float64(len(sets)-1)
			}
		}
	}
	return out
}

// shapeOf is what a style-reading bot sees of an option: word count,
// commas, a ", so" clause, capitalized words, digits.
func shapeOf(c string) []float64 {
	caps, digits := 0.0, 0.0
	for i, w := range strings.Fields(c) {
		if r := []rune(w); i > 0 && unicode.IsUpper(r[0]) {
			caps++
		}
		if strings.ContainsFunc(w, unicode.IsDigit) {
			digits++
		}
	}
	so := 0.0
	if strings.Contains(c, ", so ") {
		so = 1
	}
	return []float64{float64(len(strings.Fields(c))) / 5, float64(strings.Count(c, ",")), so, caps, digits}
}

// oddOneOut picks the option whose shape lies farthest from the others'.
func oddOneOut(it *Item) []float64 {
	shapes := make([][]float64, len(it.Choices))
	for i, c := range it.Choices {
		shapes[i] = shapeOf(c)
	}
	out := make([]float64, len(shapes))
	for i := range shapes {
		for k := range shapes[i] {
			mean := 0.0
			for j := range shapes {
				if j != i {
					mean += shapes[j][k] / float64(len(shapes)-1)
				}
			}
			d := shapes[i][k] - mean
			out[i] += d * d
		}
	}
	return out
}

// failureWords are textbook failure classes: a bot that has seen quizzes
// written by people knows wrong options reach for them.
var failureWords = wordSet("certificate certificates tls ssl quota quotas limit dns deploy deployment release rollout migration lock deadlock eviction evicted cache throttled throttling permission iam policy expired expiry clock skew drift ntp leak memory timeout timeouts retry retries storm overload saturated exhausted disk full index replica lag failover rate config configuration flag")

func failureClass(_ *Item, c string) float64 {
	n := 0.0
	for _, w := range words(c) {
		if failureWords[w] {
			n++
		}
	}
	return n
}

// cardProduct counts the card's products (services named with a capital:
// "Firebase", "Let's Encrypt") a choice names: a trainee's read-through
// found the one option naming the card's product was often the answer.
func cardProduct(it *Item, c string) float64 {
	lc, n := strings.ToLower(c), 0.0
	for _, svc := range it.Card.Services {
		if strings.ContainsFunc(svc, unicode.IsUpper) && strings.Contains(lc, strings.ToLower(svc)) {
			n++
		}
	}
	return n
}
