package gameday

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
)

// TestRoundsDoNotGiveLaterOnesAway: a game asks its questions in front of
// everyone, so no round may offer, as a wrong choice, the cause of an
// incident asked later, nor name that incident in a "why not". The quiz
// engine scopes a session's wrong choices this way; BuildRounds builds the
// game as one session so it gets the same guarantee.
func TestRoundsDoNotGiveLaterOnesAway(t *testing.T) {
	incs, probs := incidents.LoadFS(seeds.FS)
	if len(probs) > 0 {
		t.Fatalf("builtin corpus: %v", probs)
	}
	for _, d := range []quiz.Difficulty{quiz.Easy, quiz.Normal, quiz.Hard} {
		for seed := int64(1); seed <= 12; seed++ {
			rounds, err := BuildRounds(incs, quiz.Options{Difficulty: d, Count: 10, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if len(rounds) != 10 {
				t.Fatalf("%d rounds, want 10", len(rounds))
			}
			for i, r := range rounds {
				for _, later := range rounds[i+1:] {
					right := later.Choices[later.Answer].Text
					for c, ch := range r.Choices {
						if c == r.Answer {
							continue
						}
						if ch.Text == right {
							t.Errorf("%v seed %d: round %d (%s) offers round-later %s's answer %q", d, seed, i+1, r.Incident.ID, later.Incident.ID, ch.Text)
						}
						if strings.Contains(ch.WhyNot, later.Incident.ID) {
							t.Errorf("%v seed %d: round %d (%s) names later %s: %q", d, seed, i+1, r.Incident.ID, later.Incident.ID, ch.WhyNot)
						}
					}
				}
			}
		}
	}
}
