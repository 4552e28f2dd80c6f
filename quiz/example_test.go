package quiz_test

import (
	"fmt"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
)

// A practice session: show the card, reveal a clue, answer, read the
// outcome, move on.
func ExampleEngine_NewSession() {
	incs, _ := incidents.LoadFS(seeds.FS)
	e := quiz.NewEngine(incs)
	s, err := e.NewSession(quiz.Options{
		Difficulty: quiz.Hard,
		Count:      3,
		Seed:       42,
		Filter:     incidents.Filter{Platforms: []string{"DataNexus"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for q := s.Current(); q != nil; q = s.Current() {
		card := q.Card(s.CluesShown())
		fmt.Printf("%s on %s, title hidden: %v, %d choices\n", card.Severity, card.Platform, card.TitleHidden, len(q.Choices))
		if clue, ok := s.RevealClue(); ok {
			fmt.Printf("  clue %q costs %d\n", clue.Label, clue.Cost)
		}
		o := s.Answer(q.Answer, 20*time.Second)
		fmt.Printf("  right: %v, %d points\n", o.Correct, o.Points)
		s.Next()
	}
	res := s.Result()
	fmt.Printf("%d/%d right, %d points, best streak %d\n", res.Correct, res.Total, res.Score, res.BestStreak)
	// Output:
	// SEV-3 on DataNexus, title hidden: true, 4 choices
	//   clue "Services" costs 25
	//   right: true, 75 points
	// SEV-2 on DataNexus, title hidden: true, 4 choices
	//   clue "Services" costs 25
	//   right: true, 85 points
	// SEV-3 on DataNexus, title hidden: true, 4 choices
	//   clue "Services" costs 25
	//   right: true, 95 points
	// 3/3 right, 255 points, best streak 3
}

// Game-day scoring: 1000 points for an instant right answer, 500 at the
// buzzer, plus a streak bonus.
func ExampleKahootScoring() {
	s := quiz.KahootScoring()
	limit := 20 * time.Second
	fmt.Println(s.Points(true, 0, limit, 0, 0).Points)
	fmt.Println(s.Points(true, 5*time.Second, limit, 0, 0).Points)
	fmt.Println(s.Points(true, limit, limit, 3, 0).Points)
	fmt.Println(s.Points(false, time.Second, limit, 3, 0).Points)
	// Output:
	// 1000
	// 875
	// 800
	// 0
}

// An exhausted filter is an error that names it.
func ExampleExhaustedError() {
	incs, _ := incidents.LoadFS(seeds.FS)
	_, err := quiz.NewEngine(incs).NewSession(quiz.Options{
		Mode:   quiz.Exam,
		Count:  20,
		Filter: incidents.Filter{Severities: []incidents.Severity{1}},
	})
	fmt.Println(err)
	// Output:
	// 20 questions asked for, but only 6 incidents match the filter (severity SEV-1)
}
