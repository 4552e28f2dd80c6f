package quiz

import "sync"

// shownSources is how many of the most similar incidents lend a team
// question the library near-misses their own questions show.
const shownSources = 1

// shownCache holds, per difficulty, the library near-misses an incident's
// own question shows when asked alone: worked out on first use.
type shownCache struct {
	once [3]sync.Once
	cand [3][]candidate
}

// shownWrong is the library-written wrong options incident j's question
// shows at difficulty d when asked on its own, untexted (the borrowing
// session numbers their words: see lendShown). Lent to a similar
// incident's question they are met as often as the causes lent, which are
// answers elsewhere: lending only causes leaves a team's answer the
// sentence a reviewing trainee met most.
func (e *Engine) shownWrong(j int, d Difficulty) []candidate {
	c := &e.shown[j]
	c.once[d].Do(func() {
		st := e.newSessState([]int{j})
		st.alone = true
		rng := rngFor(0, e.incs[j].ID, uint64(d)+1)
		answer, picked := e.draw(e.newQuestion(j, d), j, rng, st)
		// In the order j's question shows them: arrange's shuffle, the
		// same permutation for the same count and source.
		rng.Shuffle(len(picked), func(a, b int) { picked[a], picked[b] = picked[b], picked[a] })
		tail := e.sharedTail(j, answer)
		for _, p := range picked {
			if p.mech != "" && p.choice.IncidentID == "" { // the library's own why-not and kinds: the borrowing question words them for its board
				// Without j's consequence clause: "…, so ledger writes failed
				// for 12 minutes" on another card was struck out on sight (a
				// trainee's read-through).
				p.choice.Text = withoutTail(p.choice.Text, tail)
				c.cand[d] = append(c.cand[d], candidate{choice: p.choice, src: -1, mech: p.mech, kinds: p.kinds})
			}
		}
	})
	return c.cand[d]
}

// lendShown adds to incident i's pool the library near-misses similar
// incident j's own question shows, j being the rank-th most similar, told
// with i's consequence clause tail if any. On a board, as its own
// near-misses are, each is ruled out by items of the kinds its entry
// names, or not lent.
func (e *Engine) lendShown(i, j int, d Difficulty, rank int, tail string, st *sessState, add func(candidate, bool)) {
	if e.brief[j] || st.alone || rank >= shownSources {
		return
	}
	for _, c := range e.shownWrong(j, d) {
		var ok bool
		if c.choice.RuledOutBy, ok = ruledOnBoard(c.kinds, e.incs[i].Evidence); !ok {
			continue
		}
		c.choice.Text = withTail(c.choice.Text, tail)
		c.group, c.pref, c.t = groupBorrowed, 0.3+0.05*float64(rank), st.words.text(c.choice.Text)
		add(c, true)
	}
}
