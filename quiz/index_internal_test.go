package quiz

import (
	"fmt"
	"slices"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// TestSimilarNeighbours pins a few neighbours a senior SRE would name for
// the bundled corpus: same platform and services, related failure modes.
func TestSimilarNeighbours(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	e := NewEngine(incs)
	title := func(id string) string {
		inc, _ := e.Incident(id)
		return inc.Title
	}
	for _, tc := range []struct{ id, near string }{
		{"NFI-2023-0012", "NFI-2024-0016"}, // checkout latency ~ RDS read replica lag
		{"NFI-2024-0004", "NFI-2024-0007"}, // DNS resolution ~ Route 53 failover test
		{"NFI-2023-0015", "NFI-2024-0010"}, // S3 cost overrun ~ S3 replication delay
	} {
		i := e.byID[tc.id]
		var got []string
		for _, j := range e.ix.similar(i, 3, e.askable) {
			got = append(got, incs[j].ID)
			if j == i {
				t.Errorf("%s is its own neighbour", tc.id)
			}
		}
		if !slices.Contains(got, tc.near) {
			t.Errorf("%s (%s): top 3 %v lacks %s (%s)", tc.id, title(tc.id), got, tc.near, title(tc.near))
		}
	}
}

// TestSimilarSkipsCommonTermsOnLargeCorpora checks the pruning that keeps
// queries cheap: a term in every incident gets no posting list.
func TestSimilarSkipsCommonTermsOnLargeCorpora(t *testing.T) {
	incs := make([]incidents.Incident, commonMin)
	for i := range incs {
		incs[i] = incidents.Incident{ID: fmt.Sprintf("X-%04d", i), RootCause: "shared words everywhere",
			Title: fmt.Sprintf("title%d", i)}
	}
	ix := newIndex(incs)
	long := 0
	for _, p := range ix.postings {
		long = max(long, len(p))
	}
	if long > int(commonShare*float64(len(incs))) {
		t.Errorf("a posting list holds %d of %d incidents", long, len(incs))
	}
}
