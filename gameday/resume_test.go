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
