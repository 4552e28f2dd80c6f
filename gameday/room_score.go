package gameday

import "time"

// This file holds the lock and the scoring of a question: in play, as the
// game ends or stops, and when a journal is replayed.

// lock closes the open question and scores it. With answers still on
// their way to disk it waits for the commit: a reveal must never show an
// answer its player has not seen acknowledged.
func (g *game) lock() {
	if g.phase != phaseQuestion {
		return
	}
	if len(g.pending) > 0 {
		g.lockDue = true
		return
	}
	g.score(g.openFor())
	g.phase = phaseReveal
	g.paused = false
	g.setTimer(-1)
	g.autoAdvance()
	g.logf("question %d/%d locked: %d answers", g.index+1, len(g.cfg.Rounds), sum(g.counts[g.index]))
	g.saveLogged()
	g.broadcast()
}

// openFor is how long the open question has been open, at most its time.
func (g *game) openFor() time.Duration {
	d := g.now().Sub(g.openedAt)
	if g.paused {
		d = g.cfg.TimePerQuestion - g.left
	}
	return min(max(d, 0), g.cfg.TimePerQuestion)
}

// score scores the open question: the answers given count, everyone else
// is unanswered, with the time the question was open as their time.
func (g *game) score(open time.Duration) {
	q := g.cfg.Rounds[g.index]
	g.played[g.index] = true
	g.gains = map[string]int{}
	rankPlayers(g.order) // the standing before this question
	for _, p := range g.order {
		p.prevRank = p.rank
	}
	for _, p := range g.order {
		res := result{Question: g.index, Incident: q.Incident.ID, Elapsed: open}
		if p.choice >= 0 {
			res.Answered, res.Elapsed = true, p.at
			g.counts[g.index][p.choice]++
			res.Outcome = g.cfg.Scoring.Points(q.Correct(p.choice), p.at, g.cfg.TimePerQuestion, p.streak(), 0)
		} else if p.saw {
			g.storeAnswer(p, g.index, res) // a miss, only for who saw the question
		}
		res.Choice, res.Answer, res.Skipped = p.choice, q.Answer, p.choice < 0
		p.score += res.Points
		g.gains[p.id] = res.Points
		p.results = append(p.results, res)
	}
	g.record(journalRec{T: recLock, Q: g.index, ElapsedMS: open.Milliseconds()})
}

// saveLogged rewrites the results files; a failure stays on the console.
func (g *game) saveLogged() {
	if _, err := g.save(); err != nil {
		g.notice = "results NOT saved: " + err.Error() // the console shows it; w retries
		g.logf("%s", g.notice)
	}
}

// scoreOpen scores a question still open as the game ends or stops: the
// answers given count. Pending answers are made durable first.
func (g *game) scoreOpen() {
	if g.phase != phaseQuestion {
		return
	}
	g.lockDue = false
	g.commit()
	g.score(g.openFor())
	g.phase = phaseReveal
}
