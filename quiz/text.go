package quiz

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

// stopwords are left out of similarity and of word overlap with the card:
// they carry no meaning about a failure mode, and a guesser matching words
// ignores them too.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an or of to in on at by as so it is be we no if
		the and for was were are with that this from into
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
	out := make([]string, 0, len(text)/6) // about one token per six bytes of English
	for f := range strings.FieldsFuncSeq(strings.ToLower(text), notAlnum) {
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

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// dict numbers the words of every choice text, so texts compare as sorted
// integer slices: choosing wrong choices compares hundreds of pairs per
// question. It is filled while the engine is built and only read after, so
// an engine stays safe to share between goroutines.
type dict map[string]int32

func (d dict) id(w string) int32 {
	id, ok := d[w]
	if !ok {
		id = int32(len(d))
		d[w] = id
	}
	return id
}

// text is a choice text with what the engine compares it by, computed once.
type text struct {
	s     string
	norm  string  // lower-case words joined by single spaces
	words []int32 // plain words (sorted, unique): no stopwords, for overlap with the card
	all   []int32 // every word (sorted, unique), for likeness
	runes int
}

func (d dict) text(s string) text { return makeText(s, d.id) }

// overlay numbers words on top of a shared dict without writing to it, so
// texts written while building a question (generated options) compare with
// the engine's texts while the engine stays read-only for other goroutines.
type overlay struct {
	base  dict
	extra map[string]int32
}

func (o *overlay) id(w string) int32 {
	if id, ok := o.base[w]; ok {
		return id
	}
	id, ok := o.extra[w]
	if !ok {
		id = int32(len(o.base) + len(o.extra))
		o.extra[w] = id
	}
	return id
}

func (o *overlay) text(s string) text { return makeText(s, o.id) }

// makeText prepares s, numbering its words with id.
func makeText(s string, id func(string) int32) text {
	fields := strings.FieldsFunc(strings.ToLower(s), notAlnum)
	t := text{s: s, norm: strings.Join(fields, " "), runes: utf8.RuneCountInString(s)}
	ids := make([]int32, 0, 2*len(fields)) // one allocation for both sets
	t.all, t.words = ids[:0:len(fields)], ids[len(fields):len(fields)]
	for _, w := range fields {
		n := id(w)
		t.all = append(t.all, n)
		if len(w) >= 2 && !stopwords[w] {
			t.words = append(t.words, n)
		}
	}
	slices.Sort(t.all)
	slices.Sort(t.words)
	t.all, t.words = slices.Compact(t.all), slices.Compact(t.words)
	return t
}

// cardWords are the plain words on a card, as ids; words no choice text
// uses cannot overlap and are left out (without growing the dict).
func (d dict) cardWords(s string) []int32 {
	var out []int32
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notAlnum) {
		if id, ok := d[w]; ok && len(w) >= 2 && !stopwords[w] {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// overlap counts the words of t that also occur on the card.
func (t text) overlap(card []int32) int { return common(t.words, card) }

// common counts the values two sorted, duplicate-free slices share.
func common(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// nearIdentical reports whether two choice texts say the same thing in
// nearly the same words: equal after normalizing, or sharing at least
// likeLimit of their words (Jaccard), as two template texts that differ
// only in a service name do.
func nearIdentical(a, b text) bool {
	if a.norm == b.norm {
		return true
	}
	short, long := min(len(a.all), len(b.all)), max(len(a.all), len(b.all))
	if short == 0 || float64(short) < likeLimit*float64(long) {
		return false // even full overlap of the shorter could not reach the limit
	}
	inter := common(a.all, b.all)
	union := len(a.all) + len(b.all) - inter
	return float64(inter) >= likeLimit*float64(union)
}

// likeLimit is the word-set likeness from which two texts count as one.
const likeLimit = 0.7

// causeText is the text shown for an incident's cause: the authored brief,
// or else one derived from the root cause (see derivedCause). authored is
// false when the text had to be derived.
func causeText(inc *incidents.Incident) (text string, authored bool) {
	if m := inc.Material; m != nil && strings.TrimSpace(m.Brief) != "" {
		return strings.TrimSpace(m.Brief), true
	}
	return derivedCause(thirdPerson(inc.RootCause)), false
}

// derivedCause is a root cause's leading sentences, as many as it takes to
// reach derivedMin characters, never more than the brief limit: about the
// length of the near-misses generated for it (a one-sentence mechanism of
// 60 to 130 characters), since a long answer among short options is a
// tell. A sentence that would overrun the limit is left out when what comes
// before it is long enough, else cut at a clause boundary (see clauseCut):
// the answer reads whole, never "…".
func derivedCause(rootCause string) string {
	text := collapseSpace(rootCause)
	out := firstSentence(text)
	for utf8.RuneCountInString(out) < derivedMin && len(out) < len(text) {
		// out is a prefix of text, and sentences end before a space.
		next := out + " " + firstSentence(text[len(out)+1:])
		if utf8.RuneCountInString(next) > incidents.BriefLimit {
			if utf8.RuneCountInString(out) >= derivedEnough {
				return out
			}
			return clauseCut(next, incidents.BriefLimit)
		}
		out = next
	}
	cut := clauseCut(out, derivedMax)
	if k := len(cut) - 1; shortBeforeAnd(out, k) {
		// Cut after the clause ", and" opens, or keep the text whole.
		head := clauseHead(out, derivedMax)
		if at := clauseBreakIn(out, head, k+len(", and")); at >= 0 {
			return endCut(head[:at])
		}
		return clauseCut(out, incidents.BriefLimit)
	}
	return cut
}

// shortBeforeAnd reports whether text cut at k, as clauseCut cut it, is a
// short first clause that ", and" or ", but" continues: most often an
// action, with the failure in the rest ("The identity provider's signing
// key was rotated", without "and the app cached the old key for 24 hours",
// a trainee's read-through).
func shortBeforeAnd(text string, k int) bool {
	if k < 0 || k >= derivedMax/2 || k >= len(text) {
		return false
	}
	rest := text[k:]
	if !strings.HasPrefix(rest, ", and ") && !strings.HasPrefix(rest, ", but ") {
		return false
	}
	clause := rest[2:]
	if at := clauseBreak(clause, 0); at >= 0 {
		clause = clause[:at]
	}
	words := strings.Fields(strings.ToLower(clause))
	// A clause ending in an outcome tells what followed ("…, and large
	// batches were dropped"): the cause reads whole without it, and told
	// with it the answer alone had the card's words (team normal, 12 blocks
	// of 8x30, char-ngram 0.393 -> 0.411).
	return len(words) > 0 && !outcomeWords[strings.Trim(words[len(words)-1], ".,;")]
}

// outcomeWords end a clause that tells a failure's outcome.
var outcomeWords = map[string]bool{
	"dropped": true, "failed": true, "lost": true, "rejected": true, "refused": true, "throttled": true,
	"delayed": true, "stalled": true, "out": true, "down": true, "unavailable": true, "blocked": true, "errors": true,
}

// A derived cause text grows by whole sentences while shorter than
// derivedMin; from derivedEnough characters it stands on its own rather
// than end in a cut clause.
const (
	derivedMin    = 70
	derivedEnough = 60
	// derivedMax is where a long derived text is cut at a clause: the
	// generated options it stands among run up to about this long.
	derivedMax = 130
)

// firstSentence returns text up to its first sentence end: a period,
// question or exclamation mark followed by a space and an upper-case letter,
// so "e.g. the" and "v1.2" do not end it.
func firstSentence(text string) string {
	text = collapseSpace(text)
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

// collapseSpace trims text and turns every run of white space into one
// space. Most texts are clean already and come back without a copy.
func collapseSpace(text string) string {
	clean := true
	for i := 0; i < len(text) && clean; i++ {
		switch c := text[i]; {
		case c == ' ':
			clean = i > 0 && i < len(text)-1 && text[i+1] != ' '
		case c < ' ', c == 0x7f:
			clean = false // tabs, line breaks, control characters
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
			clean = false // may start a Unicode space (U+0085, U+00A0, U+1680, U+2000…, U+3000)
		}
	}
	if clean {
		return text
	}
	return strings.Join(strings.Fields(text), " ")
}
