package gameday

// Tests written against surviving mutants of the game room
// (EXCLUDE='^(screen|ssh|config|doc)' scripts/mutate.sh gameday;
// docs/mutation.md). They pin what docs/gameday.md promises of the room:
// the journal is durable after each group of commands, an answer is
// acknowledged as soon as it is durable, a miss reaches the store as
// "no answer".

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// recordingStore keeps every batch the room commits.
type recordingStore struct {
	mu      sync.Mutex
	answers []StoredAnswer
}

func (s *recordingStore) SaveAnswers(a []StoredAnswer) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.answers = append(s.answers, a...)
	return nil
}

// logLines is a Config.Logf that keeps the room's log for a test to read.
type logLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *logLines) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// String is the log so far, one line each.
func (l *logLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

// openRoom seats names, starts the game (question 1 open, no discussion)
// and returns their clients in order.
func openRoom(t *testing.T, f *fakeGame, names ...string) []*client {
	t.Helper()
	var cs []*client
	for _, n := range names {
		cs = append(cs, f.seat(t, n))
	}
	f.next()
	return cs
}

// A commit with no answer in it still writes the journal: a question
// opened and then the server killed must resume at that question.
func TestCommitWritesJournalWithoutAnswers(t *testing.T) {
	f := newFakeGame(t, Config{})
	openRoom(t, f, "alice")
	f.commit()
	data, err := os.ReadFile(f.journal0(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range []string{`"t":"header"`, `"t":"join"`, `"t":"open"`} {
		if !strings.Contains(string(data), rec) {
			t.Errorf("journal after the commit lacks %s:\n%s", rec, data)
		}
	}
}

// The player sees "Locked in" (their choice) as soon as the answer is
// durable, without waiting for the next screen refresh.
func TestAnswerAcknowledgedOnCommit(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := f.seat(t, "alice")
	f.seat(t, "bob") // bob does not answer: the question stays open
	f.next()
	drain(a)
	f.answerAt(a, 2, time.Second) // no hub: the answer commits at once
	select {
	case v := <-a.Updates():
		if v.Me.Choice != 2 {
			t.Fatalf("acknowledged view shows choice %d, want 2", v.Me.Choice)
		}
	default:
		t.Fatal("no view offered to the player after the commit")
	}
}

func drain(c *client) {
	for {
		select {
		case <-c.Updates():
		default:
			return
		}
	}
}

// A player who saw the question and did not answer reaches the store as
// Choice -1, not as a pick of some option, with the question's time.
func TestMissReachesStoreAsNoChoice(t *testing.T) {
	st := &recordingStore{}
	f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
	a := openRoom(t, f, "alice", "bob")[0]
	f.answerAt(a, 0, 3*time.Second) // question 1's answer is choice 0
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock()
	f.commit()
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.answers) != 2 {
		t.Fatalf("%d stored answers, want 2: %+v", len(st.answers), st.answers)
	}
	got := map[string]string{}
	for _, s := range st.answers {
		got[s.Name] = fmt.Sprintf("q%d choice %d correct %v %v", s.Question, s.Choice, s.Correct, s.Elapsed)
	}
	want := map[string]string{
		"alice": "q0 choice 0 correct true 3s",
		"bob":   "q0 choice -1 correct false 30s",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s stored as %q, want %q", name, got[name], w)
		}
	}
}

// Ending a game closes its journal quietly: the log names failures only.
func TestEndLogsNoSpuriousError(t *testing.T) {
	var log logLines
	f := newFakeGame(t, Config{Logf: log.logf})
	openRoom(t, f, "alice")
	f.end()
	f.shutdown() // closes the journal
	for _, l := range strings.Split(log.String(), "\n") {
		if strings.Contains(l, "<nil>") || strings.Contains(l, "%!") {
			t.Errorf("log line %q reports a non-error", l)
		}
	}
}

// The game master reveals evidence while the question is discussed or
// open, never after the reveal; the log counts the items shown.
func TestEvidenceRevealOnlyWhileAsked(t *testing.T) {
	rounds := testRounds(2)
	rounds[0].Evidence = testBoard()
	var log logLines
	f := newFakeGame(t, Config{Rounds: rounds, Teams: []string{"Red", "Blue"},
		Discussion: 5 * time.Second, TimePerQuestion: 10 * time.Second,
		Logf: log.logf})
	f.seat(t, "alice")
	f.next() // question 1, discussion
	if f.phase != phaseDiscuss {
		t.Fatalf("phase %v, want discussion", f.phase)
	}
	f.revealEvidence()
	if f.shown != 1 {
		t.Fatalf("%d items shown during the discussion, want 1", f.shown)
	}
	f.next() // answers open
	f.revealEvidence()
	f.next() // lock: reveal
	if f.phase != phaseReveal {
		t.Fatalf("phase %v, want reveal", f.phase)
	}
	f.revealEvidence()
	if f.shown != 2 {
		t.Fatalf("%d items shown, want 2 (none after the reveal)", f.shown)
	}
	f.commit() // the hub's, after each command: the lines wait for it
	for _, want := range []string{"question 1/2: discussion", "question 1/2: answers open (INC-1)",
		"question 1/2: evidence 1/3 shown (alert)", "question 1/2: evidence 2/3 shown (p99)"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
}

// A miss is stored only for a player who was connected as the question
// opened: one who had left did not see it.
func TestMissStoredOnlyForWhoSawTheQuestion(t *testing.T) {
	st := &recordingStore{}
	f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
	f.seat(t, "alice")
	b := f.seat(t, "bob")
	f.leave(b)
	f.next()
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock()
	f.commit()
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.answers) != 1 || st.answers[0].Name != "alice" || st.answers[0].Choice != -1 {
		t.Fatalf("stored %+v, want alice's miss only", st.answers)
	}
}

// One answer per question: a player who picked the first option cannot
// change it, like any other pick.
func TestFirstOptionAnswerIsFinal(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice", "bob")[0]
	f.answerAt(a, 0, time.Second)
	f.answerAt(a, 3, 2*time.Second)
	if p := f.clients[a]; p.choice != 0 || p.at != time.Second {
		t.Fatalf("after a second answer: choice %d at %v, want 0 at 1s", p.choice, p.at)
	}
}

// A choice past the last option is ignored, not taken as an answer.
func TestOutOfRangeChoiceIgnored(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice", "bob")[0]
	for _, c := range []int{-1, 4} { // testRounds: four choices
		f.answerAt(a, c, time.Second)
		if p := f.clients[a]; p.choice != -1 {
			t.Fatalf("choice %d taken as answer %d", c, p.choice)
		}
	}
}

// When the last player leaves an open question nobody answered, it stays
// open for whoever reconnects: "everyone answered" needs an answer.
func TestEmptyRoomDoesNotLock(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := openRoom(t, f, "alice")[0]
	f.leave(a)
	if f.phase != phaseQuestion {
		t.Fatalf("phase %v after the only player left, want the question still open", f.phase)
	}
}

// Skipping a question says which one in the log.
func TestSkipLogsTheQuestion(t *testing.T) {
	var log logLines
	f := newFakeGame(t, Config{Logf: log.logf})
	openRoom(t, f, "alice")
	f.skip()
	f.commit()
	if log := log.String(); !strings.Contains(log, "question 1/8 skipped") {
		t.Errorf("log lacks %q:\n%s", "question 1/8 skipped", log)
	}
}

// Pause holds the discussion or the open question only; in the lobby, the
// reveal or the leaderboard it does nothing.
func TestPauseOnlyWhileAsked(t *testing.T) {
	f := newFakeGame(t, Config{Teams: []string{"Red", "Blue"}, Discussion: 5 * time.Second, TimePerQuestion: 10 * time.Second})
	f.seat(t, "alice")
	f.togglePause()
	if f.paused {
		t.Fatal("paused in the lobby")
	}
	f.next() // discussion
	f.togglePause()
	if !f.paused {
		t.Fatal("the discussion did not pause")
	}
	f.togglePause()
	f.next() // answers open
	f.next() // lock: reveal
	f.togglePause()
	if f.paused {
		t.Fatal("paused after the reveal")
	}
}

// An answer counts once given, even if its player's screen freezes after
// it: when everyone else has gone, the question locks.
func TestAnswerOfFrozenClientStillCounts(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := f.seat(t, "alice")
	b := f.seat(t, "bob")
	f.next()
	f.answerAt(a, 0, time.Second) // question 1's first option
	a.offer(f.viewFor(f.public(), f.clients[a]))
	a.waiting.Store(time.Now().Add(-time.Minute).UnixNano()) // alice stopped reading
	f.leave(b)
	if f.phase != phaseReveal {
		t.Fatalf("phase %v, want the reveal: alice's answer is in and nobody else is connected", f.phase)
	}
}

// The results reach OnResults once the game ends, and the log says so.
func TestResultsReportedAtTheEnd(t *testing.T) {
	var log logLines
	var mu sync.Mutex
	got := 0
	f := newFakeGame(t, Config{
		Logf: log.logf,
		OnResults: func(r Results) error {
			mu.Lock()
			defer mu.Unlock()
			got = len(r.Players)
			return nil
		},
	})
	openRoom(t, f, "alice")
	f.end()
	f.hooks.Wait()
	mu.Lock()
	defer mu.Unlock()
	if got != 1 {
		t.Errorf("OnResults saw %d players, want 1", got)
	}
	if log := log.String(); !strings.Contains(log, "results recorded in the progress database") {
		t.Errorf("log lacks the recording:\n%s", log)
	}
}

// Players who picked no team are spread as the game starts, the first to
// the first team: ties go to the team listed first.
func TestTeamsFilledInOrder(t *testing.T) {
	f := newFakeGame(t, Config{Teams: []string{"Red", "Blue", "Green"}, Discussion: 5 * time.Second})
	cs := openRoom(t, f, "alice", "bob")
	a, b := cs[0], cs[1]
	if ta, tb := f.clients[a].team, f.clients[b].team; ta != 0 || tb != 1 {
		t.Fatalf("teams %d and %d, want 0 (Red) and 1 (Blue)", ta, tb)
	}
}

// Locking a question logs which one and how many answered.
func TestLockLogsTheQuestion(t *testing.T) {
	var log logLines
	f := newFakeGame(t, Config{Logf: log.logf})
	a := openRoom(t, f, "alice")[0]
	f.answerAt(a, 1, time.Second) // the only player answered: locks
	if log := log.String(); !strings.Contains(log, "question 1/8 locked: 1 answers") {
		t.Errorf("log lacks %q:\n%s", "question 1/8 locked: 1 answers", log)
	}
}

// Pausing and resuming the clock name the question in the log, with the
// time left.
func TestPauseAndResumeLogTheQuestion(t *testing.T) {
	var log logLines
	f := newFakeGame(t, Config{Logf: log.logf, TimePerQuestion: 30 * time.Second})
	openRoom(t, f, "alice", "bob")
	f.clock = f.openedAt.Add(12 * time.Second)
	f.togglePause()
	if strings.Contains(log.String(), "paused") {
		t.Fatalf("the pause was said before its journal record was written:\n%s", log.String())
	}
	f.commit()
	if recs := journalTypes(t, f); recs[len(recs)-1] != recPause {
		t.Fatalf("journal ends %v after the pause was said, want the pause", recs)
	}
	f.togglePause()
	f.commit()
	for _, want := range []string{"question 1/8 paused with 18s left", "question 1/8: clock resumed"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
}
