package gameday

import (
	"fmt"
	"strings"
	"time"
)

// resumeGrace is the least time a question reopened after a restart
// gets: players need a moment to reconnect.
const resumeGrace = 20 * time.Second

// restore replays journal r into a fresh game: seats, answers and locks,
// scored by the same code as in play, so scores come back exactly. A
// question open at the crash opens again with the answers already given;
// otherwise the game waits on the leaderboard of the last question.
func (g *game) restore(r *Resume) error {
	g.replaying = true
	g.started, g.stamp = r.header.Started, r.header.Stamp
	open, last := -1, g.started
	for i, rec := range r.recs {
		last = rec.At
		if err := g.replay(rec, &open); err != nil {
			g.replaying = false
			return fmt.Errorf("%s:%d: %w", r.Path, i+2, err)
		}
	}
	g.replaying = false
	rankPlayers(g.order)
	j, err := openJournal(r.Path)
	if err != nil {
		return err
	}
	g.journal = j
	g.logf("resumed the game of %s: %d players, question %d/%d", r.Path, len(g.order), g.index+1, len(g.cfg.Rounds))
	switch {
	case g.index < 0:
		g.ask(0)
	case open >= 0 && g.paused:
		g.reopenPaused()
	case open >= 0:
		g.reopen(last.Sub(g.openedAt))
	default:
		g.phase = phaseBoard
		g.autoAdvance()
	}
	return nil
}

func (g *game) replay(rec journalRec, open *int) error {
	switch rec.T {
	case recJoin:
		p := g.players[rec.ID]
		if p == nil {
			p = &player{id: rec.ID, seat: rec.Seat, name: rec.Name, team: rec.Team, choice: -1, key: strings.TrimPrefix(rec.ID, "key:")}
			if !strings.HasPrefix(rec.ID, "key:") {
				p.key = ""
			}
			g.players[rec.ID] = p
			g.order = append(g.order, p)
			g.seats = max(g.seats, rec.Seat)
		}
		if len(rec.Seen) > 0 && rec.Q == *open {
			p.saw = true
		}
	case recOpen:
		if rec.Q < 0 || rec.Q >= len(g.cfg.Rounds) {
			return fmt.Errorf("question %d opened, the game has %d", rec.Q+1, len(g.cfg.Rounds))
		}
		g.index, g.openedAt, *open, g.shown, g.paused = rec.Q, rec.At, rec.Q, 0, false
		seen := map[string]bool{}
		for _, id := range rec.Seen {
			seen[id] = true
		}
		for _, p := range g.order {
			p.choice, p.at, p.saw = -1, 0, seen[p.id]
		}
	case recAnswer:
		p := g.players[rec.ID]
		if p == nil || rec.Q != *open || rec.Choice < 0 || rec.Choice >= len(g.cfg.Rounds[rec.Q].Choices) {
			return fmt.Errorf("answer of %q to question %d does not fit the game", rec.ID, rec.Q+1)
		}
		p.choice, p.at = rec.Choice, time.Duration(rec.ElapsedMS)*time.Millisecond
	case recShow:
		if rec.Q == *open {
			g.shown++
		}
	case recPause:
		if rec.Q == *open {
			g.paused, g.left = true, time.Duration(rec.ElapsedMS)*time.Millisecond
		}
	case recGo:
		if rec.Q == *open && g.paused {
			// As togglePause does: the paused span does not count, so the
			// question opened that much later.
			g.paused = false
			g.openedAt = rec.At.Add(g.left - g.cfg.TimePerQuestion)
		}
	case recVoid:
		if p := g.players[rec.ID]; p != nil && rec.Q == *open {
			p.choice, p.at = -1, 0
		}
	case recLock:
		if rec.Q != *open {
			return fmt.Errorf("lock of question %d, which is not open", rec.Q+1)
		}
		g.score(time.Duration(rec.ElapsedMS) * time.Millisecond)
		*open, g.paused = -1, false
	}
	return nil
}

// reopen opens the question that was open at the crash again, for what
// was left of its time (at least resumeGrace); the answers given keep
// their times.
func (g *game) reopen(ran time.Duration) {
	left := max(g.cfg.TimePerQuestion-max(ran, 0), resumeGrace)
	now := g.now()
	g.phase = phaseQuestion
	g.openedAt = now.Add(left - g.cfg.TimePerQuestion)
	g.deadline = now.Add(left)
	g.setTimer(left)
}

// reopenPaused opens the question that was paused at the crash again,
// still paused, with the time it had left: the facilitator resumes it
// when the room is back.
func (g *game) reopenPaused() {
	now := g.now()
	g.phase = phaseQuestion
	g.deadline = now.Add(g.left)
	g.openedAt = g.deadline.Add(-g.cfg.TimePerQuestion)
	g.setTimer(-1)
	g.logf("question %d/%d is paused with %s left: resume it when the room is back", g.index+1, len(g.cfg.Rounds), g.left.Round(time.Second))
}
