package incidents

import (
	"math"
	"testing"
)

// The draft warning lists up to five entries by id, then "…".
func TestDraftProblemListsFive(t *testing.T) {
	entries := func(ids ...string) []materialEntry {
		var es []materialEntry
		for i, id := range ids {
			es = append(es, materialEntry{ID: id, Mat: &Material{Pos: Pos{File: "ops.quiz.yaml", Line: 3 + 10*i}}, Draft: true})
		}
		return es
	}
	tests := []struct {
		ids  []string
		want string
	}{
		{[]string{"A-1"}, "ops.quiz.yaml:3: warning: incident A-1: 1 draft entry not yet reviewed (A-1): they play with generated options until you replace the TODO lines, review them and delete their draft: true line"},
		{[]string{"A-1", "A-2", "A-3", "A-4", "A-5"}, "ops.quiz.yaml:3: warning: incident A-1: 5 draft entries not yet reviewed (A-1, A-2, A-3, A-4, A-5): they play with generated options until you replace the TODO lines, review them and delete their draft: true line"},
		{[]string{"A-1", "A-2", "A-3", "A-4", "A-5", "A-6"}, "ops.quiz.yaml:3: warning: incident A-1: 6 draft entries not yet reviewed (A-1, A-2, A-3, A-4, A-5, …): they play with generated options until you replace the TODO lines, review them and delete their draft: true line"},
	}
	for _, tt := range tests {
		if got := draftProblem(entries(tt.ids...)).String(); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

// A point value is a finite number; "_" may group digits.
func TestParseNumberFinite(t *testing.T) {
	for _, bad := range []string{"NaN", "nan", "+Inf", "-inf", "Infinity", "", "12 ms"} {
		if v, err := parseNumber(bad); err == nil {
			t.Errorf("parseNumber(%q) = %v, want an error", bad, v)
		}
	}
	for in, want := range map[string]float64{"1_000": 1000, " 0.25 ": 0.25, "-3e2": -300, "1e308": 1e308} {
		if v, err := parseNumber(in); err != nil || v != want || math.IsInf(v, 0) {
			t.Errorf("parseNumber(%q) = %v, %v, want %v", in, v, err, want)
		}
	}
}
