package quiz

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// candidate is a possible wrong choice and how much the difficulty prefers
// it (0 = most wanted; higher costs more).
type candidate struct {
	choice   Choice
	t        text // choice.Text, prepared
	pref     float64
	authored bool // authored for the question's own incident
	src      int  // the incident whose cause the text is; -1 for a near-miss
	derived  bool // the text was derived from a root cause, not authored
	group    int  // groupNear or groupBorrowed: what a difficulty's mix counts
	mutation bool // the true cause changed along one axis, in the answer's wording
	mech     string
	kinds    []string // a library entry's evidence kinds that rule it out
}

// Where a wrong choice counts in a difficulty's mix: a near-miss for this
// incident (authored, or generated from the library in its vocabulary), or
// one borrowed from elsewhere (a similar incident's near-miss or cause, a
// library mechanism that fits less).
const (
	groupNear = iota
	groupBorrowed
)

// lentPref is where a similar incident's cause stands in a normal
// question's pool without material: ahead of the library's looser fits. A
// real postmortem's cause is specific where library options are generic,
// and another incident's cause is the one wrong option in the same voice
// (held-out corpus, 6 blocks of 8x30, normal, at 0.3: learned 0.483,
// rarest-words 0.474, recurring 0.485; at -0.1: 0.419, 0.369, 0.455; 24x10:
// rarest-words 0.501 -> 0.388). Further ahead (-0.3) the team corpus's
// 24x10 char-ngram went 0.392 -> 0.410.
const lentPref = -0.1

// hardLentPref is lentPref for a hard question without material, where a
// similar incident's cause is told of the card's components (held-out, 6
// blocks of 8x30, at 0.2: recurring 0.486, learned 0.429; at -0.2: 0.474,
// 0.391; team hard unchanged within its spread).
const hardLentPref = -0.2

// similarSources is how many of the most similar incidents lend normal mode
// their near-misses and causes; randomPoolSize how many causes easy mode
// draws at random.
const (
	similarSources = 6
	randomPoolSize = 12
)

// rootPool gathers the wrong-choice candidates for incident i's question at
// difficulty d, the answer being answer: never an answer of the session,
// never an option it has offered, never one saying what the answer says.
func (e *Engine) rootPool(i int, d Difficulty, answer text, st *sessState, rng *rand.Rand) []candidate {
	keep := func(j int) bool { return j != i && e.ok[j] && !st.in[j] && !st.src[j] && !e.tooLike(i, j) }
	team := len(e.auth[i]) == 0
	var pool []candidate
	skip := componentStems(&e.incs[i], "")
	add := func(c candidate, check bool) {
		if !st.free(c.t) || nearIdentical(c.t, answer) || check && e.alike.likeCause(i, c.t.s, skip) >= sameCauseLimit {
			return
		}
		pool = append(pool, c)
	}
	for _, a := range e.auth[i] {
		add(candidate{choice: Choice{Text: a.t.s, WhyNot: a.whyNot, RuledOutBy: a.ruledOutBy}, t: a.t, authored: true, src: -1}, false)
	}
	gen := e.generatedPool(i, answer, st, team, rng)
	extra := 0.2 // generated near-misses stand in where authored ones are short
	if len(e.auth[i]) >= numChoices-1 {
		extra = 1.5
	}
	if d == Easy {
		extra = padPref
	}
	ownBoard := d == Normal && len(e.incs[i].Evidence) > 0 && len(e.auth[i]) >= numChoices-1
	for _, c := range gen {
		if ownBoard && c.group == groupBorrowed {
			continue // a loose library fit reads as absurd next to the authored near-misses
		}
		c.pref += extra
		pool = append(pool, c)
	}
	switch {
	case d == Easy:
		for _, j := range e.randomIdx(i, keep, rng) {
			add(e.borrowedCand(j, 0, rng), false)
		}
	case team && d == Hard:
		// a similar incident's cause told of this card's components,
		// a near-miss in the team's own voice, where library options alone
		// would leave the answer the one sentence with words of its own
		// (the loner and rarest-words bots' pick).
		// It carries the answer's consequence where the library options do:
		// without it, a short answer told with the card's impact was the
		// choice most like the card (team hard, 8 blocks of 24x10,
		// char-ngram 0.425 -> 0.409, with causes under derivedEnough no
		// longer told with their impact).
		tail := e.sharedTail(i, answer)
		for rank, j := range e.similarSources(i, keep) {
			c := e.borrowedCand(j, hardLentPref+0.05*float64(rank), rng)
			c.group, c.mech = groupNear, e.ownMechanism(j)
			if s := withTail(e.adapt(c.t.s, j, i, rank), tail); s != c.t.s {
				c.t, c.choice.Text = st.words.text(s), s
			}
			add(c, true)
			e.lendShown(i, j, d, rank, tail, st, add)
		}
	case d == Normal && len(e.incs[i].Evidence) > 0:
		// With a board, every wrong option must be one the board rules out:
		// another incident's near-miss or cause names nothing here, so the
		// wrong options are the incident's own near-misses (authored, or
		// library mechanisms that fit it well), which carry ruled_out_by
		// ids of this board.
	case d == Normal:
		for rank, j := range e.similarSources(i, keep) {
			for _, a := range e.auth[j] {
				why := fmt.Sprintf("This was a wrong cause for a similar incident, %s (%s); nothing on this card points to it.", e.incs[j].ID, e.incs[j].Title)
				c := Choice{Text: a.t.s, WhyNot: why, IncidentID: e.incs[j].ID} // from j's material
				add(candidate{choice: c, t: a.t, src: -1, group: groupBorrowed, pref: 0.1 + 0.05*float64(rank)}, true)
			}
			lent := 0.3 // behind a similar incident's authored near-misses
			if team {
				lent = lentPref
			}
			add(e.borrowedCand(j, lent+0.05*float64(rank), rng), false)
			if team {
				e.lendShown(i, j, d, rank, "", st, add)
			}
		}
	}
	return pool
}

// similarSources are the incidents most like i to borrow wrong options
// from: of i's platform where it has enough of them, since another
// platform's cause names what the card cannot have ("Ledger pods" on a
// Fleet card, a trainee's read-through).
func (e *Engine) similarSources(i int, keep func(int) bool) []int {
	if p := strings.TrimSpace(e.incs[i].Platform); p != "" {
		same := func(j int) bool { return keep(j) && strings.EqualFold(strings.TrimSpace(e.incs[j].Platform), p) }
		if js := e.ix.similar(i, similarSources, same); len(js) >= numChoices-1 {
			return js
		}
	}
	return e.ix.similar(i, similarSources, keep)
}

// adapt tells incident j's cause of incident i's components: each service
// of j named in it that i does not have becomes one of i's of the same
// kind (rotating from offset k), so a borrowed cause reads in the card's
// vocabulary. A product becomes a product of its family and a team's
// service a team's service: "the web-frontend upgrade reset the eviction
// policy" or "a private Kubernetes zone" would be struck out on sight.
func (e *Engine) adapt(s string, j, i, k int) string {
	mine := e.incs[i].Services
	if len(mine) == 0 {
		return s
	}
	for _, svc := range e.incs[j].Services {
		if svc = strings.TrimSpace(svc); svc == "" || plainWords(svc) || slices.ContainsFunc(mine, func(m string) bool { return strings.EqualFold(m, svc) }) {
			continue
		}
		at := indexWord(s, svc)
		if at < 0 {
			continue
		}
		for n := range mine {
			if m := mine[(k+n)%len(mine)]; sameKind(svc, m) {
				// In prose, as the team's causes name it: a raw id
				// ("The route-planner deployment…") came only from here.
				name, head := e.nameOf(i, m), fixArticle(s[:at])
				s = head + theBefore(head, name) + name + s[at+len(svc):]
				k += n + 1
				break
			}
		}
	}
	return capitalize(s)
}

// plainWords reports a service named by ordinary lower-case words
// ("recommendations", "network", "feature flags"): in a cause the word is
// most likely the ordinary one ("Recommendations for a viral product were
// stored …"), and swapping it for a service id breaks the sentence.
func plainWords(svc string) bool {
	for _, r := range svc {
		if !(r >= 'a' && r <= 'z' || r == ' ') {
			return false
		}
	}
	return true
}

// fixArticle drops a trailing "A "/"An " article before a swapped name:
// "An API gateway" told of PostGIS must not read "An PostGIS", and the
// name reads fine bare ("PostGIS deployment removed …" after "The").
func fixArticle(head string) string {
	if art := trailingArticle(head); art != "" {
		return head[:len(head)-len(art)] + map[bool]string{true: "The ", false: "the "}[art[0] == 'A']
	}
	return head
}

// trailingArticle is the "a "/"an " (either case) that closes head as a
// word of its own, or "".
func trailingArticle(head string) string {
	for _, art := range []string{"An ", "an ", "A ", "a "} {
		if strings.HasSuffix(head, art) && (len(head) == len(art) || head[len(head)-len(art)-1] == ' ') {
			return art
		}
	}
	return ""
}

// indexWord finds name in s, case-insensitive, at word boundaries; -1 if absent.
func indexWord(s, name string) int {
	low, n := strings.ToLower(s), strings.ToLower(name)
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], n)
		if k < 0 {
			return -1
		}
		at := off + k
		end := at + len(n)
		if (at == 0 || notAlnumByte(low[at-1])) && (end == len(low) || notAlnumByte(low[end])) && len(low) == len(s) {
			return at
		}
		off = at + 1
	}
	return -1
}

// borrowedCand is incident j's cause as a candidate at preference pref. A
// derived cause is lent in one of its wordings, drawn as its own questions
// draw them: lent always in the first, that sentence was met with similar
// incidents as well as its own and stayed the one a reviewing trainee met
// most. An authored brief is lent as it is (its near-misses are lent too).
// The choice's WhyNot is filled in only once it is picked (see explain).
func (e *Engine) borrowedCand(j int, pref float64, rng *rand.Rand) candidate {
	t := e.cause[j]
	if n := e.wordings(j, true); !e.brief[j] && n > 1 {
		t = e.phr[j][phrasingIndex(n, rng)]
	}
	return candidate{choice: Choice{Text: t.s, IncidentID: e.incs[j].ID}, t: t, pref: pref, src: j, derived: !e.brief[j], group: groupBorrowed}
}

// matchStyle makes candidates that read unlike the answer cost more in a
// corpus mixing authored briefs with derived texts: a derived answer among
// authored options (or the reverse) stands out by its style, and a derived
// one also by its length, so a derived answer prefers derived options of
// about its length.
func (e *Engine) matchStyle(i int, pool []candidate) {
	if !e.mixed {
		return
	}
	derived, n := !e.brief[i], float64(e.cause[i].runes)
	for k := range pool {
		c := &pool[k]
		switch {
		case c.derived != derived:
			c.pref += styleMismatchPref
		case derived:
			c.pref += lengthPref * min(1, math.Abs(float64(c.t.runes)-n)/n)
		}
	}
}

// Style costs, below the balancing weights (missWeight): the balancing that
// hides the answer's length and word overlap still comes first.
const (
	styleMismatchPref = 0.4
	lengthPref        = 0.3
)

// authored is an authored near-miss, prepared once.
type authored struct {
	t          text
	whyNot     string
	ruledOutBy []string
}

func (e *Engine) authoredTexts(m *incidents.Material) []authored {
	if m == nil {
		return nil
	}
	var out []authored
	for _, d := range m.Distractors {
		if t := strings.TrimSpace(d.Text); t != "" {
			out = append(out, authored{t: e.words.text(t), whyNot: strings.TrimSpace(d.WhyNot), ruledOutBy: d.RuledOutBy})
		}
	}
	return out
}

// padPref is the preference cost of a last-resort filler: above any
// balancing gain, so fillers are used only when nothing better fits.
const padPref = 10

// randomIdx draws up to randomPoolSize incidents that keep accepts, at
// random, sweeping a small or sparse corpus whole.
func (e *Engine) randomIdx(i int, keep func(int) bool, rng *rand.Rand) []int {
	n := len(e.incs)
	seen := map[int]bool{i: true}
	var out []int
	add := func(j int) {
		if !seen[j] && keep(j) {
			out = append(out, j)
		}
		seen[j] = true
	}
	for tries := 0; tries < 20*randomPoolSize && len(out) < randomPoolSize; tries++ {
		add(rng.IntN(n))
	}
	if len(out) < randomPoolSize {
		for _, j := range rng.Perm(n) {
			if len(out) >= randomPoolSize {
				break
			}
			add(j)
		}
	}
	return out
}

func (e *Engine) askable(j int) bool { return e.ok[j] }

// explain fills in why each wrong choice borrowed from another incident is
// wrong for incident i: it names where the cause really comes from and what
// that incident looked like, so every wrong option still teaches.
func (e *Engine) explain(i int, choices []Choice) {
	dst := &e.incs[i]
	for n := range choices {
		c := &choices[n]
		j, ok := e.byID[strings.ToUpper(c.IncidentID)]
		if !ok || j == i || c.WhyNot != "" {
			continue
		}
		src := &e.incs[j]
		why := fmt.Sprintf("This caused %s (%s)", src.ID, src.Title)
		if !slices.ContainsFunc(e.phr[j], func(p text) bool { return p.s == c.Text }) { // told of this card's components (see adapt)
			why = fmt.Sprintf("A cause like this one caused %s (%s)", src.ID, src.Title)
		}
		if src.Summary != "" {
			why += ": " + strings.TrimSuffix(src.Summary, ".")
		}
		why += "."
		if src.Platform != "" && dst.Platform != "" && !strings.EqualFold(src.Platform, dst.Platform) {
			why += fmt.Sprintf(" That incident was on %s, not %s.", src.Platform, dst.Platform)
		}
		c.WhyNot = why
	}
}
