package quiz_test

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

// BenchmarkIndex builds the engine (its similarity index) over a generated
// 10,000-incident corpus. Target: under 500 ms.
func BenchmarkIndex(b *testing.B) {
	incs := genCorpus(10000, 1)
	start := cpuTime()
	for b.Loop() {
		quiz.NewEngine(incs)
	}
	reportCPU(b, start)
}

// reportCPU adds the CPU milliseconds per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkSession30 builds a 30-question session over the same corpus
// once the index exists. Target: under 50 ms.
func BenchmarkSession30(b *testing.B) {
	for _, d := range quiz.Difficulties {
		b.Run(d.String(), func(b *testing.B) {
			e := quiz.NewEngine(genCorpus(10000, 1))
			seed := int64(0)
			start := cpuTime()
			for b.Loop() {
				seed++
				if _, err := e.NewSession(quiz.Options{Count: 30, Seed: seed, Difficulty: d, FollowUp: true}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, start)
		})
	}
}

// BenchmarkQuestionBuiltin builds one question of the bundled corpus.
func BenchmarkQuestionBuiltin(b *testing.B) {
	incs := builtin(b)
	e := quiz.NewEngine(incs)
	for _, d := range quiz.Difficulties {
		b.Run(d.String(), func(b *testing.B) {
			n := 0
			for b.Loop() {
				n++
				if _, err := e.Question(incs[n%len(incs)].ID, d, int64(n)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDraft1000 drafts material for 1,000 incidents without any, as
// `incidents draft-material` does. Target: under 2 s.
func BenchmarkDraft1000(b *testing.B) {
	incs := genCorpus(1000, 4)
	start := cpuTime()
	for b.Loop() {
		e := quiz.NewEngine(incs)
		for _, inc := range incs {
			if _, err := e.Draft(inc.ID, 1); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, start)
}
