package gameday

import (
	"fmt"
	"path/filepath"
	"time"
)

// StoredAnswer is one player's answer (or miss) as the game hands it to a
// Store.
type StoredAnswer struct {
	Player   string // identity: "key:SHA256:…" or "name:…"
	Key      string // SSH key fingerprint; "" without a key or with Config.NameIdentity
	Name     string // display name
	Question int    // 0-based
	Incident string
	Choice   int // -1: the player saw the question and gave no answer
	Correct  bool
	Elapsed  time.Duration
	At       time.Time // when answered (or when the question locked, for a miss)
}

// Store keeps answers as they come, e.g. in the progress database. The hub
// calls it from its own goroutine only, with a batch of answers (a group
// commit), and acknowledges them to the players only after it returns nil:
// Save must not return before the answers are durable.
type Store interface {
	SaveAnswers([]StoredAnswer) error
}

// pendingAnswer is an answer taken but not yet durable: the player does not
// see "Locked in" before the commit.
type pendingAnswer struct {
	p *player
	q int
}

// maxGroup bounds how long the hub gathers commands into one group commit.
const maxGroup = 10 * time.Millisecond

// record queues a journal record (written at the next commit).
func (g *game) record(r journalRec) {
	if g.journal == nil || g.replaying {
		return
	}
	if r.At.IsZero() {
		r.At = g.now()
	}
	g.journal.add(r)
}

// logf says an event on the console. A line about an event whose journal
// record is still queued waits for the commit that makes it durable: the
// facilitator who reads "paused" and then loses the server must find the
// game paused on --resume. Lines keep their order: one logged behind held
// lines is held too.
func (g *game) logf(format string, args ...any) {
	if len(g.held) > 0 || g.queued() {
		g.held = append(g.held, fmt.Sprintf(format, args...))
		return
	}
	g.cfg.Logf(format, args...)
}

// queued reports journal records not yet written.
func (g *game) queued() bool { return g.journal != nil && g.journal.buf.Len() > 0 }

// release says the held lines once no record is queued: written, or their
// write failed and was said (a failed write drops the queue).
func (g *game) release() {
	if g.queued() {
		return // a record queued since the last write: its line waits for the next
	}
	for _, line := range g.held {
		g.cfg.Logf("%s", line)
	}
	g.held = g.held[:0]
}

// commit makes every queued record and answer durable (journal fsync, then
// the store), then acknowledges the answers to their players at once, not
// at the next flush. The hub calls it after each group of commands; a game
// driven without a hub (tests) commits after each answer.
//
// An answer counts only when both the journal and the store took it. The
// store (the progress database) is where a trainee's history lives, so the
// journal may never claim an answer the database lacks: a resume would
// score it, the results would show it, and the player's record would not.
// So a failed commit takes the batch's answers back (each player is told
// and may answer again) and journals a void record for each, which replay
// honours. Reconciling the database from the journal on resume was the
// alternative; it was not taken because the player would have been told
// nothing, and a database that keeps failing would be found out only then.
// Misses (not acknowledged to anyone) stay queued and go with the next
// commit.
func (g *game) commit() {
	defer g.release()
	if len(g.pending) == 0 && len(g.toStore) == 0 && !g.queued() {
		return
	}
	err := g.durable()
	acks := g.pending
	g.pending = nil
	if err != nil {
		g.notice = "answers NOT saved: " + err.Error()
		g.logf("%s", g.notice)
		g.voidAnswers(acks)
	}
	if len(acks) > 0 {
		g.acknowledge(acks, err != nil)
	}
	if g.lockDue {
		g.lockDue = false
		// A lock due because everyone had answered waits while answers
		// were taken back; one due to the clock or the facilitator's key
		// does not (the timer has fired, or the key can be pressed again).
		if err == nil || !g.now().Before(g.deadline) || g.allAnswered() {
			g.lock()
			g.commit() // the lock's record and misses, with its console line, now rather than at the next event
		}
	}
}

// durable writes the journal, then hands the queued answers and misses to
// the store. On a store failure the misses stay queued for the next try.
func (g *game) durable() error {
	if g.journal != nil {
		if err := g.journal.flush(); err != nil {
			// The answers are taken back: the store must never get them.
			g.keepMisses()
			return err
		}
	}
	if g.cfg.Store == nil || len(g.toStore) == 0 {
		return nil
	}
	err := g.cfg.Store.SaveAnswers(g.toStore)
	if err == nil {
		g.toStore = g.toStore[:0]
		return nil
	}
	g.keepMisses()
	return fmt.Errorf("progress database: %w", err)
}

// keepMisses drops the answers of a failed commit from the store's queue
// (they are taken back), keeping the misses for the next try.
func (g *game) keepMisses() {
	misses := g.toStore[:0]
	for _, a := range g.toStore {
		if a.Choice < 0 {
			misses = append(misses, a)
		}
	}
	g.toStore = misses
}

// voidAnswers journals that the answers of a failed commit never counted.
// If the journal cannot take even that, its answer records may outlive
// the failure: said on the console, since a resume would then count them.
func (g *game) voidAnswers(acks []pendingAnswer) {
	if g.journal == nil {
		return
	}
	for _, a := range acks {
		g.record(journalRec{T: recVoid, ID: a.p.id, Q: a.q})
	}
	if err := g.journal.flush(); err != nil {
		g.notice += " · the journal may list them: a resume would count them"
		g.logf("%v", err)
	}
}

// acknowledge sends each answering player their own view at once; after a
// failed commit their answer is taken back, with a reason to read.
func (g *game) acknowledge(acks []pendingAnswer, failed bool) {
	pub := g.ackSnapshot()
	for _, a := range acks {
		a.p.pending = false
		if failed && a.q == g.index && g.phase == phaseQuestion {
			a.p.choice, a.p.problem = -1, "your answer was not saved (server problem); answer again"
		}
		if a.p.client != nil {
			a.p.client.offer(g.viewFor(pub, a.p))
		}
	}
	g.dirty = true
}

// storeAnswer queues p's outcome on question i for the store.
func (g *game) storeAnswer(p *player, i int, res result) {
	if g.cfg.Store == nil || g.replaying {
		return
	}
	a := StoredAnswer{Player: p.id, Key: p.key, Name: p.name, Question: i, Incident: res.Incident,
		Choice: -1, Elapsed: res.Elapsed, At: g.now()}
	if res.Answered {
		a.Choice, a.Correct = res.Choice, res.Correct
	}
	g.toStore = append(g.toStore, a)
}

// startJournal opens the game's journal as it starts and writes who is
// seated. Without a journal the game goes on, said on the console: a
// restart then cannot resume it.
func (g *game) startJournal() {
	g.stamp = g.started.UTC().Format("20060102-150405.000")
	j, err := openJournal(filepath.Join(g.cfg.ResultsDir, "game-"+g.stamp+".jsonl"))
	if err != nil {
		g.notice = fmt.Sprintf("no journal, the game cannot be resumed after a crash: %v", err)
		g.logf("%s", g.notice)
		return
	}
	g.journal = j
	g.record(journalRec{T: recHeader, Header: &journalHeader{
		Version: journalVersion, Stamp: g.stamp, Started: g.started, Code: g.cfg.JoinCode,
		TimePerQuestion: g.cfg.TimePerQuestion, Discussion: g.cfg.Discussion, Scoring: g.cfg.Scoring,
		Anonymous: g.cfg.Anonymous, Teams: g.cfg.Teams, Rounds: g.cfg.Rounds, NameIdentity: g.cfg.NameIdentity,
	}})
	for _, p := range g.order {
		g.recordJoin(p)
	}
}

func (g *game) recordJoin(p *player) {
	g.record(journalRec{T: recJoin, ID: p.id, Seat: p.seat, Name: p.name, Team: p.team})
}

// closeJournal writes what is queued and closes the file.
func (g *game) closeJournal() {
	if g.journal == nil {
		return
	}
	if err := g.journal.flush(); err != nil {
		g.logf("%v", err)
	}
	_ = g.journal.close()
	g.journal = nil
	g.release()
}
