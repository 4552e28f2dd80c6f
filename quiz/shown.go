package quiz

import "sync"

// shownSources is how many of the most similar incidents lend a team
// question the library near-misses their own questions show.
const shownSources = 1

// shownCache holds, per difficulty, the library near-misses an incident's
// own question shows when asked alone: worked out on first use.
type shownCache struct {
	once   [3]sync.Once
	cand   [3][]candidate
	steady [3]map[string]bool // the norms of every wrong option it shows alone
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
		c.steady[d] = make(map[string]bool, len(picked))
		for _, p := range picked {
			c.steady[d][p.t.norm] = true
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

// steadyBonus is how much nearer the front a derived answer's candidate
// moves when its question asked alone shows it too (see preferSteady).
const steadyBonus = 1.0

// preferSteady moves forward, in incident i's pool, the wrong options its
// hard question shows when asked alone. A derived answer is the record's
// own sentence and one of few phrasings, while its generated wrong options
// were redrawn for every session: over a run of sessions the sentence met
// most often was the answer. Showing mostly the same near-misses each time
// takes that away (12-block means of 8x30 on the held-out corpus, hard:
// record-voice 0.637 -> 0.579, recurring 0.618 -> 0.579, learned 0.540 ->
// 0.474; team hard: char-ngram 0.380 -> 0.351, 24x10 0.405 -> 0.377).
// Normal keeps drawing afresh: there the same change cost as much as it
// gained (held-out 24x10 recurring 0.442 -> 0.469, learned 0.319 -> 0.393;
// team 24x10 rarest-words 0.364 -> 0.382), as wrong options met every time
// leave the answer's own words the rarest.
func (e *Engine) preferSteady(i int, d Difficulty, pool []candidate) {
	e.shownWrong(i, d)
	steady := e.shown[i].steady[d]
	for k := range pool {
		if steady[pool[k].t.norm] {
			pool[k].pref -= steadyBonus
		}
	}
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
