package guess

import (
	"hash/fnv"
	"math"

	"github.com/nexusflow/rootcause/quiz"
)

// Score is one guesser's accuracy over a run.
type Score struct {
	Name    string
	Right   int
	Total   int
	Correct float64 // Right / Total
	SE      float64 // its standard error, sqrt(p(1−p)/n)
}

// Run plays every guesser over sessions (each a list of items in asking
// order). Observers are reset at each session's start and shown each
// answer after picking. The learned guesser is scored by two-fold cross
// validation over incidents: trained on the questions of one half of the
// incidents, it picks for the other half, and the other way round.
func Run(sessions [][]Item) []Score {
	var all []Item
	for _, s := range sessions {
		all = append(all, s...)
	}
	stats := NewStats(all)
	var out []Score
	for _, g := range All(stats) {
		var sc Score
		if l, ok := g.(Learner); ok {
			sc = runLearner(l, all)
		} else {
			sc = runPlain(g, sessions)
		}
		sc.Name = g.Name()
		if sc.Total > 0 {
			sc.Correct = float64(sc.Right) / float64(sc.Total)
			sc.SE = math.Sqrt(sc.Correct * (1 - sc.Correct) / float64(sc.Total))
		}
		out = append(out, sc)
	}
	return out
}

func runPlain(g Guesser, sessions [][]Item) Score {
	var sc Score
	obs, _ := g.(Observer)
	for _, s := range sessions {
		if obs != nil {
			obs.Reset()
		}
		for k := range s {
			it := &s[k]
			if g.Pick(it) == it.Answer {
				sc.Right++
			}
			sc.Total++
			if obs != nil {
				obs.Observe(it)
			}
		}
	}
	return sc
}

// half puts an incident in fold 0 or 1 by its id.
func half(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 2)
}

func runLearner(l Learner, items []Item) Score {
	var sc Score
	for fold := range 2 {
		var train, test []Item
		for _, it := range items {
			if half(it.Incident) == fold {
				test = append(test, it)
			} else {
				train = append(train, it)
			}
		}
		l.Train(train)
		for k := range test {
			if l.Pick(&test[k]) == test[k].Answer {
				sc.Right++
			}
			sc.Total++
		}
	}
	return sc
}

// Plan is how a run samples sessions: Seeds sessions of Count questions
// (0 = the whole corpus) at one difficulty; FollowUp takes the prevention
// follow-ups instead of the root-cause questions.
type Plan struct {
	Difficulty quiz.Difficulty
	Seeds      int
	Count      int
	FollowUp   bool
}

// Sessions builds the plan's sessions on e (seeds 1..Seeds) as items.
func Sessions(e *quiz.Engine, p Plan) ([][]Item, error) {
	var out [][]Item
	for seed := 1; seed <= p.Seeds; seed++ {
		s, err := e.NewSession(quiz.Options{Difficulty: p.Difficulty, Count: p.Count, Seed: int64(seed), FollowUp: p.FollowUp})
		if err != nil {
			return nil, err
		}
		var items []Item
		for i := range s.Len() {
			r, _ := s.Record(i)
			q := r.Question
			if p.FollowUp {
				if q = r.FollowUp; q == nil {
					continue
				}
			}
			items = append(items, FromQuestion(q))
		}
		out = append(out, items)
	}
	return out, nil
}
