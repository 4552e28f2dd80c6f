package quiz

import (
	"fmt"
	"strings"
)

// Where a wrong choice comes from, seen from the session asking: an
// incident outside the session gives nothing away; one asked earlier only
// repeats a settled answer; one asked later hands the trainee that later
// question's answer (and its why-not names it) before it is asked.
const (
	tierOutside = iota
	tierEarlier
	tierLater
)

// leakPref is the preference cost per tier above tierOutside: above any
// balancing gain, so a question takes as few choices from its own session
// as its pool allows.
const leakPref = 20

// scope is what a question knows of its session: every incident's place in
// it and the texts that would give a place's answers away. A nil scope is a
// question on its own, where every other incident is outside.
type scope struct {
	pos     int         // the question's place in the session
	at      map[int]int // incident → place in the session
	answers []text      // per place: the root-cause answer text
	prevs   [][]text    // per place: the incident's prevention items
}

// newScope describes a session asking order (incident positions), as seen
// from the question at place pos.
func (e *Engine) newScope(order []int) *scope {
	s := &scope{at: make(map[int]int, len(order)), answers: make([]text, len(order)), prevs: make([][]text, len(order))}
	for p, i := range order {
		if _, dup := s.at[i]; !dup {
			s.at[i] = p
		}
		s.answers[p], s.prevs[p] = e.cause[i], e.prev[i]
	}
	return s
}

// from is the same session seen from place pos.
func (s *scope) from(pos int) *scope {
	if s == nil {
		return nil
	}
	c := *s
	c.pos = pos
	return &c
}

// placeTier is the tier of session place p.
func (s *scope) placeTier(p int) int {
	switch {
	case p < s.pos:
		return tierEarlier
	case p > s.pos:
		return tierLater
	}
	return tierOutside // the question's own incident; never offered anyway
}

// incTier is the tier of incident j as a source of wrong choices.
func (s *scope) incTier(j int) int {
	if s == nil {
		return tierOutside
	}
	if p, ok := s.at[j]; ok {
		return s.placeTier(p)
	}
	return tierOutside
}

// textTier is the tier of a candidate's text: an incident outside the
// session may still say what a session question's answer says, word for
// word (a team's postmortems repeat themselves). Only the same words count:
// texts that merely read alike (one template, another service) are common
// in such corpora, and excluding them all would empty the pool. prevention
// compares with the session's prevention items instead of its root-cause
// answers.
func (s *scope) textTier(t text, prevention bool) int {
	if s == nil {
		return tierOutside
	}
	tier := tierOutside
	for p := range s.answers {
		if p == s.pos || s.placeTier(p) <= tier {
			continue
		}
		if prevention && sameAsAny(t, s.prevs[p]) || !prevention && t.norm == s.answers[p].norm {
			tier = s.placeTier(p)
		}
	}
	return tier
}

// scoped builds incident i's pool from the incidents that did not fail
// the same way (see tooLike) and that its session leaves free, widening to earlier questions and, as a last resort, to later ones
// only while the pool cannot fill the question. Candidates from the session
// cost leakPref per tier, so the fewest are taken. build makes a pool from
// the incidents keep accepts; answer is the right choice's text.
func (e *Engine) scoped(i int, sp *scope, answer text, prevention bool, build func(keep func(int) bool) ([]candidate, string)) ([]candidate, string) {
	for limit := tierOutside; ; limit++ {
		keep := func(j int) bool {
			// A root-cause candidate's text is its incident's cause: check it
			// here, so pools pad themselves with what is really usable.
			return e.ok[j] && sp.incTier(j) <= limit && !e.tooLike(i, j) &&
				(prevention || sp.textTier(e.cause[j], false) <= limit)
		}
		pool, note := build(keep)
		kept := pool[:0]
		for _, c := range pool {
			tier := sp.textTier(c.t, prevention)
			if c.src >= 0 {
				tier = max(tier, sp.incTier(c.src))
			}
			if tier <= limit {
				c.pref += leakPref * float64(tier)
				kept = append(kept, c)
			}
		}
		if sp == nil || limit == tierLater || distinctAtLeast(answer, kept, numChoices-1) {
			return kept, note
		}
	}
}

// QuestionFor builds the root-cause question for incident id as a session
// asking the incidents round, in that order, would: wrong choices come from
// incidents outside round where the corpus allows, else from those asked
// before id, and only as a last resort from those after it, so no question
// gives a later one's answer away. With the same round, difficulty and seed
// it is the question [Engine.NewSession] builds (round = the session's
// incident ids in asking order). An id missing from round is asked as if it
// came after all of round. Game day builds its rounds one at a time with it.
func (e *Engine) QuestionFor(id string, d Difficulty, seed int64, round []string) (*Question, error) {
	order, pos, err := e.roundOrder(id, round)
	if err != nil {
		return nil, err
	}
	if i := order[pos]; !e.ok[i] {
		return nil, fmt.Errorf("incident %s: no root cause to ask about", e.incs[i].ID)
	}
	// Earlier questions used options this one must not repeat: build them
	// as the session would (a round is short; game day builds it once).
	st := e.newSessState(order)
	for _, j := range order[:pos] {
		if e.ok[j] {
			e.question(j, d, seed, DefaultScoring(), st)
		}
	}
	return e.question(order[pos], d, seed, DefaultScoring(), st), nil
}

// FollowUpFor is [Engine.FollowUp] for incident id within a session asking
// round, as [Engine.QuestionFor] is for the root-cause question.
func (e *Engine) FollowUpFor(id string, seed int64, round []string) (*Question, error) {
	order, pos, err := e.roundOrder(id, round)
	if err != nil {
		return nil, err
	}
	st := e.newSessState(order)
	sp := e.newScope(order)
	for n, j := range order[:pos] {
		e.followUp(j, seed, sp.from(n), st)
	}
	return e.followUp(order[pos], seed, sp.from(pos), st), nil
}

// roundOrder finds incident id's place in round, as incident positions
// (unknown ids in round are ignored: they cannot be offered anyway); an id
// missing from round comes after all of it.
func (e *Engine) roundOrder(id string, round []string) ([]int, int, error) {
	i, ok := e.byID[strings.ToUpper(strings.TrimSpace(id))]
	if !ok {
		return nil, 0, fmt.Errorf("no incident %q in the corpus", id)
	}
	var order []int
	pos := -1
	for _, r := range round {
		j, ok := e.byID[strings.ToUpper(strings.TrimSpace(r))]
		if !ok {
			continue
		}
		if j == i && pos < 0 {
			pos = len(order)
		}
		order = append(order, j)
	}
	if pos < 0 {
		pos = len(order)
		order = append(order, i)
	}
	return order, pos, nil
}

// sameAsAny reports whether t says word for word what one of list says.
func sameAsAny(t text, list []text) bool {
	for _, l := range list {
		if t.norm == l.norm {
			return true
		}
	}
	return false
}
