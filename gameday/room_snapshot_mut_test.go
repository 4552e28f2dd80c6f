package gameday

// Tests written against surviving mutants of the snapshots (room_seats.go
// public/ackSnapshot/forConsole/viewFor, room_snapshot.go; docs/mutation.md):
// the leaderboard's rank moves and gains, anonymous boards, the answered
// count an acknowledgement carries, the phases' names, the debrief list.

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// boardLine is the leaderboard as "rank name score +gain move" rows.
func boardLine(pub *shared) string {
	var rows []string
	for _, r := range pub.Board {
		rows = append(rows, fmt.Sprintf("%d %s %d +%d %d", r.Rank, r.Name, r.Score, r.Gain, r.Move))
	}
	return strings.Join(rows, ", ")
}

// The leaderboard shows each player's points from the last question and
// the places gained or lost with it; before any question, no move.
func TestBoardMovesAndGains(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	a, b, c := f.seat(t, "alice"), f.seat(t, "bob"), f.seat(t, "carol")
	if got, want := boardLine(f.public()), "1 alice 0 +0 0, 1 bob 0 +0 0, 1 carol 0 +0 0"; got != want {
		t.Fatalf("lobby board %q, want %q", got, want)
	}
	f.next()                         // question 1: answer 0
	f.answerAt(a, 0, 0)              // 1000
	f.answerAt(c, 0, 15*time.Second) // 750
	f.answerAt(b, 2, 20*time.Second) // wrong: locks
	want := "1 alice 1000 +1000 0, 2 carol 750 +750 -1, 3 bob 0 +0 -2"
	if got := boardLine(f.public()); got != want {
		t.Fatalf("after question 1: board %q, want %q", got, want)
	}
	f.next()                      // leaderboard
	f.next()                      // question 2: answer 1
	f.answerAt(b, 1, 0)           // 1000
	f.answerAt(a, 3, 0)           // wrong
	f.answerAt(c, 3, time.Second) // wrong: locks
	want = "1 alice 1000 +0 0, 1 bob 1000 +1000 2, 3 carol 750 +0 -1"
	if got := boardLine(f.public()); got != want {
		t.Fatalf("after question 2: board %q, want %q", got, want)
	}
}

// An anonymous game's leaderboard carries no names; the seats keep theirs
// (each player finds their own line by rank).
func TestAnonymousBoardHasNoNames(t *testing.T) {
	f := newFakeGame(t, Config{Anonymous: true})
	openRoom(t, f, "alice", "bob")
	pub := f.public()
	for _, r := range pub.Board {
		if r.Name != "" {
			t.Fatalf("anonymous board shows %q", r.Name)
		}
	}
	if len(pub.Board) != 2 || pub.Seats[0].Name != "alice" || pub.Seats[1].Name != "bob" {
		t.Fatalf("board %+v, seats %+v: want two nameless rows and named seats", pub.Board, pub.Seats)
	}
	g := newFakeGame(t, Config{})
	openRoom(t, g, "alice")
	if name := g.public().Board[0].Name; name != "alice" {
		t.Fatalf("named game's board shows %q, want alice", name)
	}
}

// The snapshot an acknowledgement carries is numbered after the last one
// and counts the answers of connected players, a first-option answer
// included, a departed player's not.
func TestAckSnapshotCountsConnectedAnswers(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice", "bob", "carol", "dave") // carol and dave do not answer
	f.answerAt(cs[1], 2, time.Second)
	f.leave(cs[1])
	last := f.public().Seq
	drain(cs[0])
	f.answerAt(cs[0], 0, 2*time.Second)
	v := <-cs[0].Updates()
	if v.Game.Answered != 1 || v.Game.Seq != last+1 || v.Me.Choice != 0 {
		t.Fatalf("acknowledgement: answered %d, seq %d (last %d), choice %d; want 1, %d, 0",
			v.Game.Answered, v.Game.Seq, last, v.Me.Choice, last+1)
	}
}

// Each phase has its name in the log and the console.
func TestPhaseNames(t *testing.T) {
	want := []string{"lobby", "discussion", "question", "reveal", "leaderboard", "final", "unknown"}
	for i, w := range want {
		if got := phase(i).String(); got != w {
			t.Errorf("phase(%d) = %q, want %q", i, got, w)
		}
	}
}

// The final snapshot lists the incidents played for the debrief, not the
// skipped ones; before the final, none, and the asked question carries
// its incident's date.
func TestFinalListsPlayedIncidents(t *testing.T) {
	rounds := testRounds(3)
	rounds[0].Incident.Date = time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)
	f := newFakeGame(t, Config{Rounds: rounds})
	cs := openRoom(t, f, "alice")
	if pub := f.public(); pub.Asked == nil || !pub.Asked.Date.Equal(rounds[0].Incident.Date) || pub.Played != nil {
		t.Fatalf("question 1: asked %+v, played %v; want the incident's date and no debrief yet", pub.Asked, pub.Played)
	}
	f.answerAt(cs[0], 0, 0) // locks
	f.next()                // leaderboard
	f.next()                // question 2
	f.skip()                // to question 3
	f.answerAt(cs[0], 2, 0)
	f.next()
	f.next() // past the last: final
	pub := f.public()
	if pub.Phase != phaseFinal || pub.Asked != nil || pub.Reveal != nil {
		t.Fatalf("phase %v, asked %v, reveal %v; want the final without a question", pub.Phase, pub.Asked, pub.Reveal)
	}
	var ids []string
	for _, inc := range pub.Played {
		ids = append(ids, inc.ID)
	}
	if strings.Join(ids, " ") != "INC-1 INC-3" {
		t.Fatalf("debrief lists %v, want INC-1 INC-3 (question 2 skipped)", ids)
	}
}

// The console counts the live picks per choice while answers are open,
// and none after the lock; it names the question until the final.
func TestConsoleLivePicks(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice", "bob", "carol")
	f.answerAt(cs[0], 0, time.Second)
	f.answerAt(cs[1], 2, time.Second)
	v := f.forConsole(f.public())
	if fmt.Sprint(v.Live) != "[1 0 1 0]" || v.Question != f.cfg.Rounds[0] {
		t.Fatalf("live picks %v, question %v; want [1 0 1 0] and question 1", v.Live, v.Question)
	}
	var answered []string
	for _, p := range v.Players {
		answered = append(answered, fmt.Sprintf("%s %v", p.Name, p.Answered))
	}
	if got := strings.Join(answered, ", "); got != "alice true, bob true, carol false" {
		t.Fatalf("console players %q", got)
	}
	f.answerAt(cs[2], 1, time.Second) // locks
	if v := f.forConsole(f.public()); v.Live != nil || v.Players[0].Answered {
		t.Fatalf("after the lock: live %v, alice answered %v; want none", v.Live, v.Players[0].Answered)
	}
}

// A player's view carries their result on the current question only.
func TestViewLastIsTheCurrentQuestion(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice")
	f.answerAt(cs[0], 0, 0) // locks: reveal of question 1
	p := f.clients[cs[0]]
	if v := f.viewFor(f.public(), p); v.Me.Last == nil || v.Me.Last.Question != 0 || v.Me.Rank != 1 {
		t.Fatalf("reveal: last %+v rank %d, want question 1's result and rank 1", v.Me.Last, v.Me.Rank)
	}
	f.next()
	f.next() // question 2 open
	if v := f.viewFor(f.public(), p); v.Me.Last != nil {
		t.Fatalf("question 2 open: last %+v, want none yet", v.Me.Last)
	}
}

// The seats list and the console say who is connected: a player who left
// keeps the seat, shown away.
func TestSeatsShowWhoIsConnected(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice", "bob")
	f.leave(cs[1])
	var got []string
	for _, s := range f.public().Seats {
		got = append(got, fmt.Sprintf("%d %s %v", s.Number, s.Name, s.Connected))
	}
	if want := "1 alice true, 2 bob false"; strings.Join(got, ", ") != want {
		t.Fatalf("seats %q, want %q", strings.Join(got, ", "), want)
	}
	got = got[:0]
	for _, p := range f.forConsole(f.public()).Players {
		got = append(got, fmt.Sprintf("%s %v", p.Name, p.Connected))
	}
	if want := "alice true, bob false"; strings.Join(got, ", ") != want {
		t.Fatalf("console players %q, want %q", strings.Join(got, ", "), want)
	}
}
