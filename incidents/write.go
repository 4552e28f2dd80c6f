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
		writeIncident(bw, &incs[i], style{})
	}
	return bw.Flush()
}

// WriteTextDraft is WriteText for a file a trainer finishes by hand (the
// importer's output): every standard key is written, an unknown value as an
// empty "KEY:" line to fill in. Parse reads an empty key as a missing value,
// so a required field left empty is still reported as missing.
func WriteTextDraft(w io.Writer, incs []Incident) error {
	bw := bufio.NewWriter(w)
	for i := range incs {
		if i > 0 {
			bw.WriteString("=====\n\n")
		}
		writeIncident(bw, &incs[i], style{draft: true})
	}
	return bw.Flush()
}

// style is how writeIncident writes an incident.
type style struct {
	// md marks keys up as Markdown (a heading for the id, bold keys), which
	// Parse reads as the same keys, and escapes Markdown's markup.
	md bool
	// draft writes the keys of unknown values too, empty.
	draft bool
}

// writeIncident writes one incident in the given style.
func writeIncident(w *bufio.Writer, inc *Incident, st style) {
	writeKey := func(key string) {
		switch {
		case st.md && key == "INCIDENT #":
			w.WriteString("## INCIDENT #:")
		case st.md:
			w.WriteString("**" + key + ":**")
		default:
			w.WriteString(key + ":")
		}
	}
	empty := func(key string) {
		if st.draft {
			writeKey(key)
			w.WriteString("\n\n")
		}
	}
	field := func(key, val string) {
		if val == "" {
			empty(key)
			return
		}
		writeKey(key)
		w.WriteByte(' ')
		line := escapeLine(val, st)
		if key == "SERVICES" {
			line = escapeMarker(line)
		}
		w.WriteString(line)
		w.WriteString("\n\n")
	}
	// The id line is written even when the id is unknown: it starts the record.
	writeKey("INCIDENT #")
	if inc.ID != "" {
		w.WriteByte(' ')
		w.WriteString(escapeLine(inc.ID, st))
	}
	w.WriteString("\n\n")
	date := ""
	if !inc.Date.IsZero() {
		date = inc.Date.Format(DateLayout)
	}
	field("DATE", date)
	field("SEVERITY", inc.Severity.String())
	field("PLATFORM", inc.Platform)
	field("SERVICES", strings.Join(inc.Services, ", "))
	field("TITLE", inc.Title)
	for _, f := range []struct{ key, val string }{{"SUMMARY", inc.Summary}, {"ROOT CAUSE", inc.RootCause}, {"RESOLUTION", inc.Resolution}} {
		if f.val == "" {
			empty(f.key)
			continue
		}
		writeKey(f.key)
		writeValue(w, f.val, st)
	}
	if len(inc.Prevention) == 0 {
		empty("PREVENTION")
	} else {
		writeKey("PREVENTION")
		w.WriteString("\n\n")
		for j, p := range inc.Prevention {
			w.WriteString(strconv.Itoa(j + 1))
			w.WriteString(". ")
			item := escapeLine(p, st)
			// "1. - x" would be a nested list in Markdown (Markdown has no
			// "•" marker, and would keep a backslash before one).
			if st.md && item != "" && strings.IndexByte("-+0123456789", item[0]) >= 0 {
				item = escapeMarker(item)
			}
			w.WriteString(item)
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	}
	writeBoard(w, inc, st, writeKey)
}

// writeBoard writes the evidence the incident's own file gave (a TIMELINE
// key, LOG keys, an imported Timeline section), so Parse reads the same
// board back; the quiz material's items stay in the material file.
func writeBoard(w *bufio.Writer, inc *Incident, st style, writeKey func(string)) {
	var rows []string
	var logs []Evidence
	for _, ev := range inc.Evidence {
		if ev.Pos.File != inc.Pos.File {
			continue // from the quiz material
		}
		switch {
		case ev.Kind == KindTimeline && (ev.ID == "timeline" || ev.ID == "timeline-after"):
			rows = append(rows, ev.Lines...)
		case ev.Kind == KindLog:
			logs = append(logs, ev)
		}
	}
	if len(rows) > 0 {
		writeKey("TIMELINE")
		w.WriteString("\n\n")
		for _, r := range rows {
			w.WriteString(protectLine("- "+escapeLine(r, st), st))
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	}
	for _, ev := range logs {
		writeKey("LOG")
		w.WriteString("\n\n")
		if st.md {
			w.WriteString("```\n")
		}
		for _, l := range ev.Lines {
			if !st.md {
				w.WriteString("    ")
			}
			w.WriteString(l)
			w.WriteByte('\n')
		}
		if st.md {
			w.WriteString("```\n")
		}
		w.WriteByte('\n')
	}
}

// escapeLine escapes what Parse would otherwise read differently (a
// backslash escape, a final backslash that would be a hard break) in text
// that follows a key or a list marker. Backquotes, stars and quotes are the
// author's and are written as they are; with md, everything Markdown would
// render as markup (code and emphasis marks included) is escaped, so the
// Markdown reads back as the same text.
func escapeLine(s string, st style) string {
	special := ""
	if st.md {
		special = "`*_[]<>|~#"
	}
	if isPlain(s) && !strings.ContainsAny(s, special) && !strings.HasPrefix(s, ":") && !strings.HasPrefix(s, "[") && !strings.HasPrefix(s, "*") &&
		!(st.md && strings.Contains(s, "&")) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(special, c) >= 0,
			c == '\\' && (i+1 == len(s) || isMarkdownEscapable(s[i+1]) || isBullet(s[i+1:])),
			st.md && c == '&' && i+1 < len(s) && (s[i+1] == '#' || isWordByte(s[i+1])), // an entity
			// Parse trims stars after a key (bold keys), so a leading one is escaped.
			i == 0 && (c == ':' || c == '[' || c == '*'):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// protectLine escapes a line of its own that Parse would read as a key, a
// rule or an INCIDENT # line (and, with md, a Markdown setext underline),
// escaping its colon or first character.
func protectLine(s string, st style) string {
	if !classifyText(s) {
		if i := strings.IndexAny(s, ":#"); i >= 0 && !isRule(s) {
			return s[:i] + "\\" + s[i:]
		}
		return "\\" + s
	}
	if st.md && s[0] == '=' {
		return "\\" + s
	}
	return s
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

// writeValue writes a multi-paragraph value after its key so that Parse
// reads back the same paragraphs and lines: each line is written the way
// valueState reads it as that line, with a hard break (a final backslash)
// where Parse would otherwise join it to the text above.
func writeValue(w *bufio.Writer, val string, st style) {
	lines := splitValue(val)
	out := make([]string, 0, len(lines)*2)
	for i, l := range lines {
		if l.para {
			// Parse joins a paragraph to the one above when the blank line
			// seems to split a sentence; Markdown does not, so md leaves it.
			if !st.md && l.role == roleProse && lines[i-1].role != roleCode && softBreak(lines[i-1].text, l.text) {
				out[len(out)-1] += "\\"
			}
			out = append(out, "")
		}
		if l.joined {
			out[len(out)-1] += "\\"
		}
		out = append(out, encodeValueLine(l.role, l.raw, l.text, l.ind, st))
	}
	if len(out) == 0 { // only blanks: nothing Parse would keep
		w.WriteString("\n\n")
		return
	}
	// Text starting the value goes on the key line; a list or code block
	// starts on a line of its own, as Markdown needs.
	if lines[0].role == roleProse && lines[0].ind == 0 {
		w.WriteByte(' ')
	} else {
		w.WriteString("\n\n")
	}
	for i, l := range out {
		if i > 0 {
			w.WriteByte('\n')
		}
		w.WriteString(l)
	}
	w.WriteString("\n\n")
}

// encodeValueLine writes one line of a value in the form Parse reads back
// as the line l (of text t indented ind) in its role.
func encodeValueLine(role lineRole, l, t string, ind int, st style) string {
	switch role {
	case roleCode:
		return l
	case roleList:
		m := min(markerLen(t), len(t)) // a lone marker has no blank after it
		return strings.Repeat(" ", ind) + protectLine(t[:m]+escapeLine(t[m:], st), st)
	case roleCont:
		return strings.Repeat(" ", ind) + protectLine(escapeLine(t, st), st)
	}
	return protectLine(escapeLine(t, st), st)
}
