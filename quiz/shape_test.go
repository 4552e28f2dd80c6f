package quiz_test

import (
	"math"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// TestBundledClauseShape: the bundled answers (briefs and phrasings) and
// near-misses join their clauses alike. A comma count or a ", so" that one
// side uses more often marks it: with seven answers of two commas among
// near-misses of one, the learned guesser read "two commas" as the answer
// (bundled hard 0.38; 0.31 once reworded).
func TestBundledClauseShape(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	type tally struct {
		n     float64
		comma map[int]float64
		so    float64
	}
	ans, near := tally{comma: map[int]float64{}}, tally{comma: map[int]float64{}}
	add := func(tl *tally, s string) {
		tl.n++
		tl.comma[strings.Count(s, ",")]++
		if strings.Contains(s, ", so ") {
			tl.so++
		}
	}
	for _, inc := range incs {
		if m := inc.Material; m != nil {
			for _, s := range append([]string{m.Brief}, m.Phrasings...) {
				if s != "" {
					add(&ans, s)
				}
			}
			for _, d := range m.Distractors {
				add(&near, d.Text)
			}
		}
	}
	if ans.n < 30 || near.n < 90 {
		t.Fatalf("%v answers, %v near-misses", ans.n, near.n)
	}
	const most = 0.05 // share points either way
	for c := range 4 {
		if d := ans.comma[c]/ans.n - near.comma[c]/near.n; math.Abs(d) > most {
			t.Errorf("%d commas: %.2f of answers, %.2f of near-misses", c, ans.comma[c]/ans.n, near.comma[c]/near.n)
		}
	}
	if d := ans.so/ans.n - near.so/near.n; math.Abs(d) > most {
		t.Errorf(`", so": %.2f of answers, %.2f of near-misses`, ans.so/ans.n, near.so/near.n)
	}
}
