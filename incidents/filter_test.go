package incidents

import (
	"github.com/nexusflow/rootcause/seeds"
	"testing"
	"time"
)

func TestFilter(t *testing.T) {
	incs, _ := LoadFS(seeds.FS)
	day := func(s string) time.Time { d, _ := ParseDate(s); return d }
	tests := []struct {
		name string
		f    Filter
		want int
	}{
		{"empty matches all", Filter{}, 30},
		{"platform, any case", Filter{Platforms: []string{"datanexus"}}, 8},
		{"two platforms", Filter{Platforms: []string{"DataNexus", " AthenaStream "}}, 16},
		{"severity", Filter{Severities: []Severity{1}}, 6},
		{"service by short name", Filter{Services: []string{"CloudFront"}}, 2},
		{"service by long name", Filter{Services: []string{"AWS Lambda"}}, 3},
		{"id, any case", Filter{IDs: []string{"nfi-2023-0010", "NFI-2024-0020"}}, 2},
		{"date range, inclusive", Filter{From: day("2024-01-08"), To: day("2024-01-30")}, 4},
		{"fields combine with AND", Filter{Platforms: []string{"DataNexus"}, Severities: []Severity{1}}, 1},
		{"nothing", Filter{Platforms: []string{"Mars"}}, 0},
	}
	for _, tt := range tests {
		if got := tt.f.Select(incs); len(got) != tt.want {
			t.Errorf("%s: %d incidents, want %d", tt.name, len(got), tt.want)
		}
	}
	undated := Incident{ID: "U-1"}
	if (Filter{From: day("2024-01-01")}).Match(&undated) {
		t.Error("an undated incident passed a date filter")
	}
}
