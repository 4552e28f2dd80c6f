package gameday

import "github.com/nexusflow/rootcause/incidents"

// The facilitator can play game master: during a question they reveal the
// question's evidence one item at a time, and every player sees the items
// shown so far drawn under the card. Question.Evidence holds only what
// responders saw before the diagnosis, so revealing it gives nothing away
// that the board does not mean to.

// revealEvidence shows the next evidence item of the open question.
func (g *game) revealEvidence() {
	if g.phase != phaseQuestion && g.phase != phaseDiscuss {
		return
	}
	q := g.cfg.Rounds[g.index]
	if g.shown >= len(q.Evidence) {
		return
	}
	g.shown++
	g.record(journalRec{T: recShow, Q: g.index})
	ev := q.Evidence[g.shown-1]
	g.logf("question %d/%d: evidence %d/%d shown (%s)", g.index+1, len(g.cfg.Rounds), g.shown, len(q.Evidence), ev.ID)
	g.event("evidence shown: " + ev.Title)
	g.broadcast()
}

// shownEvidence is what pub carries of the board: the items revealed so
// far, and how many there are.
func (g *game) shownEvidence() ([]incidents.Evidence, int) {
	if g.index < 0 || g.index >= len(g.cfg.Rounds) || g.phase == phaseFinal {
		return nil, 0
	}
	ev := g.cfg.Rounds[g.index].Evidence
	return ev[:min(g.shown, len(ev)):min(g.shown, len(ev))], len(ev)
}
