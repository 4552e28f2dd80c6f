package guess_test

import (
	"flag"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/quiz/guess"
	"github.com/nexusflow/rootcause/seeds"
)

var measure = flag.Bool("measure", false, "print the measured figures as the table in figures_test.go")

func team(t testing.TB) []incidents.Incident { return testCorpus(t, "team.txt", true) }

// heldout is the held-out corpus: a team's own postmortems written by
// hands that never read the library or team.txt, on three other platforms,
// so the figures say how the engine does on causes it was not fitted to.
func heldout(t testing.TB) []incidents.Incident { return testCorpus(t, "heldout.txt", false) }

// testCorpus loads quiz/testdata/name, at least 60 incidents; clean says it
// must load without a warning (the held-out corpus keeps the exposed cards
// its writers wrote).
func testCorpus(t testing.TB, name string, clean bool) []incidents.Incident {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"../testdata/" + name})
	if err != nil || clean && len(probs) > 0 || len(incs) < 60 {
		t.Fatalf("%s: %d incidents, %v, %v", name, len(incs), probs, err)
	}
	return incs
}

func bundled(t testing.TB) []incidents.Incident {
	t.Helper()
	incs, _ := incidents.LoadFS(seeds.FS)
	if len(incs) < 30 {
		t.Fatalf("bundled corpus: %d incidents", len(incs))
	}
	return incs
}

// plans are the samplings the issue checks: 8 seeds × 30 questions and
// 24 seeds × 10, per difficulty, and the follow-ups of the first.
func plans() []guess.Plan {
	var out []guess.Plan
	for _, d := range quiz.Difficulties {
		out = append(out, guess.Plan{Difficulty: d, Seeds: 8, Count: 30}, guess.Plan{Difficulty: d, Seeds: 24, Count: 10})
	}
	return append(out, guess.Plan{Difficulty: quiz.Normal, Seeds: 8, Count: 30, FollowUp: true})
}

func planName(corpus string, p guess.Plan) string {
	kind := p.Difficulty.String()
	if p.FollowUp {
		kind = "follow-up"
	}
	return fmt.Sprintf("%s %s %dx%d", corpus, kind, p.Seeds, p.Count)
}

// seFactor is how many standard errors a figure may move before the test
// fails, in either direction: wide enough for the sampling, narrow enough
// that a change to the engine (a tell added or removed) is seen.
const seFactor = 4

// TestGuessBounds holds every guesser on both corpora, per difficulty and
// sampling, to its measured figure ± seFactor standard errors, and checks
// each run asks the questions it should. A guesser drifting up is a new
// tell; drifting down (far below chance) is an overcorrection a contrarian
// can use. Re-measure after changing the engine or the material with
// go test ./quiz/guess -run TestGuessBounds -measure, and paste the table.
func TestGuessBounds(t *testing.T) {
	if testing.Short() {
		t.Skip("plays about 6,000 questions per corpus")
	}
	var table strings.Builder
	for _, c := range []struct {
		name string
		incs []incidents.Incident
	}{{"bundled", bundled(t)}, {"team", team(t)}, {"heldout", heldout(t)}} {
		e := quiz.NewEngine(c.incs)
		for _, p := range plans() {
			name := planName(c.name, p)
			ss, err := guess.Sessions(e, p)
			if err != nil {
				t.Fatal(err)
			}
			scores := guess.Run(ss)
			fmt.Fprintf(&table, "\t%q: {", name)
			for k, sc := range scores {
				if k > 0 {
					table.WriteString(", ")
				}
				fmt.Fprintf(&table, "%q: %.3f", sc.Name, sc.Correct)
			}
			table.WriteString("},\n")
			checkPlan(t, name, p, len(c.incs), scores)
		}
	}
	if *measure {
		t.Logf("measured:\n%s", table.String())
	}
}

func checkPlan(t *testing.T, name string, p guess.Plan, corpus int, scores []guess.Score) {
	t.Helper()
	want, ok := figures[name]
	if !ok {
		t.Errorf("%s: no measured figures", name)
		return
	}
	if len(scores) != len(want) {
		t.Errorf("%s: %d guessers, %d figures", name, len(scores), len(want))
	}
	questions := p.Seeds * min(p.Count, corpus)
	for _, sc := range scores {
		if !p.FollowUp && sc.Total != questions {
			t.Errorf("%s %s: %d questions, want %d", name, sc.Name, sc.Total, questions)
		}
		if p.FollowUp && sc.Total < questions*3/4 {
			t.Errorf("%s %s: %d follow-ups, want most of %d", name, sc.Name, sc.Total, questions)
		}
		f, ok := want[sc.Name]
		if !ok {
			t.Errorf("%s: no figure for %s", name, sc.Name)
			continue
		}
		se := math.Sqrt(f * (1 - f) / float64(max(sc.Total, 1)))
		if math.Abs(sc.Correct-f) > seFactor*math.Max(se, 0.01) {
			t.Errorf("%s %s: %.3f, measured %.3f ± %.3f", name, sc.Name, sc.Correct, f, seFactor*se)
		}
	}
}

// TestGuessTargets holds the targets: on the bundled corpus every
// guesser at most 0.35 on hard and 0.40 on normal; on the team corpora
// without material (team.txt and the held-out one) at most 0.40 on both.
// The misses still open are listed in openMisses with their measured
// figure; a guesser missing a target that is not listed, or a listed one
// that has got worse, fails.
func TestGuessTargets(t *testing.T) {
	for name, row := range figures {
		limit := 0.40
		switch {
		case strings.Contains(name, "easy") || strings.Contains(name, "follow-up"):
			continue // no target: easy borrows at random by design; follow-ups are the postmortems' own items
		case strings.HasPrefix(name, "bundled hard"):
			limit = 0.35
		}
		for g, f := range row {
			key := name + " " + g
			open, known := openMisses[key]
			switch {
			case f > limit && !known:
				t.Errorf("%s: %.3f, over the %.2f target", key, f, limit)
			case known && f > open+0.005:
				t.Errorf("%s: %.3f, worse than the %.3f listed", key, f, open)
			case known && f <= limit:
				t.Errorf("%s: %.3f meets the %.2f target now; drop it from openMisses", key, f, limit)
			}
		}
	}
}
