package quiz_test

import (
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// TestNoSecondRightAnswer: a team incident that failed as a bundled one did
// (an eviction policy dropping cart keys) never gets that incident's cause
// as a "wrong" choice, nor the other way round.
func TestNoSecondRightAnswer(t *testing.T) {
	team := incidents.Incident{
		ID: "TEAM-1", Platform: "NexusCommerce", Services: []string{"Amazon ElastiCache (Redis)"}, Severity: 2,
		Title: "Carts empty", Summary: "Shopping carts came up empty after the evening peak.",
		RootCause: "Eviction policy allkeys-lru dropped cart keys.",
	}
	e := quiz.NewEngine(append(builtin(t), team))
	pairs := [][2]string{{"TEAM-1", "NFI-2024-0002"}, {"NFI-2024-0002", "TEAM-1"}}
	for _, d := range quiz.Difficulties {
		for seed := range int64(40) {
			for _, p := range pairs {
				q, err := e.Question(p[0], d, seed)
				if err != nil {
					t.Fatal(err)
				}
				checkQuestion(t, q, 4)
				for _, c := range q.Choices {
					if c.IncidentID == p[1] {
						t.Fatalf("%s seed %d: %s offers %s's cause as wrong: %q", d, seed, p[0], p[1], c.Text)
					}
				}
			}
		}
	}
}

// TestMixedStylesMatch: in a corpus mixing authored briefs (bundled) and
// derived texts (a team's bare postmortems), a question's wrong choices
// read like its answer: derived among derived, authored among authored.
func TestMixedStylesMatch(t *testing.T) {
	b := builtin(t)
	gen := genCorpus(60, 11)
	e := quiz.NewEngine(append(append([]incidents.Incident(nil), b...), gen...))
	bundled := map[string]bool{}
	for _, inc := range b {
		bundled[inc.ID] = true
	}
	for _, d := range []quiz.Difficulty{quiz.Easy, quiz.Normal} {
		same, total := 0, 0
		for seed := range int64(10) {
			for _, inc := range append(b[:10:10], gen[:20]...) {
				q, _ := e.Question(inc.ID, d, seed)
				for n, c := range q.Choices {
					if n == q.Answer || c.IncidentID == "" {
						continue // near-misses are written for the incident, in its style
					}
					total++
					authored := bundled[c.IncidentID]
					if authored == bundled[inc.ID] {
						same++
					}
				}
			}
		}
		share := float64(same) / float64(total)
		t.Logf("%-6s wrong choices in the answer's style: %.1f%% of %d", d, 100*share, total)
		if share < 0.9 {
			t.Errorf("%s: only %.1f%% of wrong choices match the answer's style", d, 100*share)
		}
	}
}
