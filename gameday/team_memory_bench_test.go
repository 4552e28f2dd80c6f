package gameday

import (
	"runtime"
	"testing"
	"time"
)

// BenchmarkTeamSessionMemory measures what one signed-in PTY session costs
// the server in heap and stacks with a trivial app, so the transport's
// share of a session's memory is known apart from the app's.
func BenchmarkTeamSessionMemory(b *testing.B) {
	const n = 100
	for i := 0; i < b.N; i++ {
		f := startTeam(b, TeamConfig{MaxPerIP: -1})
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		terms := make([]*term, n)
		for j := range terms {
			tm, err := tryConnect(b, f.srv.Addr().String(), "p", newKey(b), "")
			if err != nil {
				b.Fatal(err)
			}
			tm.expect("hello p")
			terms[j] = tm
		}
		time.Sleep(200 * time.Millisecond)
		runtime.GC()
		runtime.ReadMemStats(&after)
		// Both ends run in this process: half the growth is the clients'.
		b.ReportMetric(float64(after.HeapInuse+after.StackInuse-before.HeapInuse-before.StackInuse)/n/1024, "KiB/session+client")
		for _, tm := range terms {
			tm.close()
		}
	}
}
