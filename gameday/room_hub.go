package gameday

import (
	"errors"
	"sync/atomic"
	"time"
)

// Errors a join can end with; the session shows them and closes.
var (
	errFull    = errors.New("the game is full")
	errRemoved = errors.New("the facilitator removed you from this game")
	errClosed  = errors.New("the game server is shutting down")
)

// flushEvery bounds how often small changes (an answer in, a player joining)
// are broadcast: they are batched, while phase changes go out at once. Once
// a second matches the countdown's own redraw rate, so 200 players answering
// cost 200 redraws a second, not 200 per answer. The answering player's own
// "Locked in" does not wait for it (see commit).
const flushEvery = time.Second

// bigRoom is the number of connected players past which the answer count
// on the players' screens is refreshed every other second of the
// countdown: each refresh redraws every screen, and at 1,000 screens that
// is most of the server's work while a question is open.
const bigRoom = 300

// flushSlack puts a flush during a countdown just after one of its
// seconds, when every player's screen redraws for the clock anyway: both
// redraws then tend to leave in one frame of the renderer, one write.
const flushSlack = 10 * time.Millisecond

// flushDelay is how long until the next flush of batched changes.
func (g *game) flushDelay(now time.Time) time.Duration {
	if g.paused || (g.phase != phaseQuestion && g.phase != phaseDiscuss) || !now.Before(g.deadline) {
		return flushEvery
	}
	step := flushEvery
	if len(g.clients) > bigRoom {
		step = 2 * flushEvery
	}
	// The countdown's seconds fall on deadline - n s.
	next := g.deadline.Sub(now) % step
	return next + flushSlack
}

// hub owns the game. Its state lives in one goroutine; every method sends a
// closure to it, so nothing is shared between sessions without the hub.
type hub struct {
	// frames are question screens drawn for one player and shown to every
	// player who would draw the same (screen_frames.go); sessions use it.
	frames  *frameCache
	cmds    chan func(*game)
	quit    chan struct{}
	stopped chan struct{}
}

// mailbox is a one-slot box of the latest snapshot for one program: the hub
// writes, the session drains. Only the latest is kept: a client that falls
// behind skips to the newest state instead of slowing the hub.
type mailbox[T any] struct {
	out     chan T
	close   func() // ends the session; set by its owner, called by the hub
	removed atomic.Pointer[string]
	// waiting is since when the box has held a snapshot its program has
	// not taken (unix ns), set as an empty box is filled.
	waiting atomic.Int64
}

// stallAfter is how long a snapshot may wait in a mailbox before its
// client counts as frozen (a suspended ssh, a dead link not yet timed out).
const stallAfter = 5 * time.Second

// stalled reports whether the client has left a snapshot untaken for
// stallAfter: it is not reading, whatever its connection says.
func (m *mailbox[T]) stalled(now time.Time) bool {
	return len(m.out) > 0 && now.Sub(time.Unix(0, m.waiting.Load())) > stallAfter
}

func newMailbox[T any](closeFn func()) mailbox[T] {
	if closeFn == nil {
		closeFn = func() {}
	}
	return mailbox[T]{out: make(chan T, 1), close: closeFn}
}

// Updates delivers the snapshots.
func (m *mailbox[T]) Updates() <-chan T { return m.out }

// Removed says why the hub closed this client, or "" if it did not.
func (m *mailbox[T]) Removed() string {
	if r := m.removed.Load(); r != nil {
		return *r
	}
	return ""
}

// offer hands v over without ever blocking. Only the hub goroutine calls
// it, so the drain-and-retry below cannot race another sender.
func (m *mailbox[T]) offer(v T) {
	if len(m.out) == 0 {
		m.waiting.Store(time.Now().UnixNano())
	}
	select {
	case m.out <- v:
		return
	default:
	}
	select {
	case <-m.out:
	default:
	}
	select {
	case m.out <- v:
	default:
	}
}

// end hands the last snapshot, records why, and ends the session. The
// program quits by itself on that snapshot; close is the backstop for a
// program stuck on a dead connection.
func (m *mailbox[T]) end(v T, reason string) {
	m.removed.Store(&reason)
	m.offer(v)
	m.close()
}

// client is one player's attached program. It receives playerViews only: the
// type holds nothing a player may not see.
type client struct{ mailbox[playerView] }

// newClient makes a player client whose session is ended by closeFn.
func newClient(closeFn func()) *client { return &client{newMailbox[playerView](closeFn)} }

func (c *client) remove(v playerView, reason string) {
	v.Me.Removed = reason
	c.end(v, reason)
}

// consoleClient is a facilitator's attached console. It receives consoleViews.
type consoleClient struct{ mailbox[consoleView] }

// newConsoleClient makes a console client whose session is ended by closeFn.
func newConsoleClient(closeFn func()) *consoleClient {
	return &consoleClient{newMailbox[consoleView](closeFn)}
}

func (c *consoleClient) remove(v consoleView, reason string) {
	v.private.Removed = reason
	c.end(v, reason)
}

// newHub checks cfg and starts the hub goroutine. Stop ends it.
func newHub(cfg Config) (*hub, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	h := &hub{frames: newFrameCache(), cmds: make(chan func(*game), 256), quit: make(chan struct{}), stopped: make(chan struct{})}
	g := newGame(c)
	if c.Resume != nil {
		if err := g.restore(c.Resume); err != nil {
			return nil, err
		}
	}
	g.hub = h
	go h.run(g)
	return h, nil
}

// post queues f for the hub goroutine without ever waiting.
func (h *hub) post(f func(*game)) {
	select {
	case h.cmds <- f:
	default: // the hub is stopping or swamped; a notice is not worth a wait
	}
}

func (h *hub) run(g *game) {
	defer close(h.stopped)
	flush := time.NewTimer(flushEvery)
	defer flush.Stop()
	for {
		var timerC <-chan time.Time
		if g.timer != nil {
			timerC = g.timer.C
		}
		select {
		case f := <-h.cmds:
			f(g)
			h.gather(g)
		case <-timerC:
			g.timer = nil
			g.onTimer()
		case <-flush.C:
			if g.dirty {
				g.broadcast()
			}
			flush.Reset(g.flushDelay(g.now()))
		case <-h.quit:
			g.shutdown()
			g.hooks.Wait()
			return
		}
		g.commit()
		for _, f := range g.committed {
			f()
		}
		g.committed = g.committed[:0]
	}
}

// gather runs the commands already queued, for at most maxGroup, so that
// the answers among them share one commit (one fsync, one transaction).
func (h *hub) gather(g *game) {
	if len(g.pending) == 0 {
		return
	}
	until := time.Now().Add(maxGroup)
	for time.Now().Before(until) {
		select {
		case f := <-h.cmds:
			f(g)
		default:
			return
		}
	}
}

// do runs f on the hub goroutine and waits until what it did is committed
// (answers durable, a deferred lock taken), so one caller's commands take
// effect in the order given even when the hub groups them into one commit.
// It reports false when the hub has stopped.
func (h *hub) do(f func(*game)) bool {
	done := make(chan struct{})
	select {
	case h.cmds <- func(g *game) { f(g); g.committed = append(g.committed, func() { close(done) }) }:
	case <-h.stopped:
		return false
	}
	select {
	case <-done:
		return true
	case <-h.stopped:
		return false
	}
}

// Stop tells every client the server is closing, saves the results if a game
// was played, and ends the hub. Safe to call more than once.
func (h *hub) Stop() {
	select {
	case <-h.quit:
	default:
		close(h.quit)
	}
	<-h.stopped
}

// joinRequest describes a session asking for a seat.
type joinRequest struct {
	KeyFP  string // SHA256 fingerprint of the authenticated key; "" when none
	User   string // SSH user name, raw: the hub sanitizes it
	Remote string
}

// Join seats c. On success the client receives its first playerView at once.
func (h *hub) Join(req joinRequest, c *client) error {
	err := errClosed
	h.do(func(g *game) { err = g.join(req, c) })
	return err
}

// Attach attaches a facilitator's console; it receives its first
// ConsoleView at once.
func (h *hub) Attach(c *consoleClient, remote string) error {
	err := errClosed
	h.do(func(g *game) { err = g.attachConsole(c, remote) })
	return err
}

// Leave detaches c: a player's seat stays, marked away, with its score.
func (h *hub) Leave(c *client) { h.do(func(g *game) { g.leave(c) }) }

// Detach detaches a console.
func (h *hub) Detach(c *consoleClient) { h.do(func(g *game) { g.detachConsole(c) }) }

// Answer records c's answer to the open question (choice is 0-based).
func (h *hub) Answer(c *client, choice int) { h.do(func(g *game) { g.answer(c, choice) }) }

// PickTeam moves c's player to team t (lobby only, team mode).
func (h *hub) PickTeam(c *client, t int) { h.do(func(g *game) { g.pickTeam(c, t) }) }

// Next advances the game one step: start, open answers, lock, leaderboard,
// next question, final.
func (h *hub) Next() { h.do(func(g *game) { g.next() }) }

// NextFrom is Next for a facilitator who saw phase seen: it does nothing
// when the game has moved on from it meanwhile.
func (h *hub) NextFrom(seen phase) {
	h.do(func(g *game) {
		if g.phase == seen {
			g.next()
		}
	})
}

// RevealEvidence shows every player the next evidence item of the open
// question (the facilitator as game master).
func (h *hub) RevealEvidence() { h.do(func(g *game) { g.revealEvidence() }) }

// Skip drops the current question unscored and moves to the next one.
func (h *hub) Skip() { h.do(func(g *game) { g.skip() }) }

// TogglePause freezes or resumes the countdown.
func (h *hub) TogglePause() { h.do(func(g *game) { g.togglePause() }) }

// End jumps to the final screens and saves the results.
func (h *hub) End() { h.do(func(g *game) { g.end() }) }

// Kick removes the player with identity id and bars them from rejoining.
func (h *hub) Kick(id string) { h.do(func(g *game) { g.kick(id) }) }

// SaveResults writes the results files now and returns their paths.
func (h *hub) SaveResults() ([]string, error) {
	var paths []string
	err := errClosed
	h.do(func(g *game) { paths, err = g.save() })
	return paths, err
}

// State returns the current snapshot as a console sees it, for the
// server's text commands and tests.
func (h *hub) State() consoleView {
	var v consoleView
	h.do(func(g *game) { v = g.forConsole(g.public()) })
	return v
}
