package quiz

// Tests written against gremlins' survivors in choices.go's text helpers
// (docs/mutation.md): the borrowed-cause rewording a team's hard round uses.

import (
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

// adapt swaps each of j's services that i lacks for one of i's, rotating
// from offset k, fixes the article before it and capitalises the result.
func TestAdapt(t *testing.T) {
	e := &Engine{
		incs: []incidents.Incident{
			{Services: []string{"Kafka", "Postgres"}},
			{Services: []string{"API gateway", "Redis", "Shared"}},
			{},
			{Services: []string{"Redis"}},
		},
		cause: []text{{}, {s: "an API gateway retried into Redis while Shared stayed up"}, {}, {s: "Redis evicted keys"}},
	}
	e.incs[0].Services = append(e.incs[0].Services, "Shared")
	for _, tc := range []struct {
		j, i, k int
		want    string
	}{
		{3, 0, 0, "Kafka evicted keys"}, // a name that opens the cause
		{1, 0, 0, "The Kafka retried into Postgres while Shared stayed up"},
		{1, 0, 1, "The Postgres retried into Shared while Shared stayed up"},
		{1, 0, 3, "The Kafka retried into Postgres while Shared stayed up"},
		{1, 2, 0, "an API gateway retried into Redis while Shared stayed up"}, // no services of its own: unchanged
	} {
		if got := e.adapt(tc.j, tc.i, tc.k); got != tc.want {
			t.Errorf("adapt(%d, %d, %d) = %q, want %q", tc.j, tc.i, tc.k, got, tc.want)
		}
	}
}
