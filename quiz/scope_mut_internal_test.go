package quiz

// Tests written against gremlins' survivors in scope.go (docs/mutation.md):
// the session tiers that keep a question from offering another question's
// answer, checked one rule at a time on a corpus small enough to work out
// by hand. The corpus-wide leak tests check the same rules only in bulk.

import (
	"slices"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// scopeEngine has eight incidents whose causes share no words (so none
// fails "the same way" as another); G has no root cause and H says word
// for word what D says.
func scopeEngine() *Engine {
	causes := []string{
		"Certificate rotation left the edge proxy with an expired chain",
		"Autoscaler cooldown kept worker count flat during the surge",
		"Schema migration locked the orders table for twenty minutes",
		"Kernel upgrade changed the default socket buffer sizes",
		"Feature flag flipped checkout onto an unfinished pricing path",
		"Cron overlap doubled nightly invoice generation",
		"",
		"Kernel upgrade changed the default socket buffer sizes",
	}
	prevention := []string{
		"Monitor certificate expiry dates weekly",
		"Tune scaling cooldown for bursts",
		"Run migrations online in batches",
		"Canary kernel upgrades on one host",
		"Gate flags behind staged rollout",
		"Lock cron jobs with a lease",
		"Write down what went wrong",
		"Pin socket buffer sizes explicitly",
	}
	incs := make([]incidents.Incident, len(causes))
	for i, c := range causes {
		incs[i] = incidents.Incident{ID: string(rune('A' + i)), RootCause: c, Prevention: []string{prevention[i]}}
	}
	return NewEngine(incs)
}

func TestPlaceAndIncTier(t *testing.T) {
	e := scopeEngine()
	sp := e.newScope([]int{0, 1, 2}).from(1)
	for j, want := range []int{tierEarlier, tierOutside, tierLater, tierOutside, tierOutside} {
		if got := sp.incTier(j); got != want {
			t.Errorf("incTier(%d) from place 1 of [0 1 2] = %d, want %d", j, got, want)
		}
	}
	var none *scope
	if none.from(2) != nil || none.incTier(0) != tierOutside || none.textTier(e.cause[0], false) != tierOutside {
		t.Error("a nil scope must stay nil and put everything outside")
	}
	// An incident asked twice takes its first place.
	if got := e.newScope([]int{3, 0, 3}).from(1).incTier(3); got != tierEarlier {
		t.Errorf("incident at places 0 and 2, seen from 1: tier %d, want earlier", got)
	}
}

func TestTextTier(t *testing.T) {
	x, y, own := text{norm: "x"}, text{norm: "y"}, text{norm: "own"}
	sp := &scope{pos: 2,
		answers: []text{x, {norm: "a1"}, own, y, x},
		prevs:   [][]text{{{norm: "p0"}}, {{norm: "p1"}, y}, {{norm: "p2"}}, {{norm: "p3"}}, {}},
	}
	for _, tc := range []struct {
		t          text
		prevention bool
		want       int
	}{
		{x, false, tierLater}, // at place 0 and at place 4: the later place wins
		{text{norm: "a1"}, false, tierEarlier},
		{y, false, tierLater},
		{own, false, tierOutside}, // the question's own answer is not a leak of another's
		{text{norm: "p0"}, false, tierOutside},
		{text{norm: "p0"}, true, tierEarlier},
		{text{norm: "p3"}, true, tierLater},
		{text{norm: "p2"}, true, tierOutside},
		{y, true, tierEarlier}, // prevention compares with prevention items only
		{x, true, tierOutside},
		{text{norm: "z"}, false, tierOutside},
	} {
		if got := sp.textTier(tc.t, tc.prevention); got != tc.want {
			t.Errorf("textTier(%q, prevention %v) = %d, want %d", tc.t.norm, tc.prevention, got, tc.want)
		}
	}
}

// firstKept is a pool builder as choices.go's are: it takes up to n of the
// incidents keep accepts, in the given order, as root-cause candidates,
// then adds extra as they are.
func firstKept(e *Engine, order []int, n int, extra ...candidate) func(func(int) bool) ([]candidate, string) {
	return func(keep func(int) bool) ([]candidate, string) {
		var pool []candidate
		for _, j := range order {
			if len(pool) < n && keep(j) {
				pool = append(pool, candidate{t: e.cause[j], src: j})
			}
		}
		return append(pool, extra...), "note"
	}
}

type srcPref struct {
	src  int
	pref float64
}

func srcPrefs(pool []candidate) []srcPref {
	out := make([]srcPref, len(pool))
	for n, c := range pool {
		out[n] = srcPref{c.src, c.pref}
	}
	return out
}

func TestScopedWidensOneTierAtATime(t *testing.T) {
	e := scopeEngine()
	all := []int{7, 6, 5, 4, 3, 2, 1, 0}
	nearMiss := candidate{t: e.words.text("Disk filled with debug logs"), src: -1}
	leakyNear := candidate{t: e.cause[4], src: -1} // a near-miss that says a later answer
	fromLater := candidate{t: e.words.text("Unrelated words entirely here"), src: 4}
	fromEarlier := candidate{t: e.words.text("Other unrelated words"), src: 0}
	for _, tc := range []struct {
		name  string
		order []int // the session; the question is incident 2
		pos   int
		n     int
		extra []candidate
		want  []srcPref
	}{
		{name: "alone: everything outside, no preference", order: nil, n: 8,
			want: []srcPref{{7, 0}, {5, 0}, {4, 0}, {3, 0}, {1, 0}, {0, 0}}},
		// Outside the session are 5, 6 (no cause) and 7 (says what later D
		// says): one usable candidate, so earlier questions are let in.
		{name: "earlier ones fill the pool", order: []int{0, 1, 2, 3, 4}, pos: 2, n: 3,
			want: []srcPref{{5, 0}, {1, leakPref}, {0, leakPref}}},
		{name: "later ones only as a last resort", order: []int{0, 2, 3, 4, 5}, pos: 1, n: 8,
			want: []srcPref{{7, 2 * leakPref}, {5, 2 * leakPref}, {4, 2 * leakPref}, {3, 2 * leakPref}, {1, 0}, {0, leakPref}}},
		{name: "candidates tied to the session wait while outside ones fill the pool", order: []int{0, 1, 2, 4}, pos: 2, n: 8,
			extra: []candidate{nearMiss, leakyNear, fromLater, fromEarlier},
			want:  []srcPref{{7, 0}, {5, 0}, {3, 0}, {-1, 0}}},
		{name: "the pool cannot fill even with every tier", order: []int{1, 2, 5}, pos: 1, n: 1,
			want: []srcPref{{7, 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var sp *scope
			if tc.order != nil {
				sp = e.newScope(tc.order).from(tc.pos)
			}
			pool, note := e.scoped(2, sp, e.cause[2], false, firstKept(e, all, tc.n, tc.extra...))
			if got := srcPrefs(pool); !slices.Equal(got, tc.want) || note != "note" {
				t.Errorf("pool %v (note %q), want %v", got, note, tc.want)
			}
		})
	}
}

// TestScopedPrevention: prevention pools are judged by their items, not by
// the incidents' causes, and the candidate's own incident still counts.
func TestScopedPrevention(t *testing.T) {
	e := scopeEngine()
	sp := e.newScope([]int{0, 2, 3}).from(1)
	build := func(keep func(int) bool) ([]candidate, string) {
		var pool []candidate
		for _, j := range []int{7, 5, 4, 3, 1, 0} {
			if keep(j) {
				pool = append(pool, candidate{t: e.prev[j][0], src: j})
			}
		}
		// Incident 0's item offered as if from outside: its words still tie it to place 0.
		return append(pool, candidate{t: e.prev[0][0], src: 5}), ""
	}
	pool, _ := e.scoped(2, sp, e.prev[2][0], true, build)
	// 7's cause is word for word later D's, but its prevention item is its own: kept.
	want := []srcPref{{7, 0}, {5, 0}, {4, 0}, {1, 0}}
	if got := srcPrefs(pool); !slices.Equal(got, want) {
		t.Errorf("prevention pool %v, want %v", got, want)
	}
}

func TestRoundOrder(t *testing.T) {
	e := scopeEngine()
	for _, tc := range []struct {
		id    string
		round []string
		order []int
		pos   int
	}{
		{"c", []string{"A", " c ", "B"}, []int{0, 2, 1}, 1},
		{"C", []string{"C", "A", "C"}, []int{2, 0, 2}, 0}, // asked twice: the first place
		{"A", []string{"C", "A", "A"}, []int{2, 0, 0}, 1},
		{"C", []string{"A", "nope", "B"}, []int{0, 1, 2}, 2}, // missing: after the round
		{"B", nil, []int{1}, 0},
	} {
		order, pos, err := e.roundOrder(tc.id, tc.round)
		if err != nil || !slices.Equal(order, tc.order) || pos != tc.pos {
			t.Errorf("roundOrder(%q, %q) = %v, %d, %v; want %v, %d", tc.id, tc.round, order, pos, err, tc.order, tc.pos)
		}
	}
	if _, _, err := e.roundOrder("Z", []string{"A"}); err == nil {
		t.Error("an unknown id must be an error")
	}
}
