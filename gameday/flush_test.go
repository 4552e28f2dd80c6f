package gameday

import (
	"testing"
	"time"
)

// TestFlushFollowsTheCountdown: during a question the batched changes go
// out just after a second of the countdown, every other second in a big
// room; elsewhere once a second.
func TestFlushFollowsTheCountdown(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	f.seat(t, "ana")
	if got := f.flushDelay(f.clock); got != time.Second {
		t.Fatalf("lobby: flush in %v, want 1s", got)
	}
	f.next()
	f.clock = f.openedAt.Add(2300 * time.Millisecond) // 27.7 s left
	if got := f.flushDelay(f.clock); got != 710*time.Millisecond {
		t.Fatalf("27.7s left: flush in %v, want 710ms (at 27s left, +10ms)", got)
	}
	for i := 0; i < bigRoom; i++ {
		f.clients[newClient(nil)] = &player{}
	}
	if got := f.flushDelay(f.clock); got != 1710*time.Millisecond {
		t.Fatalf("big room, 27.7s left: flush in %v, want 1.71s (at 26s left, +10ms)", got)
	}
	f.togglePause()
	if got := f.flushDelay(f.clock); got != time.Second {
		t.Fatalf("paused: flush in %v, want 1s", got)
	}
}

// TestAckCarriesTheAnswer: the acknowledgement reuses the last snapshot but
// is a new one (a screen memoized by Seq redraws) and shows the answer.
func TestAckCarriesTheAnswer(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	a := f.seat(t, "ana")
	f.seat(t, "bo")
	f.next()
	opened := <-a.Updates() // the question's broadcast
	f.answerAt(a, 2, time.Second)
	ack := <-a.Updates()
	if ack.Me.Choice != 2 || ack.Game.Seq <= opened.Game.Seq || ack.Game.Answered != 1 || ack.Game.Phase != phaseQuestion {
		t.Fatalf("ack: choice %d, seq %d after %d, %d answered, %v; want choice 2, a newer seq, 1 answered, question",
			ack.Me.Choice, ack.Game.Seq, opened.Game.Seq, ack.Game.Answered, ack.Game.Phase)
	}
	if opened.Game.Answered != 0 {
		t.Fatalf("the snapshot sent before changed under its client: %d answered", opened.Game.Answered)
	}
}
