package quiz

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/nexusflow/rootcause/incidents"
)

// Engine builds questions from a corpus. It indexes the corpus once; after
// that it is read-only, so one Engine may serve many sessions at once (game
// day builds questions for every player from one engine).
type Engine struct {
	incs  []incidents.Incident
	byID  map[string]int // upper-cased id → position
	ix    *index
	cause []text   // per incident: the choice text of its cause
	brief []bool   // per incident: the cause text was authored
	ok    []bool   // per incident: it can be asked (has a cause text)
	phr   [][]text // per incident: the answer's texts (brief, then phrasings)
	// impact marks the incidents whose last phr text is the cause told with
	// the card's impact (see withImpact): asked of its own card, never lent.
	impact []bool
	prev   [][]text     // per incident: prevention items as choice texts
	auth   [][]authored // per incident: authored near-misses
	words  dict         // numbers every word of every choice text
	alike  causeVecs    // tells incidents that failed the same way
	mixed  bool         // askable incidents with authored and with derived cause texts
	// exposed tells, per incident, whether its title names the cause:
	// normal mode hides it as hard mode does (a clue reveals it). Worked
	// out on first use, as fitCache is, so a large corpus does not pay for
	// incidents never asked.
	exposed []exposedCache
	// fitCache is each incident's library fit, filled on first use.
	fitCache []fitCache
	shown    []shownCache // see shownWrong
}

// NewEngine indexes incs. The engine keeps its own copy of the slice (not of
// the records' Material), so the caller may reuse it.
func NewEngine(incs []incidents.Incident) *Engine {
	e := &Engine{
		incs:     append([]incidents.Incident(nil), incs...),
		byID:     make(map[string]int, len(incs)),
		cause:    make([]text, len(incs)),
		prev:     make([][]text, len(incs)),
		phr:      make([][]text, len(incs)),
		impact:   make([]bool, len(incs)),
		brief:    make([]bool, len(incs)),
		ok:       make([]bool, len(incs)),
		auth:     make([][]authored, len(incs)),
		words:    dict{},
		fitCache: make([]fitCache, len(incs)),
		shown:    make([]shownCache, len(incs)),
		exposed:  make([]exposedCache, len(incs)),
	}
	for i := range e.incs {
		inc := &e.incs[i]
		key := strings.ToUpper(strings.TrimSpace(inc.ID))
		if _, dup := e.byID[key]; dup || key == "" {
			continue // the first of duplicate ids wins; validation reports the rest
		}
		e.byID[key] = i
		var c string
		c, e.brief[i] = causeText(inc)
		e.cause[i], e.ok[i] = e.words.text(c), c != ""
		e.phr[i], e.impact[i] = e.phrasings(inc, e.cause[i], e.brief[i])
		e.prev[i] = e.preventionTexts(inc.Prevention)
		e.auth[i] = e.authoredTexts(inc.Material)
	}
	e.ix = newIndex(e.incs)
	e.alike = newCauseVecs(e.incs, e.cause)
	e.mixed = e.mixesStyles()
	return e
}

// exposedCache is whether an incident's title names its cause, once known.
type exposedCache struct {
	once sync.Once
	yes  bool
}

// titleExposed reports whether incident i's title names its cause.
func (e *Engine) titleExposed(i int) bool {
	c := &e.exposed[i]
	c.once.Do(func() { c.yes = incidents.TitleExposed(&e.incs[i]) })
	return c.yes
}

// phrasings are the texts an answer may be shown as: the cause text, then
// the material's further phrasings (blank ones and repeats left out), or
// for a derived cause without them the engine's (see derivedPhrasings),
// last the cause told with its card's impact if it has one (impact).
func (e *Engine) phrasings(inc *incidents.Incident, cause text, brief bool) (out []text, impact bool) {
	out = []text{cause}
	add := func(p string) bool {
		if p = collapseSpace(p); p == "" {
			return false
		}
		t := e.words.text(p)
		if slices.ContainsFunc(out, func(o text) bool { return o.norm == t.norm }) {
			return false
		}
		out = append(out, t)
		return true
	}
	var authored []string
	if inc.Material != nil {
		authored = inc.Material.Phrasings
	}
	derived := !brief && len(authored) == 0
	if derived {
		authored = derivedPhrasings(thirdPerson(inc.RootCause), cause.s)
	}
	for _, p := range authored {
		add(p)
	}
	if derived {
		impact = add(withImpact(cause.s, summaryTail(inc)))
	}
	return out, impact
}

// wordings is how many of incident i's phr texts may be drawn: lent to
// another card, not the one telling its own card's impact.
func (e *Engine) wordings(i int, lent bool) int {
	n := len(e.phr[i])
	if e.impact[i] && lent {
		n--
	}
	return n
}

// mixesStyles reports whether askable incidents have both authored and
// derived cause texts.
func (e *Engine) mixesStyles() bool {
	var authored, derived bool
	for i := range e.incs {
		if e.ok[i] {
			authored, derived = authored || e.brief[i], derived || !e.brief[i]
		}
	}
	return authored && derived
}

// Incidents returns the engine's corpus (do not modify it).
func (e *Engine) Incidents() []incidents.Incident { return e.incs }

// Incident returns the incident with the given id (case-insensitive).
func (e *Engine) Incident(id string) (*incidents.Incident, bool) {
	i, ok := e.byID[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return nil, false
	}
	return &e.incs[i], true
}

// Count is how many incidents pass f and can be asked about.
func (e *Engine) Count(f incidents.Filter) int {
	return len(e.selectIdx(f))
}

// selectIdx lists the askable incidents passing f, in corpus order.
func (e *Engine) selectIdx(f incidents.Filter) []int {
	var out []int
	for i := range e.incs {
		if e.ok[i] && f.Match(&e.incs[i]) {
			out = append(out, i)
		}
	}
	return out
}

// Question builds the root-cause question for one incident on its own: any
// other incident may supply its wrong choices. The same id, difficulty and
// seed always give the same question. Within a session (a game day round)
// use [Engine.QuestionFor], which keeps the session's other answers out.
// Clue costs follow [DefaultScoring]; see [Question.PriceClues].
func (e *Engine) Question(id string, d Difficulty, seed int64) (*Question, error) {
	i, ok := e.byID[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return nil, fmt.Errorf("no incident %q in the corpus", id)
	}
	if !e.ok[i] {
		return nil, fmt.Errorf("incident %s: no root cause to ask about", e.incs[i].ID)
	}
	return e.question(i, d, seed, DefaultScoring(), nil), nil
}

// phrasingIndex draws which of n cause texts (the brief, then phrasings)
// a session asks: the brief half the time, the phrasings sharing the rest.
// Each of an incident's near-misses is offered about half the time (three
// of six), so with three texts drawn evenly the answer was the sentence a
// reviewing trainee met least (bundled hard 24x10, least-recurring 0.37).
// It takes one draw whatever n, so the question's later draws (its pool,
// the answer's place) do not move with the number of phrasings.
func phrasingIndex(n int, rng *rand.Rand) int {
	r := rng.IntN(2 * max(n-1, 1))
	if r < n-1 || n < 2 {
		return 0
	}
	return 1 + r - (n - 1)
}

// rngFor derives the random source for one question from the session seed
// and the incident id, so a question does not depend on what was asked
// before it.
func rngFor(seed int64, id string, salt uint64) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(strings.ToUpper(id)))
	return rand.New(rand.NewPCG(uint64(seed), h.Sum64()^salt))
}

func (e *Engine) question(i int, d Difficulty, seed int64, sc Scoring, st *sessState) *Question {
	inc := &e.incs[i]
	rng := rngFor(seed, inc.ID, uint64(d)+1)
	if st == nil {
		st = e.newSessState([]int{i})
	}
	q := e.newQuestion(i, d)
	answer, picked := e.draw(q, i, rng, st)
	wrong := make([]Choice, len(picked))
	for n, c := range picked {
		wrong[n] = c.choice
		if c.mech != "" && c.choice.IncidentID == "" { // a library entry's why-not, not a borrowed cause's
			wrong[n].WhyNot = libraryWhyNot(c.choice.WhyNot, len(inc.Evidence) > 0)
		}
	}
	e.explain(i, wrong)
	q.Choices, q.Answer = arrange(Choice{Text: answer.s, IncidentID: inc.ID}, wrong, rng)
	if len(wrong) < numChoices-1 {
		q.FewerChoices = true
		q.Note = fmt.Sprintf("Only %d choices: this session has no more wrong options that would not repeat one or give an answer away.", len(q.Choices))
	}
	q.AuthorNote = e.authorNote(i, d)
	q.Clues = buildClues(inc, q.HideTitle, q.HideServices, sc.ClueCost)
	q.Evidence, _ = evidenceBoard(inc)
	q.Investigation = newInvestigation(q.Evidence, d, sc)
	for k := range q.Choices {
		q.Choices[k].RuledOutBy = ruledOutBy(q.Choices[k].RuledOutBy, q.Evidence)
	}
	return q
}

// newQuestion is incident i's root-cause question at difficulty d before
// its choices: what its card hides.
func (e *Engine) newQuestion(i int, d Difficulty) *Question {
	q := &Question{Incident: &e.incs[i], Kind: KindRootCause, Difficulty: d}
	q.HideTitle, q.HideServices = d == Hard || d == Normal && e.titleExposed(i), d == Hard
	return q
}

// draw picks question q's answer text and wrong options (incident i's, at
// q's difficulty) and records them in the session's state.
func (e *Engine) draw(q *Question, i int, rng *rand.Rand, st *sessState) (text, []candidate) {
	d := q.Difficulty
	answer := e.phr[i][phrasingIndex(e.wordings(i, false), rng)] // a phrasing per session: review must not train one sentence
	// A derived cause's library wording is asked two times in three: the
	// derived sentence is also met as similar incidents' wrong option, so
	// even odds left it the sentence a reviewing trainee met most (team,
	// 24 blocks of 8x30: recurring 0.583 -> 0.573 hard, learned 0.388 ->
	// 0.370 hard and 0.326 -> 0.307 normal).
	if lp, mech, ok := e.libraryPhrasing(i, st); ok && rng.IntN(3) != 0 {
		answer = lp
		st.mech[mech], st.ansMech[mech] = true, true // the session draws that mechanism no more
	}
	card := e.cardView(q.Card(0))
	prng := rng
	if !e.brief[i] {
		// A derived answer's wrong options are drawn the same way in every
		// session (bar what the session has offered): drawn afresh, each
		// would be met fewer times than the answer, which recurs with its
		// incident (team, 12 blocks of 8x30, with the entries drawn whatever
		// the session: recurring 0.491 -> 0.479 hard, 0.487 -> 0.461 normal).
		prng = rngFor(0, q.Incident.ID, uint64(d)+1<<32)
	}
	pool := e.rootPool(i, d, answer, st, prng)
	e.matchStyle(i, pool)
	if d == Hard && !e.brief[i] && !st.alone {
		e.preferSteady(i, d, pool)
	}
	picked := pickDistractors(answer, pool, card, numChoices-1, d != Easy, e.mixes(i, d), prng)
	st.take(picked)
	return answer, picked
}

// mixes is the wanted make-up of incident i's wrong choices at difficulty
// d, strictest first (see pickDistractors): easy borrows at random; normal
// is two near-misses and one borrowed, whatever the round size; hard is
// near-misses only, at least hardMinAuthored of them authored where the
// material has them, and without material two near-misses and one looser
// library fit. An incident without authored material gets at least
// one mutation of its true cause.
func (e *Engine) mixes(i int, d Difficulty) []mix {
	team := len(e.auth[i]) == 0
	switch d {
	case Easy:
		return []mix{{borrowed: numChoices - 1}}
	case Hard:
		if team {
			// Without material, two of the library's best fits or similar
			// incidents' causes (one a mutation of the true cause) and one of
			// its looser fits: best fits alone are the same few entries every
			// session, beside which the answer is the one sentence with words
			// of its own (the learned bot, four 8x30 blocks: 0.586 -> 0.411).
			return []mix{{near: 2, borrowed: 1, mutation: 1}, {near: 2, mutation: 1}, {mutation: 1}}
		}
		a := min(hardMinAuthored, len(e.auth[i]))
		return []mix{{near: numChoices - 1, authored: a}, {authored: a}}
	}
	if team {
		return []mix{{near: 2, borrowed: 1, mutation: 1}, {near: 2, mutation: 1}, {mutation: 1}}
	}
	return []mix{{near: 2, borrowed: 1}, {near: 2}}
}

// authorNote says what material incident i lacks for difficulty d, for
// the trainer (incidents check, the handout), never for the trainee's card.
func (e *Engine) authorNote(i int, d Difficulty) string {
	id := e.incs[i].ID
	var notes []string
	if !e.brief[i] {
		notes = append(notes, "No authored brief for "+id+": the answer is derived from its root cause.")
	}
	if len(e.phr[i]) < 2 {
		notes = append(notes, "Only one wording of the cause for "+id+": a trainee who reviews it meets the same answer sentence every time, so add phrasings.")
	}
	switch n := len(e.auth[i]); {
	case n == 0:
		notes = append(notes, "No authored near-misses for "+id+": wrong choices are generated from the failure-mode library.")
	case d == Hard && n < numChoices-1:
		notes = append(notes, fmt.Sprintf("Only %d authored near-miss(es) for %s: the rest are generated.", n, id))
	}
	return strings.Join(notes, " ")
}

// numChoices is how many choices a question has when the corpus allows;
// hard questions keep at least hardMinAuthored authored near-misses.
const (
	numChoices      = 4
	hardMinAuthored = 2
)

// arrange places the right choice at a uniformly random position among the
// wrong ones, which keep a random order.
func arrange(right Choice, wrong []Choice, rng *rand.Rand) ([]Choice, int) {
	rng.Shuffle(len(wrong), func(a, b int) { wrong[a], wrong[b] = wrong[b], wrong[a] })
	at := rng.IntN(len(wrong) + 1)
	out := make([]Choice, 0, len(wrong)+1)
	out = append(out, wrong[:at]...)
	out = append(out, right)
	out = append(out, wrong[at:]...)
	return out, at
}

// cardView prepares card c for the balancing.
func (e *Engine) cardView(c Card) cardView {
	s := cardText(c)
	return cardView{words: e.words.cardWords(s), grams: trigrams(s)}
}

// cardText is the card's visible text, what a trainee (or a word-matching
// bot) can compare choices against.
func cardText(c Card) string {
	parts := []string{c.Title, c.Summary, c.Platform, strings.Join(c.Services, " "), c.Severity.String(), c.Timeline}
	return strings.Join(parts, " ")
}
