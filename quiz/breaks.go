package quiz

import (
	"strings"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

// clauseBreaks are where a sentence may be cut and still read whole, best
// first: before a semicolon, dash or comma, else before a conjunction
// opening a clause (a conjunction inside a clause, "slow but successful",
// would leave a fragment, so punctuation wins wherever it is found).
var clauseBreaks = [][]string{
	{"; ", " — ", " – ", " - ", ", "},
	{" because ", " which ", " so ", " after ", " when ", " while ", " until ", " before ", " since ", " and ", " but "},
}

// clauseCut cuts text to at most limit characters at the last clause
// boundary that keeps at least a third of it, ending the cut with a period.
// Text without such a boundary is cut at one within incidents.BriefLimit,
// else kept whole up to impactMax, else cut at its last word boundary (a
// last resort: "…under a key made of the practice ID plus the last four
// digits." lost what made it the cause). Nothing is marked with an
// ellipsis: an option that alone ends in "…" is a tell.
func clauseCut(text string, limit int) string {
	text = collapseSpace(text)
	if utf8.RuneCountInString(text) <= limit {
		return text
	}
	head := clauseHead(text, limit)
	cut := clauseBreakIn(text, head, 0)
	if cut < 0 && limit < incidents.BriefLimit {
		return clauseCut(text, incidents.BriefLimit)
	}
	if cut < 0 && utf8.RuneCountInString(text) <= impactMax {
		return text // a sentence whole beats one cut short of its point
	}
	if cut < 0 {
		if k := strings.LastIndexByte(head, ' '); k > len(head)/2 {
			return endCut(dropDangling(head[:k]))
		}
		cut = len(head)
	}
	return endCut(head[:cut])
}

// dropDangling drops the words a cut left hanging at s's end ("…alongside
// the replacement that the" reads whole as "…alongside the replacement").
func dropDangling(s string) string {
	for {
		k := strings.LastIndexByte(s, ' ')
		if k <= len(s)/2 || !danglingWords[strings.ToLower(s[k+1:])] {
			return s
		}
		s = s[:k]
	}
}

// danglingWords cannot end a sentence.
var danglingWords = map[string]bool{"the": true, "a": true, "an": true, "that": true, "of": true, "to": true, "with": true,
	"for": true, "and": true, "or": true, "in": true, "on": true, "at": true, "by": true, "from": true, "which": true,
	"its": true, "their": true, "our": true, "was": true, "were": true, "is": true, "are": true, "had": true, "into": true}

// clauseHead is text's first limit-1 runes: a cut of it and its period
// fit in limit. It is a prefix of text byte for byte, invalid UTF-8
// included (a rune conversion would turn a stray byte into three, and the
// head would no longer index text: found by FuzzChoiceText).
func clauseHead(text string, limit int) string {
	n := 0
	for i := range text {
		if n == limit-1 {
			return text[:i]
		}
		n++
	}
	return text
}

// clauseBreak is where head is best cut at a clause boundary at or after
// from that keeps at least a third of it (see clauseBreaks), or -1.
func clauseBreak(head string, from int) int { return clauseBreakIn(head, head, from) }

// clauseBreakIn is clauseBreak for head, a prefix of text: what follows
// head tells whether a comma in it closes an aside (see breakable).
func clauseBreakIn(text, head string, from int) int {
	from = max(from, len(head)/3, frontedClause(head))
	cut := -1
	for t, tier := range clauseBreaks {
		for _, br := range tier {
			if k := lastBreak(text, head, br); k > cut && k >= from {
				cut = k
			}
		}
		if cut >= 0 {
			if t == 1 { // at a conjunction
				if w := wholeClause(text, head, cut); w >= from {
					cut = w
				}
			}
			return cut
		}
	}
	return -1
}

// lastBreak is the last place in head where br may cut text, or -1.
func lastBreak(text, head, br string) int {
	for k := strings.LastIndex(head, br); k > 0; k = strings.LastIndex(head[:k], br) {
		if breakable(text, k) {
			return k
		}
	}
	return -1
}

// frontedClause is where the main clause of s starts after a fronted
// circumstance ("After a slow load pushed the run past its next start, the
// scheduler launched a second run"), 0 without one: cut at its comma the
// text keeps only the circumstance.
func frontedClause(s string) int {
	first, _, _ := strings.Cut(s, " ")
	if !frontingWords[strings.ToLower(first)] {
		return 0
	}
	if k := strings.Index(s, ", "); k >= 0 {
		return k + 1
	}
	return 0
}

// frontingWords open a sentence with a circumstance clause.
var frontingWords = map[string]bool{
	"after": true, "when": true, "while": true, "because": true, "since": true, "before": true, "until": true,
	"if": true, "although": true, "once": true, "during": true, "following": true, "as": true, "whenever": true,
}

// endCut ends a cut text with a period.
func endCut(s string) string { return strings.TrimRight(s, " ,;:-—–.") + "." }

// wholeClause moves a cut at a conjunction back to the one before it when
// the clause between them is a stub of fewer than stubWords words: "… had
// not yet added because the migration job ran after the deployment" cut
// at "after" says the migration running was the cause; cut at "because"
// it says what was wrong.
func wholeClause(text, head string, cut int) int {
	prev := -1
	for _, br := range clauseBreaks[1] {
		if k := lastBreak(text, head[:cut], br); k > prev && k >= len(head)/3 {
			prev = k
		}
	}
	if prev >= 0 && len(strings.Fields(head[prev:cut])) <= stubWords {
		return prev
	}
	return cut
}

// stubWords counts a clause's conjunction: "because the migration job ran"
// is a stub of five.
const stubWords = 5

// breakable reports whether text may be cut at byte k and read whole: not
// inside brackets or quotes ("retries at three layers (gateway,
// eligibility-service."), nor at either comma of an aside set into its
// clause ("the old beat pod, which had lost its lock, kept running": cut at
// either, the pod is left without its verb).
func breakable(text string, k int) bool {
	before := text[:k]
	if strings.Count(before, "(") > strings.Count(before, ")") || strings.Count(before, "[") > strings.Count(before, "]") ||
		strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”") {
		return false
	}
	if k > 0 && text[k-1] == ',' && text[k] == ' ' {
		k-- // a conjunction after a comma (", which"): the comma's cut
		before = text[:k]
	}
	if !strings.HasPrefix(text[k:], ", ") {
		return true
	}
	if open := asideOpen(before); open >= 0 && !strings.Contains(before[open+2:], ",") && !clauseGoesOn(text[k+2:]) {
		return false // k closes the aside opened at open
	}
	if asideWord[leadWord(text[k+2:])] {
		if end := strings.Index(text[k+2:], ", "); end >= 0 && !clauseGoesOn(text[k+2+end+2:]) {
			return false // k opens an aside its clause goes on after
		}
	}
	return true
}

// asideWord open a relative clause.
var asideWord = map[string]bool{"which": true, "who": true, "whose": true, "where": true}

// asideOpen is where before's last ", which …" (or who, whose, where)
// starts, or -1.
func asideOpen(before string) int {
	at := -1
	for w := range asideWord {
		at = max(at, strings.LastIndex(before, ", "+w+" "))
	}
	return at
}

// clauseGoesOn reports whether rest, what follows a comma, opens a clause
// or phrase of its own ("so …", "and the …", "each set to 3"), rather than
// carrying on the clause an aside interrupted ("kept running").
func clauseGoesOn(rest string) bool { return clauseOpeners[leadWord(rest)] }

var clauseOpeners = map[string]bool{
	"and": true, "but": true, "so": true, "or": true, "then": true, "which": true, "who": true, "while": true,
	"until": true, "because": true, "since": true, "after": true, "before": true, "when": true, "causing": true,
	"leaving": true, "making": true, "forcing": true, "each": true, "with": true, "both": true, "although": true,
	"though": true, "as": true, "where": true, "whose": true, "even": true, "only": true, "not": true, "plus": true,
}

// leadWord is s's first word, lower-cased, without punctuation.
func leadWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.ToLower(strings.Trim(w, ".,;:()\""))
}
