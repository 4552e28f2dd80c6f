package quiz

import "maps"

// sessState is what a session has used so far, so no question leaks
// another's answer and no option is offered twice: the incidents it asks
// (never a source of wrong options), the texts of all its answers, the wrong
// options and prevention items shown so far, and the library entries drawn.
// A question asked on its own has a state of its own.
type sessState struct {
	in      map[int]bool
	answers map[string]bool   // norm of every answer text of the session, phrasings included
	used    map[string]bool   // norm of every wrong option offered so far
	mech    map[string]bool   // library entries drawn so far
	ansMech map[string]bool   // library entries told as an answer (see libraryPhrasing): never drawn again
	offered map[string][]text // the wrong options told of each library entry so far
	src     map[int]bool      // incidents whose cause has been borrowed (told of other components, it would not repeat word for word)
	alone   bool              // a question built on its own to lend its options (see shownWrong)
	// words numbers the words of texts written while building (generated
	// and adapted options) without touching the engine's shared dict.
	words *overlay
}

// newSessState is the state of a session asking order (incident
// positions), before its first question.
func (e *Engine) newSessState(order []int) *sessState {
	st := &sessState{in: map[int]bool{}, answers: map[string]bool{}, used: map[string]bool{}, mech: map[string]bool{}, ansMech: map[string]bool{}, offered: map[string][]text{}, src: map[int]bool{},
		words: &overlay{base: e.words, extra: map[string]int32{}}}
	for _, i := range order {
		st.in[i] = true
		st.answers[e.cause[i].norm] = true
		for _, p := range e.phr[i] {
			st.answers[p.norm] = true
		}
	}
	return st
}

// free reports whether t may be offered as a wrong option: it is no
// answer of the session and has not been offered before.
func (st *sessState) free(t text) bool { return !st.answers[t.norm] && !st.used[t.norm] }

// maxOffers is how many questions of a session a library entry is offered
// in as wrong beside derived answers (see generatedPool): more often, a
// trainee learns within the sitting that the template is always wrong
// (one entry was offered in five questions of thirty, a trainee's
// read-through). Two made the few entries left the more often drawn
// across sessions (team hard, 12 blocks: learned 0.37 -> 0.40).
const maxOffers = 3

// closed is the library entries a question beside a derived answer may not
// draw: those told as an answer and those offered maxOffers times.
func (st *sessState) closed() map[string]bool {
	out := maps.Clone(st.ansMech)
	for m, ts := range st.offered {
		if len(ts) >= maxOffers {
			out[m] = true
		}
	}
	return out
}

// take records the wrong options a question offers.
func (st *sessState) take(cands []candidate) {
	for _, c := range cands {
		st.used[c.t.norm] = true
		if c.mech != "" {
			st.mech[c.mech] = true
			st.offered[c.mech] = append(st.offered[c.mech], c.t)
		}
		if c.src >= 0 {
			st.src[c.src] = true
		}
	}
}
