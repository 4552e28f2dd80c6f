package gameday

// The journal's fsync, through the journalFile seam: an answer is
// acknowledged only once the journal holds it on disk, and a failed write
// or fsync takes the answer back instead (docs/gameday.md, "Crash
// recovery"). Written against room_journal.go's surviving mutant (the
// fsync skipped after a successful write; docs/mutation.md).

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// faultFile is a journal file that records what was written and how much
// of it an fsync covered, and fails the next failSyncs fsyncs (or every
// write while failWrite is set).
type faultFile struct {
	journalFile
	written   bytes.Buffer
	synced    int // bytes of written covered by the last successful fsync
	syncs     int // successful fsyncs
	failSyncs int
	failWrite bool
}

func (f *faultFile) Write(b []byte) (int, error) {
	if f.failWrite {
		return 0, errors.New("no space left on device")
	}
	f.written.Write(b)
	return f.journalFile.Write(b)
}

func (f *faultFile) Sync() error {
	if f.failSyncs > 0 {
		f.failSyncs--
		return errors.New("input/output error")
	}
	f.syncs++
	f.synced = f.written.Len()
	return f.journalFile.Sync()
}

// unsynced is how many written bytes no fsync has covered yet.
func (f *faultFile) unsynced() int { return f.written.Len() - f.synced }

// faultJournal starts f's game (question 1 open) and puts a faultFile
// under its journal.
func faultJournal(t *testing.T, f *fakeGame) *faultFile {
	t.Helper()
	f.next()
	f.commit()
	if f.journal == nil {
		t.Fatal("the game started without a journal")
	}
	ff := &faultFile{journalFile: f.journal.f}
	f.journal.f = ff
	return ff
}

// syncCheckStore fails the test if it is handed answers the journal has
// written but not yet fsynced: the journal comes first.
type syncCheckStore struct {
	recordingStore
	ff      *faultFile
	early   int // batches handed over with unsynced journal bytes
	batches int
}

func (s *syncCheckStore) SaveAnswers(a []StoredAnswer) error {
	s.batches++
	if s.ff != nil && s.ff.unsynced() > 0 {
		s.early++
	}
	return s.recordingStore.SaveAnswers(a)
}

// An acknowledged answer is on disk: every byte written was fsynced
// before the store was called and before the player saw "Locked in".
func TestAcknowledgedAnswerIsSynced(t *testing.T) {
	st := &syncCheckStore{}
	f := newFakeGame(t, Config{Store: st})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	ff := faultJournal(t, f)
	st.ff = ff
	drain(a)
	f.answerAt(a, 1, time.Second)
	if ff.syncs != 1 || ff.unsynced() != 0 || !strings.Contains(ff.written.String(), `"t":"answer"`) {
		t.Fatalf("after the acknowledgement: %d fsyncs, %d bytes unsynced, written %q; want the answer fsynced once",
			ff.syncs, ff.unsynced(), ff.written.String())
	}
	if st.batches != 1 || st.early != 0 {
		t.Fatalf("store called %d times, %d of them before the journal's fsync; want once, after", st.batches, st.early)
	}
	if v := <-a.Updates(); v.Me.Choice != 1 {
		t.Fatalf("acknowledged view shows choice %d, want 1", v.Me.Choice)
	}
}

// A failed fsync is not acknowledged: the player is told and answers
// again, the store never gets the refused answer, the journal voids it,
// and the second answer is the one a resume finds.
func TestFailedSyncIsNotAcknowledged(t *testing.T) {
	st := &recordingStore{}
	var log logLines
	f := newFakeGame(t, Config{Store: st, Logf: log.logf})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	ff := faultJournal(t, f)
	ff.failSyncs = 1 // the answer's fsync fails; the void record's succeeds
	drain(a)
	f.answerAt(a, 0, time.Second)
	v := <-a.Updates()
	if v.Me.Choice != -1 || v.Me.Problem != "your answer was not saved (server problem); answer again" {
		t.Fatalf("after a failed fsync the player sees choice %d, problem %q; want -1 and the reason", v.Me.Choice, v.Me.Problem)
	}
	if len(st.answers) != 0 {
		t.Fatalf("the store took %+v after the journal failed", st.answers)
	}
	wantNotice := "answers NOT saved: game journal " + f.journal0(t) + ": input/output error"
	if f.notice != wantNotice {
		t.Fatalf("notice %q, want %q", f.notice, wantNotice)
	}
	if !strings.Contains(log.String(), wantNotice) {
		t.Fatalf("log lacks the failure:\n%s", log.String())
	}
	if !strings.Contains(ff.written.String(), `"t":"void","at":`) || ff.unsynced() != 0 {
		t.Fatalf("journal after the failure: %q (%d bytes unsynced); want a void record, fsynced", ff.written.String(), ff.unsynced())
	}
	if g := restoreFrom(t, f); g.players["key:fp-alice"].choice != -1 {
		t.Fatalf("resumed, alice has answer %d, which was never acknowledged", g.players["key:fp-alice"].choice)
	}

	f.answerAt(a, 2, 3*time.Second) // answered again, the disk working
	if p := f.clients[a]; p.choice != 2 || p.pending || p.problem != "" {
		t.Fatalf("second answer: choice %d pending %v problem %q; want 2 acknowledged", p.choice, p.pending, p.problem)
	}
	if n := len(st.answers); n == 0 || st.answers[n-1].Choice != 2 || st.answers[n-1].Elapsed != 3*time.Second {
		t.Fatalf("the store took %+v, want the second answer (choice 2 after 3s) last", st.answers)
	}
	if g := restoreFrom(t, f); g.players["key:fp-alice"].choice != 2 || g.players["key:fp-alice"].at != 3*time.Second {
		t.Fatalf("resumed, alice's answer is %d after %v; want 2 after 3s", g.players["key:fp-alice"].choice, g.players["key:fp-alice"].at)
	}
}

// When even the void record cannot be fsynced, the console says that a
// resume would count the refused answer.
func TestVoidThatCannotBeSyncedIsReported(t *testing.T) {
	var log logLines
	f := newFakeGame(t, Config{Logf: log.logf})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	ff := faultJournal(t, f)
	ff.failSyncs = 2
	f.answerAt(a, 0, time.Second)
	if !strings.HasSuffix(f.notice, ": input/output error · the journal may list them: a resume would count them") {
		t.Fatalf("notice %q does not warn that the journal may list the answer", f.notice)
	}
	if p := f.clients[a]; p.choice != -1 {
		t.Fatalf("alice's answer %d stands after the journal failed", p.choice)
	}
	if n := strings.Count(log.String(), "game journal "+f.journal0(t)+": input/output error"); n != 2 {
		t.Fatalf("log names the journal failure %d times, want 2 (the answer, the void):\n%s", n, log.String())
	}
}

// A failed write is not fsynced over: the answer is taken back as well.
func TestFailedJournalWriteIsNotAcknowledged(t *testing.T) {
	f := newFakeGame(t, Config{})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	ff := faultJournal(t, f)
	syncs := ff.syncs
	ff.failWrite = true
	f.answerAt(a, 3, time.Second)
	if ff.syncs != syncs {
		t.Fatalf("%d fsyncs after a failed write, want none", ff.syncs-syncs)
	}
	if p := f.clients[a]; p.choice != -1 || p.problem == "" {
		t.Fatalf("after a failed write alice has choice %d, problem %q; want the answer taken back", p.choice, p.problem)
	}
	if want := "answers NOT saved: game journal " + f.journal0(t) + ": no space left on device"; !strings.HasPrefix(f.notice, want) {
		t.Fatalf("notice %q, want it to start %q", f.notice, want)
	}
}

// Closing the journal fsyncs what is queued; a failure there is logged.
func TestCloseJournalLogsAFailedSync(t *testing.T) {
	var log logLines
	f := newFakeGame(t, Config{Logf: log.logf})
	f.seat(t, "alice")
	ff := faultJournal(t, f)
	f.record(journalRec{T: recShow, Q: 0})
	ff.failSyncs = 1
	f.closeJournal()
	if f.journal != nil {
		t.Fatal("the journal is still open")
	}
	if !strings.Contains(log.String(), "game journal "+f.journal0(t)+": input/output error") {
		t.Fatalf("log lacks the failed fsync:\n%s", log.String())
	}
}

// An answer the journal refused reaches the store neither then nor with
// the next commit: the player was told it did not count.
func TestJournalRefusedAnswerNeverStored(t *testing.T) {
	st := &recordingStore{}
	f := newFakeGame(t, Config{Store: st})
	a := f.seat(t, "alice")
	f.seat(t, "bob")
	ff := faultJournal(t, f)
	ff.failSyncs = 1
	f.answerAt(a, 0, time.Second) // refused
	f.answerAt(a, 2, 3*time.Second)
	if len(st.answers) != 1 || st.answers[0].Choice != 2 {
		t.Fatalf("the store took %+v, want the second answer (choice 2) only", st.answers)
	}
}

// A damaged journal is refused naming the line; a journal whose question
// is not one the room could play names the question. Answers counts the
// answer records.
func TestJournalReadBack(t *testing.T) {
	f := newFakeGame(t, Config{})
	cs := openRoom(t, f, "alice", "bob")
	f.answerAt(cs[0], 1, time.Second)
	f.answerAt(cs[1], 2, time.Second) // locks
	f.commit()
	r, err := LoadResume(f.cfg.ResultsDir)
	if err != nil {
		t.Fatal(err)
	}
	if n := r.Answers(); n != 2 {
		t.Fatalf("Answers() = %d, want 2", n)
	}
	good, _ := os.ReadFile(f.journal0(t))
	lines := strings.SplitAfter(string(good), "\n")
	damaged := strings.Join(lines[:2], "") + "{not json\n" + strings.Join(lines[2:], "")
	if err := os.WriteFile(f.journal0(t), []byte(damaged), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadResume(f.cfg.ResultsDir); err == nil || !strings.HasPrefix(err.Error(), f.journal0(t)+":3: not a journal record: ") {
		t.Fatalf("a damaged line 3: %v", err)
	}
	var head journalRec
	if err := json.Unmarshal([]byte(lines[0]), &head); err != nil {
		t.Fatal(err)
	}
	head.Header.Rounds[1].Answer = 7
	line, _ := json.Marshal(head)
	if err := os.WriteFile(f.journal0(t), append(append(line, '\n'), strings.Join(lines[1:], "")...), 0o600); err != nil {
		t.Fatal(err)
	}
	want := f.journal0(t) + ": question 2: a question's answer is not one of its choices"
	if _, err := LoadResume(f.cfg.ResultsDir); err == nil || err.Error() != want {
		t.Fatalf("a header with a bad question 2: %v, want %s", err, want)
	}
}
