package markdown

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Date shapes found inside free text: a title ("2024-03-14: DB outage",
// "Outage - 3/7/24"), a summary's first sentence ("On March 3rd, 2024, ..."),
// a timeline row or a file path ("2024/05/21/queue.md"). A range of days
// ("June 3–4, 2024") gives its first day; a weekday before the date is
// allowed. Numeric dates with dots are day.month.year (European); with
// slashes or dashes month/day/year (US) unless the first number is over 12.
const (
	reMonth   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	reWeekday = `(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?`
	reOrd     = `(?:st|nd|rd|th)?`
	reRange   = `(?:\s*(?:-|–|—|to)\s*\d{1,2}` + reOrd + `)?`
)

var dateScanners = []struct {
	re    *regexp.Regexp
	parts func(m []string) (y, mo, d string) // submatches to year, month, day
}{
	{regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|T)`), func(m []string) (string, string, string) { return m[1], m[2], m[3] }},
	{regexp.MustCompile(`(?i)\b` + reWeekday + reMonth + `\s+(\d{1,2})` + reOrd + reRange + `,?\s+(\d{4})\b`), func(m []string) (string, string, string) { return m[3], m[1], m[2] }},
	{regexp.MustCompile(`(?i)\b` + reWeekday + `(\d{1,2})` + reOrd + reRange + `\s+(?:of\s+)?` + reMonth + `,?\s+(\d{4})\b`), func(m []string) (string, string, string) { return m[3], m[2], m[1] }},
	{regexp.MustCompile(`\b(\d{1,2})([/.\-])(\d{1,2})[/.\-](\d{4}|\d{2})\b`), numericParts},
}

// numericParts orders a numeric date's fields (see the shapes above).
func numericParts(m []string) (y, mo, d string) {
	a, b := m[1], m[3]
	an, _ := strconv.Atoi(a) // one or two digits, by the pattern
	bn, _ := strconv.Atoi(b)
	y = m[4]
	if len(y) == 2 {
		y = "20" + y
	}
	switch {
	case an > 12, bn <= 12 && m[2] == ".":
		return y, b, a
	}
	return y, a, b
}

// scanDate finds the first date in free text and where it is.
func scanDate(s string) (t time.Time, start, end int, ok bool) {
	start = -1
	if strings.IndexAny(s, "0123456789") < 0 {
		return t, start, 0, false // the common case: no date at all
	}
	for _, sc := range dateScanners {
		idx := sc.re.FindStringSubmatchIndex(s)
		if idx == nil || (start >= 0 && idx[0] >= start) {
			continue
		}
		m := make([]string, len(idx)/2)
		for i := range m {
			if idx[2*i] >= 0 {
				m[i] = s[idx[2*i]:idx[2*i+1]]
			}
		}
		y, mo, d := sc.parts(m)
		if dt, good := incidents.DateOf(y, mo, d); good {
			t, start, end, ok = dt, idx[0], idx[1], true
		}
	}
	return t, start, end, ok
}

// titleDate takes a date off the start or end of a title, with the
// separator next to it ("2024-03-14: DB outage", "DB outage - 3/7/24"). A
// date inside the title gives the date and stays in the title.
func titleDate(title string) (time.Time, string, bool) {
	t, start, end, ok := scanDate(title)
	if !ok {
		return t, title, false
	}
	const seps = " :-–—|,()[]"
	before, after := strings.TrimRight(title[:start], seps), strings.TrimLeft(title[end:], seps)
	switch {
	case before == "" && after != "":
		return t, after, true
	case after == "" && before != "" && !strings.HasSuffix(strings.TrimRight(title[:start], " "), "("):
		return t, before, true
	case after == ")" || after == "]":
		return t, strings.TrimRight(before, " (["), true
	}
	return t, title, true
}

// pathDate reads a date from a file's path: "2023-11-08-queue.md" or
// "2024/05/21/queue.md".
func pathDate(name string) (time.Time, bool) {
	t, _, _, ok := scanDate(filepath.ToSlash(name))
	return t, ok
}

// firstSentence is the text up to the first full stop followed by a blank.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i]
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
