package markdown

import (
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// A deeper root-cause heading inside the root cause stays part of it, its
// heading kept as text.
func TestRootCauseSubheadingNests(t *testing.T) {
	checkMD(t, mdHead+"## Root cause\n\nRotation was off.\n\n### Root cause details\n\nA config typo.\n\n## Resolution\n\nFreed space.\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off.\n\nRoot cause details\n\nA config typo." | res "Freed space." | prev []`,
	}, []string{})
}

// A short "... tasks:" paragraph inside a resolution starts the action
// list; a long one is text.
func TestActionsIntroInResolution(t *testing.T) {
	checkMD(t, mdHead+"## Root cause\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n\nOur follow-up tasks:\n\n- Turn rotation on\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev ["Turn rotation on"]`,
	}, []string{})
	checkMD(t, mdHead+"## Root cause\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n\nThe follow-up tasks we agreed on:\n\n- Turn rotation on\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space.\n\nThe follow-up tasks we agreed on:\n\n- Turn rotation on" | prev []`,
	}, []string{})
}

// A team's heading map names the section a house heading holds.
func TestHeadingMapUsed(t *testing.T) {
	opts := &incidents.Options{Headings: map[string]string{"What went sideways": "root cause"}}
	incs, probs := ParseMarkdownWith("case.md", []byte(mdHead+"## What went sideways\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n"), opts)
	if len(incs) != 1 || len(probs) != 0 || incs[0].RootCause != "Rotation was off." {
		t.Errorf("%+v, problems %q", incs, problemTexts(probs))
	}
}
