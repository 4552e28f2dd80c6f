package tui

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// Messages about progress, sent from Cmds.
type (
	// progressOpenedMsg carries the store opened after the first frame
	// (Config.OpenProgress); err says why progress is not saved.
	progressOpenedMsg struct {
		store Store
		err   error
	}
	// recordedMsg reports one write to the store; err is shown in the footer.
	recordedMsg struct{ err error }
	// dueMsg carries how many incidents are due for review and how many
	// are new, for the Home menu.
	dueMsg struct{ due, fresh int }
	// reviewPlannedMsg carries the incidents a review session asks, due first.
	reviewPlannedMsg struct {
		ids  []string
		opts quiz.Options // the review's settings (difficulty, filter, count)
		err  error
		// capped: the plan is empty because today's new-per-day cap is used
		// up, though unseen incidents are left.
		capped bool
	}
)

// recorder writes one quiz session's answers to the store. Update queues
// them (record, finish) and returns a Cmd that flushes the queue on its own
// goroutine; the mutex keeps writes in order. The session row is created by
// the first write, so a round nobody answers leaves no trace, and one quit
// mid-round stays "interrupted" (never finished). Model.Flush writes what a
// quit left queued, so no answer given is lost.
type recorder struct {
	mu       sync.Mutex
	store    Store
	user     string
	info     SessionInfo
	sid      int64
	queue    []Answer
	finishAt time.Time // set once the round is over
	finished bool      // FinishSession done
}

// newRecorder makes the recorder of one session. store may be nil: answers
// then wait in the queue until attach gives it the store opened after the
// first frame (with --no-save, forever).
func newRecorder(store Store, user string, o quiz.Options, total int, now time.Time) *recorder {
	return &recorder{store: store, user: user, info: SessionInfo{
		Mode: o.Mode.String(), Difficulty: o.Difficulty.String(), Total: total, Seed: o.Seed, At: now,
	}}
}

// attach gives the recorder its store and returns the Cmd that writes what
// was queued meanwhile.
func (r *recorder) attach(store Store) tea.Cmd {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.store = store
	return r.flushCmd
}

// record queues answers and returns the Cmd that writes them.
func (r *recorder) record(as ...Answer) tea.Cmd {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.queue = append(r.queue, as...)
	if r.store == nil {
		return nil
	}
	return r.flushCmd
}

// finish queues the end of the round and returns the Cmd that writes it.
func (r *recorder) finish(at time.Time) tea.Cmd {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.finishAt = at
	if r.store == nil {
		return nil
	}
	return r.flushCmd
}

func (r *recorder) flushCmd() tea.Msg { return recordedMsg{r.flush()} }

// flush writes everything queued. A failed write stays queued for the next
// flush, so a locked database only delays it.
func (r *recorder) flush() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.store == nil {
		return nil // --no-save, or the store is not open yet
	}
	if len(r.queue) == 0 && (r.sid == 0 || r.finished || r.finishAt.IsZero()) {
		return nil
	}
	if r.sid == 0 {
		sid, err := r.store.StartSession(r.user, r.info)
		if err != nil {
			return err
		}
		r.sid = sid
	}
	for len(r.queue) > 0 {
		if err := r.store.RecordAnswer(r.sid, r.queue[0]); err != nil {
			return err
		}
		r.queue = r.queue[1:]
	}
	if !r.finishAt.IsZero() && !r.finished {
		if err := r.store.FinishSession(r.sid, r.finishAt); err != nil {
			return err
		}
		r.finished = true
	}
	return nil
}

// planReview returns a Cmd that asks the store which incidents to review:
// due ones first, then new ones. Without a store it serves the corpus order.
func planReview(store Store, user string, ids []string, now time.Time, n int, o quiz.Options) tea.Cmd {
	return func() tea.Msg {
		if store == nil {
			return reviewPlannedMsg{ids: ids[:min(n, len(ids))], opts: o}
		}
		out, err := store.Plan(user, ids, now, n)
		msg := reviewPlannedMsg{ids: out, opts: o, err: err}
		if d, ok := store.(Daily); ok && err == nil && len(out) == 0 {
			t, err := d.Today(user, ids, now)
			msg.capped = err == nil && t.NewLeft == 0 && t.New > 0
		}
		return msg
	}
}

// loadDue returns a Cmd that counts what Review would serve, for Home; nil
// without a store. A failure just leaves Home's text as is.
func loadDue(store Store, user string, incs []incidents.Incident, now time.Time) tea.Cmd {
	if store == nil {
		return nil
	}
	return func() tea.Msg {
		st, err := store.Stats(user, incs, now)
		if err != nil || st == nil {
			return nil
		}
		return dueMsg{due: st.DueToday, fresh: st.New}
	}
}
