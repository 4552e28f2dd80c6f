package quiz

import (
	"strings"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

// summaryTail is the card's summary as a consequence clause (", so checkout
// requests timed out for 50 minutes."), for generated options beside an
// authored answer: every candidate cause would have produced what the card
// shows, and an answer echoing the card then has company.
func summaryTail(inc *incidents.Incident) string {
	s := summaryClause(firstSentence(inc.Summary))
	if s == "" {
		return ""
	}
	if !properNoun(inc, strings.Fields(s)[0]) {
		s = lowerFirst(s)
	}
	return ", so " + s + "."
}

// properNoun reports whether w, a summary's first word, is a name
// ("European tenants saw…", "Slack notifications stopped…"): a month or a
// weekday, one of the card's services, or written with a capital in the
// middle of a sentence of the record.
func properNoun(inc *incidents.Incident, w string) bool {
	w = strings.Trim(w, ".,;:'\"")
	if calendarNames[strings.ToLower(w)] || demonym(w) {
		return true
	}
	for _, svc := range inc.Services {
		if strings.EqualFold(svc, w) {
			return true
		}
	}
	for _, body := range []string{inc.Summary, inc.RootCause, inc.Resolution} {
		f := strings.Fields(body)
		for k := 1; k < len(f); k++ {
			if strings.Trim(f[k], ".,;:'\"") == w && !strings.ContainsAny(f[k-1][len(f[k-1])-1:], ".!?") {
				return true
			}
		}
	}
	return false
}

var calendarNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// tailMax bounds the summary clause a tail tells, in characters: a longer
// one made the cause it follows mostly the card.
const tailMax = 90

// summaryClause is the main clause of a summary's first sentence, as short
// as a consequence is told: without a leading circumstance ("For about three
// hours, reports showed…"), and cut before a second clause ("…; support
// logged 900 tickets", "…, until the on-call restarted the pods", "… and the
// fleet ran at full CPU"). "" when what is left is too long or too short.
// Only the plainest summaries were told at first (one clause, no comma):
// none of a held-out corpus's 40, written by other hands, against 39 of the
// team corpus's 63, and there every answer was the one sentence of its
// question told one way (record-voice).
func summaryClause(s string) string {
	s = strings.TrimSpace(s)
	if k := strings.Index(s, ", "); k > 0 && circumstance(s[:k]) {
		s = s[k+2:]
	}
	if k := summaryBreak(s); k > 0 {
		s = s[:k]
	}
	s = strings.TrimRight(s, ".!? ")
	if utf8.RuneCountInString(s) > tailMax {
		s = withoutDuration(s)
	}
	if utf8.RuneCountInString(s) > tailMax || len(strings.Fields(s)) < 4 || reportsIt(s) {
		return ""
	}
	return s
}

// withoutDuration is clause without its closing "for …" of how long it
// lasted ("…got English-only manifests for new releases for about four
// hours"), the card saying that already; as it is when the rest would be a
// stub. 24 of the held-out corpus's 60 answers had one wording only, most
// for want of a summary clause short enough to tell.
func withoutDuration(clause string) string {
	k := strings.LastIndex(clause, " for ")
	if k < 0 || len(strings.Fields(clause[:k])) < 4 {
		return clause
	}
	return clause[:k]
}

// reportsIt reports a clause telling who noticed rather than what failed
// ("A customer reported their dashboard had not changed"): told as a cause's
// consequence it puts the report in the causal chain.
func reportsIt(clause string) bool {
	f := strings.Fields(strings.ToLower(clause))
	for _, w := range f[:min(len(f), 4)] {
		if reportVerbs[strings.Trim(w, ",.;")] {
			return true
		}
	}
	return false
}

var reportVerbs = map[string]bool{"reported": true, "noticed": true, "complained": true, "flagged": true, "emailed": true,
	"called": true, "escalated": true, "asked": true, "wrote": true, "spotted": true, "tweeted": true, "paged": true}

// summaryBreak is where s's main clause ends (see summaryBreaks), or -1:
// not inside brackets or quotes, and at a comma only before a clause of its
// own ("…, until the on-call restarted the pods"), not an aside ("Providers
// reported that longer visits, mostly behavioral health sessions, froze").
func summaryBreak(s string) int {
	for k := 0; k < len(s); k++ {
		for _, br := range summaryBreaks {
			if !strings.HasPrefix(s[k:], br) || k == 0 || !breakable(s, k) {
				continue
			}
			if br == ", " && !clauseGoesOn(s[k+2:]) && !subjectWords[leadWord(s[k+2:])] {
				continue
			}
			return k
		}
	}
	return -1
}

// subjectWords open a clause's subject after a comma ("…, the payment
// processor flagged the account").
var subjectWords = map[string]bool{"the": true, "a": true, "an": true, "it": true, "we": true, "they": true,
	"support": true, "some": true, "most": true, "several": true, "nobody": true, "no": true, "our": true, "their": true}

// summaryBreaks end a summary's main clause. " and " only before a new
// subject: "Spain and Latin America" is one noun.
var summaryBreaks = []string{"; ", ", ", " — ", " - ", " while ", " until ", " when ", " during ", " after ", " on a ",
	" and the ", " and a ", " and an ", " and some ", " and several ", " and its ", " and their ", " and our ", " and nobody ", " and no "}

// circumstanceOpeners open a summary's leading clause of time or place
// ("For about three hours, …", "During the evening peak, …").
var circumstanceOpeners = map[string]bool{"for": true, "during": true, "on": true, "at": true, "after": true,
	"before": true, "over": true, "between": true, "from": true, "since": true, "in": true, "within": true,
	"shortly": true, "early": true, "late": true, "overnight": true, "throughout": true, "starting": true, "around": true,
	"while": true, "when": true, "as": true}

// circumstance reports whether lead, the words before a summary's first
// comma, is a short clause of time or place.
func circumstance(lead string) bool {
	f := strings.Fields(strings.ToLower(lead))
	return len(f) > 0 && len(f) <= 10 && circumstanceOpeners[f[0]]
}

// demonym reports a capitalised people's or language's name ("European",
// "Spanish", "Japanese"), which keeps its capital mid-sentence.
func demonym(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range []string{"ean", "ian", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
