package markdown

import "testing"

// Plain "Key: value" lines before the first heading name a record field
// when the key is one followed by a colon; a section such as "Detection"
// named that way is prose, as is a field written "Key - value" in lower
// case. A key in capitals counts with any separator.
func TestPlainFieldLabels(t *testing.T) {
	checkMD(t, "# Search outage\n\nDate: 2025-01-02\nSeverity: SEV-2\nSummary: Search returned nothing.\nDetection: a customer wrote in.\nRoot cause: The alias pointed at an empty index.\nResolution: Repointed the alias.\nAction items: Check the alias after each reindex.\n", []string{
		`CASE line 1 | Search outage | 2025-01-02 | sev 2 |  | [] | sum "Search returned nothing. Detection: a customer wrote in." | rc "The alias pointed at an empty index." | res "Repointed the alias." | prev ["Check the alias after each reindex."]`,
	}, []string{})
	checkMD(t, "# Search outage\n\nDate: 2025-01-02\nSeverity: SEV-2\nSummary: Search returned nothing.\nRoot cause - the alias, we thought.\nROOT CAUSE — The alias pointed at an empty index.\nRESOLUTION - Repointed the alias.\n", []string{
		`CASE line 1 | Search outage | 2025-01-02 | sev 2 |  | [] | sum "Search returned nothing. Root cause - the alias, we thought." | rc "The alias pointed at an empty index." | res "Repointed the alias." | prev []`,
	}, []string{})
}

// A backslash before a line's first colon (how WriteMarkdown escapes text
// that would read as a key) keeps it text; one after the colon does not.
func TestEscapedPlainKeys(t *testing.T) {
	checkMD(t, "# Search outage\n\n**Date:** 2025-01-02\n**Severity:** SEV-2\n**Summary:** Search returned nothing.\nRoot cause\\: unknown for an hour.\n\\- Resolution: not this line either.\nRoot cause: The user\\_id index was dropped.\nResolution: Rebuilt it.\n", []string{
		`CASE line 1 | Search outage | 2025-01-02 | sev 2 |  | [] | sum "Search returned nothing. Root cause: unknown for an hour. - Resolution: not this line either." | rc "The user_id index was dropped." | res "Rebuilt it." | prev []`,
	}, []string{})
}

// Labels on one line are split at each bold key; the separator before the
// next one is not part of the value, unless it is escaped ("\|").
func TestLabelRunSeparators(t *testing.T) {
	checkMD(t, "**Title:** Disk full | **Date:** 2025-01-02 · **Severity:** SEV-3\n\n## Summary\n\nLogs stopped.\n\n## Root cause\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n", []string{
		`CASE line 1 | Disk full | 2025-01-02 | sev 3 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev []`,
	}, []string{})
	checkMD(t, "**Title:** Plan A \\| **Date:** 2025-01-02\n\n## Summary\n\nLogs stopped.\n\n## Root cause\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n", []string{
		`CASE line 1 | Plan A | | 2025-01-02 | sev 0 |  | [] | sum "Logs stopped." | rc "Rotation was off." | res "Freed space." | prev []`,
	}, nil)
	checkMD(t, "**Title:** Plan `A`\\| **Date:** 2025-01-02\n\n## Summary\n\nLogs stopped.\n\n## Root cause\n\nRotation was off.\n\n## Resolution\n\nFreed space.\n", []string{
		"CASE line 1 | Plan `A`| | 2025-01-02 | sev 0 |  | [] | sum \"Logs stopped.\" | rc \"Rotation was off.\" | res \"Freed space.\" | prev []",
	}, nil)
}

// A bold label's key may have up to four words ("Why did it happen"); a
// longer one starts a sentence.
func TestBoldLabelKeyWords(t *testing.T) {
	head := "# Search outage\n\n**Date:** 2025-01-02\n**Severity:** SEV-2\n**Summary:** Search returned nothing.\n"
	checkMD(t, head+"**Why did it happen:** The alias pointed at an empty index.\n**How did we recover:** Repointed the alias.\n", []string{
		`CASE line 1 | Search outage | 2025-01-02 | sev 2 |  | [] | sum "Search returned nothing." | rc "The alias pointed at an empty index." | res "Repointed the alias." | prev []`,
	}, []string{})
	checkMD(t, head+"**Why did this one happen:** nobody knows.\n", []string{
		`CASE line 1 | Search outage | 2025-01-02 | sev 2 |  | [] | sum "Search returned nothing. Why did this one happen: nobody knows." | rc "" | res "" | prev []`,
	}, nil)
}

// A details list may open a section: its item's further lines and blocks
// are that section's text.
func TestDetailsListSectionContinues(t *testing.T) {
	checkMD(t, "# Price cache\n\n- **Date:** 2025-04-05\n- **Severity:** SEV-3\n- **Summary:** Old prices showed.\n- **Root cause:** A stale cache key\n  served old prices.\n\n  The TTL was a week.\n- **Resolution:** Flushed the key.\n", []string{
		`CASE line 1 | Price cache | 2025-04-05 | sev 3 |  | [] | sum "Old prices showed." | rc "A stale cache key served old prices.\n\nThe TTL was a week." | res "Flushed the key." | prev []`,
	}, []string{})
}

// A details table may have a third column (notes); four columns make it
// some other table.
func TestDetailsTableColumns(t *testing.T) {
	body := "# Price cache\n\n| Field | Value | Notes |\n|---|---|---|\n| Date | 2025-04-05 | UTC |\n| Severity | SEV-3 | |\n\n## Summary\n\nOld prices showed.\n\n## Root cause\n\nA stale key.\n\n## Resolution\n\nFlushed it.\n"
	checkMD(t, body, []string{
		`CASE line 1 | Price cache | 2025-04-05 | sev 3 |  | [] | sum "Old prices showed." | rc "A stale key." | res "Flushed it." | prev []`,
	}, []string{})
}

// The same holds when emphasis splits the line's text: an escape anywhere
// before the colon keeps the line text, one anywhere after it does not.
func TestEscapedPlainKeysAcrossEmphasis(t *testing.T) {
	checkMD(t, "# Search outage\n\n**Date:** 2025-01-02\n**Severity:** SEV-2\n**Summary:** Search returned nothing.\nRoot cause *draft*\\: unknown for an hour.\nRoot cause *found*: the *user*\\_id index was dropped.\nResolution *final*: rebuilt the user\\_id index.\n", []string{
		`CASE line 1 | Search outage | 2025-01-02 | sev 2 |  | [] | sum "Search returned nothing. Root cause draft: unknown for an hour." | rc "the user_id index was dropped." | res "rebuilt the user_id index." | prev []`,
	}, []string{})
}

// cutPlainKey splits at the earliest separator, never at the very start,
// and reads a trailing dash as a key with no value.
func TestCutPlainKey(t *testing.T) {
	tests := []struct{ in, key, value, sep string }{
		{"Root cause: disk - full", "Root cause", " disk - full", ":"},
		{"ROOT CAUSE - disk: full", "ROOT CAUSE", "disk: full", "-"},
		{"NEXT STEPS —", "NEXT STEPS", "", " —"}, // only tested for being non-empty
		{": no key", "", "", ""},
		{"no separator here", "", "", ""},
	}
	for _, tt := range tests {
		if k, v, s := cutPlainKey(tt.in); k != tt.key || v != tt.value || s != tt.sep {
			t.Errorf("cutPlainKey(%q) = %q %q %q, want %q %q %q", tt.in, k, v, s, tt.key, tt.value, tt.sep)
		}
	}
}

// A details table is read when at least half its rows (its header row
// counted) are known keys; the unknown ones are reported.
func TestDetailsTableHalfKnown(t *testing.T) {
	body := "# Price cache\n\n| Field | Value |\n|---|---|\n| Date | 2025-04-05 |\n| Severity | SEV-3 |\n| Incident lead | Dana |\n\n## Summary\n\nOld prices showed.\n\n## Root cause\n\nA stale key.\n\n## Resolution\n\nFlushed it.\n"
	checkMD(t, body, []string{
		`CASE line 1 | Price cache | 2025-04-05 | sev 3 |  | [] | sum "Old prices showed." | rc "A stale key." | res "Flushed it." | prev []`,
	}, []string{
		`case.md:7: warning: details row "Incident lead" not recognised; its value is not imported`,
	})
}
