package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/gameday"
	"github.com/nexusflow/rootcause/progress"
)

// BenchmarkGameStoreSave is the progress database's share of a game-day
// answer's acknowledgement: the hub commits each group of answers (at most
// 10 ms of them) with gameStore.SaveAnswers before any of their players
// sees "Locked in", so a commit's time is added to each of their acks.
// gameday's swarm benchmark counts answers in memory (gameday links no
// SQLite); this measures the real file, with 1,000 players answering 10
// questions in groups of 1-12 (what BenchmarkSwarm's pacing gives: about
// 40 answers a second, a burst as a question opens), and reports the
// commit's p50 and p99, apart for question 1, where each player's first
// answer also opens their session in the database.
//
//	go test ./cli -run '^$' -bench GameStoreSave -benchtime 1x
func BenchmarkGameStoreSave(b *testing.B) {
	for i := 0; i < b.N; i++ {
		st, err := progress.Open(filepath.Join(b.TempDir(), "progress.db"))
		if err != nil {
			b.Fatal(err)
		}
		gs := &gameStore{st: st, level: "normal", total: 10, sessions: map[string]int64{}}
		var took, first []time.Duration
		at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
		const players = 1000
		for q := 0; q < 10; q++ {
			for p := 0; p < players; {
				n := min(1+(p*7+q)%12, players-p)
				batch := make([]gameday.StoredAnswer, n)
				for j := range batch {
					id := p + j
					batch[j] = gameday.StoredAnswer{Player: fmt.Sprintf("key:SHA256:p%04d", id), Key: fmt.Sprintf("SHA256:p%04d", id),
						Name: fmt.Sprintf("player%04d", id), Question: q, Incident: fmt.Sprintf("NFI-2024-%04d", q), Choice: id % 4,
						Correct: id%4 == 0, Elapsed: 5 * time.Second, At: at}
				}
				start := time.Now()
				if err := gs.SaveAnswers(batch); err != nil {
					b.Fatal(err)
				}
				if q == 0 { // each player's first answer also opens their session
					first = append(first, time.Since(start))
				} else {
					took = append(took, time.Since(start))
				}
				p += n
				at = at.Add(25 * time.Millisecond)
			}
		}
		st.Close()
		for _, c := range []struct {
			name string
			d    []time.Duration
		}{{"commit", took}, {"first-commit", first}} {
			slices.Sort(c.d)
			b.ReportMetric(float64(c.d[len(c.d)/2].Microseconds())/1000, c.name+"-p50-ms")
			b.ReportMetric(float64(c.d[len(c.d)*99/100].Microseconds())/1000, c.name+"-p99-ms")
		}
	}
}
