package incidents

import (
	"strconv"
	"strings"
)

// Quoted puts text from a file into a message: quoted, on one line, and cut
// to a readable length. Readers and checks quote data this one way.
func Quoted(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return strconv.Quote(s)
}

// Sentences splits prose at full stops followed by a blank, as the leak
// check and the Markdown reader's fallbacks read it.
func Sentences(s string) []string {
	var out []string
	s = strings.Join(strings.Fields(s), " ")
	for s != "" {
		i := strings.Index(s, ". ")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+2:]
	}
	return out
}
