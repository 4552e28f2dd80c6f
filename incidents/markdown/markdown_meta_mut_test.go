package markdown

import (
	"strings"
	"testing"
)

// splitTitle takes a bracketed or separated ticket id off a title; empty
// brackets are not an id.
func TestSplitTitleIDs(t *testing.T) {
	tests := []struct{ in, id, rest string }{
		{"[INC-42] Disk full", "INC-42", "Disk full"},
		{"Postmortem: OPS-7 - Disk full", "OPS-7", "Disk full"},
		{"[] Disk full", "", "[] Disk full"},
		{"[Draft] Disk full", "", "[Draft] Disk full"},
		{"SEV-1: Disk full", "", "SEV-1: Disk full"},
	}
	for _, tt := range tests {
		if id, rest := splitTitle(tt.in); id != tt.id || rest != tt.rest {
			t.Errorf("splitTitle(%q) = %q %q, want %q %q", tt.in, id, rest, tt.id, tt.rest)
		}
	}
}

// Ticket ids are at most 40 characters.
func TestLooksLikeIDLength(t *testing.T) {
	id40 := "INC-" + strings.Repeat("7", 36)
	if !looksLikeID(id40) {
		t.Errorf("a 40-character id refused")
	}
	if looksLikeID(id40 + "7") {
		t.Errorf("a 41-character id accepted")
	}
}

// canonicalHeading drops leading numbering but keeps a lone word, and keeps
// the 5 of "5 Whys"; a "#" heading numbered "2." is still the section.
func TestCanonicalHeadingNumbering(t *testing.T) {
	tests := []struct{ in, want string }{
		{"3", "3"},
		{"IV", "iv"},
		{"5 Whys", "5 why"},
		{"2. Summary", "summary"},
		{"2.1 Root causes", "root cause"},
	}
	for _, tt := range tests {
		if got := strings.Join(canonicalHeading(tt.in), " "); got != tt.want {
			t.Errorf("canonicalHeading(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if k, _ := classifyHeading("2. Summary", true); k != secSummary {
		t.Errorf(`classifyHeading("2. Summary", exact) = %d, want the summary`, k)
	}
	if k, _ := classifyHeading("Why", false); k != secUnknown {
		t.Errorf(`classifyHeading("Why") = %d, want unknown`, k)
	}
}

// Problems name the line a heading is on, even when the heading's text is
// one character, the last before the line break.
func TestProblemLineOfOneLetterHeading(t *testing.T) {
	body := mdCause + "- Turn rotation on\n\n## Q\n\nWho was paged?\n"
	checkMD(t, body, []string{
		`CASE line 1 | Disk full on the log host | 2025-03-04 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev ["Turn rotation on"]`,
	}, []string{
		`case.md:22: warning: incident CASE: section "Q" not recognised; its text is not imported (docs/markdown-import.md lists the recognised headings)`,
	})
}
