package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

// stopwords are left out of similarity and overlap: they carry no meaning
// about a failure mode.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for was were are with that this from into
		which when then than its their they them has had have not but all any can
		could would should will been being our out over under after before during
		while also each other some more most such only very new one two per via
		because caused causing due`) {
		m[w] = true
	}
	return m
}()

// tokens splits text into lower-case content words: letters and digits, at
// least three long unless they contain a digit ("s3", "ec2"), stopwords
// dropped and a plural "s" trimmed so "instances" meets "instance".
func tokens(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stopwords[f] {
			continue
		}
		if len(f) < 3 && !strings.ContainsFunc(f, unicode.IsDigit) {
			continue
		}
		if len(f) > 4 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") {
			f = f[:len(f)-1]
		}
		out = append(out, f)
	}
	return out
}

// tokenSet is the set of tokens of text.
func tokenSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, t := range tokens(text) {
		set[t] = true
	}
	return set
}

// overlap counts the tokens of text that also occur in set.
func overlap(set map[string]bool, text string) int {
	n := 0
	for t := range tokenSet(text) {
		if set[t] {
			n++
		}
	}
	return n
}

// nearIdentical reports whether two choice texts say the same thing in
// nearly the same words: equal after normalizing, or sharing at least 80%
// of their content words.
func nearIdentical(a, b string) bool {
	if normalize(a) == normalize(b) {
		return true
	}
	sa, sb := tokenSet(a), tokenSet(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	inter := 0
	for t := range sa {
		if sb[t] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	return float64(inter) >= 0.8*float64(union)
}

func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// causeText is the text shown for an incident's cause: the authored brief,
// or else the root cause's first sentence shortened to the brief limit.
// authored is false when the text had to be derived.
func causeText(inc *incidents.Incident) (text string, authored bool) {
	if m := inc.Material; m != nil && strings.TrimSpace(m.Brief) != "" {
		return strings.TrimSpace(m.Brief), true
	}
	return shorten(firstSentence(inc.RootCause), incidents.BriefLimit), false
}

// firstSentence returns text up to its first sentence end: a period,
// question or exclamation mark followed by a space and an upper-case letter,
// so "e.g. the" and "v1.2" do not end it.
func firstSentence(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+2 < len(text) && text[i+1] == ' ' {
				r, _ := utf8.DecodeRuneInString(text[i+2:])
				if unicode.IsUpper(r) {
					return text[:i+1]
				}
			}
		}
	}
	return text
}

// shorten cuts text to at most limit characters at a word boundary, marking
// the cut with an ellipsis.
func shorten(text string, limit int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= limit {
		return text
	}
	r := []rune(text)[:limit-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > limit/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}
