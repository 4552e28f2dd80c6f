package gameday

// Tests written against room_resume.go, which the last mutation run never
// reached (docs/mutation.md): what serve --resume brings back, and the
// journals it refuses.

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// appendRecs adds records to f's journal as a crashed server would have
// left them.
func appendRecs(t *testing.T, f *fakeGame, recs ...journalRec) {
	t.Helper()
	file, err := os.OpenFile(f.journal0(t), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	for _, r := range recs {
		line, _ := json.Marshal(r)
		if _, err := file.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
	}
}

// loadAndRestore rebuilds a game from f's journal and returns restore's
// error and the log it wrote.
func loadAndRestore(t *testing.T, f *fakeGame) (*game, error, string) {
	t.Helper()
	r, err := LoadResume(f.cfg.ResultsDir)
	if err != nil {
		t.Fatal(err)
	}
	var log logLines
	cfg := f.cfg
	cfg.Logf = log.logf
	r.Apply(&cfg)
	g := newGame(cfg)
	g.now = func() time.Time { return f.clock }
	err = g.restore(r)
	t.Cleanup(func() { g.setTimer(-1); g.closeJournal() })
	return g, err, log.String()
}

// A question open at the crash reopens for what was left of its time,
// the last record's time being the crash's; but for at least 20 s.
func TestResumeReopensWithTheTimeLeft(t *testing.T) {
	for _, tc := range []struct {
		ran, left time.Duration
	}{{5 * time.Second, 25 * time.Second}, {25 * time.Second, 20 * time.Second}, {40 * time.Second, 20 * time.Second}} {
		f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
		openRoom(t, f, "alice", "bob")
		f.commit()
		appendRecs(t, f, journalRec{T: recShow, At: f.openedAt.Add(tc.ran), Q: 0})
		f.clock = f.openedAt.Add(time.Hour) // the restart
		g, err, log := loadAndRestore(t, f)
		if err != nil {
			t.Fatal(err)
		}
		if g.phase != phaseQuestion || g.deadline.Sub(f.clock) != tc.left || f.clock.Sub(g.openedAt) != 30*time.Second-tc.left {
			t.Errorf("ran %v: %v, %v left, opened %v ago; want the question open with %v left",
				tc.ran, g.phase, g.deadline.Sub(f.clock), f.clock.Sub(g.openedAt), tc.left)
		}
		if g.timer == nil {
			t.Errorf("ran %v: no timer on the reopened question", tc.ran)
		}
		if want := "resumed the game of " + f.journal0(t) + ": 2 players, question 1/8"; !strings.Contains(log, want) {
			t.Errorf("log %q lacks %q", log, want)
		}
	}
}

// Seats, teams and keys come back: a newcomer after the restart takes the
// next seat number, a key player's store rows carry the key, a name
// player's none.
func TestResumeSeatsAndKeys(t *testing.T) {
	st := &recordingStore{}
	f := newFakeGame(t, Config{Store: st, Teams: []string{"Red", "Blue"}, Discussion: 5 * time.Second})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	b := f.seat(t, "carol")
	f.leave(b) // carol's seat (3) is released in the lobby
	f.pickTeam(a, 1)
	joinAs(t, f, "", "dora") // seat 4, by name
	f.next()                 // discussion
	f.commit()
	g, err, _ := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if g.phase != phaseDiscuss && g.phase != phaseQuestion {
		t.Fatalf("restored at %v, want question 1", g.phase)
	}
	want := map[string]string{"key:fp-alice": "1 alice 1 fp-alice", "key:fp-bob": "2 bob 0 fp-bob", "name:dora": "4 dora 0 "}
	for id, w := range want {
		p := g.players[id]
		if p == nil {
			t.Fatalf("no seat %s after resume", id)
		}
		if got := strings.Join([]string{strconv.Itoa(p.seat), p.name, strconv.Itoa(p.team), p.key}, " "); got != w {
			t.Errorf("%s: %q, want %q", id, got, w)
		}
	}
	c := newClient(nil)
	if err := g.join(joinRequest{KeyFP: "fp-erin", User: "erin"}, c); err != nil {
		t.Fatal(err)
	}
	if s := g.clients[c].seat; s != 5 {
		t.Fatalf("a newcomer after the restart got seat %d, want 5", s)
	}
}

// A player who joined while the question was open comes back as having
// seen it: no answer is a miss for the store.
func TestResumeLateJoinerSawTheQuestion(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	openRoom(t, f, "alice")
	f.seat(t, "bob") // with question 1 open
	f.commit()
	appendRecs(t, f, journalRec{T: recJoin, At: f.openedAt.Add(time.Second), ID: "key:fp-carl", Seat: 9, Name: "carl", Q: 3, Seen: []string{"key:fp-carl"}})
	g, err, _ := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if !g.players["key:fp-alice"].saw || !g.players["key:fp-bob"].saw {
		t.Fatal("players connected as question 1 opened, or joining during it, resume as not having seen it")
	}
	if g.players["key:fp-carl"].saw {
		t.Fatal("a join record for another question marks its player as having seen question 1")
	}
}

// Evidence, pauses and voids count for the open question only.
func TestResumeRecordsOfAnotherQuestionIgnored(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	cs := openRoom(t, f, "alice", "bob")
	f.answerAt(cs[0], 2, 4*time.Second)
	f.commit()
	at := f.openedAt.Add(5 * time.Second)
	appendRecs(t, f,
		journalRec{T: recShow, At: at, Q: 1},
		journalRec{T: recPause, At: at, Q: 1, ElapsedMS: 9000},
		journalRec{T: recGo, At: at, Q: 1},
		journalRec{T: recVoid, At: at, ID: "key:fp-alice", Q: 1},
		journalRec{T: recVoid, At: at, ID: "key:fp-nobody", Q: 0},
		journalRec{T: recShow, At: at, Q: 0})
	g, err, _ := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if g.shown != 1 || g.paused || g.players["key:fp-alice"].choice != 2 || g.players["key:fp-alice"].at != 4*time.Second {
		t.Fatalf("shown %d, paused %v, alice's answer %d after %v; want 1 item, running, 2 after 4s",
			g.shown, g.paused, g.players["key:fp-alice"].choice, g.players["key:fp-alice"].at)
	}
}

// A pause and its end replayed: the paused span does not count.
func TestResumeReplaysPauseAndGo(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: time.Minute})
	openRoom(t, f, "alice", "bob")
	f.commit()
	appendRecs(t, f,
		journalRec{T: recPause, At: f.openedAt.Add(10 * time.Second), Q: 0, ElapsedMS: 50000},
		journalRec{T: recGo, At: f.openedAt.Add(70 * time.Second), Q: 0},
		journalRec{T: recShow, At: f.openedAt.Add(75 * time.Second), Q: 0}) // the crash
	f.clock = f.openedAt.Add(time.Hour)
	g, err, _ := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	// Open 10 s before the pause and 5 s after it: 45 s left.
	if g.paused || g.deadline.Sub(f.clock) != 45*time.Second {
		t.Fatalf("paused %v, %v left; want running with 45s left", g.paused, g.deadline.Sub(f.clock))
	}
}

// A game restored between questions waits on the leaderboard of the last
// one locked; one restored from the lobby opens question 1.
func TestResumeBetweenQuestionsOrInTheLobby(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice")
	f.answerAt(cs[0], 0, time.Second) // locks
	f.commit()                        // the hub commits the lock record after the command
	g, err, _ := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if g.phase != phaseBoard || g.index != 0 || g.players["key:fp-alice"].score != 1000-17 {
		t.Fatalf("restored at %v question %d score %d; want question 1's leaderboard, score 983",
			g.phase, g.index+1, g.players["key:fp-alice"].score)
	}

	l := newFakeGame(t, Config{})
	l.seat(t, "alice")
	l.startJournal() // a header and the seats, no question yet
	l.commit()
	g, err, _ = loadAndRestore(t, l)
	if err != nil {
		t.Fatal(err)
	}
	if g.phase != phaseQuestion || g.index != 0 {
		t.Fatalf("restored from the lobby at %v question %d, want question 1 open", g.phase, g.index+1)
	}
}

// Records that do not fit the game are refused, naming the journal line.
func TestResumeRefusesRecordsThatDoNotFit(t *testing.T) {
	for _, tc := range []struct {
		rec  journalRec
		want string
	}{
		{journalRec{T: recOpen, Q: 8}, ":4: question 9 opened, the game has 8"},
		{journalRec{T: recOpen, Q: -1}, ":4: question 0 opened, the game has 8"},
		{journalRec{T: recAnswer, ID: "key:fp-zed", Q: 0, Choice: 1}, `:4: answer of "key:fp-zed" to question 1 does not fit the game`},
		{journalRec{T: recAnswer, ID: "key:fp-alice", Q: 1, Choice: 1}, `:4: answer of "key:fp-alice" to question 2 does not fit`},
		{journalRec{T: recAnswer, ID: "key:fp-alice", Q: 0, Choice: 4}, `:4: answer of "key:fp-alice" to question 1 does not fit`},
		{journalRec{T: recAnswer, ID: "key:fp-alice", Q: 0, Choice: -1}, `:4: answer of "key:fp-alice" to question 1 does not fit`},
		{journalRec{T: recLock, Q: 1}, ":4: lock of question 2, which is not open"},
	} {
		f := newFakeGame(t, Config{})
		openRoom(t, f, "alice", "bob") // header, 2 joins, open: lines 1-4... the open is line 4
		f.commit()
		data, _ := os.ReadFile(f.journal0(t))
		lines := strings.SplitAfter(string(data), "\n")
		// Replace the open record (line 4) when the case is an open.
		if tc.rec.T == recOpen {
			if err := os.WriteFile(f.journal0(t), []byte(strings.Join(lines[:3], "")), 0o600); err != nil {
				t.Fatal(err)
			}
		} else {
			tc.want = strings.Replace(tc.want, ":4:", ":5:", 1)
		}
		tc.rec.At = f.clock
		appendRecs(t, f, tc.rec)
		_, err, _ := loadAndRestore(t, f)
		if err == nil || !strings.HasPrefix(err.Error(), f.journal0(t)+tc.want) {
			t.Errorf("%+v: %v, want %q", tc.rec, err, f.journal0(t)+tc.want)
		}
	}
}

// A player who joined during a question and did not answer comes back
// unanswered on it once it locked; one who reconnected during it (their
// seat was kept) comes back as having seen it.
func TestResumeJoinersDuringAQuestion(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second, Teams: []string{"Red", "Blue"}, Discussion: 5 * time.Second})
	a, b := f.seat(t, "alice"), f.seat(t, "bob")
	f.next()   // discussion: the game has started
	f.leave(b) // bob's seat is kept; he is away as answers open...
	f.next()
	f.seat(t, "carol")
	f.seat(t, "bob") // ...and reconnects during the question
	f.answerAt(a, 0, time.Second)
	f.commit()
	g, err, _ := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if !g.players["key:fp-bob"].saw || !g.players["key:fp-carol"].saw {
		t.Fatalf("resumed: bob saw %v, carol saw %v; want both to have seen question 1", g.players["key:fp-bob"].saw, g.players["key:fp-carol"].saw)
	}
	g.closeJournal()
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock()
	f.commit()
	g, err, _ = loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if r := g.players["key:fp-carol"].results; len(r) != 1 || r[0].Answered || r[0].Choice != -1 {
		t.Fatalf("resumed after the lock, carol's results %+v; want question 1 unanswered", r)
	}
}

// A lock with no question open at all is refused.
func TestResumeRefusesALockBeforeAnyOpen(t *testing.T) {
	f := newFakeGame(t, Config{})
	f.seat(t, "alice")
	f.startJournal()
	f.commit()
	appendRecs(t, f, journalRec{T: recLock, At: f.clock, Q: 1})
	if _, err, _ := loadAndRestore(t, f); err == nil || !strings.HasSuffix(err.Error(), ":3: lock of question 2, which is not open") {
		t.Fatalf("a lock before any open: %v", err)
	}
}

// A question paused at the crash comes back paused, and the log tells the
// facilitator which one and how long it has left.
func TestResumePausedLogsTheQuestion(t *testing.T) {
	f := newFakeGame(t, Config{TimePerQuestion: 30 * time.Second})
	openRoom(t, f, "alice", "bob")
	f.clock = f.openedAt.Add(7 * time.Second)
	f.togglePause() // 23 s left
	f.commit()
	_, err, log := loadAndRestore(t, f)
	if err != nil {
		t.Fatal(err)
	}
	if want := "question 1/8 is paused with 23s left: resume it when the room is back"; !strings.Contains(log, want) {
		t.Fatalf("log %q lacks %q", log, want)
	}
}
