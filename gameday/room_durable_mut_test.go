package gameday

// Tests written against surviving mutants of room_durable.go (group
// commits and the lock that waits for one; docs/mutation.md).

import (
	"testing"
	"time"
)

// groupCommits makes f gather answers as a hub does: they stay pending
// until f.commit(). The hub is never run.
func groupCommits(f *fakeGame) {
	f.hub = &hub{cmds: make(chan func(*game), 16)}
}

// A lock asked for while answers are on their way to disk waits for the
// commit, then happens with those answers counted.
func TestLockWaitsForTheCommit(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	cs := openRoom(t, f, "alice", "bob")
	groupCommits(f)
	f.answerAt(cs[0], 0, time.Second)
	f.lock() // the facilitator's key, before the deadline
	if f.phase != phaseQuestion || !f.lockDue {
		t.Fatalf("phase %v, lock due %v with an answer pending; want the question still open, the lock due", f.phase, f.lockDue)
	}
	f.commit()
	if f.phase != phaseReveal || f.lockDue {
		t.Fatalf("after the commit: phase %v, lock due %v; want the reveal", f.phase, f.lockDue)
	}
	if r := f.clients[cs[0]].results; len(r) != 1 || !r[0].Correct {
		t.Fatalf("alice's results %+v, want question 1 right", r)
	}
}

// After a failed commit a lock due to the facilitator's key is dropped
// (the key can be pressed again) and the question stays open for the
// answers taken back; one due to the clock happens.
func TestLockAfterFailedCommit(t *testing.T) {
	for _, tc := range []struct {
		name     string
		at       time.Duration // when the lock is asked for
		wantLock bool
	}{{"key", 10 * time.Second, false}, {"clock", 30 * time.Second, true}} {
		st := &flakyStore{broken: true}
		f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
		cs := openRoom(t, f, "alice", "bob")
		groupCommits(f)
		f.answerAt(cs[0], 0, time.Second)
		f.clock = f.openedAt.Add(tc.at)
		f.lock()
		f.commit()
		if locked := f.phase == phaseReveal; locked != tc.wantLock || f.lockDue {
			t.Fatalf("%s: phase %v, lock due %v; want locked %v", tc.name, f.phase, f.lockDue, tc.wantLock)
		}
		if p := f.clients[cs[0]]; p.choice != -1 && !tc.wantLock {
			t.Fatalf("%s: alice's refused answer %d stands", tc.name, p.choice)
		}
	}
}

// Misses the store refused go with the next commit even when nothing else
// is to be written then.
func TestRefusedMissesRetriedAlone(t *testing.T) {
	st := &flakyStore{}
	f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
	openRoom(t, f, "alice")
	st.broken = true
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock() // alice's miss, refused
	f.commit()
	if len(st.took) != 0 || len(f.toStore) != 1 {
		t.Fatalf("store took %+v, %d queued; want nothing taken, the miss queued", st.took, len(f.toStore))
	}
	st.broken = false
	f.commit() // nothing new: no answer, no journal record
	if len(st.took) != 1 || st.took[0].Name != "alice" || st.took[0].Choice != -1 || len(f.toStore) != 0 {
		t.Fatalf("store took %+v (%d still queued), want alice's miss", st.took, len(f.toStore))
	}
}

// A refused answer on the first option is not kept as if it were a miss:
// once the store works again it gets nothing from that commit.
func TestRefusedFirstOptionAnswerNotRetried(t *testing.T) {
	st := &flakyStore{broken: true}
	f := newFakeGame(t, Config{Store: st})
	cs := openRoom(t, f, "alice", "bob")
	f.answerAt(cs[0], 0, time.Second) // refused, taken back
	st.broken = false
	f.commit()
	if len(st.took) != 0 || len(f.toStore) != 0 {
		t.Fatalf("store took %+v, %d queued; want the refused answer gone", st.took, len(f.toStore))
	}
}
