package quiz

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// The engine rewords a derived cause in the record's own words only: the
// first sentence whole where it fits, without its circumstance, without
// its consequence.
func TestDerivedPhrasings(t *testing.T) {
	for _, tc := range []struct{ name, root, want0 string }{
		{"whole sentence without its circumstance",
			"The order history query filtered on customer_id without an index after a table rebuild dropped it, so every call scanned millions of rows and timed out.",
			"The order history query filtered on customer_id without an index, so every call scanned millions of rows and timed out."},
		{"consequence dropped, the because clause kept",
			"The cluster could not add nodes because the subnets had run out of free addresses, so new pods stayed pending.",
			"The cluster could not add nodes because the subnets had run out of free addresses."},
	} {
		derived := derivedCause(tc.root)
		got := derivedPhrasings(tc.root, derived)
		if !slices.Contains(got, tc.want0) {
			t.Errorf("%s: %q gives %q, want %q among them", tc.name, derived, got, tc.want0)
		}
		for _, p := range got {
			if p == derived || len([]rune(p)) > derivedMax || len([]rune(p)) < derivedEnough {
				t.Errorf("%s: phrasing %q repeats the derived text or is out of bounds", tc.name, p)
			}
		}
	}
}

// What cannot be reworded without new words, a dangling pronoun, a
// changed meaning or a lost part of the cause stays one sentence.
func TestDerivedPhrasingsLeaveAlone(t *testing.T) {
	for _, root := range []string{
		"Recommendations for a viral product were stored under a single partition key.",
		"The certificate on the public API hostname expired after its validation record was removed.", // "its" would come first
		"Redis reset the eviction policy of the cart cache after the upgrade to version seven.",       // a name cannot be lower-cased
		"The cache was cleared.", // too short to reword
		"The telemetry stream kept the same shard count after a new customer doubled the number of vehicles.",                                                   // no clause moves to the front
		"One malformed order event made the email consumer throw on deserialization and restart, so it kept re-reading the same offset while the backlog grew.", // nor is a consequence cut short
		"A repair job ran on several nodes at once during peak ingest and saturated their disks, so writes timed out on those replicas and retried.",            // "and saturated" is part of the cause
	} {
		if got := derivedPhrasings(root, derivedCause(root)); len(got) > 0 {
			t.Errorf("%q reworded as %q", root, got)
		}
	}
}

// A derived cause is lent in each of its wordings, an authored brief as it
// is: the brief's own near-misses vary it already.
func TestBorrowedCauseWordings(t *testing.T) {
	e := NewEngine(teamIncidents(t))
	j := e.byID["TEAM-043"]
	seen := map[string]bool{}
	for seed := range uint64(64) {
		seen[e.borrowedCand(j, 0, rand.New(rand.NewPCG(seed, 1))).t.s] = true
	}
	if len(seen) != len(e.phr[j]) || len(seen) < 2 {
		t.Errorf("TEAM-043 lent as %d texts, want its %d wordings", len(seen), len(e.phr[j]))
	}
	b := NewEngine([]incidents.Incident{{ID: "B", RootCause: "Disk filled.", Material: &incidents.Material{Brief: "The disk filled up.", Phrasings: []string{"Logs filled the disk."}}}})
	for seed := range uint64(16) {
		if c := b.borrowedCand(0, 0, rand.New(rand.NewPCG(seed, 1))); c.t.s != "The disk filled up." {
			t.Fatalf("a brief lent as %q", c.t.s)
		}
	}
}

// The bounds of a rewording, at their edges: derivedEnough and derivedMax
// characters are kept; a clause opening the sentence is no consequence; a
// circumstance from the middle of derivedEnough on may go.
func TestDerivedPhrasingsBounds(t *testing.T) {
	head := "The nightly export job lost its storage credentials at midnight" // 64 runes
	head = head[:derivedEnough-1]                                             // 59, and the period makes 60
	root := head + ", so the jobs failed."
	if got := derivedPhrasings(root, derivedCause(root)); !slices.Contains(got, head+".") {
		t.Errorf("a %d-character rewording left out: %q", derivedEnough, got)
	}
	cause := strings.Repeat("x", derivedMax-len(", so the jobs failed.")) // 130 with the tail
	long := cause + " after the rotation, so the jobs failed."
	if got := derivedPhrasings(long, derivedCause(long)); !slices.Contains(got, cause+", so the jobs failed.") {
		t.Errorf("a %d-character rewording left out: %q", derivedMax, got)
	}
	if s := "The pool ran dry at peak, so checkout timed out, and orders were lost"; consequenceAt(s) != strings.Index(s, ", so ") {
		t.Errorf("consequenceAt(%q) = %d, want the first clause", s, consequenceAt(s))
	}
	if k := consequenceAt(", so it opens the text"); k != -1 {
		t.Errorf("a clause opening the text counted as a consequence at %d", k)
	}
	mid := strings.Repeat("y", derivedEnough/2) + " after the rotation, so the jobs failed."
	if got := withoutCircumstance(mid); got != strings.Repeat("y", derivedEnough/2)+", so the jobs failed." {
		t.Errorf("a circumstance at %d stayed: %q", derivedEnough/2, got)
	}
}

// A "before" or "until" clause tells the order or the limit that is the
// cause, so it is never cut as a circumstance.
func TestOrderClauseKept(t *testing.T) {
	for _, s := range []string{
		"The reconciliation task started before the upstream export task had finished, so it read an empty partition.",
		"Slow queries held the checkout service connections open until the pool ran dry, so requests timed out.",
	} {
		if got := withoutCircumstance(s); got != s {
			t.Errorf("withoutCircumstance cut %q to %q", s, got)
		}
	}
}
