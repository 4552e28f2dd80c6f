package quiz

import (
	"math/rand/v2"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// TestNearIdenticalLimit pins likeLimit: texts sharing 75% of their words
// count as one (they would read as the same option), 60% do not.
func TestNearIdenticalLimit(t *testing.T) {
	d := dict{}
	base := d.text("alpha bravo charlie delta echo foxtrot golf hotel")
	cases := []struct {
		other string
		want  bool
	}{
		{"alpha bravo charlie delta echo foxtrot", true},                  // 6/8 = 0.75
		{"alpha bravo charlie delta echo foxtrot golf hotel india", true}, // 8/9
		{"alpha bravo charlie delta echo foxtrot india juliet", false},    // 6/10 = 0.60
		{"Alpha, bravo; charlie delta echo foxtrot golf hotel.", true},    // the same words
	}
	for _, tc := range cases {
		if got := nearIdentical(base, d.text(tc.other)); got != tc.want {
			t.Errorf("nearIdentical(%q) = %v, want %v", tc.other, got, tc.want)
		}
	}
}

// TestHardKeepsAuthored: hard mode takes at least hardMinAuthored authored
// near-misses even where the balancing alone would prefer generated ones.
func TestHardKeepsAuthored(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	e := NewEngine(incs)
	d := dict{}
	var pool []candidate
	for k, s := range []string{
		"An authored near-miss about a lock held by the nightly export job on the orders table.",
		"An authored near-miss about a replica that fell far behind its primary during the sale.",
	} {
		pool = append(pool, candidate{t: d.text(s), authored: true, src: -1, pref: 5 + float64(k)})
	}
	for _, s := range []string{
		"Generated one: a certificate expired on the checkout endpoint.",
		"Generated two: a cache node failover lost writes for minutes.",
		"Generated three: a queue consumer crashed on a malformed message.",
		"Generated four: a DNS record was removed by an infrastructure change.",
	} {
		pool = append(pool, candidate{t: d.text(s), src: -1})
	}
	answer := d.text("The answer: an index was dropped, so every query scanned the table.")
	for seed := range uint64(20) {
		got := pickDistractors(answer, pool, cardView{}, numChoices-1, true, e.mixes(0, Hard), rand.New(rand.NewPCG(seed, 1)))
		n := 0
		for _, c := range got {
			if c.authored {
				n++
			}
		}
		if n < hardMinAuthored || hardMinAuthored < 2 {
			t.Fatalf("seed %d: %d authored near-misses (rule: at least %d, want 2)", seed, n, hardMinAuthored)
		}
	}
}

// TestNormalMix: normal mode asks two near-misses and one borrowed option
// whatever is cheapest.
func TestNormalMix(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	e := NewEngine(incs)
	d := dict{}
	var pool []candidate
	for _, s := range []string{"near one about locks held too long", "near two about a lost index", "near three about a full disk"} {
		pool = append(pool, candidate{t: d.text(s), group: groupNear, src: -1})
	}
	pool = append(pool, candidate{t: d.text("borrowed one about an expired certificate"), group: groupBorrowed, src: -1, pref: 3})
	got := pickDistractors(d.text("the answer about a retry storm"), pool, cardView{}, numChoices-1, true, e.mixes(0, Normal), rand.New(rand.NewPCG(2, 2)))
	near, borrowed := 0, 0
	for _, c := range got {
		if c.group == groupNear {
			near++
		} else {
			borrowed++
		}
	}
	if near != 2 || borrowed != 1 {
		t.Fatalf("normal mix: %d near-misses, %d borrowed; want 2 and 1", near, borrowed)
	}
}
