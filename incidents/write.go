package incidents

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// DateLayout is how the native format writes dates.
const DateLayout = "January 2, 2006"

// WriteText writes incidents in the native text format, one block per
// incident separated by ===== rules. Parse reads the output back to the same
// records: text that the parser would take for markup or a key is escaped.
func WriteText(w io.Writer, incs []Incident) error {
	bw := bufio.NewWriter(w)
	for i := range incs {
		if i > 0 {
			bw.WriteString("=====\n\n")
		}
		writeIncident(bw, &incs[i], false)
	}
	return bw.Flush()
}

// writeIncident writes one incident; md marks keys up as Markdown (a heading
// for the id, bold keys), which Parse reads as the same keys.
func writeIncident(w *bufio.Writer, inc *Incident, md bool) {
	writeKey := func(key string) {
		switch {
		case md && key == "INCIDENT #":
			w.WriteString("## INCIDENT #:")
		case md:
			w.WriteString("**" + key + ":**")
		default:
			w.WriteString(key + ":")
		}
	}
	field := func(key, val string) {
		if val == "" {
			return
		}
		writeKey(key)
		w.WriteByte(' ')
		for j, para := range strings.Split(val, "\n\n") {
			if j > 0 {
				w.WriteString("\n\n")
			}
			line := escapeLine(para, j == 0, md)
			if key == "SERVICES" {
				line = escapeMarker(line)
			}
			w.WriteString(line)
		}
		w.WriteString("\n\n")
	}
	// The id line is written even when the id is unknown: it starts the record.
	writeKey("INCIDENT #")
	if inc.ID != "" {
		w.WriteByte(' ')
		w.WriteString(escapeLine(inc.ID, true, md))
	}
	w.WriteString("\n\n")
	if !inc.Date.IsZero() {
		field("DATE", inc.Date.Format(DateLayout))
	}
	field("SEVERITY", inc.Severity.String())
	field("PLATFORM", inc.Platform)
	field("SERVICES", strings.Join(inc.Services, ", "))
	field("TITLE", inc.Title)
	field("SUMMARY", inc.Summary)
	field("ROOT CAUSE", inc.RootCause)
	field("RESOLUTION", inc.Resolution)
	if len(inc.Prevention) > 0 {
		writeKey("PREVENTION")
		w.WriteString("\n\n")
		for j, p := range inc.Prevention {
			w.WriteString(strconv.Itoa(j + 1))
			w.WriteString(". ")
			w.WriteString(escapeLine(p, true, md))
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	}
}

// escapeLine escapes what Parse would otherwise read as markup (backquotes,
// stars, backslash escapes) and, on a line of its own (first false), what it
// would read as a key, a rule or a list marker, so that the value reads back
// unchanged. With md it also escapes what Markdown would render as markup.
func escapeLine(s string, first, md bool) string {
	special := "`*"
	if md {
		special = "`*_[]<>|~#"
	}
	if isPlain(s) && !strings.ContainsAny(s, special) && (first || classifyText(s)) && !strings.HasPrefix(s, ":") && !strings.HasPrefix(s, "[") &&
		!(md && !first && isMarkerLine(s)) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(special, c) >= 0,
			c == '\\' && i+1 < len(s) && (isMarkdownEscapable(s[i+1]) || isBullet(s[i+1:])),
			i == 0 && (c == ':' || c == '['):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	out := b.String()
	if first {
		return out
	}
	if !classifyText(out) {
		// A key, rule or INCIDENT # line: escape its colon or first character.
		if i := strings.IndexAny(out, ":#"); i >= 0 && !isRule(out) {
			return out[:i] + "\\" + out[i:]
		}
		return "\\" + out
	}
	if md {
		return escapeMarker(out) // Markdown would start a list
	}
	return out
}

func isMarkerLine(s string) bool {
	_, marked := stripMarker(s)
	return marked
}

// classifyText reports whether a line of its own would read as plain text.
func classifyText(s string) bool {
	k, _, _ := classify(s)
	return k == lText
}

// escapeMarker escapes a leading list marker, which Parse would strip from a
// SERVICES line: "1. x" becomes "1\. x", "- x" becomes "\- x".
func escapeMarker(s string) string {
	if _, marked := stripMarker(s); !marked {
		return s
	}
	i := 0
	if s[0] >= '0' && s[0] <= '9' {
		i = strings.IndexAny(s, ".)")
	}
	return s[:i] + "\\" + s[i:]
}
