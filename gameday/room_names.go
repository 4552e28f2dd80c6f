package gameday

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/nexusflow/rootcause/incidents"
)

// maxNameLen is the longest display name, in runes.
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
	n := 0
	for _, r := range s {
		if n >= maxNameLen {
			break
		}
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			if n+1 >= maxNameLen {
				break
			}
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
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
		base := []rune(name)
		if keep := maxNameLen - len(suffix); len(base) > keep {
			base = base[:keep]
		}
		cand := strings.TrimRight(string(base), " ") + suffix
		if !taken(nameKey(cand)) {
			return cand
		}
	}
}
