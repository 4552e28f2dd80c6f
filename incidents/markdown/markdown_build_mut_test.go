package markdown

import (
	"strings"
	"testing"
)

// checkMD reads one Markdown file and compares each incident and problem
// with literals.
func checkMD(t *testing.T, body string, wantIncs, wantProbs []string) {
	t.Helper()
	incs, probs := ParseMarkdown("case.md", []byte(body))
	got := []string{}
	for _, in := range incs {
		got = append(got, brief(in))
	}
	if strings.Join(got, "\n") != strings.Join(wantIncs, "\n") {
		t.Errorf("incidents:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantIncs, "\n"))
	}
	if wantProbs == nil {
		return
	}
	if g := problemTexts(probs); strings.Join(g, "\n") != strings.Join(wantProbs, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(wantProbs, "\n"))
	}
}

const mdHead = "# Disk full on the log host\n\n**Date:** 2025-03-04\n**Severity:** SEV-3\n\n## Summary\n\nLogs stopped.\n\n"

// Sections of the same field and rank are joined in order; a better-ranked
// one ("Root cause" over "Fault") wins wherever it stands.
func TestPickJoinsEqualRanks(t *testing.T) {
	checkMD(t, mdHead+"## Root cause\n\nRotation was off.\n\n## Root causes\n\nAlerts went to an old channel.\n\n## Resolution\n\nFreed space.\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off.\n\nAlerts went to an old channel." | res "Freed space." | prev []`,
	}, []string{})
	checkMD(t, mdHead+"## Fault\n\nA cron job.\n\n## Root cause\n\nRotation was off.\n\n## Fault\n\nNo alert.\n\n## Resolution\n\nFreed space.\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev []`,
	}, []string{})
}

// A summary paragraph stating the cause becomes the root cause when there
// is no root-cause heading, and the rest of that paragraph stays the summary
// without a stray leading blank.
func TestCauseTakenFromSummaryLabel(t *testing.T) {
	body := "# Checkout errors\n\n**Date:** 2025-03-04\n**Severity:** SEV-2\n**Summary:** The root cause was an expired certificate.\nCustomers saw TLS errors.\n\n## Resolution\n\nRenewed the certificate.\n"
	checkMD(t, body, []string{
		`CASE line 1 | Checkout errors | 2025-03-04 | sev 2 |  | [] | sum "Customers saw TLS errors." | rc "The root cause was an expired certificate." | res "Renewed the certificate." | prev []`,
	}, []string{
		`case.md:1: warning: incident CASE: no root-cause heading; the root cause is read from the paragraph at line 5 of "Summary"`,
	})
}

// An action-item label's value continues on the next lines of its
// paragraph; an introduction ending in ":" is not an action.
func TestActionLabelContinues(t *testing.T) {
	base := "# Queue stalled\n\n**Date:** 2025-05-06\n**Severity:** SEV-4\n**Summary:** Orders waited.\n**Root cause:** A poison message.\n**Resolution:** Moved it aside.\n"
	checkMD(t, base+"**Action items:** Add a dead-letter queue\nwith an age alert.\n", []string{
		`CASE line 1 | Queue stalled | 2025-05-06 | sev 4 |  | [] | sum "Orders waited." | rc "A poison message." | res "Moved it aside." | prev ["Add a dead-letter queue with an age alert."]`,
	}, []string{})
	checkMD(t, base+"**Action items:** Next steps:\nadd a dead-letter queue.\n", []string{
		`CASE line 1 | Queue stalled | 2025-05-06 | sev 4 |  | [] | sum "Orders waited." | rc "A poison message." | res "Moved it aside." | prev ["add a dead-letter queue."]`,
	}, []string{})
}

const mdCause = mdHead + "## Root cause\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n\n## Action items\n\n"

func actions(t *testing.T, list string) []string {
	t.Helper()
	incs, probs := ParseMarkdown("case.md", []byte(mdCause+list))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %q", len(incs), problemTexts(probs))
	}
	return incs[0].Prevention
}

// Sub-items join their parent ("Alerting: a; b"), whether nested or written
// flush left between numbered items; a flush-left list with no numbered
// item after it, or under an introduction that is not an action, stands on
// its own.
func TestActionSubItems(t *testing.T) {
	tests := []struct {
		list string
		want []string
	}{
		{"- Alerting\n  - add a disk alert;\n  - page on lag.\n- Run a game day\n",
			[]string{"Alerting: add a disk alert; page on lag", "Run a game day"}},
		{"- Alerting:\n  - add a disk alert\n- Run a game day\n",
			[]string{"Alerting: add a disk alert", "Run a game day"}},
		{"- \n  - add a disk alert\n",
			[]string{"add a disk alert"}},
		{"1. Alerting\n\n- add a disk alert,\n- page on lag\n\n2. Run a game day\n",
			[]string{"Alerting: add a disk alert; page on lag", "Run a game day"}},
		{"1. Alerting:\n\n- add a disk alert\n\n2. Run a game day\n",
			[]string{"add a disk alert", "Run a game day"}},
		{"1. Rotate the key\n\n- add an expiry alert\n",
			[]string{"Rotate the key", "add an expiry alert"}},
	}
	for _, tt := range tests {
		if got := actions(t, tt.list); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.list, got, tt.want)
		}
	}
}

// A rule followed by a part with no title that repeats a field's section
// starts a second incident; without a repeated section it continues the
// first.
func TestRuleSplitsOnRepeatedSection(t *testing.T) {
	second := "\n---\n\n## Summary\n\nCron stopped.\n\n## Root cause\n\nThe leader lock expired.\n"
	checkMD(t, mdCause+"- Turn rotation on\n"+second, []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev ["Turn rotation on"]`,
		`CASE-2 line 24 |  |  | sev 0 |  | [] | sum "Cron stopped." | rc "The leader lock expired." | res "" | prev []`,
	}, nil)
	checkMD(t, mdCause+"- Turn rotation on\n\n---\n\n## Timeline\n\n- 10:00 alert\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev ["Turn rotation on"]`,
	}, []string{})
}

// An action table's action column is found by its header wherever it
// stands; a row with no text there gives no action.
func TestActionTableColumn(t *testing.T) {
	got := actions(t, "| Owner | Action item | Due |\n|---|---|---|\n| ops |\n| sre | Add an expiry alert | May |\n| db |  | June |\n")
	if strings.Join(got, "|") != "Add an expiry alert" {
		t.Errorf("got %q", got)
	}
}
