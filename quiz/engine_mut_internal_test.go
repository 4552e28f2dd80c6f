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
	for _, p := range e.phrasings(inc, e.words.text("The brief.")) {
		got = append(got, p.s)
	}
	want := []string{"The brief.", "A cache stampede overloaded the database.", "The database ran out of connections."}
	if !slices.Equal(got, want) {
		t.Fatalf("phrasings = %q, want %q", got, want)
	}
	if got := e.phrasings(&incidents.Incident{}, e.words.text("Only.")); len(got) != 1 || got[0].s != "Only." {
		t.Fatalf("phrasings without material = %v, want the cause text alone", got)
	}
}
