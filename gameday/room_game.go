package gameday

import (
	"sync"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

// player is one seat. It outlives its connections: a player who drops keeps
// the seat, the score and the streak.
type player struct {
	id      string
	seat    int // 1-based, in join order: how a player finds their own seat
	name    string
	team    int
	score   int
	rank    int
	results []result // one per question played, in order
	choice  int      // answer to the open question; -1 = none
	at      time.Duration
	client  *client
	remote  string
	key     string // SSH key fingerprint; "" without a key
	saw     bool   // connected while the open question was shown
	pending bool   // answered, not yet durable: not acknowledged
	problem string // why the last answer was taken back, for the player
	// prevRank is the rank before the last scored question (0 = none
	// yet), for the projector's rank changes.
	prevRank int
}

// streak is the player's run of right answers: the engine's count in the
// last scored outcome.
func (p *player) streak() int {
	if n := len(p.results); n > 0 {
		return p.results[n-1].Streak
	}
	return 0
}

// game is the hub's state. Only the hub goroutine touches it.
type game struct {
	cfg      Config
	phase    phase
	paused   bool
	left     time.Duration // countdown left while paused
	deadline time.Time
	openedAt time.Time
	timer    *time.Timer
	index    int

	players  map[string]*player
	order    []*player
	clients  map[*client]*player
	consoles map[*consoleClient]bool
	banned   map[string]bool
	counts   [][]int // picks per choice, per question
	played   []bool  // question was asked and scored (not skipped)
	gains    map[string]int

	seats    int // seats handed out so far
	seq      uint64
	dirty    bool
	started  time.Time
	ended    time.Time
	saved    string
	notice   string // outcome of OnResults, for the console
	reported bool
	hooks    sync.WaitGroup
	hub      *hub
	closing  string
	now      func() time.Time

	journal   *journal
	stamp     string   // names this game's journal and results files
	replaying bool     // restoring from a journal: record nothing
	held      []string // console lines about records not yet durable
	pending   []pendingAnswer
	committed []func() // run by the hub after the next commit: do's callers waiting
	toStore   []StoredAnswer
	lastPub   *shared // the latest snapshot built, for acknowledgements
	lockDue   bool    // the question is due to lock once pending answers are durable
	events    []event
	shown     int // evidence items of the current question revealed by the facilitator
}

func newGame(cfg Config) *game {
	g := &game{
		cfg: cfg, index: -1,
		players: map[string]*player{}, clients: map[*client]*player{}, consoles: map[*consoleClient]bool{}, banned: map[string]bool{},
		counts: make([][]int, len(cfg.Rounds)), played: make([]bool, len(cfg.Rounds)),
		now: time.Now,
	}
	for i, r := range cfg.Rounds {
		g.counts[i] = make([]int, len(r.Choices))
	}
	return g
}

// setTimer arms the single phase timer (or disarms it when d < 0).
func (g *game) setTimer(d time.Duration) {
	if g.timer != nil {
		g.timer.Stop()
		g.timer = nil
	}
	if d >= 0 {
		g.timer = time.NewTimer(d)
	}
}

func (g *game) onTimer() {
	switch g.phase {
	case phaseDiscuss:
		g.openAnswers()
	case phaseQuestion:
		g.lock()
	case phaseReveal, phaseBoard:
		if len(g.consoles) == 0 {
			g.next()
		}
	}
}

// next is the facilitator's "go on" key, whatever the phase.
func (g *game) next() {
	switch g.phase {
	case phaseLobby:
		g.start()
	case phaseDiscuss:
		g.openAnswers()
	case phaseQuestion:
		g.lock()
	case phaseReveal:
		g.phase = phaseBoard
		g.autoAdvance()
		g.broadcast()
	case phaseBoard:
		g.ask(g.index + 1)
	}
}

func (g *game) start() {
	g.started = g.now()
	g.logf("game started; players: %d", len(g.order))
	if len(g.cfg.Teams) > 0 {
		for _, p := range g.order {
			if p.team < 0 {
				p.team = g.smallestTeam()
			}
		}
	}
	g.startJournal()
	g.ask(0)
}

// ask shows question i (or the final screens past the last one).
func (g *game) ask(i int) {
	g.paused = false
	if i >= len(g.cfg.Rounds) {
		g.end()
		return
	}
	g.index, g.shown = i, 0
	for _, p := range g.order {
		p.choice, p.at, p.saw, p.problem = -1, 0, false, ""
	}
	if len(g.cfg.Teams) > 0 && g.cfg.Discussion > 0 {
		g.phase = phaseDiscuss
		g.deadline = g.now().Add(g.cfg.Discussion)
		g.setTimer(g.cfg.Discussion)
		g.logf("question %d/%d: discussion", i+1, len(g.cfg.Rounds))
		g.broadcast()
		return
	}
	g.openAnswers()
}

func (g *game) openAnswers() {
	g.paused = false
	g.phase = phaseQuestion
	g.openedAt = g.now()
	g.deadline = g.openedAt.Add(g.cfg.TimePerQuestion)
	g.setTimer(g.cfg.TimePerQuestion)
	var seen []string
	for _, p := range g.order {
		if p.client != nil {
			p.saw = true
			seen = append(seen, p.id)
		}
	}
	g.record(journalRec{T: recOpen, Q: g.index, Seen: seen})
	g.logf("question %d/%d: answers open (%s)", g.index+1, len(g.cfg.Rounds), g.cfg.Rounds[g.index].Incident.ID)
	g.broadcast()
}

func (g *game) answer(c *client, choice int) {
	p := g.clients[c]
	if p == nil || g.phase != phaseQuestion || g.paused || g.lockDue || p.choice >= 0 {
		return
	}
	q := g.cfg.Rounds[g.index]
	if choice < 0 || choice >= len(q.Choices) {
		return
	}
	p.choice, p.pending, p.problem = choice, true, ""
	p.at = g.now().Sub(g.openedAt)
	g.pending = append(g.pending, pendingAnswer{p: p, q: g.index})
	g.record(journalRec{T: recAnswer, ID: p.id, Q: g.index, Choice: choice, ElapsedMS: p.at.Milliseconds()})
	g.storeAnswer(p, g.index, result{Incident: q.Incident.ID, Answered: true, Elapsed: p.at,
		Outcome: quiz.Outcome{Choice: choice, Correct: q.Correct(choice)}})
	if g.allAnswered() {
		g.lock() // once the answers are durable
	}
	if g.hub == nil {
		g.commit()
	}
	g.dirty = true
}

// allAnswered is true when every connected player has answered (and at
// least one has): then there is no reason to wait for the clock. A frozen
// client (not reading its screen) is not waited for.
func (g *game) allAnswered() bool {
	n := 0
	now := time.Now() // the pump's clock, not the game's
	for _, p := range g.order {
		if p.client == nil || p.choice < 0 && p.client.stalled(now) {
			continue
		}
		if p.choice < 0 {
			return false
		}
		n++
	}
	return n > 0
}

// autoAdvance keeps the game moving when no facilitator is attached.
func (g *game) autoAdvance() {
	if len(g.consoles) == 0 && g.cfg.AutoAdvance > 0 {
		g.setTimer(g.cfg.AutoAdvance)
	} else {
		g.setTimer(-1)
	}
}

func (g *game) skip() {
	switch g.phase {
	case phaseDiscuss, phaseQuestion:
		g.logf("question %d/%d skipped", g.index+1, len(g.cfg.Rounds))
		g.setTimer(-1)
		g.ask(g.index + 1)
	case phaseReveal, phaseBoard:
		g.ask(g.index + 1)
	}
}

func (g *game) togglePause() {
	if g.phase != phaseDiscuss && g.phase != phaseQuestion {
		return
	}
	now := g.now()
	if !g.paused {
		g.paused = true
		g.left = max(g.deadline.Sub(now), 0)
		g.setTimer(-1)
		g.record(journalRec{T: recPause, Q: g.index, ElapsedMS: g.left.Milliseconds()})
		g.logf("question %d/%d paused with %s left", g.index+1, len(g.cfg.Rounds), g.left.Round(time.Second))
	} else {
		// Time spent paused does not count against anyone's answer.
		g.paused = false
		g.openedAt = g.openedAt.Add(now.Sub(g.deadline.Add(-g.left)))
		g.deadline = now.Add(g.left)
		g.setTimer(g.left)
		g.record(journalRec{T: recGo, Q: g.index})
		g.logf("question %d/%d: clock resumed", g.index+1, len(g.cfg.Rounds))
	}
	g.broadcast()
}

func (g *game) end() {
	if g.phase == phaseFinal {
		return
	}
	g.scoreOpen()
	g.setTimer(-1)
	g.paused = false
	g.phase = phaseFinal
	g.ended = g.now()
	g.logf("game over")
	g.record(journalRec{T: recEnd})
	g.saveLogged()
	g.commit()
	g.broadcast()
	g.report()
}

// report hands the results to cfg.OnResults once, off the hub goroutine:
// a database write must not hold up the players' final screens.
func (g *game) report() {
	if g.cfg.OnResults == nil || g.reported || g.started.IsZero() {
		return
	}
	g.reported = true
	res, hook, hub := g.results(), g.cfg.OnResults, g.hub
	g.hooks.Add(1)
	go func() {
		defer g.hooks.Done()
		msg := "results recorded in the progress database"
		if err := hook(res); err != nil {
			msg = "progress database: " + err.Error()
		}
		g.cfg.Logf("%s", msg) // not g.logf: this goroutine must not read the hub's state
		if hub != nil {
			hub.post(func(g *game) {
				if g.notice != "" { // keep a save failure in sight
					msg = g.notice + " · " + msg
				}
				g.notice, g.dirty = msg, true
			})
		}
	}()
}

func (g *game) smallestTeam() int {
	sizes := make([]int, len(g.cfg.Teams))
	for _, p := range g.order {
		if p.team >= 0 {
			sizes[p.team]++
		}
	}
	best := 0
	for t, n := range sizes {
		if n < sizes[best] {
			best = t
		}
	}
	return best
}

func (g *game) pickTeam(c *client, t int) {
	p := g.clients[c]
	if p == nil || g.phase != phaseLobby || t < 0 || t >= len(g.cfg.Teams) {
		return
	}
	p.team = t
	g.dirty = true
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
