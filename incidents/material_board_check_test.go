package incidents

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateReportsBoardProblemsUpFront (QA F26): what a round would be
// the first to show about a board — a why-not quoting an after_answer item,
// no alert, a missing metric or log — is reported when the files load,
// with file, line and incident.
func TestValidateReportsBoardProblemsUpFront(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("X-1"))
	write(t, dir, "team.quiz.yaml", `X-1:
  brief: A bad memory setting made the fleet churn.
  evidence:
    - {id: notes, kind: note, title: On-call notes, lines: [restarted twice]}
    - {id: later, kind: log, title: Post-incident log, lines: [found it], after_answer: true}
  distractors:
    - text: A CDN push shortened cache lifetimes.
      why_not: The fix was a rollback on the instances.
      ruled_out_by: [later]
    - {text: An expired certificate broke handshakes., why_not: Renewing would have fixed it., ruled_out_by: [notes]}
    - {text: The instance quota was hit at peak time., why_not: Instances did launch., ruled_out_by: [notes]}
`)
	_, probs, err := Load([]string{f})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	yaml := filepath.Join(dir, "team.quiz.yaml")
	want := []string{
		yaml + ":9: warning: incident X-1: distractor 1 is ruled_out_by \"later\", an after_answer item: the trainee cannot open it before answering, so the feedback leaves it out",
		yaml + ":1: warning: incident X-1: the evidence board has no alert item: nothing on it shows what paged",
		yaml + ":1: warning: incident X-1: the evidence board has no metric and no log or change item (rounds say so under the list); the bundled boards have a metric and a log or change",
	}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("missing %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// TestDraftEntryDoesNotPlay (QA F37): an entry marked draft: true is
// checked but not attached, and one warning at it says so.
func TestDraftEntryDoesNotPlay(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("X-1"))
	write(t, dir, "team.quiz.yaml", "X-1:\n  draft: true\n"+goodMaterial)
	incs, probs, err := Load([]string{f})
	if err != nil || len(incs) != 1 {
		t.Fatalf("%v %d", err, len(incs))
	}
	if incs[0].Material != nil {
		t.Error("a draft entry is attached")
	}
	want := filepath.Join(dir, "team.quiz.yaml") + ":1: warning: incident X-1: 1 draft entry not yet reviewed (X-1): " +
		"they play with generated options until you replace the TODO lines, review them and delete their draft: true line"
	if len(probs) != 1 || probs[0].String() != want {
		t.Errorf("problems %v, want %q", probs, want)
	}
	write(t, dir, "team.quiz.yaml", "X-1:\n  draft: false\n"+goodMaterial)
	if incs, probs, _ := Load([]string{f}); len(probs) != 0 || incs[0].Material == nil {
		t.Errorf("draft: false: %v, material %v", probs, incs[0].Material)
	}
}
