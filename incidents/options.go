package incidents

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Options adjusts how the readers map a team's own words onto the record,
// and gives Load the bundled corpus. The zero value (or nil) reads with the
// defaults and has no bundled corpus.
type Options struct {
	// Builtin is the bundled corpus that BuiltinName (and no paths) names:
	// the CLI passes seeds.FS, so this package does not embed data.
	Builtin fs.FS
	// Severity maps severity words and labels ("Critical", "P0") to
	// severities, checked before DefaultSeverityWords. Keys are compared
	// without case.
	Severity map[string]Severity
	// Headings maps a house template's headings ("What went wrong") to the
	// section they hold; see ParseHeadingMap.
	Headings map[string]string
}

// DefaultSeverityWords is how severity words read when --severity-map does
// not say otherwise. Validate reports every use, so a team whose "Major" is
// a SEV-1 sees it and passes a map.
var DefaultSeverityWords = map[string]Severity{
	"critical": 1, "blocker": 1, "emergency": 1,
	"major": 2, "high": 2, "severe": 2,
	"medium": 3, "moderate": 3, "normal": 3,
	"minor": 4, "low": 4,
	"trivial": 5, "cosmetic": 5, "informational": 5, "info": 5,
}

// ParseSeverityMap reads "Critical=SEV-1,Major=SEV-2,P1=SEV-1".
func ParseSeverityMap(s string) (map[string]Severity, error) {
	out := map[string]Severity{}
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		word, sev, ok := strings.Cut(pair, "=")
		word = strings.ToLower(strings.TrimSpace(word))
		if !ok || word == "" {
			return nil, fmt.Errorf("severity map entry %q: want WORD=SEV-N, e.g. Critical=SEV-1", strings.TrimSpace(pair))
		}
		v, err := ParseSeverity(sev)
		if err != nil {
			return nil, fmt.Errorf("severity map entry %q: %v", strings.TrimSpace(pair), err)
		}
		out[word] = v
	}
	return out, nil
}

// headingFields are the section names a heading map may point at.
var headingFields = map[string]secKind{
	"summary": secSummary, "root cause": secRootCause, "resolution": secResolution,
	"prevention": secPrevention, "action items": secPrevention, "timeline": secTimeline,
	"contributing factors": secContributing, "trigger": secTrigger, "details": secMeta, "ignore": secIgnored,
}

// ParseHeadingMap reads "What went wrong=root cause,Next steps=prevention".
// Headings compare as the readers compare them (case, numbering and
// punctuation do not matter).
func ParseHeadingMap(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		head, field, ok := strings.Cut(pair, "=")
		field = strings.ToLower(strings.Join(strings.Fields(field), " "))
		if _, known := headingFields[field]; !ok || !known || len(canonicalHeading(head)) == 0 {
			return nil, fmt.Errorf("heading map entry %q: want HEADING=FIELD, FIELD one of %s", strings.TrimSpace(pair), fieldList())
		}
		out[strings.Join(canonicalHeading(head), " ")] = field
	}
	return out, nil
}

func fieldList() string {
	names := make([]string, 0, len(headingFields))
	for k := range headingFields {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// headingKind looks a heading up in the heading map.
func (o *Options) headingKind(text string) (secKind, bool) {
	if o == nil || len(o.Headings) == 0 {
		return 0, false
	}
	f, ok := o.Headings[strings.Join(canonicalHeading(text), " ")]
	if !ok {
		// The map may have been built by hand rather than by ParseHeadingMap.
		for k, v := range o.Headings {
			if strings.Join(canonicalHeading(k), " ") == strings.Join(canonicalHeading(text), " ") {
				f, ok = v, true
				break
			}
		}
	}
	if !ok {
		return 0, false
	}
	k, known := headingFields[strings.ToLower(f)]
	return k, known
}

// severityWord reads a severity word or label through the user's map, then
// the defaults; byDefault reports that a default was used.
func (o *Options) severityWord(word string) (sev Severity, byDefault, ok bool) {
	w := strings.ToLower(strings.Trim(word, " .:;,()[]~*_"))
	if o != nil {
		for k, v := range o.Severity {
			if strings.EqualFold(k, w) {
				return v, false, true
			}
		}
	}
	if v, ok := DefaultSeverityWords[w]; ok {
		return v, true, true
	}
	return 0, false, false
}
