package incidents

import (
	"regexp"
	"strings"
)

// A title or summary that states the cause makes its question trivial: the
// card gives the answer away. causeStated finds such a sentence so validate
// can name it.

// causeCues introduce a cause in a sentence.
var causeCues = regexp.MustCompile(`(?i)\b(caused by|due to|because|root cause|as a result of|triggered by|the cause)\b`)

// stopWords are too common to tie a sentence to a root cause.
var stopWords = map[string]bool{"the": true, "and": true, "was": true, "were": true, "that": true, "this": true,
	"with": true, "from": true, "into": true, "for": true, "had": true, "has": true, "have": true, "not": true,
	"which": true, "when": true, "after": true, "before": true, "all": true, "its": true, "their": true, "our": true,
	"due": true, "caused": true, "because": true, "cause": true, "root": true, "result": true, "triggered": true,
	"are": true, "been": true, "did": true, "but": true, "than": true, "then": true, "they": true, "them": true,
	"users": true, "customers": true, "service": true, "services": true, "failed": true, "minutes": true}

// causeStated returns the first sentence of the title or summary that
// names the cause: one with a cause cue ("caused by", "due to") sharing three
// distinctive words with the root cause, or any sentence sharing a run of
// three words with it.
func causeStated(inc *Incident) (field, sentence string, ok bool) {
	if inc.RootCause == "" {
		return "", "", false
	}
	// Service and platform names are shared by card and cause alike.
	names := map[string]bool{}
	for _, s := range append([]string{inc.Platform}, inc.Services...) {
		for _, w := range plainWords(s) {
			names[w] = true
		}
	}
	causeSet := map[string]bool{}
	for _, w := range contentWords(inc.RootCause) {
		causeSet[w] = !names[w]
	}
	trigrams := ngrams(plainWords(inc.RootCause), 3, names)
	for _, f := range []struct{ name, text string }{{"title", inc.Title}, {"summary", inc.Summary}} {
		for _, s := range Sentences(f.text) {
			shared := 0
			for _, w := range uniq(contentWords(s)) {
				if causeSet[w] {
					shared++
				}
			}
			if causeCues.MatchString(s) && shared >= 3 || sharesNgram(plainWords(s), trigrams, 3) {
				s = strings.TrimSpace(s)
				return f.name, s, true
			}
		}
	}
	return "", "", false
}

// plainWords lowercases and splits on anything but letters and digits.
func plainWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

func contentWords(s string) []string {
	var out []string
	for _, w := range plainWords(s) {
		if len(w) >= 3 && !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

func uniq(ws []string) []string {
	seen := map[string]bool{}
	out := ws[:0:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// ngrams are the runs of n words that are all content words
// and not names, so "of the database" or "Kinesis Firehose delivery" do
// not count as phrases of the cause.
func ngrams(ws []string, n int, names map[string]bool) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+n <= len(ws); i++ {
		content := 0
		for _, w := range ws[i : i+n] {
			if len(w) >= 3 && !stopWords[w] && !names[w] {
				content++
			}
		}
		if content == n {
			out[strings.Join(ws[i:i+n], " ")] = true
		}
	}
	return out
}

func sharesNgram(ws []string, grams map[string]bool, n int) bool {
	for i := 0; i+n <= len(ws); i++ {
		if grams[strings.Join(ws[i:i+n], " ")] {
			return true
		}
	}
	return false
}

// leakProblems warns about every incident whose card states its cause.
func leakProblems(incs []Incident) []Problem {
	var out []Problem
	for i := range incs {
		if f, s, ok := causeStated(&incs[i]); ok {
			out = append(out, Problem{Pos: incs[i].Pos, IncidentID: truncate(incs[i].ID, 64), Warning: true,
				Msg: "the " + f + " states the cause, which gives the question away: " + Quoted(s) + "; say what was seen instead"})
		}
	}
	return out
}
