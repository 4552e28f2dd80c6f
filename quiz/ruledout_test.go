package quiz_test

import (
	"testing"

	"github.com/nexusflow/rootcause/quiz"
)

// Every wrong option shown on a bundled question, at every difficulty and
// round size, is ruled out by evidence on that question's own board (issue
// 12): the trainee can always see why it is wrong before answering.
func TestEveryWrongOptionRuledOutByItsBoard(t *testing.T) {
	e := quiz.NewEngine(builtin(t))
	shown := 0
	for _, d := range quiz.Difficulties {
		for _, count := range []int{10, 30} {
			for seed := int64(1); seed <= 4; seed++ {
				s, err := e.NewSession(quiz.Options{Count: count, Seed: seed, Difficulty: d})
				if err != nil {
					t.Fatal(err)
				}
				for {
					q := s.Current()
					ids := map[string]bool{}
					for _, ev := range q.Board() {
						ids[ev.ID] = true
					}
					for i, c := range q.Choices {
						if i == q.Answer {
							continue
						}
						shown++
						if len(c.RuledOutBy) == 0 {
							t.Errorf("%s %d/%d %s: %q has no ruled_out_by", d, count, seed, q.Incident.ID, c.Text)
						}
						for _, id := range c.RuledOutBy {
							if !ids[id] {
								t.Errorf("%s %s: %q names %q, not on the board", d, q.Incident.ID, c.Text, id)
							}
						}
					}
					s.Skip()
					if !s.Next() {
						break
					}
				}
			}
		}
	}
	if shown != 3*4*(10+30)*3 {
		t.Fatalf("checked %d wrong options, want %d", shown, 3*4*(10+30)*3)
	}
}
