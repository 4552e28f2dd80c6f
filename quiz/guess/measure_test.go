package guess_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/quiz/guess"
	"github.com/nexusflow/rootcause/seeds"
)

func team(t testing.TB) []incidents.Incident {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"../testdata/team.txt"})
	if err != nil || len(probs) > 0 || len(incs) < 60 {
		t.Fatalf("team corpus: %d incidents, %v, %v", len(incs), probs, err)
	}
	return incs
}

func bundled(t testing.TB) []incidents.Incident {
	incs, _ := incidents.LoadFS(seeds.FS)
	return incs
}

func TestMeasure(t *testing.T) {
	for _, c := range []struct {
		name string
		incs []incidents.Incident
	}{{"bundled", bundled(t)}, {"team", team(t)}} {
		e := quiz.NewEngine(c.incs)
		for _, d := range quiz.Difficulties {
			for _, pl := range []guess.Plan{{Difficulty: d, Seeds: 8, Count: 30}, {Difficulty: d, Seeds: 24, Count: 10}} {
				ss, err := guess.Sessions(e, pl)
				if err != nil {
					t.Fatal(err)
				}
				var row []string
				for _, sc := range guess.Run(ss) {
					row = append(row, fmt.Sprintf("%s %.2f", sc.Name, sc.Correct))
				}
				t.Logf("%s %s %dx%d: %s", c.name, d, pl.Seeds, pl.Count, strings.Join(row, ", "))
			}
		}
	}
}
