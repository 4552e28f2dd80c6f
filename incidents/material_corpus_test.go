package incidents

import (
	"fmt"
	"github.com/nexusflow/rootcause/seeds"
	"sort"
	"strings"
	"testing"
)

// The bundled material's boards are what the quiz's investigation runs on:
// these tests hold every incident to the bar issue 12 sets.

func TestBundledBoardsComplete(t *testing.T) {
	incs, probs := LoadFS(seeds.FS)
	if hasError(probs) {
		t.Fatalf("bundled corpus has errors: %v", probs)
	}
	for _, inc := range incs {
		kinds := map[string]int{}
		longest := 0
		for _, ev := range inc.Evidence {
			kinds[ev.Kind]++
			for _, s := range ev.Series {
				longest = max(longest, len(s.Points))
			}
		}
		switch {
		case len(inc.Evidence) < 4:
			t.Errorf("%s: %d evidence items, want at least 4", inc.ID, len(inc.Evidence))
		case kinds[KindAlert] == 0 || kinds[KindTimeline] == 0:
			t.Errorf("%s: board lacks the alert or the timeline: %v", inc.ID, kinds)
		case kinds[KindLog]+kinds[KindChange] == 0:
			t.Errorf("%s: board has no log or change item: %v", inc.ID, kinds)
		case longest < 12:
			t.Errorf("%s: longest metric series has %d points, want at least 12", inc.ID, longest)
		}
		m := inc.Material
		if m == nil {
			t.Errorf("%s: no material", inc.ID)
			continue
		}
		if len(m.Phrasings) < 1 || len(m.Distractors) < 6 {
			t.Errorf("%s: %d phrasings and %d distractors, want at least 1 and 6", inc.ID, len(m.Phrasings), len(m.Distractors))
		}
	}
}

func TestBundledWrongOptionsRuledOutByTheBoard(t *testing.T) {
	incs, _ := LoadFS(seeds.FS)
	n := 0
	for _, inc := range incs {
		ids := map[string]bool{}
		for _, ev := range inc.Evidence {
			ids[ev.ID] = true
		}
		for i, d := range inc.Material.Distractors {
			n++
			if len(d.RuledOutBy) == 0 {
				t.Errorf("%s: distractor %d has no ruled_out_by", inc.ID, i+1)
			}
			for _, id := range d.RuledOutBy {
				if !ids[id] {
					t.Errorf("%s: distractor %d ruled out by %q, not on the board", inc.ID, i+1, id)
				}
			}
			// A why-not that argues from the fix cannot be checked before answering.
			if w := strings.ToLower(d.WhyNot); strings.HasPrefix(w, "the fix") || strings.Contains(w, "resolution") {
				t.Errorf("%s: distractor %d argues from the fix: %q", inc.ID, i+1, d.WhyNot)
			}
		}
	}
	if n < 180 {
		t.Errorf("%d authored wrong options, want at least 180", n)
	}
}

func TestBundledEvidenceDoesNotLeakTheCause(t *testing.T) {
	incs, _ := LoadFS(seeds.FS)
	for _, inc := range incs {
		for _, lk := range EvidenceLeaks(&inc) {
			t.Errorf("%s: evidence %q repeats %q from the cause", inc.ID, lk.EvidenceID, lk.Phrase)
		}
	}
}

// The leak check must catch what it is there for: the cause's own words.
func TestEvidenceLeaksCatchesTheCause(t *testing.T) {
	inc := Incident{ID: "L-1", Title: "Checkout latency", Summary: "Checkout timed out during the sale.",
		RootCause: "The orders table lacked an index on user_id and created_at, so the checkout query scanned the table.",
		Material:  &Material{Brief: "A missing composite index made each order lookup read every row."},
		Evidence: []Evidence{
			{ID: "ok", Lines: []string{"Seq Scan on orders (rows=14M)"}},
			{ID: "rc", Lines: []string{"note: the orders table lacked an index"}},
			{ID: "brief", Title: "Why each order lookup read every row"},
			{ID: "card", Lines: []string{"checkout timed out during the sale"}}, // already on the card
		}}
	var got []string
	for _, lk := range EvidenceLeaks(&inc) {
		got = append(got, lk.EvidenceID+": "+lk.Phrase)
	}
	want := []string{"rc: the orders table", "brief: each order lookup"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("leaks %q, want %q", got, want)
	}
}

// A trainee who opens every item and picks the option sharing the most words
// with the card (as hard mode shows it) and the board must not beat 0.50 on
// hard (chance 0.25): the evidence has to be read, not matched.
func TestBundledOverlapGuessersOnHard(t *testing.T) {
	// The most-overlap guesser must not win, and neither may its mirror:
	// boards that name only the wrong options' domains would make "pick the
	// option the evidence never mentions" a winning rule.
	for _, tc := range []struct {
		name string
		sign float64
		max  float64
	}{{"most overlap", 1, 0.50}, {"least overlap", -1, 0.40}} {
		acc, total, worst := hardOverlapAccuracy(tc.sign)
		t.Logf("%s guesser on hard, all evidence open: %.3f over %.0f draws; most exposed %v", tc.name, acc, total, worst[:5])
		if acc > tc.max {
			t.Errorf("%s guesser gets %.3f on hard, want at most %.2f", tc.name, acc, tc.max)
		}
	}
}

// hardOverlapAccuracy scores a guesser that ranks options by sign times
// their word overlap with the card and the whole board, over every hard
// draw: each wording of the cause against every three of its wrong options.
func hardOverlapAccuracy(sign float64) (acc, draws float64, worst []string) {
	incs, _ := LoadFS(seeds.FS)
	var right float64
	for _, inc := range incs {
		ctx := guessWords(strings.Join(append([]string{inc.Summary, inc.Platform}, boardTexts(inc.Evidence)...), "\n"))
		m := inc.Material
		wrong := make([]float64, len(m.Distractors))
		for i, d := range m.Distractors {
			wrong[i] = sign * overlapScore(d.Text, ctx)
		}
		var incTotal, incRight float64
		for _, ans := range append([]string{m.Brief}, m.Phrasings...) {
			a := sign * overlapScore(ans, ctx)
			forTriples(len(wrong), func(i, j, k int) {
				incTotal++
				incRight += pickShare(a, wrong[i], wrong[j], wrong[k])
			})
		}
		draws, right = draws+incTotal, right+incRight
		worst = append(worst, fmt.Sprintf("%.2f %s", incRight/incTotal, inc.ID))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(worst)))
	return right / draws, draws, worst
}

func boardTexts(board []Evidence) []string {
	out := make([]string, len(board))
	for i, ev := range board {
		out[i] = EvidenceText(ev)
	}
	return out
}

// pickShare is the guesser's expected credit: 1 when the answer scores
// highest alone, split evenly on a tie.
func pickShare(a float64, others ...float64) float64 {
	ties := 1
	for _, o := range others {
		if o > a {
			return 0
		}
		if o == a {
			ties++
		}
	}
	return 1 / float64(ties)
}

func forTriples(n int, f func(i, j, k int)) {
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			for k := j + 1; k < n; k++ {
				f(i, j, k)
			}
		}
	}
}

// guessWords are the content words of s, lower-cased, with a plural s cut.
func guessWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		if len(w) < 3 || functionWords[w] {
			continue
		}
		out[strings.TrimSuffix(w, "s")] = true
	}
	return out
}

func overlapScore(choice string, ctx map[string]bool) float64 {
	ws := guessWords(choice)
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for w := range ws {
		if ctx[w] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}
