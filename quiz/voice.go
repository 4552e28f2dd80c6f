package quiz

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

// A team's postmortems name their services in prose ("the checkout API",
// "the ledger writer"), not as the card lists them ("checkout-api"), and
// open their causes with "The" about as often as with "A". Generated
// options written from the library in the card's raw names and the
// library's own openers read as the template they are, and leave the
// answer the one sentence a person wrote: these helpers write them in the
// answer's voice instead.

// proseName is a card's service name as prose writes it: a lower-case
// hyphenated id ("checkout-api", "ledger-writer") becomes words
// ("checkout service", "ledger writer"); other names (PostgreSQL, Let's
// Encrypt) and technology (cron, network) stay as they are. Adding
// "service" to ids naming an activity ("fraud-scoring" as "the fraud
// scoring service") read better but made "service" a word of the wrong
// options still more (team, 12 blocks: learned 0.34 -> 0.40 normal).
func proseName(svc string) string {
	if _, product := productFamily(svc); product || svc == "" || strings.ContainsFunc(svc, func(r rune) bool {
		return !(unicode.IsLower(r) || unicode.IsDigit(r) || r == '-')
	}) {
		return svc
	}
	parts := strings.Split(svc, "-")
	for k, p := range parts {
		switch {
		case k == len(parts)-1 && k > 0 && p == "api":
			parts[k] = "service" // prose says "the checkout service", seldom "the checkout API"
		case p == "api":
			parts[k] = "API" // "the API gateway"
		}
	}
	return strings.Join(parts, " ")
}

// nameOf is how incident i's options name service svc: as its record
// names its services, the ids as they are where its root cause writes one
// so ("alerting-service retried each message"), else in prose (proseName).
// Told in prose beside a record that writes ids, the answer was the one
// option with an id in it (a trainee's read-through of the held-out
// corpus: 7 of 60 hard questions).
func (e *Engine) nameOf(i int, svc string) string {
	inc := &e.incs[i]
	for _, s := range inc.Services {
		if strings.Contains(s, "-") && indexWord(inc.RootCause, strings.TrimSpace(s)) >= 0 {
			return svc
		}
	}
	return proseName(svc)
}

// slotDeterminers are words after which a common-noun name needs no "the".
var slotDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "new": true, "every": true, "older": true, "old": true,
	"two": true, "several": true, "each": true, "its": true, "faulty": true, "main": true,
	"region's": true, "long-running": true, "scheduled": true, "failed": true, "failing": true, "all": true, "some": true,
}

// fillSlot puts svc in head's {svc} slots, with "the" before a prose name
// that reads as a common noun ("in the ledger writer", not "in ledger
// writer").
func fillSlot(head, svc string) string {
	var b strings.Builder
	for {
		at := strings.Index(head, "{svc}")
		if at < 0 {
			b.WriteString(head)
			return b.String()
		}
		// "a scheduled {svc} job" of "user-sync job" says "job" once, and
		// "the {svc} jobs" keeps the plural's "s": "the user-sync jobs".
		if w, rest := lastWordOf(svc), head[at+len("{svc}"):]; w != "" &&
			(strings.HasPrefix(rest, " "+w+" ") || strings.HasPrefix(rest, " "+w+"s ")) {
			head = head[:at+len("{svc}")] + rest[len(w)+1:]
		}
		before := withArticle(head[:at], svc)
		b.WriteString(before)
		b.WriteString(theBefore(before, svc))
		b.WriteString(svc)
		head = head[at+len("{svc}"):]
	}
}

// lastWordOf is name's last word of several, lower case ("job" of
// "user-sync job"), or "".
func lastWordOf(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// theBefore is the "the " that prose name svc needs after before: a name
// reading as a common noun, with no determiner of its own before it.
func theBefore(before, svc string) string {
	if f := strings.Fields(before); commonNoun(svc) && (len(f) == 0 || !slotDeterminers[strings.ToLower(f[len(f)-1])]) {
		return "the "
	}
	return ""
}

// withArticle makes an "a"/"an" closing before agree with the name that
// follows it: "an S3 reader", "an image service", "a cart service".
func withArticle(before, name string) string {
	art := trailingArticle(before)
	if art == "" || strings.TrimSpace(name) == "" {
		return before
	}
	want := "a "
	if vowelSound(name) {
		want = "an "
	}
	if art[0] == 'A' {
		want = strings.ToUpper(want[:1]) + want[1:]
	}
	return before[:len(before)-len(art)] + want
}

// vowelSound guesses whether name is said with a vowel first: a word
// opening with a vowel ("image"), or letters read one by one ("S3", "IAM")
// whose first is named with one (eff, ess, ex…). "the" is left alone.
func vowelSound(name string) bool {
	word := strings.Fields(name)[0]
	if strings.EqualFold(word, "the") {
		return false
	}
	first := unicode.ToLower([]rune(word)[0])
	if len(word) > 1 && strings.ToUpper(word) == word { // an acronym, said letter by letter
		return strings.ContainsRune("aefhilmnorsx", first)
	}
	return strings.ContainsRune("aeio", first) // "u" is often "you": a user, a unit
}

// commonNoun tells a name of several words with a lower-case one among
// them ("ledger writer", "API gateway", "bank SFTP"), which prose puts
// "the" before, from a proper name ("Let's Encrypt", "RDS Proxy").
func commonNoun(svc string) bool {
	words := strings.Fields(svc)
	return len(words) > 1 && slices.ContainsFunc(words, func(w string) bool {
		r := []rune(w)
		return unicode.IsLower(r[0])
	})
}

// matchOpener gives a generated option the answer's opening article: a
// library head opens with "a" three times as often as a team's causes do,
// so beside an answer opening with "The" the option does too.
func matchOpener(s, answer string) string {
	if !strings.HasPrefix(answer, "The ") {
		return s
	}
	for _, art := range []string{"A ", "An "} {
		if strings.HasPrefix(s, art) {
			return "The " + s[len(art):]
		}
	}
	return s
}

// proseFirst orders names for a derived answer that names none of them:
// the team's own services (lower-case ids) before products (PostgreSQL,
// Kubernetes), which a team's causes name far less often than a template
// filling its slot with whatever the card lists would.
func proseFirst(names []string) []string {
	out := make([]string, 0, len(names))
	for _, own := range []bool{true, false} {
		for _, n := range names {
			if r := []rune(n); len(r) > 0 && unicode.IsLower(r[0]) == own {
				out = append(out, n)
			}
		}
	}
	return out
}

// libraryPhrasing is, for a derived answer, its own library mechanism told
// of the card's component in the library's words ("A statistics refresh
// made the planner pick a nested-loop plan for the main geofence service
// query."): a second phrasing of the true cause by the writer of the
// generated options, so the library's words are not only ever wrong and
// the answer is not the one sentence recurring whole with its incident.
// It is offered only when it says what the root cause says (the same-cause
// likeness, the card's names left out, at or over sameCauseLimit), when
// the session has told that mechanism as no other answer and offered no
// wrong option near-identical to it; ok is false otherwise. A mechanism
// the session offered as wrong of another card may be this one's answer:
// were it never, a trainee who strikes out the templates that were wrong
// before in the sitting would win (team, 12 blocks of 8x30, strike-templates
// 0.376 -> 0.352 hard, learned 0.347 -> 0.320 hard and 0.323 -> 0.298 normal).
func (e *Engine) libraryPhrasing(i int, st *sessState) (t text, mech string, ok bool) {
	if e.brief[i] {
		return text{}, "", false
	}
	mech = e.ownMechanism(i)
	if mech == "" || st.ansMech[mech] {
		return text{}, "", false
	}
	inc := &e.incs[i]
	m := mechanism(mech)
	sh := answerShape(inc, e.cause[i].s, false)
	if fam, _ := productFamily(sh.component); plainWords(sh.component) || fam == m.Family {
		// The slot wants something the mechanism happens to: told of the
		// technology itself it reads "a network path change for network".
		return text{}, "", false
	}
	told := *m
	if at := strings.Index(told.Head, ", which "); at > 0 {
		// The head's own consequence is a claim the record may not make
		// ("…, which rejected writes as read-only" told of a failover whose
		// clients only kept the old address, a trainee's read-through): the
		// answer tells the mechanism alone.
		told.Head = told.Head[:at]
	}
	s := matchOpener(told.render(e.nameOf(i, sh.component), answerTrigger(e.cause[i].s), ""), e.cause[i].s)
	if e.alike.likeCause(i, s, componentStems(inc, "")) < sameCauseLimit {
		return text{}, "", false
	}
	t = st.words.text(s)
	name := strings.ToLower(e.nameOf(i, sh.component))
	names := strings.Contains(strings.ToLower(t.s), name)
	if slices.ContainsFunc(st.offered[mech], func(w text) bool {
		return nearIdentical(w, t) && (!names || strings.Contains(strings.ToLower(w.s), name))
	}) {
		return text{}, "", false // an earlier question offered it as wrong, told of this component
	}
	return t, mech, true
}

// symptomTail keeps the answer's consequence clause for generated options
// only when it tells a symptom the card shows (half its words or more are on
// the card): a clause naming the answer's own mechanism ("so every call
// scanned the table") would make the options it is copied into absurd.
func symptomTail(inc *incidents.Incident, tail string) string {
	words := tokens(tail)
	if len(words) == 0 {
		return ""
	}
	for k, w := range strings.Fields(strings.ToLower(strings.TrimLeft(tail, ", "))) {
		w = strings.Trim(w, ".,;")
		if w == "those" || w == "these" || k == 1 && anaphora[w] { // k 0 is the marker, "so"
			return "" // "so writes to those replicas timed out", "so it kept…" point back into the answer
		}
	}
	card := map[string]bool{}
	for _, w := range tokens(inc.Title + " " + inc.Summary) {
		card[stem(w)] = true
	}
	on := 0
	for _, w := range words {
		if card[stem(w)] {
			on++
		}
	}
	if 2*on < len(words) {
		return ""
	}
	return tail
}

// anaphora, as a tail's subject (", so it kept …"), point back to a noun
// of the cause before them: copied onto another cause they point at
// nothing. "their" inside a tail ("so shoppers lost their carts") does not.
var anaphora = map[string]bool{"it": true, "its": true, "they": true, "this": true, "these": true, "those": true}

// lowerFirst lower-cases s's first letter for the middle of a sentence
// ("Users saw…" → "users saw…"), but not an acronym's ("API", "CPU").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if f := strings.Fields(s); len(f) == 0 || !unicode.IsUpper(r) || strings.ContainsFunc(f[0][n:], unicode.IsUpper) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// genericComponent stands for the component in a generated option when the
// answer names none.
const genericComponent = "the service"

// render writes mechanism m for component svc as a sentence: its head,
// then trigger (if any), then the answer's consequence clause tail (if any).
func (m *Mechanism) render(svc, trigger, tail string) string {
	s := fillSlot(m.Head, svc)
	if svc == genericComponent { // "the {svc} cache", "a new {svc} build": no second article
		for _, det := range []string{"the", "The", "a", "A", "an", "An", "new", "every", "older", "each"} {
			s = strings.ReplaceAll(s, det+" the service", det+" service")
		}
		s = strings.ReplaceAll(s, "an service", "a service")
		s = strings.ReplaceAll(s, "An service", "A service")
	}
	s = capitalize(s)
	if trigger != "" && !strings.Contains(s, ",") && !strings.Contains(strings.ToLower(s), strings.ToLower(trigger)) { // after a clause it would read as part of it; a head may say it already
		s += " " + trigger
	}
	if tail != "" {
		// The head's own consequence gives way to the card's: "…, so
		// producers were throttled, and vehicle positions lagged" was as
		// long again as a short answer told with the same tail, which
		// then matched the card best of its question (team hard, 12 blocks
		// of 8x30, char-ngram 0.407 -> 0.386). Not at ", and ": what
		// follows it may be the rest of the cause ("slowed down, and the
		// calls had no timeout"), nor where the component is named after it
		// ("…lost its index, so {svc} scanned every row").
		if k := firstOf(s, headConsequence); k > 0 && strings.Contains(strings.ToLower(s[:k]), strings.ToLower(svc)) {
			s = s[:k]
		}
		if strings.Contains(s, ", so ") && strings.HasPrefix(tail, ", so ") {
			tail = ", and " + tail[len(", so "):] // "…, so rows bloated, so writes timed out" stammers
		}
		return s + tail
	}
	return s + "."
}

// headConsequence are the consequence markers (see consequenceMarkers)
// whose clause tells only what came of a library head's cause.
var headConsequence = []string{", so ", ", which ", ", causing ", ", leaving "}

// capitalize upper-cases the first letter of a sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
