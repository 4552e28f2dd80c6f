package tui

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// TestCountOverMatchesPlaysWhatMatches: `play --count 5 --platform
// DataNexus` (2 of the test corpus's 8 incidents) starts in every mode with
// the 2 that match and says so on the first question; the exam no longer
// refuses to start.
func TestCountOverMatchesPlaysWhatMatches(t *testing.T) {
	for _, mode := range []quiz.Mode{quiz.Practice, quiz.Exam} {
		t.Run(mode.String(), func(t *testing.T) {
			o := &quiz.Options{Mode: mode, Count: 5, Seed: 1, Filter: incidents.Filter{Platforms: []string{"DataNexus"}}}
			if mode == quiz.Exam {
				o.TimeLimit = 10 * time.Minute
			}
			m := newTestModel(t, o, nil)
			m, _ = drive(t, m, size(100, 30))
			if m.active != screenQuestion || m.run.sess.Len() != 2 {
				t.Fatalf("active %v, %d questions; want the question screen and 2", m.active, m.run.sess.Len())
			}
			mustContain(t, m.View(), "Only 2 incidents match: the round has 2 questions.", "Question 1/2")
		})
	}
}

// TestCountThatFitsSaysNothing: a count the filters can fill has no note.
func TestCountThatFitsSaysNothing(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Mode: quiz.Exam, Count: 2, Seed: 1}, nil)
	m, _ = drive(t, m, size(100, 30))
	if m.question.note != "" {
		t.Errorf("note %q on a round of the size asked", m.question.note)
	}
}
