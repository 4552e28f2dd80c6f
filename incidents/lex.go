package incidents

import "strings"

// field is one key of the native format.
type field uint8

const (
	fNone field = iota
	fID
	fDate
	fSeverity
	fPlatform
	fServices
	fTitle
	fSummary
	fRootCause
	fResolution
	fPrevention
	fTimeline // rows of the timeline, evidence rather than a field of the record
	fLog      // lines of a log, one LOG key per log
	fSkip     // the text of an unknown or repeated key, dropped after a warning
)

// fieldNames are the canonical key spellings, as written by WriteText.
var fieldNames = [...]string{fID: "INCIDENT #", fDate: "DATE", fSeverity: "SEVERITY", fPlatform: "PLATFORM",
	fServices: "SERVICES", fTitle: "TITLE", fSummary: "SUMMARY", fRootCause: "ROOT CAUSE",
	fResolution: "RESOLUTION", fPrevention: "PREVENTION", fTimeline: "TIMELINE", fLog: "LOG"}

// paragraphs reports a field whose value may have paragraphs and lines.
func (f field) paragraphs() bool { return f == fSummary || f == fRootCause || f == fResolution }

func (f field) String() string {
	if int(f) < len(fieldNames) {
		return fieldNames[f]
	}
	return "?"
}

// keyNames maps a key squeezed to upper-case letters and '#' to its field,
// so "Root Cause", "ROOT_CAUSE" and "root-cause" are one key.
var keyNames = map[string]field{
	"INCIDENT#": fID, "INCIDENT": fID, "INCIDENTID": fID, "ID": fID, "INCIDENTNO": fID, "INCIDENTNUMBER": fID,
	"DATE": fDate, "INCIDENTDATE": fDate,
	"SEVERITY": fSeverity, "SEV": fSeverity, "PRIORITY": fSeverity,
	"PLATFORM": fPlatform,
	"SERVICES": fServices, "SERVICE": fServices, "AWSSERVICES": fServices, "AFFECTEDSERVICES": fServices,
	"TITLE":     fTitle,
	"SUMMARY":   fSummary,
	"ROOTCAUSE": fRootCause, "ROOTCAUSES": fRootCause,
	"RESOLUTION": fResolution,
	"PREVENTION": fPrevention, "PREVENTIONSTEPS": fPrevention, "PREVENTIVEMEASURES": fPrevention,
	"PREVENTIVEACTIONS": fPrevention, "ACTIONITEMS": fPrevention,
	"ROOTCAUSEANALYSIS": fRootCause,
	"TIMELINE":          fTimeline, "LOG": fLog, "LOGS": fLog,
}

// otherSections are postmortem sections the format does not use. They are
// unknown keys in any case, so "Impact: ..." is reported and skipped rather
// than run into the value above it.
var otherSections = map[string]bool{
	"IMPACT": true, "DETECTION": true, "LESSONSLEARNED": true, "OWNER": true,
	"AUTHOR": true, "AUTHORS": true, "STATUS": true, "DURATION": true, "REFERENCES": true, "LINKS": true,
	"WHATWENTWELL": true, "WHATWENTWRONG": true, "CONTRIBUTINGFACTORS": true, "TRIGGER": true,
	"CUSTOMERIMPACT": true, "DETECTIONMETHOD": true, "FOLLOWUP": true, "FOLLOWUPS": true,
}

// lineKind is what one trimmed, non-blank line is.
type lineKind uint8

const (
	lText       lineKind = iota
	lKey                 // a known KEY: value line
	lUnknownKey          // an upper-case KEY: line that is not a known key
	lRule                // ===== and similar rules, and ****END OF DOCUMENT**** trailers
)

const maxKeyLen = 40

// classify tells what a trimmed, non-blank line is. For keys it returns the
// field and the value after the colon (and after Markdown bold around it);
// for unknown keys the key as written.
func classify(t string) (lineKind, field, string) {
	if isRule(t) {
		return lRule, fNone, ""
	}
	u := trimLeftSet(t, "#*_ \t")
	if id, ok := cutIncidentHash(u); ok {
		return lKey, fID, id
	}
	colon := strings.IndexByte(u, ':')
	if colon <= 0 || colon > maxKeyLen {
		return lText, fNone, ""
	}
	var buf [maxKeyLen]byte
	n, lower := 0, false
	for i := 0; i < colon; i++ {
		c := u[i]
		switch {
		case c >= 'A' && c <= 'Z':
			buf[n] = c
			n++
		case c >= 'a' && c <= 'z':
			buf[n] = c - 'a' + 'A'
			n++
			lower = true
		case c == '#':
			buf[n] = c
			n++
		case c == ' ' || c == '\t' || c == '_' || c == '-' || c == '*':
		default:
			return lText, fNone, ""
		}
	}
	if n == 0 || buf[0] == '#' {
		return lText, fNone, ""
	}
	val := trimLeftSet(u[colon+1:], "* \t")
	if f, ok := keyNames[string(buf[:n])]; ok {
		return lKey, f, val
	}
	// Only an upper-case key is taken for a misspelt or unsupported key;
	// "Note: ..." inside a root cause is text.
	if otherSections[string(buf[:n])] || !lower && n >= 2 && strings.Count(strings.TrimSpace(u[:colon]), " ") < 4 {
		return lUnknownKey, fNone, strings.TrimSpace(strings.Trim(u[:colon], "*"))
	}
	return lText, fNone, ""
}

// cutIncidentHash accepts "INCIDENT #: X", "Incident # X" and "INCIDENT #X".
func cutIncidentHash(u string) (string, bool) {
	if len(u) < 9 || !strings.EqualFold(u[:8], "INCIDENT") {
		return "", false
	}
	rest := trimLeftBlank(u[8:])
	if !strings.HasPrefix(rest, "#") {
		return "", false
	}
	rest = trimLeftSet(rest[1:], " \t*")
	if strings.HasPrefix(rest, ":") {
		rest = rest[1:]
	}
	return trimLeftSet(rest, " \t*"), true
}

// isRule reports a separator line: three or more of one of = - _ * on their
// own, or a decorated trailer such as ****END OF DOCUMENT**** or === END ===.
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '=' && c != '-' && c != '_' && c != '*' {
		return false
	}
	// Three of the same mark make a rule, whatever follows: a trailer such
	// as ****END OF DOCUMENT**** is one too.
	return t[1] == c && t[2] == c
}

// stripMarker removes one list marker (1. 1) (1) - * + • and similar, and a
// Markdown checkbox) from the start of a trimmed line.
func stripMarker(t string) (string, bool) {
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	switch {
	case i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')'):
		i++
	case i == 0 && len(t) >= 3 && t[0] == '(' && t[1] >= '0' && t[1] <= '9':
		j := strings.IndexByte(t, ')')
		if j < 0 || j > 4 {
			return t, false
		}
		i = j + 1
	case i == 0 && len(t) > 0 && strings.IndexByte("-*+", t[0]) >= 0:
		i = 1
	case i == 0:
		for _, b := range bullets {
			if strings.HasPrefix(t, b) {
				i = len(b)
				break
			}
		}
		if i == 0 {
			return t, false
		}
	default:
		return t, false
	}
	if i < len(t) && t[i] != ' ' && t[i] != '\t' {
		return t, false
	}
	body := trimLeftBlank(t[i:])
	for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
		body = strings.TrimPrefix(body, box)
	}
	return body, true
}

// The trim helpers avoid strings.Trim*'s cutset setup, which showed in
// profiles of the per-line hot path.

func trimLeftBlank(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return s[i:]
}

func trimRightBlank(s string) string {
	n := len(s)
	for n > 0 && (s[n-1] == ' ' || s[n-1] == '\t' || s[n-1] == '\r') {
		n--
	}
	return s[:n]
}

// trimLeftSet trims the ASCII bytes in set from the start of s.
func trimLeftSet(s, set string) string {
	i := 0
	for i < len(s) && strings.IndexByte(set, s[i]) >= 0 {
		i++
	}
	return s[i:]
}
