package markdown

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

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
func headingKind(o *incidents.Options, text string) (secKind, bool) {
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
