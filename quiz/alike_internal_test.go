package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// evictionTeamIncident fails as NFI-2024-0002 does, in a team's own words.
var evictionTeamIncident = incidents.Incident{
	ID: "TEAM-1", Platform: "Shop", Services: []string{"Redis"}, Severity: 2,
	Title: "Carts empty", Summary: "Carts were empty after the evening peak.",
	RootCause: "Eviction policy allkeys-lru dropped cart keys.",
}

// TestSameCauseLimit pins the calibration of sameCauseLimit: no two
// bundled incidents count as one failure mode (so no bundled question loses
// a wrong choice), and a team incident retelling one of them does.
func TestSameCauseLimit(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	incs = append(incs, evictionTeamIncident)
	e := NewEngine(incs)
	n := len(incs) - 1
	best, pair := 0.0, ""
	for i := range n {
		for j := range i {
			if s := e.alike.sameCause(i, j); s > best {
				best, pair = s, incs[i].ID+" "+incs[j].ID
			}
		}
	}
	t.Logf("most alike bundled pair: %s %.3f (limit %.2f)", pair, best, sameCauseLimit)
	if best >= sameCauseLimit {
		t.Errorf("bundled %s count as one failure mode (%.3f)", pair, best)
	}
	j := e.byID["NFI-2024-0002"]
	s := e.alike.sameCause(n, j)
	t.Logf("the eviction retelling against NFI-2024-0002: %.3f", s)
	if s < sameCauseLimit {
		t.Errorf("the eviction retelling scores only %.3f against NFI-2024-0002", s)
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"eviction": "evict", "evicted": "evict", "dropped": "drop", "drop": "drop",
		"keys": "keys", "policies": "polici", "throttling": "throttl", "configurations": "configur",
		"access": "access", "lru": "lru",
		"loaded": "load", "shed": "shed", // the shortest stem cut is four letters
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDerivedCause(t *testing.T) {
	long := "Then " + strings.Repeat("word ", 40) + "end."
	tests := []struct{ in, want string }{
		{"Short cause. It grew from here. And then it got worse.", "Short cause. It grew from here. And then it got worse."},
		{"A single short sentence.", "A single short sentence."},
		{"  Spaces\n\nand   lines. More.", "Spaces and lines. More."},
		{"", ""},
		// a short action that ", and" continues keeps the failure it led to
		{"The identity provider's signing key was rotated, and the back-office app cached the old public key for 24 hours so every new token failed verification.",
			"The identity provider's signing key was rotated, and the back-office app cached the old public key for 24 hours."},
		{"Ledger pods opened a new connection for each partner call, and the NAT gateway ran out of source ports for the single partner address.",
			"Ledger pods opened a new connection for each partner call, and the NAT gateway ran out of source ports for the single partner address."},
		// a fronted circumstance is never all that is left
		{"After a slow upstream load pushed the 02:00 run past its next start, the scheduler launched a second run of the same DAG and both appended to one staging table.",
			"After a slow upstream load pushed the 02:00 run past its next start, the scheduler launched a second run of the same DAG."},
		// a first clause that tells the failure may drop what followed
		{"A configuration change lowered the database proxy's maximum connections to a tenth of the previous value, and checkout requests waited for connections until they timed out.",
			"A configuration change lowered the database proxy's maximum connections to a tenth of the previous value."},
	}
	for _, tc := range tests {
		if got := derivedCause(tc.in); got != tc.want {
			t.Errorf("derivedCause(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A first sentence long enough stands alone.
	first := "The cache cluster ran out of memory during the evening peak and evicted the session keys that checkout needed to finish orders."
	if got := derivedCause(first + " Then more."); got != first {
		t.Errorf("derivedCause kept more than a long first sentence: %q", got)
	}
	// A second sentence overrunning the limit after a short first one is cut
	// at a clause boundary, ending in a period, never "…".
	got := derivedCause("Short first. Then the writer ran out of memory after the deploy, so the cache refilled from the database " + long)
	if want := "Short first. Then the writer ran out of memory after the deploy."; got != want {
		t.Errorf("derivedCause cut to %q, want %q", got, want)
	}
	// A long enough first sentence stands alone rather than end in a cut clause.
	lead := "The nightly export job held a lock on the orders table for an hour."
	if got := derivedCause(lead + " " + long); got != lead {
		t.Errorf("derivedCause = %q, want the first sentence alone", got)
	}
}

// TestDerivedCauseLengths: derived from the bundled root causes, the texts
// are about as long as the authored briefs (123 to 153 characters), where
// first sentences alone ran 51 to 159; a sentence with nowhere to cut it
// runs whole to impactMax.
func TestDerivedCauseLengths(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	total := 0
	for _, inc := range incs {
		d := derivedCause(inc.RootCause)
		n := utf8.RuneCountInString(d)
		total += n
		if n > impactMax || n < min(derivedEnough, utf8.RuneCountInString(collapseSpace(inc.RootCause))) || strings.Contains(d, "…") {
			t.Errorf("%s: derived text of %d runes: %q", inc.ID, n, d)
		}
	}
	t.Logf("derived cause texts average %d runes", total/len(incs))
}
