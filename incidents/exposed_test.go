package incidents_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

func TestExposed(t *testing.T) {
	base := incidents.Incident{
		ID: "INC-7", Platform: "Shop", Services: []string{"Amazon CloudFront"},
		Title:     "Origin overloaded",
		Summary:   "Origin load tripled and pages were slow for an hour.",
		RootCause: "A release script invalidated the whole CloudFront cache with a wildcard path.",
	}
	for _, c := range []struct {
		name   string
		edit   func(*incidents.Incident)
		fields string // "field:word,word" per exposed field, space-separated
	}{
		{"symptom card", func(*incidents.Incident) {}, ""},
		{"title names the mechanism", func(i *incidents.Incident) { i.Title = "CDN Cache Invalidation Storm" }, "title:cache,invalidation"},
		{"one cause word is not enough in a title", func(i *incidents.Incident) { i.Title = "Cache misses at the origin" }, ""},
		{"two shared words but no mechanism", func(i *incidents.Incident) { i.Title = "Release script whole" }, ""},
		{"service names do not count", func(i *incidents.Incident) { i.Title = "CloudFront cache slow" }, ""},
		{"symptom words do not count", func(i *incidents.Incident) {
			i.RootCause += " Latency failure outage."
			i.Title = "Latency failure outage"
		}, ""},
		{"the brief counts as the cause", func(i *incidents.Incident) {
			i.Material = &incidents.Material{Brief: "A purge job dropped every stored copy."}
			i.Title = "Purge job gone wrong"
		}, "title:purge,job"},
		{"an id naming the mechanism", func(i *incidents.Incident) { i.ID = "INC-2024-WILDCARD" }, "id:wildcard"},
		{"an id of digits and prefixes", func(i *incidents.Incident) { i.ID = "INC-2024-0001" }, ""},
		{"an id naming a mechanism word", func(i *incidents.Incident) { i.ID = "INC-CACHE-7" }, "id:cache"},
		{"summary with three cause words", func(i *incidents.Incident) {
			i.Summary = "A release invalidated the cache and the script retried."
			i.RootCause += " The script retried."
		}, "summary:release,invalidated,cache,script,retried"},
		{"a summary naming what failed, with one mechanism word", func(i *incidents.Incident) {
			i.RootCause = "The artifact store's password was rotated, but the deploy runners kept the old one."
			i.Summary = "Every deploy failed with authentication errors from the artifact store."
		}, ""},
		{"no cause, nothing to expose", func(i *incidents.Incident) { i.RootCause = ""; i.Title = "CDN Cache Invalidation Storm" }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			inc := base
			c.edit(&inc)
			var got []string
			for _, x := range incidents.Exposed(&inc) {
				got = append(got, x.Field+":"+strings.Join(x.Words, ","))
			}
			if g := strings.Join(got, " "); g != c.fields {
				t.Errorf("Exposed = %q, want %q", g, c.fields)
			}
			if want := strings.HasPrefix(c.fields, "title:"); incidents.TitleExposed(&inc) != want {
				t.Errorf("TitleExposed = %v, want %v", !want, want)
			}
		})
	}
}

// TestExposedBundled pins which bundled cards name their cause: the titles
// the quiz hides in normal mode as well as hard.
func TestExposedBundled(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	var got []string
	for i := range incs {
		if incidents.TitleExposed(&incs[i]) {
			got = append(got, incs[i].ID)
		}
	}
	want := []string{"NFI-2023-0014", "NFI-2024-0006", "NFI-2024-0012", "NFI-2024-0018"}
	if !slices.Equal(got, want) {
		t.Errorf("exposed titles %v, want %v", got, want)
	}
	probs := incidents.ExposedProblems(incs)
	if len(probs) != len(want) {
		t.Fatalf("%d warnings, want %d: %v", len(probs), len(want), probs)
	}
	p := probs[0]
	if !p.Warning || p.IncidentID != "NFI-2023-0014" || !strings.Contains(p.Msg, `"CDN Cache Invalidation Storm" names the cause (cache, invalidation)`) {
		t.Errorf("first warning %+v", p)
	}
	if p.Pos.File == "" || p.Pos.Line == 0 {
		t.Errorf("warning without a place: %v", p)
	}
}
