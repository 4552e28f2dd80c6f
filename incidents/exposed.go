package incidents

import (
	"strings"
	"unicode"
)

// A card that names the mechanism gives its question away even when it
// shares no run of words with the root cause (the leak check): a title
// "CDN Cache Invalidation Storm" on an incident whose cause is a wildcard
// invalidation tells a reader which option to pick, whatever the option's
// wording. Exposed finds the card fields that do this, so validate can warn
// and the quiz can hide them.

// Exposure is one card field that names its incident's cause.
type Exposure struct {
	Field string   // "title", "summary" or "id"
	Text  string   // the field as written
	Words []string // the field's words that name the cause, in field order
}

// How many words of the cause a field may name before it counts as
// exposed, and how many of those must be mechanism words (mechanismWords):
// a title is short, so two words of the cause, one a mechanism, are the
// cause in brief ("Cache Invalidation"); a summary tells symptoms in more
// words and may name the thing that failed ("every deploy failed"), so it
// takes three words, two of them mechanisms; an id should name no
// mechanism of the cause at all.
const (
	titleExposedWords   = 2
	summaryExposedWords = 3
	idExposedWords      = 1

	titleMechanisms   = 1
	summaryMechanisms = 2
	idMechanisms      = 1
)

// Exposed lists the card fields of inc (title, summary, id) that name its
// cause: words they share with the root cause, the brief or a phrasing,
// compared by stem ("invalidation" meets "invalidated"), leaving out the
// incident's service and platform names and words that tell a symptom
// rather than a mechanism ("latency", "failure", "outage").
func Exposed(inc *Incident) []Exposure {
	cause := inc.RootCause
	if m := inc.Material; m != nil {
		cause += " " + m.Brief + " " + strings.Join(m.Phrasings, " ")
	}
	if strings.TrimSpace(cause) == "" {
		return nil
	}
	names := map[string]bool{}
	for _, s := range append([]string{inc.Platform}, inc.Services...) {
		for _, w := range exposeWords(s) {
			names[stem(w)] = true
		}
	}
	stems := map[string]bool{}
	for _, w := range exposeWords(cause) {
		if s := stem(w); !names[s] {
			stems[s] = true
		}
	}
	var out []Exposure
	for _, f := range []struct {
		name, text  string
		limit, mech int
	}{
		{"title", inc.Title, titleExposedWords, titleMechanisms},
		{"summary", inc.Summary, summaryExposedWords, summaryMechanisms},
		{"id", inc.ID, idExposedWords, idMechanisms},
	} {
		if ws := namedWords(f.text, stems, f.name == "id"); len(ws) >= f.limit && countMechanisms(ws) >= f.mech {
			out = append(out, Exposure{Field: f.name, Text: f.text, Words: ws})
		}
	}
	return out
}

// ExposedProblems warns about every card field that names its incident's
// cause, except one the leak check (causeStated) reports already.
func ExposedProblems(incs []Incident) []Problem {
	var out []Problem
	for i := range incs {
		inc := &incs[i]
		leaked, _, _ := causeStated(inc)
		for _, x := range Exposed(inc) {
			if x.Field == leaked {
				continue
			}
			msg := "the " + x.Field + " " + Quoted(x.Text) + " names the cause (" + strings.Join(x.Words, ", ") + "), which gives the question away"
			switch x.Field {
			case "title":
				msg += "; the quiz hides it in normal and hard mode: write a title that says what was seen"
			case "id":
				msg += ": use an id that names no mechanism"
			default:
				msg += "; say what was seen instead"
			}
			out = append(out, Problem{Pos: inc.Pos, IncidentID: truncate(inc.ID, 64), Warning: true, Msg: msg})
		}
	}
	return out
}

// TitleExposed reports whether inc's title names its cause.
func TitleExposed(inc *Incident) bool {
	for _, x := range Exposed(inc) {
		if x.Field == "title" {
			return true
		}
	}
	return false
}

// namedWords are text's words whose stem is in stems, once each, minus
// symptom words; an id's words must also hold a letter (not "2024").
func namedWords(text string, stems map[string]bool, id bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range exposeWords(text) {
		s := stem(w)
		if !stems[s] || symptomWords[w] || seen[s] || id && idNoise[w] {
			continue
		}
		seen[s] = true
		out = append(out, w)
	}
	return out
}

// exposeWords are s's lower-case words of three letters or more, function
// words dropped; a word of digits only is no word here.
func exposeWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 && !stopWords[w] && strings.ContainsFunc(w, unicode.IsLetter) {
			out = append(out, w)
		}
	}
	return out
}

// stem cuts a word to its first six letters, so the forms of one word
// ("rotation", "rotated", "rotating") compare equal.
func stem(w string) string {
	if r := []rune(w); len(r) > 6 {
		return string(r[:6])
	}
	return strings.TrimSuffix(w, "s")
}

// symptomWords tell what was seen, not why: a card may and must use them.
var symptomWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`failure failures fail fails failing outage outages incident incidents issue issues
		problem problems latency slow slowness slowdown error errors degradation degraded high higher low down
		downtime loss lost delay delays delayed unavailable availability alert alerts alarm spike spikes
		increase increased drop dropped global regional region users user customer customers application app
		data performance intermittent partial status impact impacted elevated severe widespread stale missing
		requests request traffic page pages report reports response responses
		during until out other hour hours day days week weeks event after under over since`) {
		m[w] = true
	}
	return m
}()

// idNoise are an id's usual parts that name nothing: prefixes and kinds.
var idNoise = map[string]bool{"inc": true, "incident": true, "pir": true, "rca": true, "sev": true, "pm": true, "postmortem": true}

func countMechanisms(ws []string) int {
	n := 0
	for _, w := range ws {
		if isMechanism(w) {
			n++
		}
	}
	return n
}

// isMechanism reports whether w names a failure mechanism or its trigger
// (by stem): the words that turn a symptom title into a diagnosis.
func isMechanism(w string) bool { return mechanismWords[stem(w)] }

var mechanismWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`cache cached caching invalidation invalidate purge purged eviction evicted ttl
		expiry expired expiration certificate cert tls ssl quota quotas limit limits throttle throttled throttling
		dns deploy deployed deployment rollout rollback migration migrated lock locks locking deadlock leak leaked
		retry retries retried storm backpressure overload overloaded exhausted exhaustion pool index indexes
		failover misconfiguration misconfigured config configuration flag permission permissions policy iam role
		clock skew drift ntp version versioning upgrade upgraded update updated patch patched rotation rotated
		rotate wildcard timeout timeouts schema partition race mtu autoscaling scaling conflict corruption
		corrupted garbage oom disk inode backlog typo denied revoked`) {
		m[stem(w)] = true
	}
	return m
}()
