package quiz_test

// A test written against a gremlins survivor in options.go (docs/mutation.md).

import (
	"errors"
	"testing"

	"github.com/nexusflow/rootcause/quiz"
)

// An exact count equal to what the corpus holds is met; one more is not.
func TestExactCountBoundary(t *testing.T) {
	incs := builtin(t)
	e := quiz.NewEngine(incs)
	ids := []string{incs[0].ID, incs[1].ID, incs[2].ID}
	s, err := e.NewSession(quiz.Options{IDs: ids, Count: 3, ExactCount: true, Seed: 1})
	if err != nil {
		t.Fatalf("3 of 3 exactly: %v", err)
	}
	if s.Len() != 3 {
		t.Fatalf("3 of 3 exactly: %d questions", s.Len())
	}
	var ex *quiz.ExhaustedError
	if _, err := e.NewSession(quiz.Options{IDs: ids, Count: 4, ExactCount: true, Seed: 1}); !errors.As(err, &ex) || ex.Have != 3 || ex.Want != 4 {
		t.Fatalf("4 of 3 exactly: %v, want an ExhaustedError with 3 of 4", err)
	}
}
