package quiz

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// derivedPhrasings are further wordings of a derived cause, asked in turn
// with it (see phrasingIndex) so that a trainee reviewing a team's
// incident does not meet one answer sentence every time (team corpus,
// recurring bot: the derived sentence was met 5.5 times over 8 sessions of
// 30, a generated wrong option 2.9): the root cause's first sentence whole
// where the derived text cut it short, that sentence without the
// circumstance clause before its consequence, and the derived text without
// its consequence clause. Each says the cause in the record's own words and
// adds none. Two more were tried and dropped after a trainee read-through:
// a circumstance moved to the front attaches to the wrong verb ("After the
// clocks changed, the job was scheduled in local time"), and opened a
// fronted option that was the answer 38% of the time; a cut inside the
// consequence loses its point ("so the next run started").
func derivedPhrasings(rootCause, derived string) []string {
	var out []string
	add := func(s string) {
		if n := utf8.RuneCountInString(s); s != derived && n >= derivedEnough && n <= derivedMax && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	whole := firstSentence(rootCause)
	add(clauseCut(whole, derivedMax))
	add(clauseCut(withoutCircumstance(whole), derivedMax))
	if k := firstOf(derived, tailMarkers); k > 0 {
		// Not at ", and": what follows it is as often the rest of the cause
		// ("The signing key was rotated, and the app cached the old key")
		// as what came of it (a trainee's read-through).
		add(derived[:k] + ".")
	}
	return out
}

// impactMax bounds a cause told with its card's impact: longer than the
// other wordings (derivedMax) and than an authored brief may be
// (incidents.BriefLimit), as generated options carrying the clause are;
// the cause within it keeps to the brief's limit. At 160 the team normal
// 12-block means were record-voice 0.384 and rarest-words 0.396; at 200,
// 0.331 and 0.385, the longest bot staying at 0.30.
const impactMax = 200

// withImpact is a derived cause told with what the card shows came of it
// (tail, see summaryTail). A generated option comes back with and without
// a consequence clause, as the answers it sits beside have one or not, and
// a trainee meets the two as alike sentences; the answer, always told one
// way, was the only sentence of its question like no other met (team
// normal, record-voice).
// A cause that tells its own consequence is left as it is, and so is one
// shorter than derivedEnough: told with the card's words it was mostly the
// card, the choice most like it (team hard, char-ngram).
func withImpact(cause, tail string) string {
	s := withTail(cause, tail)
	if s == cause && tail != "" {
		s = afterConsequence(cause, tail)
	}
	if utf8.RuneCountInString(s) > impactMax && strings.HasPrefix(tail, ", so ") {
		if short := ", so " + withoutDuration(strings.TrimSuffix(tail[len(", so "):], ".")) + "."; short != tail {
			return withImpact(cause, short) // the card tells how long it lasted
		}
	}
	if s == cause || utf8.RuneCountInString(cause) < derivedEnough || utf8.RuneCountInString(s) > impactMax {
		return ""
	}
	return s
}

// afterConsequence is cause, which tells a consequence of its own, told
// with the card's impact after it ("…, and the consumer crashed on it, so
// catalog updates stopped for nine hours."; "…, so one poll outlasted the
// interval, and dashboards stopped moving."). Left as they were, 6 of a
// held-out corpus's 40 answers were told one way only, and met more often
// than any option beside them (recurring).
func afterConsequence(cause, tail string) string {
	if strings.Contains(cause, " so ") && strings.HasPrefix(tail, ", so ") {
		tail = ", and " + tail[len(", so "):] // "…, so X, so Y" stammers
	}
	return strings.TrimSuffix(cause, ".") + tail
}

// withTail is cause with the consequence clause tail (", so …."), or as
// it is where it tells a consequence of its own.
func withTail(cause, tail string) string {
	if tail == "" || consequenceAt(cause) >= 0 {
		return cause
	}
	return strings.TrimSuffix(cause, ".") + tail
}

// withoutTail is s without the consequence clause tail that render gave
// it: as it is, or joined with ", and" after a clause of the head's own.
func withoutTail(s, tail string) string {
	if tail == "" {
		return s
	}
	for _, t := range []string{tail, ", and " + strings.TrimPrefix(tail, ", so ")} {
		if strings.HasSuffix(s, t) {
			return s[:len(s)-len(t)] + "."
		}
	}
	return s
}

// consequenceMarkers open a clause telling what followed from the cause
// (or, for ", which", about its nouns): the cause reads whole without it.
var consequenceMarkers = []string{", so ", ", and ", ", which ", ", causing ", ", leaving "}

// consequenceAt is where s's first consequence clause starts, or -1.
func consequenceAt(s string) int { return firstOf(s, consequenceMarkers) }

// circumstanceMarkers open a clause telling when the cause struck ("after
// a table rebuild dropped it"). A "because" clause is not one: it is most
// often the cause itself ("could not add nodes because the subnets had run
// out of addresses"); nor are "before" and "until", which tell an order
// or a limit that is the cause ("started before the upstream export
// finished": cut, "The reconciliation task started" lost its point, a
// trainee's read-through).
var circumstanceMarkers = []string{" after ", " while ", " when ", " during "}

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
	if at < derivedEnough/2 || strings.ContainsAny(s[at:k], ",;") || strings.Contains(s[at:k], " and ") {
		return s // a span with a second verb ("… during peak ingest and saturated their disks") is part of the cause
	}
	return s[:at] + s[k:]
}

// firstPerson are a postmortem's words for its own team, and what a choice
// says instead: "we had retries at three layers" and "our vendor" were in
// answers only, never in a generated option (a trainee's read-through of a
// held-out round: 5 of 60 questions).
var firstPerson = map[string]string{"we": "the team", "our": "the", "ours": "the team's", "us": "the team"}

// thirdPerson is s with the team's first person told in the third.
func thirdPerson(s string) string {
	f := strings.Fields(s)
	changed := false
	for k, w := range f {
		core := strings.TrimRight(w, ".,;:)")
		say, ok := firstPerson[strings.ToLower(core)]
		if !ok || len(core) > 1 && strings.ToUpper(core) == core {
			continue // "US" is a country
		}
		if core[0] >= 'A' && core[0] <= 'Z' {
			say = strings.ToUpper(say[:1]) + say[1:]
		}
		f[k], changed = say+w[len(core):], true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}
