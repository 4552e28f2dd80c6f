package tui

import (
	"path/filepath"
	"testing"

	"github.com/nexusflow/rootcause/progress"
)

// TestOnePaidHintGradesHard goes from keys to the stored FSRS rating: in
// hard mode (budget 3) a right answer after three items is Good, after a
// fourth (one beyond the budget: a paid hint) Hard.
func TestOnePaidHintGradesHard(t *testing.T) {
	for _, tc := range []struct {
		opened int
		want   int // rating in the review log
	}{{0, 3}, {3, 3}, {4, 2}} {
		st, err := progress.Open(filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		m := boardModelWith(t, 120, 40, realStore{st}, 1)
		q := m.run.sess.Current()
		m, _ = drive(t, m, keyRunes("e"))
		for range tc.opened {
			m, _ = drive(t, m, keyDown, keyEnter)
		}
		m, _ = drive(t, m, keyRunes(digit(q.Answer)))
		if err := m.Flush(); err != nil {
			t.Fatal(err)
		}
		var got []progress.LogRecord
		if err := st.ExportLog("tester", func(r progress.LogRecord) error { got = append(got, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || !got[0].Correct || got[0].Rating != tc.want {
			t.Errorf("%d opened: log %+v, want one right answer rated %d", tc.opened, got, tc.want)
		}
		st.Close()
	}
}

// TestSlownessScalesWithTheQuestion: the answer carries the question's
// length, so the "very slow" band (reading time + 60 s) fits the question:
// the fixture's hard question shows 126 words (prompt, card without title
// and services, four choices, the alert), 97 s before a right answer is
// Hard where an average question allows 87 s.
func TestSlownessScalesWithTheQuestion(t *testing.T) {
	store := &fakeStore{}
	m := boardModelWith(t, 120, 40, store, 0)
	q := m.run.sess.Current()
	m, _ = drive(t, m, keyRunes(digit(q.Answer)))
	if len(store.answers) != 1 || store.answers[0].Words != 126 {
		t.Fatalf("recorded %+v, want the question's length", store.answers)
	}
}
