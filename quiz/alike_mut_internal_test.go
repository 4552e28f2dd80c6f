package quiz

// Tests written against gremlins' survivors in alike.go (docs/mutation.md).

import (
	"math"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// A repeated word weighs 1 + ln(count) times its IDF before normalising:
// literals worked by hand for ids [0 0 1], each in one of one incidents.
func TestWeighVecRepeats(t *testing.T) {
	got := weighVec([]int32{0, 0, 1}, []int32{1, 1}, 1)
	want := []float64{0.8610369959439765, 0.5085423203783268}
	if len(got) != len(want) {
		t.Fatalf("weighVec = %v, want %d postings", got, len(want))
	}
	for k, p := range got {
		if p.id != int32(k) || !(math.Abs(float64(p.w)-want[k]) <= 1e-6) { // NaN fails too
			t.Fatalf("weighVec[%d] = %+v, want id %d weight %.6f", k, p, k, want[k])
		}
	}
}

// A cause compared with its own words is a perfect match, repeated words
// included, and words the corpus never uses match nothing.
func TestLikeCauseSelf(t *testing.T) {
	incs := []incidents.Incident{
		{RootCause: "the cache cache evicted the session keys"},
		{RootCause: "a certificate expired on the gateway cache"},
		{RootCause: "the queue consumer stalled on poison keys"},
	}
	cause := []text{{s: "cache eviction dropped session keys"}, {s: "expired certificate"}, {s: "stalled consumer"}}
	v := newCauseVecs(incs, cause)
	if got := v.likeCause(0, incs[0].RootCause, nil); !(math.Abs(got-1) <= 1e-6) { // NaN fails too
		t.Fatalf("likeCause(own root cause) = %v, want 1", got)
	}
	if got := v.likeCause(0, "zebra unicorn", nil); got != 0 {
		t.Fatalf("likeCause(unknown words) = %v, want 0", got)
	}
	if got := v.likeCause(1, incs[0].RootCause, nil); !(got < 0.5) {
		t.Fatalf("likeCause(another incident's cause) = %v, want a weak match", got)
	}
}
