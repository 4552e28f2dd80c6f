package gameday

// Tests written against room_hub.go's and ackSnapshot's surviving mutants
// (docs/mutation.md): the flush follows the discussion's countdown too, a
// room of exactly bigRoom screens is not big, and an acknowledgement reuses
// the last snapshot only while the question, the phase and the clock are
// the same.

import (
	"testing"
	"time"
)

func TestFlushDelayEdges(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second, Teams: []string{"Red", "Blue"}, Discussion: 5 * time.Second})
	f.seat(t, "ana")
	f.next() // the discussion's countdown: 5 s
	f.clock = f.clock.Add(1300 * time.Millisecond)
	if got := f.flushDelay(f.clock); got != 710*time.Millisecond {
		t.Fatalf("discussion, 3.7s left: flush in %v, want 710ms", got)
	}
	for i := 1; i < bigRoom; i++ { // with ana: exactly bigRoom screens
		f.clients[newClient(nil)] = &player{}
	}
	if got := f.flushDelay(f.clock); got != 710*time.Millisecond {
		t.Fatalf("%d screens: flush in %v, want 710ms (not a big room yet)", len(f.clients), got)
	}
	f.clock = f.deadline
	if got := f.flushDelay(f.clock); got != time.Second {
		t.Fatalf("at the deadline: flush in %v, want 1s", got)
	}
}

// An acknowledgement shares the last snapshot's board (no ranking of every
// seat again) when only answers changed, and is built afresh when the
// phase, the question, the pause or the deadline differ from it.
func TestAckSnapshotReusedOnlyWhenCurrent(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	cs := openRoom(t, f, "a1", "a2", "a3", "a4", "a5", "waiting")
	for i, stale := range []func(*shared){
		nil,
		func(p *shared) { p.Phase = phaseDiscuss },
		func(p *shared) { p.Index++ },
		func(p *shared) { p.Paused = true },
		func(p *shared) { p.Deadline = p.Deadline.Add(time.Second) },
	} {
		last := f.public()
		if stale != nil {
			c := *last
			stale(&c)
			f.lastPub = &c
		}
		drain(cs[i])
		f.answerAt(cs[i], 1, time.Second)
		v := <-cs[i].Updates()
		shared := &v.Game.Board[0] == &last.Board[0]
		if shared != (stale == nil) {
			t.Errorf("case %d: acknowledgement shares the last board: %v, want %v", i, shared, stale == nil)
		}
	}
}
