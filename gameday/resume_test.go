package gameday

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"testing"
	"time"
)

// TestResumeRestoresTheGame plays two questions and half of a third on a
// fake clock, then rebuilds a game from the journal alone: seats, scores,
// every answer and the open question come back.
func TestResumeRestoresTheGame(t *testing.T) {
	rounds := testRounds(8)
	rounds[2].Evidence = testBoard()
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second, Rounds: rounds})
	a, b := f.seat(t, "alice"), f.seat(t, "bob")
	f.next()
	f.answerAt(a, 0, 3*time.Second)
	f.answerAt(b, 1, 5*time.Second) // all in: locks
	f.next()
	f.next()
	f.answerAt(a, 2, 10*time.Second) // bob never answers question 2
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock()
	f.next()
	f.next()
	f.answerAt(b, 2, 4*time.Second) // question 3 open at the "crash"
	f.revealEvidence()              // the game master had shown one item
	f.commit()

	r, err := LoadResume(f.cfg.ResultsDir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r.header.Rounds, f.cfg.Rounds) {
		t.Fatal("the journal's rounds differ from the game's")
	}
	cfg := f.cfg
	r.Apply(&cfg)
	g := newGame(cfg)
	g.now = func() time.Time { return f.clock }
	if err := g.restore(r); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.setTimer(-1); g.closeJournal() })
	if g.shown != 1 {
		t.Errorf("%d evidence items shown after resume, want 1", g.shown)
	}
	if g.phase != phaseQuestion || g.index != 2 {
		t.Fatalf("restored at %v question %d, want question 3 open", g.phase, g.index+1)
	}
	for _, want := range []struct {
		id              string
		choice, results int
	}{{"key:fp-alice", -1, 2}, {"key:fp-bob", 2, 2}} {
		p := g.players[want.id]
		if p == nil {
			t.Fatalf("no seat %s after resume", want.id)
		}
		if p.choice != want.choice || len(p.results) != want.results {
			t.Errorf("%s: choice %d, %d results; want %d, %d", want.id, p.choice, len(p.results), want.choice, want.results)
		}
	}
	if ga, fa := g.players["key:fp-alice"].score, f.players["key:fp-alice"].score; ga != fa || ga == 0 {
		t.Errorf("alice's score after resume %d, before %d", ga, fa)
	}
	if g.players["key:fp-bob"].at != 4*time.Second {
		t.Errorf("bob's answer time %v, want 4s", g.players["key:fp-bob"].at)
	}
	if got := g.counts[0]; !equalInts(got, []int{1, 1, 0, 0}) {
		t.Errorf("question 1 counts %v, want [1 1 0 0]", got)
	}
	if got := g.results().Players; got[0].Answers[1].ElapsedMS != 10000 || got[1].Answers[1].ElapsedMS != 30000 {
		t.Errorf("question 2 times %d and %d ms, want 10000 (answered) and 30000 (open for)", got[0].Answers[1].ElapsedMS, got[1].Answers[1].ElapsedMS)
	}
}

func TestResumeFinishedOrTorn(t *testing.T) {
	f := newFakeGame(t, Config{})
	f.seat(t, "alice")
	f.next()
	f.end()
	if _, err := LoadResume(f.cfg.ResultsDir); !errors.Is(err, ErrNoGame) {
		t.Fatalf("a finished game: %v, want ErrNoGame", err)
	}
	// A line cut short by the crash is dropped: it was never acknowledged.
	data, _ := os.ReadFile(f.journal0(t))
	lastLine := bytes.LastIndexByte(data[:len(data)-1], '\n') + 1 // the end record
	torn := append(data[:lastLine:lastLine], []byte(`{"t":"answer","id":"key:fp-al`)...)
	if err := os.WriteFile(f.journal0(t), torn, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadResume(f.cfg.ResultsDir); err != nil {
		t.Fatalf("a torn last line: %v", err)
	}
}

func (f *fakeGame) journal0(t *testing.T) string {
	return f.cfg.ResultsDir + "/game-" + f.stamp + ".jsonl"
}

// restoreFrom rebuilds a game from f's journal alone, on f's clock.
func restoreFrom(t *testing.T, f *fakeGame) *game {
	t.Helper()
	r, err := LoadResume(f.cfg.ResultsDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := f.cfg
	r.Apply(&cfg)
	g := newGame(cfg)
	g.now = func() time.Time { return f.clock }
	if err := g.restore(r); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.setTimer(-1); g.closeJournal() })
	return g
}

// TestResumeKeepsThePause: a question paused by the facilitator comes back
// paused after a crash, with the time it had left, and resumes from there.
func TestResumeKeepsThePause(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	f.seat(t, "alice")
	f.seat(t, "bob")
	f.next()
	f.clock = f.openedAt.Add(7 * time.Second)
	f.togglePause() // 23 s left
	f.commit()
	f.clock = f.clock.Add(10 * time.Minute) // the crash, long after

	g := restoreFrom(t, f)
	if g.phase != phaseQuestion || !g.paused || g.left != 23*time.Second {
		t.Fatalf("restored %v paused=%v left %v, want an open question paused with 23s left", g.phase, g.paused, g.left)
	}
	if g.timer != nil {
		t.Fatal("a paused question has a running timer after resume")
	}
	f.clock = f.clock.Add(time.Minute)
	g.togglePause()
	if got := g.deadline.Sub(f.clock); got != 23*time.Second {
		t.Fatalf("resumed after the restart with %v left, want 23s", got)
	}
	f.clock = f.clock.Add(3 * time.Second)
	if got := g.openFor(); got != 10*time.Second {
		t.Fatalf("open for %v after 7s + 3s of running clock, want 10s", got)
	}
}

// TestResumeAfterAPauseEnded: a pause that ended before the crash does not
// count against the question's time once the game is back.
func TestResumeAfterAPauseEnded(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 60 * time.Second})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	f.next()
	f.clock = f.openedAt.Add(10 * time.Second)
	f.togglePause()
	f.clock = f.clock.Add(5 * time.Minute)
	f.togglePause()
	f.clock = f.clock.Add(20 * time.Second)
	f.answer(a, 1) // 30 s of running clock
	f.commit()

	g := restoreFrom(t, f)
	if g.paused || g.phase != phaseQuestion {
		t.Fatalf("restored %v paused=%v, want the question open and running", g.phase, g.paused)
	}
	if got := g.players["key:fp-alice"].at; got != 30*time.Second {
		t.Fatalf("alice's time %v, want 30s", got)
	}
	if got := g.deadline.Sub(f.clock); got != 30*time.Second {
		t.Fatalf("%v left after resume, want 30s (60s less the 30s run before the crash)", got)
	}
}
