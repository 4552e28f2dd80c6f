package gameday

import (
	"errors"
	"testing"
	"time"
)

// flakyStore fails while broken is set and keeps what it took.
type flakyStore struct {
	broken bool
	took   []StoredAnswer
}

func (s *flakyStore) SaveAnswers(b []StoredAnswer) error {
	if s.broken {
		return errors.New("database is locked")
	}
	s.took = append(s.took, b...)
	return nil
}

// TestStoreFailureLeavesNoAnswerInTheJournal: an answer the database
// refused is voided in the journal, so a resume does not count it; the
// player's second answer, taken by a working database, counts.
func TestStoreFailureLeavesNoAnswerInTheJournal(t *testing.T) {
	st := &flakyStore{broken: true}
	f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
	a := f.seat(t, "ana")
	b := f.seat(t, "bo")
	f.next()
	f.answerAt(a, 1, time.Second) // refused
	f.answerAt(b, 2, 2*time.Second)
	if f.phase != phaseQuestion {
		t.Fatalf("phase %v: the question locked although bo's answer was taken back", f.phase)
	}
	g := restoreFrom(t, f)
	for _, id := range []string{"key:fp-ana", "key:fp-bo"} {
		if c := g.players[id].choice; c != -1 {
			t.Fatalf("resumed from the journal, %s has answer %d the database never took", id, c)
		}
	}
	g.closeJournal()

	st.broken = false
	f.answerAt(a, 3, 4*time.Second) // answered again
	if len(st.took) != 1 || st.took[0].Name != "ana" || st.took[0].Choice != 3 {
		t.Fatalf("the database took %+v, want ana's second answer (choice 3) only", st.took)
	}
	g = restoreFrom(t, f)
	if p := g.players["key:fp-ana"]; p.choice != 3 || p.at != 4*time.Second {
		t.Fatalf("resumed: ana's answer %d after %v, want 3 after 4s", p.choice, p.at)
	}
	if c := g.players["key:fp-bo"].choice; c != -1 {
		t.Fatalf("resumed: bo's refused answer %d came back", c)
	}
}

// TestStoreFailureKeepsMissesForLater: misses recorded as a question locks
// are retried with the next commit when the database refused them.
func TestStoreFailureKeepsMissesForLater(t *testing.T) {
	st := &flakyStore{}
	f := newFakeGame(t, Config{Store: st, TimePerQuestion: 30 * time.Second})
	a := f.seat(t, "ana")
	f.seat(t, "bo")
	f.next()
	f.answerAt(a, 0, time.Second)
	st.broken = true
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock() // bo's miss, refused
	f.commit()
	st.broken = false
	f.next()
	f.next()
	f.answerAt(a, 1, time.Second)
	if len(st.took) != 3 || st.took[1].Name != "bo" || st.took[1].Choice != -1 || st.took[1].Question != 0 {
		t.Fatalf("the database took %+v, want ana's answer, bo's miss of question 1, ana's answer", st.took)
	}
}
