package quiz

import (
	"cmp"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/nexusflow/rootcause/incidents"
)

// genMechanisms is how many library entries a question draws its generated
// near-misses from: enough for the balancing to find spreads of length and
// card overlap, few enough that they still fit the incident.
const genMechanisms = 6

// genericFamily is how much a family that can hit any system (a bad
// deploy, a certificate, a clock) fits an incident, against 2 for a family
// its services belong to: below one shared symptom word and the jitter, so
// they mix in without crowding out the incident's own families.
const genericFamily = 0.6

// fitted is a library entry scored for one incident.
type fitted struct {
	m     *Mechanism
	score float64
}

// fitMechanisms ranks the library for incident i: by the families its
// services belong to and by the symptoms its card shows, with a little
// jitter so incidents of one family do not all draw the same entries
// (random per question with an authored brief, fixed per incident without). Entries
// that are the incident's own mechanism (the root cause names them) or that
// the session has used already are left out.
func (e *Engine) fitMechanisms(i int, used map[string]bool, rng *rand.Rand) []fitted {
	base := e.baseFits(i)
	out := make([]fitted, 0, len(base))
	id, fixed := e.incs[i].ID, !e.brief[i]
	for _, f := range base {
		if used[f.m.ID] {
			continue
		}
		j := rng.Float64()
		if fixed {
			// A derived answer says the same in every session (in one of a few
			// wordings of the record's own), so its
			// incident draws the same library entries every time too: an
			// entry drawn for one session only would be the choice whose
			// words a bot that has played a few sessions has met least
			// (the learned bot's max-idf and log-odds; team hard 0.62 → 0.53).
			j = jitter(id, f.m.ID)
		}
		out = append(out, fitted{f.m, f.score + 0.8*j})
	}
	slices.SortStableFunc(out, func(a, b fitted) int { return cmp.Compare(b.score, a.score) })
	return out
}

// jitter is a fixed pseudo-random number in [0, 1) for incident id and
// library entry mech.
func jitter(id, mech string) float64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write([]byte(mech))
	return float64(h.Sum64()>>11) / (1 << 53)
}

// fitCache holds an incident's library fit without the jitter, worked out
// the first time a question needs it (matching every entry's phrases
// against the root cause is most of a generated pool's cost) and then only
// read, so a shared engine stays safe across goroutines.
type fitCache struct {
	once sync.Once
	fits []fitted
	// own is the first library mechanism the root cause names, "" when
	// none: worked out on its own, since a borrowed cause needs only this
	// and most incidents are only ever borrowed from, never asked.
	ownOnce sync.Once
	own     string
}

// ownMechanism is the first library mechanism incident i's root cause
// names: a borrowed cause counts as that mechanism, so a question does not
// offer it beside the library's telling of the same thing.
func (e *Engine) ownMechanism(i int) string {
	c := &e.fitCache[i]
	c.ownOnce.Do(func() {
		root := e.rootLower(i)
		words := wordsOf(root)
		lib := library()
		for k := range lib {
			if lib[k].isMechanismOf(root, words) {
				c.own = lib[k].ID
				return
			}
		}
	})
	return c.own
}

// rootLower is the text a library entry's match phrases are looked for in:
// incident i's root cause and its cause text, lower-cased.
func (e *Engine) rootLower(i int) string {
	return strings.ToLower(e.incs[i].RootCause + " " + e.cause[i].s)
}

// baseFits is incident i's library fit: the entries that are not its own
// mechanism, scored by family and symptoms.
func (e *Engine) baseFits(i int) []fitted {
	c := &e.fitCache[i]
	c.once.Do(func() {
		inc := &e.incs[i]
		root := e.rootLower(i)
		rootWords := wordsOf(root)
		fam := families(inc)
		card := map[string]bool{}
		for _, w := range tokens(inc.Title + " " + inc.Summary) {
			card[stem(w)] = true
		}
		cardData, cardDown := symptomKinds(card)
		lib := library()
		named := map[string]bool{} // the entries the root cause names, and their kindred
		for k := range lib {
			if lib[k].isMechanismOf(root, rootWords) {
				named[lib[k].ID] = true
				for _, id := range kindred[lib[k].ID] {
					named[id] = true
				}
			}
		}
		unfit := unfitEntries(inc.Services)
		for k := range lib {
			m := &lib[k]
			if named[m.ID] || slices.Contains(unfit, m.ID) {
				continue
			}
			f, ok := fam[m.Family]
			if !ok {
				f = 0.2 // a specific family the incident's services do not touch
				if _, specific := familyWords[m.Family]; !specific {
					f = genericFamily
				}
			}
			sym := 0
			for _, w := range m.Symptoms {
				if card[stem(w)] {
					sym++
				}
			}
			fit := f + 0.4*float64(min(sym, 3))
			if symptomClash(cardData, cardDown, m.Symptoms) {
				fit -= clashPenalty
			}
			c.fits = append(c.fits, fitted{m, fit})
		}
	})
	return c.fits
}

// shape is how the answer's sentence is built, so generated options can be
// written the same way: the component it names and its consequence clause
// (", so …", ", which …"), which generated options share when they make up
// the question.
type shape struct {
	component string // a service of the card named in the answer, or the first service
	others    []string
	tail      string // from the consequence marker to the end, e.g. ", so checkout timed out."
}

// tailMarkers start a consequence clause: what followed from the cause,
// which any candidate cause could be followed by (a ", which …" clause
// describes the answer's own nouns, so it is not one).
var tailMarkers = []string{", so ", ", causing ", ", leaving "}

// answerShape reads the answer's shape; authored says the answer is an
// authored brief, which keeps clear of the card's names on purpose.
func answerShape(inc *incidents.Incident, answer string, authored bool) shape {
	var sh shape
	low := strings.ToLower(answer)
	for _, s := range inc.Services {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if sh.component == "" && strings.Contains(low, strings.ToLower(s)) {
			sh.component = s
			continue
		}
		sh.others = append(sh.others, s)
	}
	if sh.component == "" && (authored || len(sh.others) == 0) {
		// An authored answer naming none of the card's services (an authored brief
		// keeps clear of the card): generated options name none either, or
		// the card's names would mark them as the wrong ones.
		sh.component, sh.others = genericComponent, nil
	}
	if sh.component == "" { // a derived answer: it reads the card's words, so generated ones do too
		sh.others = proseFirst(sh.others)
		sh.component, sh.others = sh.others[0], sh.others[1:]
	}
	if at := firstOf(answer, tailMarkers); at > 0 {
		sh.tail = answer[at:]
	}
	return sh
}

// firstOf is where the first of markers found in s past its start begins,
// or -1.
func firstOf(s string, markers []string) int {
	at := -1
	for _, mk := range markers {
		if k := strings.Index(s, mk); k > 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

// answerTrigger is the answer's own trigger clause ("after the 09:00
// release", "during the nightly export"), which generated options may
// share to vary their length: a fixed list of triggers would be words only
// wrong options use (a bot that has played a few sessions learns to avoid
// them) and could contradict the card ("overnight" on a lunchtime outage);
// the answer's own clause fits the card and sits beside the answer, so it
// tells nothing. "" when the answer has none, or one too long to copy.
func answerTrigger(answer string) string {
	at := firstOf(strings.ToLower(answer), circumstanceMarkers)
	if at < 0 {
		return ""
	}
	clause := answer[at+1:]
	if k := strings.IndexAny(clause, ",;"); k >= 0 {
		clause = clause[:k]
	}
	clause = strings.TrimRight(strings.TrimSpace(clause), ".")
	if n := len(strings.Fields(clause)); n < 2 || n > 8 {
		return ""
	}
	return clause
}

// componentStems are the stemmed words of incident inc's service names and
// platform and of extra (a clause all options share), which say nothing
// about how a cause fails.
func componentStems(inc *incidents.Incident, extra string) map[string]bool {
	out := map[string]bool{}
	for _, w := range tokens(strings.Join(inc.Services, " ") + " " + inc.Platform + " " + extra) {
		out[stem(w)] = true
	}
	return out
}

// sharedTail is the consequence clause of incident i's answer that its
// generated options share (see generatedPool): one telling a symptom the
// card shows, or "".
func (e *Engine) sharedTail(i int, answer text) string {
	return symptomTail(&e.incs[i], answerShape(&e.incs[i], answer.s, e.brief[i]).tail)
}

// generatedPool offers near-misses written from the library for incident i
// in the answer's shape. When shared, they carry the answer's consequence
// clause (the question is made of generated options, so the clause tells
// nothing); on the answer's own component they are mutations of the true
// cause along one axis (another mechanism, the same component and effect).
func (e *Engine) generatedPool(i int, answer text, st *sessState, shared bool, rng *rand.Rand) []candidate {
	inc := &e.incs[i]
	sh := answerShape(inc, answer.s, e.brief[i])
	tail := ""
	if shared {
		tail = symptomTail(inc, sh.tail) // sharedTail, from the shape already worked out
	}
	cardTail := summaryTail(inc)
	own := answerTrigger(answer.s)
	skip := componentStems(inc, tail+" "+cardTail)
	var pool []candidate
	fits := e.poolFits(i, st, rng)
	accepted := 0
	for _, f := range fits {
		if accepted >= genMechanisms {
			break
		}
		group := groupNear // the best fits are near-misses, the rest count as borrowed
		if accepted >= genMechanisms/2 {
			group = groupBorrowed
		}
		// Components rotate over the mechanisms, so generated options do not
		// share a name among themselves more than with the answer.
		all := append([]string{sh.component}, sh.others...)
		ruled, ok := ruledOnBoard(f.m.RuledOutBy, inc.Evidence)
		if !ok {
			continue
		}
		comps := fittingComponents(f.m, all, accepted)
		took := false
		for _, svc := range comps {
			// One variant per component, with the answer's trigger or without:
			// a spread of lengths. Not beside a derived answer: the team's
			// sentence recurs whole with its incident, and its trigger's words
			// copied into the options would be met more often still, leaving
			// the answer's rarest word the commonest of the question (the
			// learned bot's max-idf; team hard, 16 blocks: 0.397 -> 0.376).
			trig := ""
			if rng.IntN(2) == 0 && e.brief[i] {
				trig = own
			}
			t0 := tail
			if !shared && cardTail != "" && rng.IntN(2) == 0 {
				t0 = cardTail // an authored answer that echoes the card is matched by options that do
			}
			s := f.m.render(svc, trig, t0)
			if !e.brief[i] { // a derived answer: the team's own voice
				s = matchOpener(f.m.render(e.nameOf(i, svc), trig, t0), answer.s)
			}
			t := st.words.text(s)
			if !st.free(t) || nearIdentical(t, answer) || e.alike.likeCause(i, s, skip) >= sameCauseLimit {
				continue
			}
			c := Choice{Text: s, WhyNot: f.m.WhyNot, RuledOutBy: ruled}
			pool = append(pool, candidate{choice: c, t: t, src: -1, group: group,
				mutation: svc == sh.component && shared, mech: f.m.ID, kinds: f.m.RuledOutBy, pref: 0.05 * float64(accepted)})
			took = true
		}
		if took {
			accepted++
		}
	}
	return pool
}

// poolFits ranks the library entries incident i's question may draw. A
// derived answer's question draws its incident's entries whatever the
// session drew for other questions (told of this card's components they
// read anew), bar those offered maxOffers times: left out, the entries left
// would shift with the asking order, and the answer would be the sentence
// a reviewing trainee met most (team, 12 blocks of 8x30: recurring 0.541 ->
// 0.491 hard, 0.539 -> 0.487 normal).
func (e *Engine) poolFits(i int, st *sessState, rng *rand.Rand) []fitted {
	used := st.mech
	if !e.brief[i] {
		used = st.closed()
	}
	fits := e.fitMechanisms(i, used, rng)
	if len(fits) < 2*genMechanisms { // a session used most of the library: allow repeats
		fits = e.fitMechanisms(i, st.ansMech, rng)
	}
	return fits
}

// libraryWhyNot frames a library entry's why-not for the debrief. The
// entry argues from what a board would show ("CPU on the board stayed
// under half") without knowing this incident's board, so it is given as
// the check that rules the option out, never as something seen. With no
// board at all it is a condition, and names no board: "no board; what
// would rule it out: replica lag on the board stayed under a second" read
// as a finding the record does not have (a trainee's read-through).
func libraryWhyNot(whyNot string, board bool) string {
	if !board {
		return noBoardWhyNot + lowerFirst(strings.ReplaceAll(whyNot, " on the board", ""))
	}
	return "What would rule it out: " + whyNot
}

// noBoardWhyNot opens a library why-not for a record without a board.
const noBoardWhyNot = "This record has no evidence board to check; on an incident that has one, this is ruled out if "

// ruledOnBoard is kindsOnBoard, and whether a library option may be
// offered beside board: not when the board has items but none of these
// kinds, since the trainee could not tell it wrong.
func ruledOnBoard(kinds []string, board []incidents.Evidence) ([]string, bool) {
	ids := kindsOnBoard(kinds, board)
	return ids, len(board) == 0 || len(ids) > 0
}

// kindsOnBoard names the first before-answer item of each kind in kinds
// on board: the evidence a library entry says would rule it out.
func kindsOnBoard(kinds []string, board []incidents.Evidence) []string {
	var out []string
	for _, k := range kinds {
		for _, ev := range board {
			if ev.Kind == k && !ev.AfterAnswer && ev.ID != "" {
				if !slices.Contains(out, ev.ID) {
					out = append(out, ev.ID)
				}
				break
			}
		}
	}
	return out
}
