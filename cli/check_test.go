package cli

import (
	"strings"
	"testing"
)

// TestCheckReport runs the guessability report on the team file: a row per
// guesser with a figure per difficulty, the exposed questions and the
// missing material.
func TestCheckReport(t *testing.T) {
	out, stderr, err := runWith(t, draftCmds, "incidents", "check", "--seeds", "2", "--count", "10", teamCorpus)
	if err != nil {
		t.Fatalf("check: %v\n%s", err, stderr)
	}
	for _, want := range []string{
		"Guessability of 63 incidents: 2 sessions per difficulty, 10 questions each",
		"guesser              normal     hard",
		"word-overlap", "bm25-pairs", "loner", "strike-out", "recurring", "least-recurring", "learned",
		"Most exposed (a title, summary or id that names the cause): 3",
		`TEAM-035 title "Service calls failing after mesh update" names calls, mesh, update (hidden in normal and hard mode)`,
		"No authored brief: 63 incident(s)",
		"No authored near-misses: 63 incident(s)",
		"Only one wording of the cause: 2 incident(s)\n    TEAM-038, TEAM-058\n", // named where only some lack it
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if rows := strings.Count(out, "%"); rows < 2*17 {
		t.Errorf("%d figures, want two per guesser:\n%s", rows, out)
	}
}

func TestCheckRefusesBadFlags(t *testing.T) {
	if _, _, err := runWith(t, draftCmds, "incidents", "check", "--seeds", "0", teamCorpus); err == nil || !strings.Contains(err.Error(), "--seeds") {
		t.Fatalf("--seeds 0: %v", err)
	}
}
