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
