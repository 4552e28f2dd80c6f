package markdown

import (
	"strings"
	"unicode"
)

// secKind is what a Markdown heading (or bold label) means for the record.
type secKind uint8

const (
	secUnknown      secKind = iota // not recognised: reported, text not imported
	secIgnored                     // recognised but not part of the record (Timeline, Detection, ...)
	secMeta                        // "Incident details": labels and key/value tables inside give metadata
	secSummary                     // Summary, Overview; weaker: Description, What happened, Impact
	secRootCause                   // Root cause; weaker: Causes, Fault
	secResolution                  // Resolution; weaker: Recovery, Mitigation
	secPrevention                  // Action items, Follow-up tasks, Corrective actions
	secTrigger                     // kept apart from the root cause on purpose
	secContributing                // Contributing factors: not the root cause
	secFiveWhys                    // Five whys on its own (Atlassian): analysis, not the cause
	secTimeline                    // Timeline, Chronology: a date and timeline evidence, not a field
	secDetection                   // Detection, Response: narrative that may say how it was mitigated
	secField                       // "## Date", "## Severity": a metadata value as a section
)

// sectionRule maps a heading phrase to a kind. rank orders synonyms of one
// field: when a postmortem has both "Root cause" (0) and "Fault" (2), the root
// cause is the rank-0 section only.
type sectionRule struct {
	phrase []string
	exact  bool // written "=phrase": the whole heading must be the phrase
	kind   secKind
	rank   int
}

// sectionRules are tried in order; the first whose phrase occurs (as whole
// words, after canonicalHeading) in a heading wins. Order matters: "Root cause
// and contributing factors" is a root cause, "Contributing causes" is not.
var sectionRules = buildRules([]struct {
	phrases string
	kind    secKind
	rank    int
}{
	{"root cause|rca|underlying cause|why did it happen|why did this happen|why it happened|what caused|what was the cause|cause of the incident", secRootCause, 0},
	{"contributing|contributor", secContributing, 0},
	{"trigger", secTrigger, 0},
	{"five whys|5 whys", secFiveWhys, 0},
	{"timeline|chronology|sequence of events", secTimeline, 0},
	{"lessons|what went well|what went wrong|where we got lucky|went well|went wrong|lucky|what can be improved|learnings|takeaways", secIgnored, 0},
	{"cause|causes", secRootCause, 1},
	{"fault", secRootCause, 2},
	{"actions taken|steps taken|short term fix|immediate fix|immediate action|how did we fix|how was it fixed|what did we do|how did we recover|recovering|restoring|mitigator|mitigated", secResolution, 1},
	{"action items|follow up|followup|corrective|preventive|preventative|prevention|remediation|next steps|action plan|actions|tasks|todo|to do|improvement|future work|what we re changing|what we are changing|what we will change|what we re doing about it|going forward|prevent recurrence|preventing recurrence|long term", secPrevention, 0},
	{"resolution|resolved|how we fixed", secResolution, 0},
	{"recovery|mitigation|fix|workaround", secResolution, 1},
	{"summary|overview|tl dr|tldr|synopsis|abstract", secSummary, 0},
	{"description", secSummary, 1},
	{"what happened", secSummary, 2},
	{"impact", secSummary, 3},
	{"=metadata|=details|=incident details|=key information|=key facts|=information|=properties|=at a glance|=incident info|=incident", secMeta, 0},
	{"detection|response|escalation", secDetection, 0},
	{"=log|=logs|=log excerpt|=error logs|=logs and errors", secIgnored, 0},
	{"leadup|lead up|participants|attendees|authors|owners|stakeholders|communication|supporting|appendix|references|glossary|questions|status|related|links|documents|notes|sign off|review|background|context|investigation|analysis|customer|team|responders|messaging|how d we do|didn t go|went less well|could have gone better", secIgnored, 0},
})

func buildRules(in []struct {
	phrases string
	kind    secKind
	rank    int
}) []sectionRule {
	var out []sectionRule
	for _, r := range in {
		for _, p := range strings.Split(r.phrases, "|") {
			exact := strings.HasPrefix(p, "=")
			out = append(out, sectionRule{canonicalHeading(p), exact, r.kind, r.rank})
		}
	}
	return out
}

// maxContainsWords bounds loose matching: a short heading such as "Detailed
// root cause" matches by a phrase it contains, a long one must be the phrase.
const maxContainsWords = 6

// classifyHeading returns what a heading means. Numbering ("3."), emoji,
// case, punctuation and plurals do not matter: "## 🔥 3. Root Cause(s)" is a
// root cause. With exact set (used for "#" headings, which are usually
// incident titles such as "DB outage after config fix") the whole heading must
// be a known phrase.
func classifyHeading(text string, exact bool) (secKind, int) {
	words := canonicalHeading(text)
	if len(words) == 0 {
		return secUnknown, 0
	}
	loose := !exact && len(words) <= maxContainsWords
	for _, r := range sectionRules {
		if equalWords(words, r.phrase) || (loose && !r.exact && containsPhrase(words, r.phrase)) {
			return r.kind, r.rank
		}
	}
	return secUnknown, 0
}

func equalWords(a, b []string) bool {
	return len(a) == len(b) && containsPhrase(a, b)
}

// canonicalHeading lowercases, splits on anything that is not a letter or
// digit, drops "s" left over from "(s)" and "'s", singularizes plain plurals
// and drops leading numbering ("3", "iv", "a") so synonyms compare equal.
func canonicalHeading(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	words := fields[:0]
	for _, w := range fields {
		if w == "s" {
			continue
		}
		words = append(words, singular(w))
	}
	for len(words) > 1 && isNumbering(words[0]) && !(len(words) == 2 && words[1] == "why") {
		words = words[1:]
	}
	return words
}

func singular(w string) string {
	if len(w) >= 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}

// isNumbering reports whether a heading's first word is section numbering:
// digits ("3", "2" of "2.1" after splitting), a roman numeral or one letter.
func isNumbering(w string) bool {
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	if len(w) == 1 {
		return true
	}
	switch w {
	case "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii":
		return true
	}
	return false
}

func containsPhrase(words, phrase []string) bool {
	if len(phrase) == 0 {
		return false
	}
	for i := 0; i+len(phrase) <= len(words); i++ {
		ok := true
		for j, p := range phrase {
			if words[i+j] != p {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// metaField is a metadata field that front matter keys and "**Date:**" labels
// can set.
type metaField uint8

const (
	metaNone metaField = iota
	metaID
	metaDate
	metaSeverity
	metaPlatform
	metaServices
	metaTitle
	metaSummary    // front matter only: summary: ...
	metaRootCause  // front matter only: root_cause: ...
	metaResolution // front matter only
	metaPrevention // front matter only: a list or one string
)

// metaKeys maps canonical key text (as canonicalHeading joins it) to a field.
// Labels must match a key exactly: "**Service owner:**" is not a service list.
var metaKeys = buildMetaKeys(map[metaField]string{
	metaID:         "id|incident id|incident|incident number|incident no|incident ref|reference|ref|ticket|incident key",
	metaDate:       "date|incident date|date of incident|occurred|occurred on|start|started|start time|started at|start date|when|day",
	metaSeverity:   "severity|sev|incident severity|severity level|priority|level",
	metaPlatform:   "platform|product|application|app",
	metaServices:   "services|service|affected services|services affected|impacted services|components|affected components|affected systems|systems affected|aws services",
	metaTitle:      "title|name|incident title|incident name|subject|headline",
	metaSummary:    "summary",
	metaRootCause:  "root cause|root causes|rca",
	metaResolution: "resolution",
	metaPrevention: "prevention|action items|actions",
})

func buildMetaKeys(in map[metaField]string) map[string]metaField {
	out := map[string]metaField{}
	for f := metaID; f <= metaPrevention; f++ {
		for _, k := range strings.Split(in[f], "|") {
			out[strings.Join(canonicalHeading(k), " ")] = f
		}
	}
	return out
}

// lookupMeta returns the metadata field a label or front matter key names.
// Only the six metadata fields come from labels; text fields come from sections.
func lookupMeta(key string, frontMatter bool) metaField {
	f := metaKeys[strings.Join(canonicalHeading(key), " ")]
	if f >= metaSummary && !frontMatter {
		return metaNone
	}
	return f
}
