package markdown

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/goccy/go-yaml"
	"github.com/nexusflow/rootcause/incidents"
)

// readFrontMatter fills a draft's metadata from YAML front matter. Keys are
// matched like labels ("incident_id", "Incident ID" and "id" are one key);
// unknown keys are reported once, by name, and otherwise ignored.
func (d *mdDoc) readFrontMatter(fm []byte, dr *mdDraft) {
	var m yaml.MapSlice
	if err := safeYAML(fm, &m); err != nil {
		d.probs = append(d.probs, incidents.Problem{Pos: incidents.Pos{File: d.name, Line: 1}, Msg: "front matter is not valid YAML, so it was ignored: " + firstLine(err.Error())})
		return
	}
	raw := topLevelLines(fm)
	var unknown []string
	for _, item := range m {
		key := oneLine(yamlScalar(item.Key))
		f := lookupMeta(key, true)
		if f == metaNone {
			unknown = append(unknown, key)
			continue
		}
		line := raw[key]
		if dr.meta[f].set {
			d.warn(line.line, "", "front matter key "+incidents.Quoted(key)+" repeats a field; keeping the first")
			continue
		}
		v := yamlValue(item.Value)
		switch item.Value.(type) {
		case uint64, int64, int, float64:
			// YAML reads "id: 0010" as the number 8; the id is the text as written.
			v.text = line.text
		}
		v.line = max(line.line, 1)
		dr.meta[f] = v
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		d.warn(1, "", "front matter keys not used: "+strings.Join(unknown, ", "))
	}
}

// fmLine is a top-level "key: value" line of front matter as written.
type fmLine struct {
	text string
	line int
}

// topLevelLines indexes front matter's unindented "key: value" lines, for
// line numbers in problems and for numbers YAML would reinterpret.
func topLevelLines(fm []byte) map[string]fmLine {
	out := map[string]fmLine{}
	for i, l := range strings.Split(string(fm), "\n") {
		if l == "" || l[0] == ' ' || l[0] == '\t' || l[0] == '#' {
			continue
		}
		if k, v, ok := strings.Cut(l, ":"); ok {
			k = strings.Trim(strings.TrimSpace(k), `"'`)
			if _, seen := out[k]; !seen {
				if c := strings.Index(v, " #"); c >= 0 {
					v = v[:c]
				}
				out[k] = fmLine{text: strings.TrimSpace(v), line: i + 2} // +1 for the opening ---
			}
		}
	}
	return out
}

// safeYAML turns a panic inside the YAML library into an error: front matter
// is user input, and one odd file must not take the whole corpus down.
func safeYAML(data []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("YAML parser failed: %v", r)
		}
	}()
	return yaml.Unmarshal(data, v)
}

func yamlValue(v any) mdValue {
	out := mdValue{line: 1, set: true}
	switch v := v.(type) {
	case nil:
		out.set = false
	case []any:
		for _, e := range v {
			if s := strings.TrimSpace(yamlScalar(e)); s != "" {
				out.list = append(out.list, s)
			}
		}
	default:
		out.text = strings.TrimSpace(yamlScalar(v))
	}
	return out
}

// yamlScalar renders a front matter value as text. YAML escapes ("\e" in
// a quoted string) can make control characters the input did not hold, so
// the corpus sanitizer runs again here.
func yamlScalar(v any) string {
	switch v := v.(type) {
	case time.Time:
		return v.Format("2006-01-02")
	case string:
		return incidents.Sanitize(v)
	case nil:
		return ""
	}
	return incidents.Sanitize(fmt.Sprint(v))
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

var dateLayouts = []string{
	"2006-01-02", "2006/01/02", "January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006",
	"2 January 2006", "2 Jan 2006", "Monday, January 2, 2006", "Mon, Jan 2, 2006", "Mon Jan 2 2006",
	time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
}

// parseDate reads the calendar date a postmortem gives, ignoring a time of
// day or zone after it ("2024-03-01 14:05 UTC", "March 1, 2024 at 2pm").
func parseDate(s string) (time.Time, bool) {
	words := strings.Fields(s)
	for n := min(len(words), 5); n > 0; n-- {
		head := strings.TrimRight(strings.Join(words[:n], " "), ",;.")
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, head); err == nil {
				return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	return time.Time{}, false
}

// parseSeverityLoose accepts ParseSeverity's forms with a note around them:
// "SEV-2 (major)", "Sev 1 - customer facing", "Major (SEV-2)".
func parseSeverityLoose(s string) (incidents.Severity, bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(),;/", r) })
	cands := []string{s}
	if len(words) > 0 {
		cands = append(cands, words[0])
	}
	if len(words) > 1 {
		cands = append(cands, words[0]+" "+words[1])
	}
	for _, c := range cands {
		if sev, err := incidents.ParseSeverity(c); err == nil {
			return sev, true
		}
	}
	// "Major (SEV-2)", "Critical - P1": a SEV or P token anywhere.
	for _, w := range words {
		if u := strings.ToUpper(w); strings.HasPrefix(u, "SEV") || strings.HasPrefix(u, "P") {
			if sev, err := incidents.ParseSeverity(w); err == nil {
				return sev, true
			}
		}
	}
	return 0, false
}

// splitList splits "EC2, S3; RDS" into names.
func splitList(v mdValue) []string {
	if v.list != nil {
		return v.list
	}
	var out []string
	for _, s := range strings.FieldsFunc(v.text, func(r rune) bool { return r == ',' || r == ';' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// idFromName derives a stable id from the file name: "db-outage.md" gives
// DB-OUTAGE, and the n-th incident of a file (n ≥ 2) gets "-n" appended.
func idFromName(name string, n int) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToUpper(base) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	id := b.String()
	if id == "" {
		id = "INCIDENT"
	}
	if n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}

// titlePrefixes are words templates put before the real title.
var titlePrefixes = map[string]bool{
	"postmortem": true, "post mortem": true, "incident report": true, "incident review": true,
	"incident postmortem": true, "pir": true, "rca": true, "post incident review": true,
	"retrospective": true, "incident retrospective": true, "incident": true, "postmortem report": true,
}

// splitTitle drops a "Postmortem:" prefix and takes a leading incident id
// ("INC-1234: DB outage", "[INC-1234] DB outage") out of a heading title.
func splitTitle(title string) (id, rest string) {
	rest = strings.TrimSpace(title)
	if head, tail, ok := cutTitleSep(rest); ok && titlePrefixes[strings.Join(canonicalHeading(head), " ")] {
		rest = tail
	}
	if strings.HasPrefix(rest, "[") {
		if end := strings.IndexByte(rest, ']'); end > 0 && looksLikeID(rest[1:end]) {
			return rest[1:end], strings.TrimSpace(rest[end+1:])
		}
	}
	if head, tail, ok := cutTitleSep(rest); ok && looksLikeID(head) && tail != "" {
		return head, tail
	}
	return "", rest
}

// cutTitleSep splits at the first ": ", " - ", " – " or " — ".
func cutTitleSep(s string) (string, string, bool) {
	best := -1
	sepLen := 0
	for _, sep := range []string{": ", " - ", " – ", " — ", " | "} {
		if i := strings.Index(s, sep); i > 0 && (best < 0 || i < best) {
			best, sepLen = i, len(sep)
		}
	}
	if best < 0 {
		return "", s, false
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+sepLen:]), true
}

// looksLikeID accepts ticket-style ids: letters and digits joined by '-' or
// '_' (or ending "#123"), with at least one letter and one digit, and not a
// severity such as "SEV-1".
func looksLikeID(s string) bool {
	if s == "" || len(s) > 40 || strings.ContainsAny(s, " \t") {
		return false
	}
	letter, digit, sep := false, false, false
	for _, r := range s {
		switch {
		case r < 128 && unicode.IsLetter(r):
			letter = true
		case r >= '0' && r <= '9':
			digit = true
		case r == '-' || r == '_' || r == '#':
			sep = true
		default:
			return false
		}
	}
	if _, err := incidents.ParseSeverity(s); err == nil {
		return false
	}
	return letter && digit && sep
}
