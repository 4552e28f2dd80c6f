package quiz_test

// Session edges pinned against mutants (docs/mutation.md), through the
// exported API only.

import (
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
)

// Record answers for every position 0..Len()-1 and for nothing outside.
func TestSessionRecordBounds(t *testing.T) {
	incs, probs := incidents.LoadFS(seeds.FS)
	if len(probs) > 0 {
		t.Fatalf("builtin corpus: %v", probs)
	}
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Count: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 3 {
		t.Fatalf("%d questions, want 3", s.Len())
	}
	for i := 0; i < 3; i++ {
		if r, ok := s.Record(i); !ok || r.Question == nil {
			t.Errorf("Record(%d) = %v, %v; want the question", i, r.Question, ok)
		}
	}
	for _, i := range []int{-1, 3} {
		if _, ok := s.Record(i); ok {
			t.Errorf("Record(%d) ok, want false", i)
		}
	}
}
