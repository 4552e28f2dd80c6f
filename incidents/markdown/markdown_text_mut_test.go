package markdown

import "testing"

const mdBody = "**Date:** 2025-01-02\n**Severity:** SEV-2\n\n## Summary\n\nCheckout failed.\n\n## Root cause\n\nA stale price rule.\n\n## Resolution\n\nRemoved the rule.\n"

// Entities and backslash escapes read as the characters they stand for,
// wherever they stand in the text: at its start, or right after an escape.
func TestTitleEntitiesAndEscapes(t *testing.T) {
	tests := []struct{ heading, title string }{
		{"&quot;Pay now&quot; button broken", `"Pay now" button broken`},
		{"Pay &amp; ship", "Pay & ship"},
		{"&quot;Buy\\*&quot; button", `"Buy*" button`},
		{"Card \\#&amp; wallet", "Card #& wallet"},
	}
	for _, tt := range tests {
		checkMD(t, "# "+tt.heading+"\n\n"+mdBody, []string{
			`CASE line 1 | ` + tt.title + ` | 2025-01-02 | sev 2 |  | [] | sum "Checkout failed." | rc "A stale price rule." | res "Removed the rule." | prev []`,
		}, []string{})
	}
}

// A table inside a text section is kept, one row a line, cells joined by
// " | ".
func TestTableInRootCause(t *testing.T) {
	checkMD(t, mdHead+"## Root cause\n\nThe TTL was too long:\n\n| Setting | Before | After |\n|---|---|---|\n| ttl | 60 | 3600 |\n\n## Resolution\n\nFreed space.\n", []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "The TTL was too long:\n\nSetting | Before | After\nttl | 60 | 3600" | res "Freed space." | prev []`,
	}, []string{})
}

// A details row with an empty key is reported at its own line.
func TestDetailsRowWithEmptyKeyLine(t *testing.T) {
	body := "# Price cache\n\n| Field | Value |\n|---|---|\n| Date | 2025-04-05 |\n| Severity | SEV-3 |\n|  | Dana |\n\n## Summary\n\nOld prices showed.\n\n## Root cause\n\nA stale key.\n\n## Resolution\n\nFlushed it.\n"
	checkMD(t, body, []string{
		`CASE line 1 | Price cache | 2025-04-05 | sev 3 |  | [] | sum "Old prices showed." | rc "A stale key." | res "Flushed it." | prev []`,
	}, []string{
		`case.md:7: warning: details row "" not recognised; its value is not imported`,
	})
}

// A generic "# Postmortem" title is replaced only by a heading under it; a
// second "#" heading is an incident of its own, and the empty first part is
// reported and skipped.
func TestGenericTitleNotReplacedBySameLevel(t *testing.T) {
	checkMD(t, "# Postmortem\n\n# Checkout errors\n\n"+mdBody, []string{
		`CASE line 3 | Checkout errors | 2025-01-02 | sev 2 |  | [] | sum "Checkout failed." | rc "A stale price rule." | res "Removed the rule." | prev []`,
	}, []string{
		`case.md:1: warning: no incident found: no recognised headings such as "Summary" or "Root Cause" and no front matter; skipped`,
	})
	checkMD(t, "# Postmortem\n\n## Checkout errors\n\n"+mdBody, []string{
		`CASE line 1 | Checkout errors | 2025-01-02 | sev 2 |  | [] | sum "Checkout failed." | rc "A stale price rule." | res "Removed the rule." | prev []`,
	}, []string{})
}

// An incident after a rule starts at its first line with text, past an
// empty list item.
func TestIncidentLinePastEmptyItem(t *testing.T) {
	second := "\n---\n\n-\n- Follow-up to the first outage.\n\n## Summary\n\nCron stopped.\n\n## Root cause\n\nThe leader lock expired.\n"
	incs, _ := ParseMarkdown("case.md", []byte(mdCause+"- Turn rotation on\n"+second))
	if len(incs) != 2 || incs[1].Pos.Line != 25 {
		t.Errorf("%d incidents, want the second at line 25: %+v", len(incs), incs)
	}
}
