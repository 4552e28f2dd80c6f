package gameday

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

// fakeGame is a game driven directly, on a fake clock, for exact scoring.
type fakeGame struct {
	*game
	clock time.Time
}

func newFakeGame(t *testing.T, cfg Config) *fakeGame {
	t.Helper()
	if cfg.Rounds == nil {
		cfg.Rounds = testRounds(8)
	}
	cfg.ResultsDir = t.TempDir()
	c, err := cfg.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeGame{game: newGame(c), clock: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)}
	f.now = func() time.Time { return f.clock }
	t.Cleanup(func() { f.setTimer(-1) })
	return f
}

func (f *fakeGame) seat(t *testing.T, name string) *client {
	t.Helper()
	c := newClient(nil)
	if err := f.join(joinRequest{KeyFP: "fp-" + name, User: name}, c); err != nil {
		t.Fatal(err)
	}
	return c
}

// answerAt answers the open question after d on the fake clock.
func (f *fakeGame) answerAt(c *client, choice int, d time.Duration) {
	f.clock = f.openedAt.Add(d)
	f.answer(c, choice)
}

func (f *fakeGame) score(c *client) int { return f.clients[c].score }

func TestKahootScoring(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	a := f.seat(t, "alice")
	f.next() // question 1; testRounds: the answer of question i is i%4
	f.answerAt(a, 0, 3*time.Second)
	if got := f.score(a); got != 950 { // round(1000 × (1 − (3/30)/2))
		t.Fatalf("first right answer at 3s of 30s = %d, want 950", got)
	}
	want := 950
	for q := 1; q < 8; q++ {
		f.next() // leaderboard
		f.next() // question q+1
		f.answerAt(a, q%4, 0)
		want += 1000 + min(100*q, 500) // streak: +100 per right answer before, capped at +500
		if got := f.score(a); got != want {
			t.Fatalf("after question %d: score %d, want %d", q+1, got, want)
		}
	}
}

func TestScoringSwitches(t *testing.T) {
	sc := quiz.KahootScoring()
	sc.SpeedBonus, sc.StreakBonus = false, false
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second, Scoring: sc})
	a := f.seat(t, "alice")
	f.next()
	f.answerAt(a, 0, 29*time.Second)
	f.next()
	f.next()
	f.answerAt(a, 1, 0)
	if got := f.score(a); got != 1000 {
		t.Fatalf("two right answers without speed or streak = %d, want 2 × 500", got)
	}
}

func TestWrongAnswerResetsStreak(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 10 * time.Second})
	a := f.seat(t, "alice")
	f.next()
	f.answerAt(a, 0, 0) // right: 1000
	f.next()
	f.next()
	f.answerAt(a, 0, 0) // wrong (answer is 1)
	f.next()
	f.next()
	f.answerAt(a, 2, 0) // right again, streak starts over: 1000, no bonus
	if got := f.score(a); got != 2000 {
		t.Fatalf("score = %d, want 2000", got)
	}
	if res := f.clients[a].results; len(res) != 3 || res[1].Correct || res[1].Streak != 0 || res[2].StreakBonus != 0 || res[2].Streak != 1 {
		t.Fatalf("results = %+v", res)
	}
}

func TestPauseDoesNotCountAgainstPlayers(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 20 * time.Second})
	a := f.seat(t, "alice")
	b := f.seat(t, "bob")
	f.next()
	opened := f.openedAt
	f.clock = opened.Add(2 * time.Second)
	f.togglePause()
	f.answer(a, 0) // refused while paused
	f.clock = f.clock.Add(time.Minute)
	f.togglePause()
	if got := f.deadline.Sub(f.clock); got != 18*time.Second {
		t.Fatalf("after pause, %v left, want 18s", got)
	}
	f.clock = f.clock.Add(2 * time.Second) // 4s of answer time used
	f.answer(a, 0)
	f.answer(b, 3)
	if f.phase != phaseReveal {
		t.Fatalf("phase %s after everyone answered, want reveal", f.phase)
	}
	if got := f.clients[a].results[0].Elapsed; got != 4*time.Second {
		t.Fatalf("elapsed = %v, want 4s (the paused minute excluded)", got)
	}
}

func TestSkipAndEnd(t *testing.T) {
	f := newFakeGame(t, Config{Rounds: testRounds(2)})
	a := f.seat(t, "alice")
	f.next()
	f.skip()
	if f.index != 1 || f.phase != phaseQuestion || f.played[0] {
		t.Fatalf("after skip: index %d phase %s played %v", f.index, f.phase, f.played)
	}
	f.answerAt(a, 1, 0)
	f.next()
	f.next() // past the last question: final
	if f.phase != phaseFinal || f.saved == "" {
		t.Fatalf("phase %s, saved %q; want final with results saved", f.phase, f.saved)
	}
	pub := f.public()
	if len(pub.Played) != 1 || pub.Played[0].ID != "INC-2" {
		t.Fatalf("debrief incidents = %+v, want only the played INC-2", pub.Played)
	}
}

func TestLeaveLocksWhenOthersAnswered(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := f.seat(t, "alice")
	b := f.seat(t, "bob")
	f.next()
	f.answerAt(a, 0, time.Second)
	if f.phase != phaseQuestion {
		t.Fatal("locked before bob answered")
	}
	f.leave(b)
	if f.phase != phaseReveal {
		t.Fatalf("phase %s after the last unanswered player left, want reveal", f.phase)
	}
}

func TestTeamsScoreTheMean(t *testing.T) {
	f := newFakeGame(t, Config{Teams: []string{"Red", "Blue"}, Discussion: 5 * time.Second, TimePerQuestion: 10 * time.Second})
	a, b, c := f.seat(t, "alice"), f.seat(t, "bob"), f.seat(t, "carol")
	f.pickTeam(a, 0)
	f.pickTeam(b, 0)
	f.next() // carol has no team: she is put in the smallest, Blue
	if f.phase != phaseDiscuss || f.clients[c].team != 1 {
		t.Fatalf("phase %s, carol's team %d; want discussion, Blue", f.phase, f.clients[c].team)
	}
	f.answer(a, 0) // answers are not open during the discussion
	f.next()       // open answers
	f.answerAt(a, 0, 0)
	f.answerAt(b, 3, 0)
	f.answerAt(c, 0, 5*time.Second) // 750
	rows := f.teamRows()
	if rows[0].Name != "Blue" || rows[0].Score != 750 || rows[1].Name != "Red" || rows[1].Score != 500 || rows[1].Members != 2 {
		t.Fatalf("team rows = %+v", rows)
	}
}

func TestAnonymousBoardHidesNames(t *testing.T) {
	f := newFakeGame(t, Config{Anonymous: true})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	pub := f.public()
	for _, r := range pub.Board {
		if r.Name != "" {
			t.Fatalf("anonymous board shows %q", r.Name)
		}
	}
	if v := f.viewFor(pub, f.clients[a]); v.Me.Name != "alice" || v.Me.Rank == 0 {
		t.Fatalf("a player still sees their own name and rank: %+v", v.Me)
	}
}

func TestKeylessSameNameIsAnotherPlayerWhileSeatInUse(t *testing.T) {
	f := newFakeGame(t, Config{})
	first := newClient(nil)
	_ = f.join(joinRequest{User: "sam"}, first)
	second := newClient(nil)
	_ = f.join(joinRequest{User: "sam"}, second)
	if f.clients[second].name != "sam (2)" || len(f.order) != 2 {
		t.Fatalf("second keyless sam got %q", f.clients[second].name)
	}
	f.leave(first)
	back := newClient(nil)
	_ = f.join(joinRequest{User: "sam"}, back)
	if f.clients[back] != f.players["name:sam"] || len(f.order) != 2 {
		t.Fatal("keyless sam did not get his seat back")
	}
}

func TestAutoAdvanceOnlyWithoutFacilitator(t *testing.T) {
	f := newFakeGame(t, Config{AutoAdvance: time.Hour})
	a := f.seat(t, "alice")
	fac := newConsoleClient(nil)
	_ = f.attachConsole(fac, "test")
	f.next()
	f.answerAt(a, 0, 0)
	if f.phase != phaseReveal || f.timer != nil {
		t.Fatal("with a facilitator attached the reveal should wait for them")
	}
	f.detachConsole(fac)
	if f.timer == nil {
		t.Fatal("no auto-advance after the facilitator left")
	}
	f.onTimer()
	if f.phase != phaseBoard {
		t.Fatalf("phase %s after auto-advance, want leaderboard", f.phase)
	}
}

func TestMailboxKeepsLatest(t *testing.T) {
	c := newClient(nil)
	for seq := uint64(1); seq <= 5; seq++ {
		c.offer(playerView{Game: &shared{Seq: seq}})
	}
	if v := <-c.Updates(); v.Game.Seq != 5 {
		t.Fatalf("a slow client got state %d, want the latest (5)", v.Game.Seq)
	}
	select {
	case v := <-c.Updates():
		t.Fatalf("stale state %d left in the mailbox", v.Game.Seq)
	default:
	}
}
