package quiz

// Tests written against gremlins' survivors in choices.go's text helpers
// (docs/mutation.md): the borrowed-cause rewording a team's hard round uses.

import (
	"math/rand/v2"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestFixArticle(t *testing.T) {
	for in, want := range map[string]string{
		"An ":             "The ",
		"A ":              "The ",
		"Traffic hit an ": "Traffic hit the ",
		"Traffic hit a ":  "Traffic hit the ",
		"Then a ":         "Then the ",
		"Saw a":           "Saw a", // no space after: not an article before the name
		"Data ":           "Data ", // "a " inside a word is not an article
		"":                "",
	} {
		if got := fixArticle(in); got != want {
			t.Errorf("fixArticle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIndexWord(t *testing.T) {
	for _, tc := range []struct {
		s, name string
		want    int
	}{
		{"Redis evicted keys", "redis", 0},
		{"The Redis cluster", "Redis", 4},
		{"RedisSearch then Redis", "Redis", 17}, // a name inside a longer word is skipped
		{"ends with Redis", "Redis", 10},
		{"no such name", "Redis", -1},
		{"Redis2 only", "Redis", -1},
	} {
		if got := indexWord(tc.s, tc.name); got != tc.want {
			t.Errorf("indexWord(%q, %q) = %d, want %d", tc.s, tc.name, got, tc.want)
		}
	}
}

// adapt swaps each of j's services that i lacks for one of i's of the
// same kind (a product for a product of its family, a team's service for a
// team's service), rotating from offset k, fixes the article before it and
// capitalises the result.
func TestAdapt(t *testing.T) {
	e := &Engine{
		incs: []incidents.Incident{
			{Services: []string{"Kafka", "Postgres", "cart-service", "MySQL"}},
			{Services: []string{"API gateway", "Redis"}},
			{},
			{Services: []string{"Redis"}},
			{Services: []string{"recommendations", "DynamoDB"}},
			{Services: []string{"checkout-api", "PostgreSQL"}},
			{Services: []string{"DynamoDB"}},
			{Services: []string{"checkout-api"}},
		},
		cause: []text{{}, {s: "an API gateway retried into Redis while cart traffic stayed up"}, {}, {s: "Redis evicted keys"},
			{s: "Recommendations for a viral product were stored in DynamoDB under one key"},
			{s: "A checkout-api query on PostgreSQL scanned every row"}, {s: "DynamoDB throttled writes"},
			{s: "Calls from checkout-api to Redis timed out"}},
	}
	for _, tc := range []struct {
		j, i, k int
		want    string
	}{
		{3, 0, 0, "Redis evicted keys"},                                               // no cache on the card: the product stays
		{1, 0, 0, "The cart service retried into Redis while cart traffic stayed up"}, // a team's id in prose
		{5, 0, 0, "The cart service query on MySQL scanned every row"},                // the rotation goes on after a swap
		{4, 0, 0, "Recommendations for a viral product were stored in Postgres under one key"},
		{4, 0, 2, "Recommendations for a viral product were stored in MySQL under one key"},
		{1, 2, 0, "an API gateway retried into Redis while cart traffic stayed up"}, // no services of its own: unchanged
		{7, 0, 0, "Calls from the cart service to Redis timed out"},                 // "the" before a prose name
		{6, 0, 0, "Postgres throttled writes"},                                      // a name that opens the cause
	} {
		if got := e.adapt(e.cause[tc.j].s, tc.j, tc.i, tc.k); got != tc.want {
			t.Errorf("adapt(%d, %d, %d) = %q, want %q", tc.j, tc.i, tc.k, got, tc.want)
		}
	}
}

// plainWords: a service named by ordinary lower-case words, which a cause
// most likely uses as the words.
func TestPlainWords(t *testing.T) {
	for svc, want := range map[string]bool{
		"recommendations": true, "feature flags": true, "zones": true, "a": true,
		"checkout-api": false, "Redis": false, "s3": false, "fx_rates": false, "café": false,
	} {
		if got := plainWords(svc); got != want {
			t.Errorf("plainWords(%q) = %v, want %v", svc, got, want)
		}
	}
}

// TestIndexWordFolding: a name is not matched where lower-casing changes
// the text's byte length ("İ" becomes three bytes), because the offset
// found would not be the original's.
func TestIndexWordFolding(t *testing.T) {
	if got := indexWord("İstanbul Redis", "Redis"); got != -1 {
		t.Errorf("indexWord with a length-changing fold = %d, want -1", got)
	}
	if got := indexWord("Ünïcode Redis", "Redis"); got != 10 {
		t.Errorf("indexWord after two-byte letters = %d, want 10", got)
	}
}

// randomIdx draws up to randomPoolSize distinct incidents keep accepts,
// never i, and sweeps a corpus too small or sparse to fill by chance.
func TestRandomIdx(t *testing.T) {
	for _, tc := range []struct {
		n    int
		keep func(int) bool
		want int
	}{
		{100, func(int) bool { return true }, randomPoolSize},
		{13, func(int) bool { return true }, randomPoolSize},
		{5, func(int) bool { return true }, 4},
		{1000, func(j int) bool { return j%200 == 0 }, 5},             // sparse: 0, 200, …, 800
		{1000, func(j int) bool { return j%50 == 0 }, randomPoolSize}, // 20 kept: chance finds few, the sweep the rest
		{1000, func(j int) bool { return j == 3 }, 0},
	} {
		e := &Engine{incs: make([]incidents.Incident, tc.n)}
		for seed := range uint64(20) {
			got := e.randomIdx(3, func(j int) bool { return j != 3 && tc.keep(j) }, rand.New(rand.NewPCG(seed, 1)))
			seen := map[int]bool{}
			for _, j := range got {
				if seen[j] || j == 3 || !tc.keep(j) {
					t.Fatalf("n=%d seed %d: %v repeats, holds i or an unkept incident", tc.n, seed, got)
				}
				seen[j] = true
			}
			if len(got) != tc.want {
				t.Errorf("n=%d seed %d: %d drawn, want %d", tc.n, seed, len(got), tc.want)
			}
		}
	}
}

// explain names where a borrowed cause comes from, says when it was
// retold of this card's components, and adds the other platform.
func TestExplain(t *testing.T) {
	e := &Engine{
		incs: []incidents.Incident{
			{ID: "A", Title: "Checkout down", Platform: "AWS"},
			{ID: "B", Title: "Search slow", Summary: "Queries timed out.", Platform: "GCP"},
			{ID: "C", Title: "Login loop", Platform: "aws"},
			{ID: "D", Title: "Mail stuck"},
		},
		byID:  map[string]int{"A": 0, "B": 1, "C": 2, "D": 3},
		cause: []text{{s: "a"}, {s: "Index rebuild starved the cluster"}, {s: "Cookie domain changed"}, {s: "Queue full"}},
	}
	e.phr = [][]text{{e.cause[0]}, {e.cause[1], {s: "Index rebuild starved the cluster, so queries timed out"}}, {e.cause[2]}, {e.cause[3]}}
	choices := []Choice{
		{Text: "Index rebuild starved the cluster", IncidentID: "b"},
		{Text: "Index rebuild starved Checkout", IncidentID: "B"},
		{Text: "Cookie domain changed", IncidentID: "C"},
		{Text: "Queue full", IncidentID: "D"},
		{Text: "Kept", IncidentID: "B", WhyNot: "authored"},
		{Text: "own", IncidentID: "A"},
		{Text: "unknown", IncidentID: "Z"},
		{Text: "Index rebuild starved the cluster, so queries timed out", IncidentID: "B"}, // B's other wording
	}
	e.explain(0, choices)
	for n, want := range []string{
		"This caused B (Search slow): Queries timed out. That incident was on GCP, not AWS.",
		"A cause like this one caused B (Search slow): Queries timed out. That incident was on GCP, not AWS.",
		"This caused C (Login loop).", // the same platform, whatever its case
		"This caused D (Mail stuck).", // no platform written
		"authored", "", "",
		"This caused B (Search slow): Queries timed out. That incident was on GCP, not AWS.",
	} {
		if choices[n].WhyNot != want {
			t.Errorf("choice %d WhyNot = %q, want %q", n, choices[n].WhyNot, want)
		}
	}
	e.incs[0].Platform = ""
	c := []Choice{{Text: "Index rebuild starved the cluster", IncidentID: "B"}}
	if e.explain(0, c); c[0].WhyNot != "This caused B (Search slow): Queries timed out." {
		t.Errorf("no platform on the card: %q", c[0].WhyNot)
	}
}
