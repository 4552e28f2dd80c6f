package quiz

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestFitsComponent(t *testing.T) {
	for _, tc := range []struct {
		family, svc string
		want        bool
	}{
		{"dependency", "checkout-api", true}, // the team's own service runs into anything
		{"dependency", "PostgreSQL", false},  // a database calls no provider's API
		{"database", "PostgreSQL", true},
		{"database", " postgresql ", true},
		{"cache", "Redis", true},
		{"queue", "Redis", false},
		{"certificate", "CloudFront", true}, // an edge terminates TLS
		{"deploy", "Kubernetes", true},
		{"scheduler", "Kubernetes", false},
		{"network", "search-service", true}, // the team's own: told of anything
		{"dependency", "Stripe API", false}, // a provider is never the team's caller
		{"network", "Acme Widget", true},    // unknown to the map: told of anything
		{"storage", "Terraform", false},     // a tool that changes the system serves none of its traffic
		{"deploy", "ArgoCD", false},
		{"dependency", "chrony", false}, // a clock daemon calls no API
		{"clock", "chrony", true},
		{"queue", "Celery", true},
		{"network", "PgBouncer", true},
	} {
		if got := fitsComponent(tc.family, tc.svc); got != tc.want {
			t.Errorf("fitsComponent(%q, %q) = %v, want %v", tc.family, tc.svc, got, tc.want)
		}
	}
	if got := fittingComponents(&Mechanism{Family: "dependency", Head: "a timeout in {svc}"}, []string{"PostgreSQL", "checkout-api", "cart-service"}, 0); strings.Join(got, ",") != "checkout-api,cart-service" {
		t.Errorf("fittingComponents skipping PostgreSQL = %q", got)
	}
	if got := fittingComponents(&Mechanism{Family: "dependency", Head: "a timeout in {svc}"}, []string{"cart-service", "checkout-api", "search-service"}, 0); strings.Join(got, ",") != "cart-service,checkout-api" {
		t.Errorf("fittingComponents of three that fit = %q, want the first two", got)
	}
	if got := fittingComponents(&Mechanism{Family: "database", Head: "a slow query on {svc}"}, []string{"PostgreSQL", "checkout-api"}, 1); strings.Join(got, ",") != "checkout-api,PostgreSQL" {
		t.Errorf("fittingComponents from the second = %q", got)
	}
	for head, want := range map[string]string{
		"two code paths in {app} updated the same rows":                                    "checkout-api",
		"an automated rotation changed the password before {app} picked up the new secret": "checkout-api",
		"clients of {svc} opened new connections":                                          "checkout-api,PostgreSQL", // a product's clients are the team's
	} {
		lib, err := parseLibrary("x\tdatabase\t" + head + "\tx\tslow\tlog\tWhy not.\n")
		if err != nil || len(lib) != 1 || strings.Contains(lib[0].Head, "{app}") {
			t.Fatalf("parsing %q: %+v, %v", head, lib, err)
		}
		if got := fittingComponents(&lib[0], []string{"checkout-api", "PostgreSQL"}, 0); strings.Join(got, ",") != want {
			t.Errorf("%q told of %q, want %q", head, got, want)
		}
	}
}

// No generated near-miss of the team corpus tells a well-known technology
// of a failure its family does not have, or of the team's own code.
func TestGeneratedOptionsFitTheirComponents(t *testing.T) {
	incs := teamIncidents(t)
	e := NewEngine(incs)
	family, ownCode, head := map[string]string{}, map[string]bool{}, map[string]string{}
	for _, m := range library() {
		family[m.ID], ownCode[m.ID], head[m.ID] = m.Family, m.App, strings.ToLower(m.Head)
	}
	checked := 0
	for i := range incs {
		for _, c := range e.generatedPool(i, e.cause[i], e.newSessState([]int{i}), true, rngFor(1, incs[i].ID, 1)) {
			for tech := range techFamily {
				if indexWord(c.t.s, tech) >= 0 && (!fitsComponent(family[c.mech], tech) || ownCode[c.mech]) {
					if indexWord(e.cause[i].s, tech) >= 0 || indexWord(head[c.mech], tech) >= 0 {
						continue // the answer's own words, copied into its tail, or the head's
					}
					t.Errorf("%s: %s entry %s told of %s: %q", incs[i].ID, family[c.mech], c.mech, tech, c.t.s)
				}
			}
			checked++
		}
	}
	if checked < 200 {
		t.Fatalf("%d generated options checked", checked)
	}
}

// Every entry unfitFor and kindred name is in the library, and no team
// question offers an entry beside a product whose idiom it is not, nor an
// entry kindred to the mechanism its root cause names.
func TestUnfitAndKindredEntries(t *testing.T) {
	for _, ids := range [][]string{slices.Concat(slices.Collect(maps.Values(unfitFor))...), slices.Collect(maps.Keys(kindred)), slices.Concat(slices.Collect(maps.Values(kindred))...)} {
		for _, id := range ids {
			if mechanism(id) == nil {
				t.Errorf("no library entry %q", id)
			}
		}
	}
	for a, kin := range kindred {
		for _, b := range kin {
			if !sameFailure(b, a) {
				t.Errorf("kindred %s -> %s, not back", a, b)
			}
		}
	}
	incs := teamIncidents(t)
	e := NewEngine(incs)
	for i := range incs {
		own := e.ownMechanism(i)
		for _, f := range e.baseFits(i) {
			if slices.Contains(unfitEntries(incs[i].Services), f.m.ID) {
				t.Errorf("%s (%v): %s offered", incs[i].ID, incs[i].Services, f.m.ID)
			}
			if own != "" && sameFailure(own, f.m.ID) {
				t.Errorf("%s: %s offered beside its own %s", incs[i].ID, f.m.ID, own)
			}
		}
	}
	if !slices.Contains(unfitEntries([]string{"checkout-api", " RDS Proxy"}), "db-hot-partition") || slices.Contains(unfitEntries([]string{"DynamoDB"}), "db-hot-partition") {
		t.Error("a hot partition key is DynamoDB's idiom, not an RDS proxy's")
	}
}

// An entry whose symptoms are all of the kind the card does not show (data
// gone wrong, or a service not answering) clashes with it; a card showing
// both, or neither, clashes with none.
func TestSymptomClash(t *testing.T) {
	cardOf := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range tokens(s) {
			m[stem(w)] = true
		}
		return m
	}
	for _, tc := range []struct {
		card     string
		symptoms []string
		want     bool
	}{
		{"Reports showed totals lower than expected.", []string{"outage", "errors", "handshake"}, true},
		{"Reports showed totals lower than expected.", []string{"wrong", "state"}, false},
		{"Reports showed totals lower than expected.", []string{"errors", "stale"}, false}, // an entry of both kinds fits
		{"Logins failed with errors for an hour.", []string{"duplicates", "double"}, true},
		{"Logins failed with errors for an hour.", []string{"errors", "timeouts"}, false},
		{"Some totals were doubled and pages failed.", []string{"outage"}, false}, // the card shows both
		{"The dashboard looked odd.", []string{"outage"}, false},                  // neither
	} {
		data, down := symptomKinds(cardOf(tc.card))
		if got := symptomClash(data, down, tc.symptoms); got != tc.want {
			t.Errorf("symptomClash(%q, %v) = %v, want %v", tc.card, tc.symptoms, got, tc.want)
		}
	}
}
