package quiz_test

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// boarded is the bundled corpus with an evidence board on its first
// incident, whose authored near-misses point at the board (and at one id
// that is not on it, which the engine drops).
func boarded(t *testing.T) ([]incidents.Incident, string) {
	t.Helper()
	incs := builtin(t)
	inc := &incs[0]
	inc.Evidence = []incidents.Evidence{
		{ID: "page", Kind: incidents.KindAlert, Title: "Error rate over 5%"},
		{ID: "p99", Kind: incidents.KindMetric, Title: "p99 latency", Series: []incidents.Series{{Label: "p99", Unit: "ms",
			Points: []incidents.Point{{T: -10 * time.Minute, V: 120}, {T: 0, V: 900}}}}},
		{ID: "tl", Kind: incidents.KindTimeline, Title: "Timeline", Lines: []string{"+0m paged"}},
		{ID: "deploys", Kind: incidents.KindChange, Title: "Recent changes", Lines: []string{"-20m deploy web 4.2"}},
		{ID: "later", Kind: incidents.KindTimeline, Title: "After the diagnosis", Lines: []string{"+30m fix"}, AfterAnswer: true},
		{ID: "logs", Kind: incidents.KindLog, Title: "Errors", Lines: []string{"timeout talking to db"}},
		{ID: "page2", Kind: incidents.KindAlert, Title: "Second alert"},
	}
	m := *inc.Material
	m.Distractors = slices.Clone(m.Distractors)
	for k := range m.Distractors {
		m.Distractors[k].RuledOutBy = []string{"p99", "nowhere", "later", "p99"}
	}
	inc.Material = &m
	return incs, inc.ID
}

func ids(evs []incidents.Evidence) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.ID)
	}
	return out
}

func TestQuestionEvidenceAndRules(t *testing.T) {
	incs, id := boarded(t)
	e := quiz.NewEngine(incs)
	cases := []struct {
		d      quiz.Difficulty
		free   []bool
		cost   []int
		budget int
	}{
		{quiz.Easy, []bool{true, false, true, false, false, false}, []int{0, 10, 0, 10, 10, 10}, quiz.NoBudget},
		{quiz.Normal, []bool{true, false, true, false, false, false}, []int{0, 10, 0, 10, 10, 10}, quiz.NoBudget},
		{quiz.Hard, []bool{true, false, false, false, false, false}, []int{0, 10, 10, 10, 10, 10}, 3},
	}
	for _, tc := range cases {
		t.Run(tc.d.String(), func(t *testing.T) {
			q, err := e.Question(id, tc.d, 1)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ids(q.Evidence), []string{"page", "p99", "tl", "deploys", "logs", "page2"}; !reflect.DeepEqual(got, want) {
				t.Fatalf("evidence %v, want %v (after-answer items left out)", got, want)
			}
			if got := ids(q.AfterAnswer()); !reflect.DeepEqual(got, []string{"later"}) {
				t.Fatalf("after-answer %v, want [later]", got)
			}
			if got := ids(q.Board()); len(got) != 7 || got[6] != "later" {
				t.Fatalf("board %v, want the 6 items then later", got)
			}
			inv := q.Investigation
			if !reflect.DeepEqual(inv.Free, tc.free) || !reflect.DeepEqual(inv.Cost, tc.cost) || inv.Budget != tc.budget || inv.OverCost != 25 {
				t.Fatalf("rules %+v, want free %v cost %v budget %d over 25", inv, tc.free, tc.cost, tc.budget)
			}
			own := map[string]bool{}
			for _, d := range incs[0].Material.Distractors {
				own[d.Text] = true
			}
			authored := 0
			for k, c := range q.Choices {
				switch {
				case k == q.Answer && c.RuledOutBy != nil:
					t.Errorf("answer has ruled_out_by %v", c.RuledOutBy)
				case own[c.Text]:
					authored++
					if !reflect.DeepEqual(c.RuledOutBy, []string{"p99"}) {
						t.Errorf("authored %q ruled out by %v, want [p99] (unknown and after-answer ids dropped)", c.Text, c.RuledOutBy)
					}
				}
			}
			if tc.d == quiz.Hard && authored < 2 {
				t.Fatalf("hard question has %d authored near-misses", authored)
			}
		})
	}
}

func TestKahootPricesEvidence(t *testing.T) {
	incs, id := boarded(t)
	q, err := quiz.NewEngine(incs).Question(id, quiz.Hard, 1)
	if err != nil {
		t.Fatal(err)
	}
	q.PriceClues(quiz.KahootScoring())
	if want := []int{0, 100, 100, 100, 100, 100}; !reflect.DeepEqual(q.Investigation.Cost, want) || q.Investigation.OverCost != 250 {
		t.Fatalf("kahoot prices %v over %d, want %v over 250", q.Investigation.Cost, q.Investigation.OverCost, want)
	}
}

// TestInvestigationBudget opens four items in hard mode: three within the
// budget cost 10 each and are no hint; the fourth costs a clue's 25 and
// counts as one paid clue. A right answer scores 100 − 55.
func TestInvestigationBudget(t *testing.T) {
	incs, id := boarded(t)
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Mode: quiz.Review, IDs: []string{id}, Difficulty: quiz.Hard, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, c, ok := s.OpenEvidence(0); !ok || c != 0 {
		t.Fatalf("free alert: ok %v cost %d, want free", ok, c)
	}
	steps := []struct {
		item, costBefore, cost, left, paid int
	}{
		{1, 10, 10, 2, 0},
		{1, 0, 0, 2, 0}, // open already: free, no budget used
		{2, 10, 10, 1, 0},
		{3, 10, 10, 0, 0},
		{4, 25, 25, 0, 1},
	}
	for n, st := range steps {
		if got := s.EvidenceCost(st.item); got != st.costBefore {
			t.Fatalf("step %d: shown cost %d, want %d", n, got, st.costBefore)
		}
		ev, c, ok := s.OpenEvidence(st.item)
		if !ok || c != st.cost || ev.ID != s.Current().Evidence[st.item].ID || !s.EvidenceOpen(st.item) {
			t.Fatalf("step %d: open %v cost %d (want %d) item %q", n, ok, c, st.cost, ev.ID)
		}
		r, _ := s.Record(0)
		if s.BudgetLeft() != st.left || r.PaidClues() != st.paid {
			t.Fatalf("step %d: budget left %d paid %d, want %d and %d", n, s.BudgetLeft(), r.PaidClues(), st.left, st.paid)
		}
	}
	if !s.EvidenceOpen(0) {
		t.Fatal("the free first item is not reported open")
	}
	for _, i := range []int{-1, len(s.Current().Evidence), 99} { // just past the board too
		if _, _, ok := s.OpenEvidence(i); ok || s.EvidenceCost(i) != 0 || s.EvidenceOpen(i) {
			t.Fatalf("out-of-range item %d opened, priced or reported open", i)
		}
	}
	if s.EvidenceOpen(5) {
		t.Fatal("unopened item reported open")
	}
	o := s.Answer(s.Current().Answer, time.Second)
	if o.Points != 45 || o.ClueCost != 55 || o.EvidenceCost != 55 {
		t.Fatalf("outcome %+v, want 45 points, 55 evidence cost", o)
	}
	if _, _, ok := s.OpenEvidence(5); ok {
		t.Fatal("evidence opened after answering")
	}
	r, _ := s.Record(0)
	if !reflect.DeepEqual(r.Opened, []int{1, 2, 3, 4}) || r.OverBudget != 1 {
		t.Fatalf("record opened %v over %d", r.Opened, r.OverBudget)
	}
}

// TestNormalNoBudget: in normal mode any number of items is investigation.
func TestNormalNoBudget(t *testing.T) {
	incs, id := boarded(t)
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Mode: quiz.Review, IDs: []string{id}, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	for k := range s.Current().Evidence {
		s.OpenEvidence(k)
	}
	r, _ := s.Record(0)
	if s.BudgetLeft() != quiz.NoBudget || r.PaidClues() != 0 || r.EvidenceCost != 40 {
		t.Fatalf("budget %d paid %d cost %d, want no budget, 0, 40", s.BudgetLeft(), r.PaidClues(), r.EvidenceCost)
	}
	if o := s.Answer(wrongChoice(s.Current()), time.Second); o.Points != 0 || o.EvidenceCost != 0 {
		t.Fatalf("wrong answer %+v, want nothing", o)
	}
}

// TestEvidenceCostFirstItem: the first item of a board is priced like any
// other when it is not the paging alert, and indexes off the board cost 0.
func TestEvidenceCostFirstItem(t *testing.T) {
	incs, id := boarded(t)
	ev := incs[0].Evidence
	ev[0], ev[1] = ev[1], ev[0] // the metric first, the alert second
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Mode: quiz.Review, IDs: []string{id}, Difficulty: quiz.Hard, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range map[int]int{0: 10, 1: 0, -1: 0, len(s.Current().Evidence): 0} {
		if got := s.EvidenceCost(i); got != want {
			t.Errorf("EvidenceCost(%d) = %d, want %d", i, got, want)
		}
	}
}
