package incidents_test

// Tests written against surviving mutants of exposed.go (scripts/mutate.sh
// incidents; docs/mutation.md): three-letter words count, and an id's
// noise words are dropped from the id only.

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func exposedFields(inc *incidents.Incident) string {
	var got []string
	for _, x := range incidents.Exposed(inc) {
		got = append(got, x.Field+":"+strings.Join(x.Words, ","))
	}
	return strings.Join(got, " ")
}

// "DNS" and "TTL" are words of three letters: a title of both names the
// cause.
func TestExposedThreeLetterWords(t *testing.T) {
	inc := incidents.Incident{ID: "INC-9", Title: "DNS TTL", Summary: "Pages were slow for an hour.",
		RootCause: "The DNS TTL was set to a week."}
	if got, want := exposedFields(&inc), "title:dns,ttl"; got != want {
		t.Fatalf("Exposed = %q, want %q", got, want)
	}
}

// "RCA" is noise in an id ("INC-RCA-…"), a word like any other in a title.
func TestExposedIDNoiseOnlyInTheID(t *testing.T) {
	inc := incidents.Incident{ID: "INC-RCA-CACHE", Title: "RCA cache purged", Summary: "Pages were slow for an hour.",
		RootCause: "The vendor RCA tool purged the cache."}
	if got, want := exposedFields(&inc), "title:rca,cache,purged id:cache"; got != want {
		t.Fatalf("Exposed = %q, want %q", got, want)
	}
}

// A six-letter plural meets its singular ("caches", "cache"): stems drop
// the s of words up to six letters.
func TestExposedSixLetterPlural(t *testing.T) {
	inc := incidents.Incident{ID: "INC-9", Title: "Cache expired", Summary: "Pages were slow for an hour.",
		RootCause: "The CDN caches expired at once."}
	if got, want := exposedFields(&inc), "title:cache,expired"; got != want {
		t.Fatalf("Exposed = %q, want %q", got, want)
	}
}
