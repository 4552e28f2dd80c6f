package quiz

import (
	"strings"
	"unicode/utf8"
)

// derivedPhrasings are further wordings of a derived cause, asked in turn
// with it (see phrasingIndex) so that a trainee reviewing a team's
// incident does not meet one answer sentence every time (team corpus,
// recurring bot: the derived sentence was met 5.5 times over 8 sessions of
// 30, a generated wrong option 2.9): the root cause's first sentence whole
// where the derived text cut it short, and the derived text without its
// consequence clause. Both say the cause in the record's own words; neither
// adds a word the record does not have.
func derivedPhrasings(rootCause, derived string) []string {
	var out []string
	add := func(s string) {
		if n := utf8.RuneCountInString(s); s != derived && n >= derivedEnough && n <= derivedMax && !contains(out, s) {
			out = append(out, s)
		}
	}
	whole := firstSentence(rootCause)
	add(clauseCut(whole, derivedMax))
	add(clauseCut(withoutCircumstance(whole), derivedMax))
	add(consequenceCut(whole))
	if k := consequenceAt(derived); k > 0 {
		add(derived[:k] + ".")
	}
	add(frontCircumstance(derived))
	return out
}

// consequenceMarkers open a clause telling what followed from the cause
// (or, for ", which", about its nouns): the cause reads whole without it.
var consequenceMarkers = []string{", so ", ", and ", ", which ", ", causing ", ", leaving "}

// consequenceAt is where s's first consequence clause starts, or -1.
func consequenceAt(s string) int {
	at := -1
	for _, mk := range consequenceMarkers {
		if k := strings.Index(s, mk); k > 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// circumstanceMarkers open a clause telling when or why the cause struck
// ("after a table rebuild dropped it").
var circumstanceMarkers = []string{" after ", " while ", " when ", " during ", " before ", " because ", " until ", " since "}

// withoutCircumstance drops the circumstance clause that stands right
// before the consequence, keeping cause and consequence: "The query ran
// without an index after a rebuild dropped it, so every call scanned the
// table" reads "The query ran without an index, so every call scanned the
// table". s comes back as it is without both clauses.
func withoutCircumstance(s string) string {
	k := consequenceAt(s)
	if k < 0 {
		return s
	}
	head, at := strings.ToLower(s[:k]), -1
	for _, mk := range circumstanceMarkers {
		if c := strings.LastIndex(head, mk); c > at {
			at = c
		}
	}
	if at < derivedEnough/2 || strings.ContainsAny(s[at:k], ",;") {
		return s
	}
	return s[:at] + s[k:]
}

// consequenceCut shortens a sentence too long to ask whole inside its
// consequence clause, at the last conjunction that fits: "…, so it kept
// re-reading the same offset while the backlog grew" reads "…, so it kept
// re-reading the same offset." (clauseCut cuts at the comma first, which
// is the derived text). s comes back as it is when no such cut fits.
func consequenceCut(s string) string {
	k := consequenceAt(s)
	r := []rune(s)
	if k < 0 || len(r) <= derivedMax {
		return s
	}
	head := string(r[:derivedMax-1]) // the cut, with room for its period
	look := string(r[:min(len(r), derivedMax+len(" because "))])
	cut := -1
	for _, br := range clauseBreaks[1] {
		if c := strings.LastIndex(look, br); c > cut && c <= len(head) {
			cut = c
		}
	}
	if cut < k+len(", so ")+3*len("word ") {
		return s // no room for a consequence worth saying
	}
	return head[:cut] + "."
}

// frontCircumstance moves a closing circumstance clause to the front: "The
// task started early after the clocks changed." reads "After the clocks
// changed, the task started early." Only a short clause without a pronoun
// (which would then come before its noun) moves, and only behind a head
// opening with a common word that may be lower-cased. s comes back as it
// is otherwise.
func frontCircumstance(s string) string {
	body := strings.TrimSuffix(s, ".")
	if body == s || strings.ContainsAny(body, ",;") {
		return s
	}
	low, at := strings.ToLower(body), -1
	for _, mk := range circumstanceMarkers {
		if c := strings.LastIndex(low, mk); c > at {
			at = c
		}
	}
	if at < derivedEnough/2 {
		return s
	}
	clause, head := body[at+1:], body[:at]
	ws := strings.Fields(strings.ToLower(clause))
	if len(ws) < 3 || len(ws) > 10 {
		return s
	}
	for _, w := range ws {
		if pronouns[w] {
			return s
		}
	}
	first, rest, _ := strings.Cut(head, " ")
	if !openers[first] {
		return s
	}
	return capitalize(clause) + ", " + strings.ToLower(first) + " " + rest + "."
}

// pronouns would point forward once their clause is fronted.
var pronouns = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true, "this": true, "that": true}

// openers are the common words a head may open with and still read
// lower-cased after a fronted clause (a name like "Redis" may not).
var openers = map[string]bool{"The": true, "A": true, "An": true, "One": true, "Two": true, "All": true, "Every": true, "Each": true, "Some": true, "New": true}
