package quiz

// Tests written against gremlins' survivors in choices.go's rootPool
// (docs/mutation.md): what each difficulty puts in a question's pool and at
// what preference. The guessability tests see only the questions picked
// from these pools, where one wrong preference hides among the others.

import (
	"math"
	"slices"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// teamIncidents is the team corpus (testdata/team.txt: no quiz material).
func teamIncidents(t *testing.T) []incidents.Incident {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"testdata/team.txt"})
	if err != nil || len(probs) > 0 {
		t.Fatal(probs, err)
	}
	return incs
}

// poolCase is one incident's pool at one difficulty, with the generated
// near-misses the pool starts from (drawn with the same random source).
type poolCase struct {
	e    *Engine
	i    int
	d    Difficulty
	pool []candidate
	gen  []candidate
	keep func(int) bool
}

func newPoolCase(e *Engine, i int, d Difficulty) poolCase {
	answer := e.cause[i]
	team := len(e.auth[i]) == 0
	gen := e.generatedPool(i, answer, e.newSessState([]int{i}), team, rngFor(5, e.incs[i].ID, 9))
	st := e.newSessState([]int{i})
	pool := e.rootPool(i, d, answer, st, rngFor(5, e.incs[i].ID, 9))
	keep := func(j int) bool { return j != i && e.ok[j] && !st.in[j] && !st.src[j] && !e.tooLike(i, j) }
	return poolCase{e, i, d, pool, gen, keep}
}

// rank is j's place among the incidents most like i, or -1.
func (pc poolCase) rank(j int) int {
	for r, k := range pc.e.similarSources(pc.i, pc.keep) {
		if k == j {
			return r
		}
	}
	return -1
}

// lent reports whether c is a library near-miss that one of the
// shownSources incidents most like i shows in its own question, at that
// incident's cost.
func (pc poolCase) lent(c candidate) bool {
	if c.src != -1 || c.choice.IncidentID != "" || c.mech == "" || c.group != groupBorrowed || len(pc.e.auth[pc.i]) > 0 {
		return false
	}
	for r, j := range pc.e.similarSources(pc.i, pc.keep) {
		for _, s := range pc.e.shownWrong(j, pc.d) {
			if r < shownSources && !pc.e.brief[j] && s.choice.Text == c.t.s && near(c.pref, 0.3+0.05*float64(r)) {
				return true
			}
		}
	}
	return false
}

// split checks the pool's authored head and generated middle and returns
// the rest, what the difficulty borrows.
func (pc poolCase) split(t *testing.T) []candidate {
	t.Helper()
	e, i, d := pc.e, pc.i, pc.d
	n := 0
	for n < len(pc.pool) && pc.pool[n].authored {
		if c := pc.pool[n]; c.src != -1 || c.group != groupNear || c.pref != 0 {
			t.Fatalf("%s %v: authored near-miss %q has src %d, group %d, pref %v", e.incs[i].ID, d, c.t.s, c.src, c.group, c.pref)
		}
		n++
	}
	// Generated near-misses cost a little more where authored ones are
	// few, much more beside three authored ones, and easy uses them last.
	extra := map[bool]float64{false: 0.2, true: 1.5}[len(e.auth[i]) >= 3]
	if d == Easy {
		extra = 10
	}
	ownBoard := d == Normal && len(e.incs[i].Evidence) > 0 && len(e.auth[i]) >= 3
	for _, g := range pc.gen {
		if ownBoard && g.group == groupBorrowed {
			continue
		}
		if n >= len(pc.pool) || pc.pool[n].t.s != g.t.s || !near(pc.pool[n].pref, g.pref+extra) {
			t.Fatalf("%s %v: pool[%d] is not generated %q at pref %v+%v", e.incs[i].ID, d, n, g.t.s, g.pref, extra)
		}
		n++
	}
	return pc.pool[n:]
}

// bundledEngine is the bundled corpus varied so that every branch is
// taken: every incident has a board and three or more authored
// near-misses, so a third lose the board, a third keep exactly three
// near-misses and a third two.
func bundledEngine(t *testing.T) *Engine {
	incs, _ := incidents.LoadFS(seeds.FS)
	if len(incs) < 30 {
		t.Fatalf("bundled corpus: %d incidents", len(incs))
	}
	for i := range incs {
		switch inc := &incs[i]; {
		case i%3 == 1:
			inc.Evidence = nil
		case inc.Material != nil && len(inc.Material.Distractors) > 3-i%3/2:
			m := *inc.Material // i%3 == 0: exactly three, the threshold; 2: two
			m.Distractors = m.Distractors[:3-i%3/2]
			inc.Material = &m
		}
	}
	return NewEngine(incs)
}

func TestRootPoolBundled(t *testing.T) {
	e := bundledEngine(t)
	var boards, bare, borrowedGen, skippedGen int
	for i := range e.incs {
		if !e.ok[i] {
			continue
		}
		for _, d := range Difficulties {
			pc := newPoolCase(e, i, d)
			rest := pc.split(t)
			board := len(e.incs[i].Evidence) > 0
			for _, g := range pc.gen {
				if g.group == groupBorrowed && d == Normal {
					if board && len(e.auth[i]) >= 3 {
						skippedGen++
					} else {
						borrowedGen++
					}
				}
			}
			switch {
			case d == Easy:
				if len(rest) == 0 || len(rest) > randomPoolSize {
					t.Errorf("%s easy: %d random causes", e.incs[i].ID, len(rest))
				}
				for _, c := range rest {
					if c.src < 0 || c.pref != 0 || c.group != groupBorrowed || !pc.keep(c.src) {
						t.Errorf("%s easy: borrowed %+v", e.incs[i].ID, c)
					}
				}
			case d == Normal && !board:
				bare++
				checkBorrowedNormal(t, pc, rest)
			default: // hard with authored material, or normal with a board: nothing borrowed
				if d == Normal {
					boards++
				}
				if len(rest) != 0 {
					t.Errorf("%s %v: %d borrowed candidates, want none", e.incs[i].ID, d, len(rest))
				}
			}
		}
	}
	if boards == 0 || bare == 0 || borrowedGen == 0 || skippedGen == 0 {
		t.Errorf("the corpus no longer exercises every branch: %d boards, %d bare, %d borrowed generated kept, %d skipped", boards, bare, borrowedGen, skippedGen)
	}
}

// checkBorrowedNormal: normal mode without a board lends each similar
// incident's authored near-misses and then its cause, costing more the
// less similar it is.
func checkBorrowedNormal(t *testing.T, pc poolCase, rest []candidate) {
	t.Helper()
	e := pc.e
	if len(rest) == 0 {
		t.Errorf("%s normal: nothing borrowed", e.incs[pc.i].ID)
	}
	for _, c := range rest {
		if pc.lent(c) {
			continue
		}
		if c.group != groupBorrowed || c.authored {
			t.Errorf("%s normal: borrowed %q in group %d, authored %v", e.incs[pc.i].ID, c.t.s, c.group, c.authored)
		}
		if c.src >= 0 { // a similar incident's cause
			if r := pc.rank(c.src); r < 0 || !near(c.pref, 0.3+0.05*float64(r)) {
				t.Errorf("%s normal: cause of %s (rank %d) at pref %v", e.incs[pc.i].ID, e.incs[c.src].ID, r, c.pref)
			}
			continue
		}
		j, ok := e.byID[c.choice.IncidentID] // a similar incident's authored near-miss
		if r := pc.rank(j); !ok || c.src != -1 || r < 0 || !near(c.pref, 0.1+0.05*float64(r)) || c.choice.WhyNot == "" {
			t.Errorf("%s normal: near-miss %q of %q (rank %d) at pref %v", e.incs[pc.i].ID, c.t.s, c.choice.IncidentID, r, c.pref)
		}
		if e.alike.likeCause(pc.i, c.t.s, componentStems(&e.incs[pc.i], "")) >= sameCauseLimit {
			t.Errorf("%s normal: near-miss %q says what the answer says", e.incs[pc.i].ID, c.t.s)
		}
	}
}

// TestRootPoolTeamHard: with no authored material, hard mode tells the most
// similar incidents' causes of this card's components, as near-misses.
func TestRootPoolTeamHard(t *testing.T) {
	incs := teamIncidents(t)
	e := NewEngine(incs)
	adapted, total, lent := 0, 0, 0
	for i := range e.incs {
		if !e.ok[i] {
			continue
		}
		pc := newPoolCase(e, i, Hard)
		skip := componentStems(&e.incs[i], "")
		for _, c := range pc.split(t) {
			if pc.lent(c) {
				lent++
				continue
			}
			total++
			r := pc.rank(c.src)
			if r < 0 || c.group != groupNear || !near(c.pref, hardLentPref+0.05*float64(r)) || c.mech != e.ownMechanism(c.src) {
				t.Fatalf("%s hard: from %d (rank %d) group %d pref %v mech %q", e.incs[i].ID, c.src, r, c.group, c.pref, c.mech)
			}
			retold := func(p text) bool { return e.adapt(p.s, c.src, i, r) == c.t.s }
			if !slices.ContainsFunc(e.phr[c.src], retold) || c.choice.Text != c.t.s {
				t.Fatalf("%s hard: %q / %q is no wording of %s's cause told of this card", e.incs[i].ID, c.t.s, c.choice.Text, e.incs[c.src].ID)
			}
			if !slices.ContainsFunc(e.phr[c.src], func(p text) bool { return p.s == c.t.s }) {
				adapted++
			}
			if e.alike.likeCause(i, c.t.s, skip) >= sameCauseLimit {
				t.Errorf("%s hard: %q says what the answer says", e.incs[i].ID, c.t.s)
			}
		}
	}
	if adapted == 0 || total == adapted || lent == 0 {
		t.Errorf("%d of %d borrowed causes retold, %d near-misses lent: the corpus no longer exercises each", adapted, total, lent)
	}
}

// Borrowed options come from the card's own platform where it has enough
// similar incidents: another platform's cause names what the card cannot
// have. Without a platform, or with too few, any platform lends.
func TestSimilarSourcesSamePlatform(t *testing.T) {
	incs := teamIncidents(t)
	e := NewEngine(incs)
	all := func(int) bool { return true }
	for i := range incs {
		js := e.similarSources(i, func(j int) bool { return j != i })
		if len(js) < numChoices-1 {
			t.Fatalf("%s: %d sources", incs[i].ID, len(js))
		}
		for _, j := range js {
			if incs[j].Platform != incs[i].Platform {
				t.Errorf("%s (%s) borrows from %s (%s)", incs[i].ID, incs[i].Platform, incs[j].ID, incs[j].Platform)
			}
		}
	}
	bare := append([]incidents.Incident(nil), incs...)
	bare[0].Platform = ""
	eb := NewEngine(bare)
	if got, want := eb.similarSources(0, all), eb.ix.similar(0, similarSources, all); !slices.Equal(got, want) {
		t.Errorf("without a platform: %v, want the index's %v", got, want)
	}
}
