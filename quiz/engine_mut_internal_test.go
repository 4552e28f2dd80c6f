package quiz

// Tests written against gremlins' survivors in engine.go (docs/mutation.md).

import (
	"slices"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// An answer's phrasings are its cause text, then each further wording of
// the material once: blank ones and repeats (by their words) left out.
func TestPhrasingsDropBlanksAndRepeats(t *testing.T) {
	e := NewEngine(nil)
	inc := &incidents.Incident{Material: &incidents.Material{Phrasings: []string{
		"", "  \t", "A cache stampede overloaded the database.", "a cache  stampede, overloaded the database",
		"The database ran out of connections.", "A cache stampede overloaded the database.",
	}}}
	var got []string
	phr, _ := e.phrasings(inc, e.words.text("The brief."), true)
	for _, p := range phr {
		got = append(got, p.s)
	}
	want := []string{"The brief.", "A cache stampede overloaded the database.", "The database ran out of connections."}
	if !slices.Equal(got, want) {
		t.Fatalf("phrasings = %q, want %q", got, want)
	}
	if got, _ := e.phrasings(&incidents.Incident{}, e.words.text("Only."), true); len(got) != 1 || got[0].s != "Only." {
		t.Fatalf("phrasings without material = %v, want the cause text alone", got)
	}
}

// TestMixes pins each difficulty's wanted make-up of wrong choices,
// strictest first, with and without authored material.
func TestMixes(t *testing.T) {
	e := &Engine{auth: [][]authored{nil, make([]authored, 1), make([]authored, 2), make([]authored, 5)}}
	teamMix := []mix{{near: 2, borrowed: 1, mutation: 1}, {near: 2, mutation: 1}, {mutation: 1}}
	for _, tc := range []struct {
		i    int
		d    Difficulty
		want []mix
	}{
		{0, Easy, []mix{{borrowed: 3}}},
		{3, Easy, []mix{{borrowed: 3}}},
		{0, Normal, teamMix},
		{0, Hard, teamMix},
		{1, Normal, []mix{{near: 2, borrowed: 1}, {near: 2}}},
		{3, Normal, []mix{{near: 2, borrowed: 1}, {near: 2}}},
		{1, Hard, []mix{{near: 3, authored: 1}, {authored: 1}}},
		{2, Hard, []mix{{near: 3, authored: 2}, {authored: 2}}},
		{3, Hard, []mix{{near: 3, authored: 2}, {authored: 2}}},
	} {
		if got := e.mixes(tc.i, tc.d); !slices.Equal(got, tc.want) {
			t.Errorf("mixes(%d authored, %v) = %+v, want %+v", len(e.auth[tc.i]), tc.d, got, tc.want)
		}
	}
}
