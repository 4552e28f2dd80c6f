package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// TestVoice: generated options name a team's services as its prose does,
// with "the" where a common noun needs it, and open as the answer does.
func TestVoice(t *testing.T) {
	for in, want := range map[string]string{
		"checkout-api": "checkout service", "ledger-writer": "ledger writer", "PostgreSQL": "PostgreSQL",
		"RDS Proxy": "RDS Proxy", "cron": "cron", "Node.js": "Node.js", "k8s-v2-api": "k8s v2 service", "api-gateway": "API gateway",
		"fraud-scoring": "fraud scoring", "route-planner": "route planner", "network": "network",
	} {
		if got := proseName(in); got != want {
			t.Errorf("proseName(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []struct{ head, svc, want string }{
		{"a memory leak in {svc} grew", "ledger writer", "a memory leak in the ledger writer grew"},
		{"the {svc} cache", "ledger writer", "the ledger writer cache"},
		{"{svc} consumers crashed", "ledger writer", "the ledger writer consumers crashed"},
		{"a memory leak in {svc} grew", "PostgreSQL", "a memory leak in PostgreSQL grew"},
		{"a scheduled {svc} job ran long", "interest batch", "a scheduled interest batch job ran long"},
		{"the API version {svc} still called", "ledger writer", "the API version the ledger writer still called"},
		{"older {svc} instances and {svc} hosts", "cart service", "older cart service instances and the cart service hosts"},
	} {
		if got := fillSlot(c.head, c.svc); got != c.want {
			t.Errorf("fillSlot(%q, %q) = %q, want %q", c.head, c.svc, got, c.want)
		}
	}
	for _, c := range []struct{ s, answer, want string }{
		{"A pipeline change skipped the canary.", "The job ran twice.", "The pipeline change skipped the canary."},
		{"An access key was disabled.", "The job ran twice.", "The access key was disabled."},
		{"A pipeline change skipped the canary.", "A job ran twice.", "A pipeline change skipped the canary."},
		{"Spot capacity was reclaimed.", "The job ran twice.", "Spot capacity was reclaimed."},
	} {
		if got := matchOpener(c.s, c.answer); got != c.want {
			t.Errorf("matchOpener(%q, %q) = %q, want %q", c.s, c.answer, got, c.want)
		}
	}
	if got := proseFirst([]string{"PostgreSQL", "checkout-api", "Kubernetes", "cron"}); len(got) != 4 || got[0] != "checkout-api" || got[1] != "cron" {
		t.Errorf("proseFirst: %q, want the team's own names first", got)
	}
}

// TestLibraryPhrasing: a derived answer whose root cause is a library
// mechanism may be told in the library's words, only when that telling says
// what the root cause says, never once the session has told the mechanism
// as an answer or offered that telling as wrong, and never for an authored
// brief.
func TestLibraryPhrasing(t *testing.T) {
	team := teamIncidents(t)
	e := NewEngine(team)
	told := 0
	for i := range team {
		st := e.newSessState([]int{i})
		lp, mech, ok := e.libraryPhrasing(i, st)
		if !ok {
			continue
		}
		told++
		if strings.Contains(lp.s, ", which ") {
			t.Errorf("%s: %q keeps the head's own consequence, a claim the record may not make", team[i].ID, lp.s)
		}
		if mech != e.ownMechanism(i) || e.alike.likeCause(i, lp.s, componentStems(&team[i], "")) < sameCauseLimit {
			t.Errorf("%s: %q (%s) does not say what %q says", team[i].ID, lp.s, mech, team[i].RootCause)
		}
		st.mech[mech] = true
		if _, _, again := e.libraryPhrasing(i, st); !again {
			t.Errorf("%s: not told in the library's words after the session drew %s for another card", team[i].ID, mech)
		}
		st.offered[mech] = []text{lp}
		if _, _, again := e.libraryPhrasing(i, st); again {
			t.Errorf("%s: told in the library's words after the session offered it as wrong", team[i].ID)
		}
		st.offered[mech], st.ansMech[mech] = nil, true
		if _, _, again := e.libraryPhrasing(i, st); again {
			t.Errorf("%s: told in the library's words after the session told %s as an answer", team[i].ID, mech)
		}
	}
	if told < 5 {
		t.Errorf("only %d team answers have a library phrasing", told)
	}
	bundled, _ := incidents.LoadFS(seeds.FS)
	eb := NewEngine(bundled)
	for i := range bundled {
		if _, _, ok := eb.libraryPhrasing(i, eb.newSessState([]int{i})); ok && eb.brief[i] {
			t.Errorf("%s: an authored brief told in the library's words", bundled[i].ID)
		}
	}
}

// Empty names are skipped, not read: a blank service in a team's record
// must not stop a question from being built.
func TestVoiceEmptyNames(t *testing.T) {
	if got := proseFirst([]string{"", "Kafka", "", "ledger"}); !slices.Equal(got, []string{"ledger", "Kafka"}) {
		t.Errorf("proseFirst with empty names = %q", got)
	}
	for svc, want := range map[string]bool{"": false, "ledger writer": true, "API gateway": true, "bank SFTP": true, "Let's Encrypt": false, "ledger": false} {
		if got := commonNoun(svc); got != want {
			t.Errorf("commonNoun(%q) = %v, want %v", svc, got, want)
		}
	}
}

// symptomTail keeps a clause with exactly half its words on the card.
func TestSymptomTailHalf(t *testing.T) {
	inc := &incidents.Incident{Title: "Checkout timed out", Summary: "Orders failed."}
	for tail, want := range map[string]string{
		", so checkout requests stalled":        "", // one of three words on the card
		", so checkout requests timed out":      ", so checkout requests timed out",
		", so checkout stalled":                 ", so checkout stalled", // one of two: exactly half
		", so orders failed and checkout timed": ", so orders failed and checkout timed",
		", so":                                  "",
		// A tail pointing back into the answer points at nothing elsewhere.
		", so checkout on those hosts timed out":      "",
		", so it timed out checkout orders":           "",
		", so orders failed and their checkout timed": ", so orders failed and their checkout timed",
	} {
		if got := symptomTail(inc, tail); got != want {
			t.Errorf("symptomTail(%q) = %q, want %q", tail, got, want)
		}
	}
}

// summaryTail tells the main clause of the summary's first sentence, of up
// to tailMax characters: without a leading circumstance, cut before a
// second clause, a name keeping its capital.
func TestSummaryTail(t *testing.T) {
	long := "Users saw " + strings.Repeat("x", tailMax-12) + " y" // tailMax characters
	for _, tc := range []struct {
		summary  string
		services []string
		want     string
	}{
		{long + ".", nil, ", so users saw " + strings.Repeat("x", tailMax-12) + " y."},
		{long + "y.", nil, ""},
		{"Most API calls failed. Later more.", nil, ", so most API calls failed."},
		{"Users saw many errors, then none.", nil, ", so users saw many errors."},
		{"Pharmacies called in. Lots of them.", nil, ""}, // too short to tell anything
		{"Providers said that long visits, mostly therapy, froze.", nil, ", so providers said that long visits, mostly therapy, froze."},
		{"Logins failed (\"try again, later\") for an hour.", nil, ", so logins failed (\"try again, later\") for an hour."},
		{"Errors, then none.", nil, ""}, // too short to tell anything
		{"For about three hours, reports that combined filters showed low totals.", nil, ", so reports that combined filters showed low totals."},
		{"While one title was being removed, playback start times rose for all viewers.", nil, ", so playback start times rose for all viewers."},
		{"Viewers in Spain and Latin America got stale manifests; support logged tickets.", nil, ", so viewers in Spain and Latin America got stale manifests."},
		{"4K uploads took six hours and the fleet ran at full CPU.", nil, ", so 4K uploads took six hours."},
		{"Three partners could not deliver masters after the gateway moved.", nil, ", so three partners could not deliver masters."},
		{"European tenants saw doubled traffic.", nil, ", so European tenants saw doubled traffic."},
		{"Slack notifications stopped for an hour.", []string{"notifier", "slack"}, ", so Slack notifications stopped for an hour."},
		{"Shoppers saw errors for an hour.", nil, ", so shoppers saw errors for an hour."},
		{"A customer reported their dashboard had not changed in days.", nil, ""}, // who noticed, not what failed
		{"Viewers in Spain and Latin America got English-only manifests for new releases for about four hours.", nil,
			", so viewers in Spain and Latin America got English-only manifests for new releases."}, // the card tells how long
		{"", nil, ""},
	} {
		if got := summaryTail(&incidents.Incident{Summary: tc.summary, Services: tc.services}); got != tc.want {
			t.Errorf("summaryTail(%q) = %q, want %q", tc.summary, got, tc.want)
		}
	}
}

// A name filled in after "a"/"an" takes the article it is said with.
func TestWithArticle(t *testing.T) {
	for _, tc := range []struct{ before, name, want string }{
		{"A ", "S3", "An "},
		{"reads from a ", "image service", "reads from an "},
		{"An ", "cart service", "A "},
		{"an ", "IAM", "an "},
		{"a ", "RDS", "an "},
		{"a ", "Kafka", "a "},
		{"a ", "EKS", "an "},
		{"a ", "user service", "a "},
		{"the ", "image service", "the "}, // no article to agree
		{"data ", "S3", "data "},          // "a" must be a word of its own
		{"A ", "the service", "A "},
		{"a ", "  ", "a "}, // a blank name is left alone, not read
	} {
		if got := withArticle(tc.before, tc.name); got != tc.want {
			t.Errorf("withArticle(%q, %q) = %q, want %q", tc.before, tc.name, got, tc.want)
		}
	}
}

// A slot filled with a name ending in the word after it says it once.
func TestFillSlotSaysAWordOnce(t *testing.T) {
	for _, tc := range []struct{ head, svc, want string }{
		{"a scheduled {svc} job ran long", "user-sync job", "a scheduled user-sync job ran long"},
		{"a scheduled {svc} job ran long", "billing-sync", "a scheduled billing-sync job ran long"},
		{"the {svc} jobs retried", "user-sync job", "the user-sync jobs retried"},
		{"the {svc} jobber ran", "user-sync job", "the user-sync job jobber ran"}, // only the word itself
	} {
		if got := fillSlot(tc.head, tc.svc); got != tc.want {
			t.Errorf("fillSlot(%q, %q) = %q, want %q", tc.head, tc.svc, got, tc.want)
		}
	}
}
