package gameday

import "fmt"

// This file holds the hub's side of connections: joining, leaving, kicking,
// and building the snapshots each client receives.

func (g *game) join(req joinRequest, c *client) error {
	if g.closing != "" {
		return errClosed
	}
	name := SanitizeName(req.User)
	if name == "" {
		name = "player"
	}
	if g.cfg.NameIdentity {
		req.KeyFP = "" // the key says nothing about who this is
	}
	id := "name:" + nameKey(name)
	if req.KeyFP != "" {
		id = "key:" + req.KeyFP
	}
	if g.banned[id] {
		g.event("refused " + name + ": removed by the facilitator earlier")
		return errRemoved
	}
	p := g.players[id]
	if p != nil && p.client != nil && req.KeyFP == "" {
		// Same name, no key, seat in use: a different person, not a
		// reconnect. They get a seat of their own.
		name = uniqueName(name, g.nameTaken)
		id = "name:" + nameKey(name)
		p = g.players[id]
	}
	switch {
	case p != nil:
		if old := p.client; old != nil {
			delete(g.clients, old)
			old.remove(playerView{Game: g.public()}, "you connected again from another terminal")
		}
		g.logf("%s is back (%s)", p.name, req.Remote)
		g.event(p.name + " is back")
	case len(g.order) >= g.cfg.MaxPlayers:
		g.logf("refused %s (%s): the game is full", name, req.Remote)
		g.event(fmt.Sprintf("refused %s: the game is full (%d seats; raise --max-players)", name, g.cfg.MaxPlayers))
		return errFull
	default:
		g.seats++
		p = &player{id: id, seat: g.seats, name: uniqueName(name, g.nameTaken), team: -1, choice: -1, rank: len(g.order) + 1}
		g.players[id] = p
		g.order = append(g.order, p)
		g.logf("%s joined (%s)", p.name, req.Remote)
		g.event(p.name + " joined")
		if !g.started.IsZero() {
			g.recordJoin(p)
		}
	}
	p.client, p.remote, p.key = c, req.Remote, req.KeyFP
	if g.phase == phaseQuestion && !p.saw {
		p.saw = true
		g.record(journalRec{T: recJoin, ID: p.id, Seat: p.seat, Name: p.name, Team: p.team, Q: g.index, Seen: []string{p.id}})
	}
	g.clients[c] = p
	// The newcomer sees the game at once; everyone else's lobby catches up
	// with the next flush, so a crowd joining is not 200 broadcasts.
	c.offer(g.viewFor(g.public(), p))
	g.dirty = true
	return nil
}

func (g *game) attachConsole(c *consoleClient, remote string) error {
	if g.closing != "" {
		return errClosed
	}
	g.consoles[c] = true
	if g.phase == phaseReveal || g.phase == phaseBoard {
		g.setTimer(-1) // a facilitator is back: they set the pace again
	}
	g.logf("facilitator console attached from %s", remote)
	c.offer(g.forConsole(g.public()))
	return nil
}

func (g *game) detachConsole(c *consoleClient) {
	if !g.consoles[c] {
		return
	}
	delete(g.consoles, c)
	g.logf("facilitator console detached")
	if g.phase == phaseReveal || g.phase == phaseBoard {
		g.autoAdvance()
	}
}

func (g *game) nameTaken(key string) bool {
	for _, p := range g.order {
		if nameKey(p.name) == key {
			return true
		}
	}
	return false
}

func (g *game) leave(c *client) {
	p, ok := g.clients[c]
	if !ok {
		return
	}
	delete(g.clients, c)
	p.client = nil
	if g.phase == phaseLobby {
		// Nothing to keep before the game starts: the seat is released,
		// so it neither shows in the lobby nor counts toward --max-players.
		g.dropSeat(p)
		g.logf("%s left the lobby; seat released", p.name)
		g.event(p.name + " left the lobby")
		g.dirty = true
		return
	}
	g.logf("%s left; their seat and score are kept", p.name)
	g.event(p.name + " left (seat kept)")
	if g.phase == phaseQuestion && !g.paused && g.allAnswered() {
		g.lock()
		return
	}
	g.dirty = true
}

// dropSeat takes p's seat out of the game.
func (g *game) dropSeat(p *player) {
	delete(g.players, p.id)
	for i, q := range g.order {
		if q == p {
			g.order = append(g.order[:i:i], g.order[i+1:]...)
			break
		}
	}
}

func (g *game) kick(id string) {
	p := g.players[id]
	if p == nil {
		return
	}
	g.banned[id] = true
	g.dropSeat(p)
	g.logf("%s removed by the facilitator", p.name)
	if c := p.client; c != nil {
		delete(g.clients, c)
		c.remove(playerView{Game: g.public(), Me: selfView{Name: p.name}}, errRemoved.Error())
	}
	if g.phase == phaseQuestion && !g.paused && g.allAnswered() {
		g.lock()
		return
	}
	g.broadcast()
}

// shutdown tells everyone the server is going away and saves what was
// played: an open question is scored with the answers given. The journal
// gets no end record: serve --resume can carry the game on.
func (g *game) shutdown() {
	g.closing = "the facilitator closed the game server"
	if !g.started.IsZero() && g.phase != phaseFinal {
		g.scoreOpen()
		g.ended = g.now()
		g.saveLogged()
	}
	g.setTimer(-1)
	g.commit()
	g.closeJournal()
	g.hub = nil // the hub is stopping: a late hook result has nowhere to go
	g.report()
	pub := g.public()
	for c, p := range g.clients {
		c.remove(g.viewFor(pub, p), g.closing)
	}
	for c := range g.consoles {
		c.remove(g.forConsole(pub), g.closing)
	}
	g.clients, g.consoles = map[*client]*player{}, map[*consoleClient]bool{}
}

// broadcast sends every client the current state.
func (g *game) broadcast() {
	g.dirty = false
	pub := g.public()
	for c, p := range g.clients {
		c.offer(g.viewFor(pub, p))
	}
	if len(g.consoles) > 0 {
		v := g.forConsole(pub)
		for c := range g.consoles {
			c.offer(v)
		}
	}
}

func (g *game) settings() settings {
	return settings{
		Questions:       len(g.cfg.Rounds),
		TimePerQuestion: g.cfg.TimePerQuestion,
		SpeedBonus:      g.cfg.Scoring.SpeedBonus,
		StreakBonus:     g.cfg.Scoring.StreakBonus,
		Anonymous:       g.cfg.Anonymous,
		Teams:           g.cfg.Teams,
		Discussion:      g.cfg.Discussion,
	}
}

// public builds the snapshot every player sees. It allocates fresh slices
// every time: clients keep old snapshots, which must never change under
// them.
func (g *game) public() *shared {
	g.seq++
	pub := &shared{
		Seq: g.seq, Phase: g.phase, Paused: g.paused, Deadline: g.deadline, Left: g.left,
		Index: g.index, Settings: g.settings(), Closing: g.closing,
	}
	if g.index >= 0 && g.phase != phaseFinal {
		q := g.cfg.Rounds[g.index]
		pub.Asked = askedOf(q)
		if g.phase == phaseReveal || g.phase == phaseBoard {
			pub.Reveal = &reveal{Answer: q.Answer, Choices: q.Choices, Counts: append([]int(nil), g.counts[g.index]...)}
		}
	}
	if g.phase == phaseFinal {
		for i, ok := range g.played {
			if ok {
				pub.Played = append(pub.Played, g.cfg.Rounds[i].Incident)
			}
		}
	}
	pub.Evidence, pub.EvidenceTotal = g.shownEvidence()
	ranked := rankPlayers(g.order)
	pub.Seats = make([]seatRow, 0, len(g.order))
	for _, p := range g.order {
		pub.Seats = append(pub.Seats, seatRow{Number: p.seat, Name: p.name, Team: p.team, Connected: p.client != nil, Score: p.score, Rank: p.rank})
		if p.client != nil {
			pub.Active++
			if p.choice >= 0 {
				pub.Answered++
			}
		}
	}
	pub.Board = make([]boardRow, 0, len(ranked))
	for _, p := range ranked {
		row := boardRow{Rank: p.rank, Name: p.name, Team: p.team, Score: p.score, Gain: g.gains[p.id]}
		if p.prevRank > 0 {
			row.Move = p.prevRank - p.rank
		}
		if g.cfg.Anonymous {
			row.Name = ""
		}
		pub.Board = append(pub.Board, row)
	}
	pub.Teams = g.teamRows()
	g.lastPub = pub
	return pub
}

// ackSnapshot is the snapshot an acknowledgement carries: the last one
// built, renumbered and with the live answer count, instead of a new one
// that ranks every seat again for each group commit (milliseconds at 2,000
// seats, on the hub's goroutine, in front of every answer's "Locked in").
// The room's other numbers catch up with the next flush, as for everyone.
func (g *game) ackSnapshot() *shared {
	last := g.lastPub
	if last == nil || last.Phase != g.phase || last.Index != g.index || last.Paused != g.paused || !last.Deadline.Equal(g.deadline) {
		return g.public()
	}
	g.seq++
	pub := *last // its slices are never modified after sending: shared safely
	pub.Seq, pub.Answered = g.seq, 0
	for _, p := range g.order {
		if p.client != nil && p.choice >= 0 {
			pub.Answered++
		}
	}
	g.lastPub = &pub
	return &pub
}

// forConsole adds to pub what only the facilitator sees.
func (g *game) forConsole(pub *shared) consoleView {
	room := private{Saved: g.saved, Notice: g.notice, OpenedAt: g.openedAt, Events: g.events}
	if g.index >= 0 && g.phase != phaseFinal {
		room.Question = g.cfg.Rounds[g.index]
	}
	if g.phase == phaseQuestion {
		room.Live = make([]int, len(g.cfg.Rounds[g.index].Choices))
	}
	room.Players = make([]playerRow, 0, len(g.order))
	for _, p := range g.order {
		answered := p.choice >= 0 && g.phase == phaseQuestion
		if answered {
			room.Live[p.choice]++
		}
		room.Players = append(room.Players, playerRow{
			ID: p.id, Name: p.name, Team: p.team, Connected: p.client != nil,
			Answered: answered, Score: p.score, Rank: p.rank, Remote: p.remote,
		})
	}
	return consoleView{shared: pub, private: room}
}

// viewFor is player p's view of pub.
func (g *game) viewFor(pub *shared, p *player) playerView {
	me := selfView{
		Seat: p.seat, Name: p.name, Team: p.team, Score: p.score, Rank: p.rank,
		Streak: p.streak(), Choice: p.choice, History: p.results, Problem: p.problem,
	}
	if p.pending {
		me.Choice = -1 // not durable yet: no "Locked in"
	}
	if n := len(p.results); n > 0 && p.results[n-1].Question == g.index {
		me.Last = &p.results[n-1]
	}
	return playerView{Game: pub, Me: me}
}
