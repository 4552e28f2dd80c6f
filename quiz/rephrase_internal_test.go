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

// A derived cause is also told with its card's impact, after any
// consequence of its own, but not past impactMax; an incident
// lends its cause to other cards without it.
func TestWithImpact(t *testing.T) {
	tail := ", so checkout failed for an hour."
	pool := "The checkout database's connection pool was exhausted at peak" // 61 runes with the period
	for cause, want := range map[string]string{
		pool + ".":                                       pool + tail,
		pool + ", so requests queued.":                   pool + ", so requests queued, and checkout failed for an hour.",
		pool + ", which stalled the queue.":              pool + ", which stalled the queue" + tail,
		pool + ", which throttled it so work queued.":    pool + ", which throttled it so work queued, and checkout failed for an hour.",
		pool[:derivedEnough-2] + ".":                     "", // mostly the card's words
		strings.Repeat("x", impactMax-len(tail)) + ".":   strings.Repeat("x", impactMax-len(tail)) + tail,
		strings.Repeat("x", impactMax-len(tail)+1) + ".": "",
	} {
		if got := withImpact(cause, tail); got != want {
			t.Errorf("withImpact(%q) = %q, want %q", cause, got, want)
		}
	}
	if got := withImpact(pool+".", ""); got != "" {
		t.Errorf("a card without a summary tail gave %q", got)
	}
	e := NewEngine(teamIncidents(t))
	j := e.byID["TEAM-010"]
	if !e.impact[j] || !strings.HasSuffix(e.phr[j][len(e.phr[j])-1].s, summaryTail(&e.incs[j])) {
		t.Fatalf("TEAM-010 wordings %v: want the last told with its impact", e.phr[j])
	}
	for seed := range uint64(64) {
		if c := e.borrowedCand(j, 0, rand.New(rand.NewPCG(seed, 1))); e.impact[j] && c.t.norm == e.phr[j][len(e.phr[j])-1].norm {
			t.Fatalf("TEAM-010 lent told with its own card's impact: %q", c.t.s)
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
	if len(seen) != e.wordings(j, true) || len(seen) < 2 {
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

// No wrong option tells another card's impact: a near-miss lent from a
// similar incident's question leaves that incident's consequence clause
// behind ("…, so ledger writes failed for 12 minutes" on a card whose
// writes failed for 25 was struck out on sight, a trainee's read-through).
func TestNoOtherCardsImpact(t *testing.T) {
	incs := teamIncidents(t)
	e := NewEngine(incs)
	for _, d := range []Difficulty{Normal, Hard} {
		for seed := range int64(8) {
			s, err := e.NewSession(Options{Difficulty: d, Count: 30, Seed: seed + 1})
			if err != nil {
				t.Fatal(err)
			}
			for n := range s.Len() {
				r, _ := s.Record(n)
				q := r.Question
				own := summaryTail(q.Incident)
				for k, c := range q.Choices {
					for j := range incs {
						tail := strings.TrimSuffix(strings.TrimPrefix(summaryTail(&incs[j]), ", so "), ".")
						if k != q.Answer && tail != "" && summaryTail(&incs[j]) != own && strings.Contains(c.Text, tail) {
							t.Errorf("%v seed %d, %s: %q tells %s's impact", d, seed+1, q.Incident.ID, c.Text, incs[j].ID)
						}
					}
				}
			}
		}
	}
}

// A choice tells the team's first person in the third.
func TestThirdPerson(t *testing.T) {
	for in, want := range map[string]string{
		"Our vendor changed the endpoint, and we retried.": "The vendor changed the endpoint, and the team retried.",
		"The job told us nothing; ours was late.":          "The job told the team nothing; the team's was late.",
		"Web workers used weird ourselves.":                "Web workers used weird ourselves.",
		"We":                                               "The team",
	} {
		if got := thirdPerson(in); got != want {
			t.Errorf("thirdPerson(%q) = %q, want %q", in, got, want)
		}
	}
}
