package gameday

// More tests written against surviving mutants of the game room (seats,
// teams, the hub's stall detection, snapshots, standings); see
// room_mut_test.go and docs/mutation.md.

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Seats are numbered from 1 in join order.
func TestSeatsNumberedFromOne(t *testing.T) {
	f := newFakeGame(t, Config{})
	a, b := f.seat(t, "alice"), f.seat(t, "bob")
	if sa, sb := f.clients[a].seat, f.clients[b].seat; sa != 1 || sb != 2 {
		t.Fatalf("seats %d and %d, want 1 and 2", sa, sb)
	}
}

// A player who joins while a question is open has seen it: not answering
// it is a miss, stored like anyone's.
func TestLateJoinerMissIsStored(t *testing.T) {
	st := &recordingStore{}
	f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
	openRoom(t, f, "alice")
	f.seat(t, "bob") // joins with the question open
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock()
	f.commit()
	st.mu.Lock()
	defer st.mu.Unlock()
	names := map[string]int{}
	for _, a := range st.answers {
		names[a.Name] = a.Choice
	}
	if c, ok := names["bob"]; !ok || c != -1 || len(st.answers) != 2 {
		t.Fatalf("stored %+v, want misses for alice and bob", st.answers)
	}
}

// An answer on the first option is an answer, not a skip, in the results.
func TestFirstOptionIsNotASkip(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice")[0]
	f.answerAt(a, 0, time.Second) // locks: the only player
	r := f.clients[a].results
	if len(r) != 1 || r[0].Skipped || !r[0].Answered || r[0].Choice != 0 {
		t.Fatalf("results %+v, want question 1 answered with choice 0", r)
	}
}

// A team number past the list is ignored.
func TestPickTeamOutOfRange(t *testing.T) {
	f := newFakeGame(t, Config{Teams: []string{"Red", "Blue"}, Discussion: 5 * time.Second})
	a := f.seat(t, "alice")
	f.pickTeam(a, 2)
	if got := f.clients[a].team; got != -1 {
		t.Fatalf("team %d after picking team 3 of 2, want none (-1)", got)
	}
	f.pickTeam(a, 1)
	if got := f.clients[a].team; got != 1 {
		t.Fatalf("team %d after picking Blue, want 1", got)
	}
}

// A player whose screen has taken every snapshot is reading, however long
// ago the last one came: the question waits for their answer.
func TestIdleReaderIsNotFrozen(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice", "bob")
	a, b := cs[0], cs[1]
	drain(b)
	b.waiting.Store(time.Now().Add(-time.Minute).UnixNano()) // last snapshot a minute ago, taken
	f.answerAt(a, 0, time.Second)
	if f.phase != phaseQuestion {
		t.Fatalf("phase %v: the question locked without bob, who is reading", f.phase)
	}
}

// A snapshot just offered is not a frozen client's.
func TestFreshSnapshotIsNotStalled(t *testing.T) {
	m := newMailbox[int](nil)
	m.offer(1)
	if m.stalled(time.Now()) {
		t.Fatal("a mailbox filled just now counts as stalled")
	}
	if !m.stalled(time.Now().Add(stallAfter + time.Second)) {
		t.Fatal("a snapshot untaken past stallAfter does not count as stalled")
	}
}

// A facilitator arriving on the reveal or the leaderboard takes over the
// pace (auto-advance stops); leaving there hands it back.
func TestFacilitatorTakesOverThePaceMidGame(t *testing.T) {
	f := newFakeGame(t, Config{AutoAdvance: time.Hour})
	a := openRoom(t, f, "alice")[0]
	f.answerAt(a, 0, 0) // the only player: locks, reveal
	for _, want := range []phase{phaseReveal, phaseBoard} {
		if f.phase != want {
			t.Fatalf("phase %v, want %v", f.phase, want)
		}
		if f.timer == nil {
			t.Fatalf("%v without a facilitator: no auto-advance", want)
		}
		fac := newConsoleClient(nil)
		_ = f.attachConsole(fac, "test")
		if f.timer != nil {
			t.Fatalf("%v: auto-advance still armed with a facilitator attached", want)
		}
		f.detachConsole(fac)
		if f.timer == nil {
			t.Fatalf("%v: no auto-advance after the facilitator left", want)
		}
		f.next()
	}
}

// Removing the last player who had not answered locks the question.
func TestKickLastNonAnswererLocks(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice", "bob")[0]
	f.answerAt(a, 0, time.Second)
	f.kick("key:fp-bob")
	if f.phase != phaseReveal {
		t.Fatalf("phase %v after bob was removed, want the reveal", f.phase)
	}
}

// Stopping the server mid-question scores the answers given (they are in
// the results files and the store), the journal staying resumable.
func TestShutdownScoresTheOpenQuestion(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice", "bob")[0]
	f.answerAt(a, 0, time.Second)
	f.shutdown()
	r := f.players["key:fp-alice"].results
	if len(r) != 1 || !r[0].Correct {
		t.Fatalf("alice's results after the stop: %+v, want question 1 scored right", r)
	}
}

// Each snapshot is numbered after the one before, so a client can tell
// the newer one.
func TestSnapshotsNumberedUp(t *testing.T) {
	f := newFakeGame(t, Config{})
	p1, p2 := f.public(), f.public()
	if p2.Seq <= p1.Seq {
		t.Fatalf("snapshot numbers %d then %d, want increasing", p1.Seq, p2.Seq)
	}
}

// The room's "answered" count includes an answer on the first option.
func TestAnsweredCountIncludesFirstOption(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice", "bob")[0]
	f.answerAt(a, 0, time.Second)
	if pub := f.public(); pub.Active != 2 || pub.Answered != 1 {
		t.Fatalf("active %d, answered %d; want 2 and 1", pub.Active, pub.Answered)
	}
}

// Team standings: teams nobody joined are left out, ranks count from 1,
// equal means share a rank, and a tie keeps the teams' listed order.
func TestTeamStandingsRanks(t *testing.T) {
	f := newFakeGame(t, Config{Teams: []string{"Red", "Blue", "Green", "Gold"}, Discussion: 5 * time.Second,
		TimePerQuestion: 10 * time.Second})
	a, b, c := f.seat(t, "alice"), f.seat(t, "bob"), f.seat(t, "carol")
	f.pickTeam(a, 0)
	f.pickTeam(b, 1)
	f.pickTeam(c, 2)
	f.next()            // discussion
	f.next()            // answers open
	f.answerAt(a, 3, 0) // wrong: 0
	f.answerAt(b, 0, 0) // right at once: 1000
	f.answerAt(c, 1, 0) // wrong: 0
	var got []string
	for _, r := range f.teamRows() {
		got = append(got, fmt.Sprintf("%d %s %d", r.Rank, r.Name, r.Score))
	}
	want := []string{"1 Blue 1000", "2 Red 0", "2 Green 0"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Fatalf("standings %q, want %q (Gold, with nobody, left out)", got, want)
	}
}
