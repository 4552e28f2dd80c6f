package markdown

import (
	"strings"
	"testing"
)

// Incidents collected under "##" titles: a title that merely contains a
// section word ("Timeline gaps ...") is still a title.
func TestH2TitlesContainingSectionWords(t *testing.T) {
	body := "## Queue backlog in checkout\n\n### Summary\n\nOrders waited.\n\n### Root cause\n\nA poison message.\n\n## Timeline gaps in the audit log\n\n### Summary\n\nEvents were missing.\n\n### Root cause\n\nA dropped partition.\n"
	checkMD(t, body, []string{
		`CASE line 1 | Queue backlog in checkout |  | sev 0 |  | [] | sum "Orders waited." | rc "A poison message." | res "" | prev []`,
		`CASE-2 line 11 | Timeline gaps in the audit log |  | sev 0 |  | [] | sum "Events were missing." | rc "A dropped partition." | res "" | prev []`,
	}, nil)
}

// Two "#" headings that read as sections when matched loosely make the
// document's "#" headings sections, unless a "##" heading is a section.
func TestLooseH1Sections(t *testing.T) {
	checkMD(t, "# Checkout errors\n\n**Date:** 2025-01-02\n**Severity:** SEV-2\n\n# Impact on customers\n\nPayments failed.\n\n# What caused it\n\nA stale price rule.\n", []string{
		`CASE line 1 | Checkout errors | 2025-01-02 | sev 2 |  | [] | sum "Payments failed." | rc "A stale price rule." | res "" | prev []`,
	}, nil)
	// With "## Resolution" the "#" headings are titles again.
	incs, _ := ParseMarkdown("case.md", []byte("# Checkout errors\n\n**Date:** 2025-01-02\n**Severity:** SEV-2\n\n# Impact on customers\n\nPayments failed.\n\n# What caused it\n\nA stale price rule.\n\n## Resolution\n\nRemoved the rule.\n"))
	var titles []string
	for _, in := range incs {
		titles = append(titles, in.Title)
	}
	if strings.Join(titles, "|") != "Checkout errors|What caused it" {
		t.Errorf("titles %q", titles)
	}
}
