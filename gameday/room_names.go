package gameday

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/nexusflow/rootcause/incidents"
)

// maxNameLen is the longest display name, in terminal columns: a CJK
// character or an emoji takes two, a combining mark none.
const maxNameLen = 24

// SanitizeName turns an SSH user name into a display name that is safe to
// draw on every player's terminal: the incident records' sanitizer removes
// escape sequences, control and bidi characters, runs of blanks collapse,
// and the result is cut to maxNameLen runes. It returns "" when nothing
// printable is left.
func SanitizeName(raw string) string {
	s := incidents.Sanitize(raw)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	// Cut by display width at a grapheme boundary, so an emoji sequence
	// or a letter with its accents is kept whole or not at all.
	return strings.TrimRight(ansi.Truncate(b.String(), maxNameLen, ""), " ")
}

// nameKey folds a display name for duplicate detection, so "Sam" and "sam"
// are told apart on screen.
func nameKey(name string) string { return strings.ToLower(name) }

// uniqueName returns name, or "name (2)", "name (3)", … — the first form no
// other seat uses. taken reports whether a folded name is in use. The base is
// shortened so the suffix still fits in maxNameLen.
func uniqueName(name string, taken func(string) bool) string {
	if !taken(nameKey(name)) {
		return name
	}
	for i := 2; ; i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		base := ansi.Truncate(name, maxNameLen-len(suffix), "")
		cand := strings.TrimRight(base, " ") + suffix
		if !taken(nameKey(cand)) {
			return cand
		}
	}
}
