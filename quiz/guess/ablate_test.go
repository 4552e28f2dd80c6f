package guess

import (
	flags "flag"
	"fmt"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
)

var (
	ablate    = flags.Bool("ablate", false, "measure the learned guesser with each feature group dropped")
	blocks    = flags.Int("blocks", 4, "TestReplicates: how many blocks of 8 seeds")
	per       = flags.Int("per", 8, "TestReplicates: seeds per block")
	questions = flags.Int("questions", 30, "TestReplicates and TestLearnedByMix: questions per session")
	only      = flags.String("only", "", "TestReplicates: only the corpus and difficulty so named (\"team hard\")")
)

// featureGroups name the learned model's feature columns (see features).
var featureGroups = []struct {
	name string
	cols []int
}{
	{"length", []int{0}}, {"failure-class", []int{1}}, {"rarity", []int{2}}, {"max-idf", []int{3}},
	{"word-like", []int{4}}, {"gram-like", []int{5}}, {"odd-one-out", []int{6}},
	{"openers (A/The)", []int{7, 8}}, {"which/and", []int{9, 10}}, {"log-odds", []int{11}},
	{"words", []int{12}}, {"commas/so", []int{13, 14}}, {"caps", []int{15}}, {"digits", []int{16}},
}

// TestAblateLearned is a measurement, not a check: with -ablate it prints
// the learned guesser's accuracy with each feature group dropped and with
// only that group kept, per corpus and plan, so a change to the generator
// can aim at the features that carry the signal.
func TestAblateLearned(t *testing.T) {
	if !*ablate {
		t.Skip("measurement only: -ablate")
	}
	team, probs, err := incidents.Load([]string{"../testdata/team.txt"})
	if err != nil || len(probs) > 0 {
		t.Fatal(err, probs)
	}
	heldout, _, _ := incidents.Load([]string{"../testdata/heldout.txt"})
	bundled, _ := incidents.LoadFS(seeds.FS)
	all := make([]int, 17)
	for k := range all {
		all[k] = k
	}
	for _, c := range []struct {
		name string
		incs []incidents.Incident
		plan Plan
	}{
		{"team hard 8x30", team, Plan{Difficulty: quiz.Hard, Seeds: 8, Count: 30}},
		{"team normal 8x30", team, Plan{Difficulty: quiz.Normal, Seeds: 8, Count: 30}},
		{"bundled hard 8x30", bundled, Plan{Difficulty: quiz.Hard, Seeds: 8, Count: 30}},
		{"heldout hard 8x30", heldout, Plan{Difficulty: quiz.Hard, Seeds: 8, Count: 30}},
		{"heldout normal 8x30", heldout, Plan{Difficulty: quiz.Normal, Seeds: 8, Count: 30}},
	} {
		if *only != "" && !strings.HasPrefix(c.name, *only) {
			continue
		}
		ss, err := Sessions(quiz.NewEngine(c.incs), c.plan)
		if err != nil {
			t.Fatal(err)
		}
		var items []Item
		for _, s := range ss {
			items = append(items, s...)
		}
		stats := NewStats(items)
		score := func(drop []int) float64 {
			l := newLearned(stats)
			l.drop = drop
			sc := runLearner(l, items)
			return float64(sc.Right) / float64(sc.Total)
		}
		t.Logf("%s: all features %.3f", c.name, score(nil))
		for _, g := range featureGroups {
			var keep []int
			for _, k := range all {
				if !contains(g.cols, k) {
					keep = append(keep, k)
				}
			}
			t.Logf("%s: without %-16s %.3f   only it %.3f", c.name, g.name, score(g.cols), score(keep))
		}
	}
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestLearnedWeights prints, with -ablate, the learned model's weights
// trained on all of team hard 8x30 and its heaviest word log-odds.
func TestLearnedWeights(t *testing.T) {
	if !*ablate {
		t.Skip("measurement only: -ablate")
	}
	team, _, _ := incidents.Load([]string{"../testdata/team.txt"})
	for _, d := range []quiz.Difficulty{quiz.Hard, quiz.Normal} {
		ss, err := Sessions(quiz.NewEngine(team), Plan{Difficulty: d, Seeds: 8, Count: 30})
		if err != nil {
			t.Fatal(err)
		}
		var items []Item
		for _, s := range ss {
			items = append(items, s...)
		}
		l := newLearned(NewStats(items))
		l.Train(items)
		for k, w := range l.w {
			t.Logf("%v weight %2d: %+.3f", d, k, w)
		}
	}
}

// TestLearnedByMix prints, with -ablate, the learned guesser's accuracy on
// team questions (-per seeds × -questions) by how many wrong options are other
// incidents' causes.
func TestLearnedByMix(t *testing.T) {
	if !*ablate {
		t.Skip("measurement only: -ablate")
	}
	team, _, _ := incidents.Load([]string{"../testdata/team.txt"})
	e := quiz.NewEngine(team)
	for _, d := range []quiz.Difficulty{quiz.Hard, quiz.Normal} {
		var items []Item
		var mixOf []int
		for seed := 1; seed <= *per; seed++ {
			s, err := e.NewSession(quiz.Options{Difficulty: d, Count: *questions, Seed: int64(seed)})
			if err != nil {
				t.Fatal(err)
			}
			for i := range s.Len() {
				r, _ := s.Record(i)
				q := r.Question
				n := 0
				for k, c := range q.Choices {
					if k != q.Answer && c.IncidentID != "" {
						n++
					}
				}
				items = append(items, FromQuestion(q))
				mixOf = append(mixOf, n)
			}
		}
		l := newLearned(NewStats(items))
		right, total := map[int]int{}, map[int]int{}
		for fold := range 2 {
			var train []Item
			for _, it := range items {
				if half(it.Incident) != fold {
					train = append(train, it)
				}
			}
			l.Train(train)
			for k := range items {
				if half(items[k].Incident) == fold {
					total[mixOf[k]]++
					if l.Pick(&items[k]) == items[k].Answer {
						right[mixOf[k]]++
					}
				}
			}
		}
		for n := range 4 {
			if total[n] > 0 {
				t.Logf("%v: %d borrowed: %.3f of %d", d, n, float64(right[n])/float64(total[n]), total[n])
			}
		}
	}
}

// TestReplicates prints, with -ablate, the learned and char-ngram
// guessers over -blocks blocks of -per seeds × -questions questions (8 × 30 by
// default: seeds 1–8, 9–16, …): the spread a change must beat before it
// counts as a gain.
func TestReplicates(t *testing.T) {
	if !*ablate {
		t.Skip("measurement only: -ablate")
	}
	team, _, _ := incidents.Load([]string{"../testdata/team.txt"})
	heldout, _, _ := incidents.Load([]string{"../testdata/heldout.txt"})
	bundled, _ := incidents.LoadFS(seeds.FS)
	for _, c := range []struct {
		name string
		incs []incidents.Incident
		d    quiz.Difficulty
	}{
		{"team hard", team, quiz.Hard}, {"team normal", team, quiz.Normal},
		{"heldout hard", heldout, quiz.Hard}, {"heldout normal", heldout, quiz.Normal},
		{"bundled hard", bundled, quiz.Hard}, {"bundled normal", bundled, quiz.Normal},
	} {
		if *only != "" && c.name != *only {
			continue
		}
		e := quiz.NewEngine(c.incs)
		sum := map[string]float64{}
		line := ""
		n := float64(*blocks)
		for block := range *blocks {
			var ss [][]Item
			for seed := block**per + 1; seed <= block**per+*per; seed++ {
				s, err := e.NewSession(quiz.Options{Difficulty: c.d, Count: *questions, Seed: int64(seed)})
				if err != nil {
					t.Fatal(err)
				}
				var items []Item
				for i := range s.Len() {
					r, _ := s.Record(i)
					items = append(items, FromQuestion(r.Question))
				}
				ss = append(ss, items)
			}
			for _, sc := range Run(ss) {
				sum[sc.Name] += sc.Correct / n
				if sc.Name == "learned" {
					line += fmt.Sprintf(" %.3f", sc.Correct)
				}
			}
		}
		means := ""
		for _, g := range All(NewStats(nil)) {
			means += fmt.Sprintf(" %s %.3f", g.Name(), sum[g.Name()])
		}
		t.Logf("%s: learned blocks%s; means%s", c.name, line, means)
	}
}
