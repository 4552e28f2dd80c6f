package markdown

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// mdLine is one source line of a paragraph, as inline nodes.
type mdLine struct {
	nodes []ast.Node
	line  int
	hard  bool // it ends in a hard line break
	sep   bool // another label follows on the same source line
}

// paragraphLines splits a paragraph (or a tight list item's text block) at
// its line breaks, so a block of "**Date:** ...", "**Severity:** ..." lines
// reads as separate labels.
func (d *mdDoc) paragraphLines(n ast.Node) []mdLine {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return nil
	}
	var out []mdLine
	var cur []ast.Node
	flush := func() {
		if len(cur) == 0 {
			return
		}
		l := d.nodeLine(n)
		if i := len(out); i < n.Lines().Len() {
			l = d.lineAt(n.Lines().At(i).Start)
		}
		t, ok := cur[len(cur)-1].(*ast.Text)
		out = append(out, mdLine{nodes: cur, line: l, hard: ok && t.HardLineBreak()})
		cur = nil
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		cur = append(cur, c)
		if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			flush()
		}
	}
	flush()
	return out
}

func (d *mdDoc) lineText(l mdLine) string {
	var b strings.Builder
	for _, n := range l.nodes {
		d.inline(&b, n)
	}
	return strings.TrimSpace(b.String())
}

// label reads a "**Key:** value" or "**Key**: value" line. Without bold
// markup only metadata keys count ("Date: 2024-03-01"), and only where
// labels are allowed at all.
func (w *walker) label(l mdLine) (mdLabel, bool) {
	if len(l.nodes) == 0 || !w.metaLabelsAllowed() {
		return mdLabel{}, false
	}
	if key, ok := w.boldKey(l.nodes); ok {
		value := strings.TrimPrefix(w.doc.lineText(mdLine{nodes: l.nodes[1:]}), ":")
		if l.sep && !w.doc.escapedEnd(l.nodes) {
			value = trimSeparator(value) // "\|" is text, not a separator
		}
		lab, ok := w.keyLabel(key, value)
		return lab, ok && (lab.meta != metaNone || w.labelsAllowed())
	}
	if !w.labelsAllowed() {
		return mdLabel{}, false // plain "Key: value" lines in a section are prose
	}
	key, value, sep := cutPlainKey(w.doc.lineText(l))
	if sep == "" || w.doc.escapedKey(l.nodes) {
		return mdLabel{}, false
	}
	lab, ok := w.keyLabel(key, value)
	// A section named in plain text ("ROOT CAUSE — ...", "Summary: ...")
	// must be written in capitals or be a record field followed by a colon,
	// so "Note: ..." stays text.
	field := lab.kind == secSummary || lab.kind == secRootCause || lab.kind == secResolution || lab.kind == secPrevention
	return lab, ok && (lab.meta != metaNone || isUpperKey(key) || sep == ":" && field)
}

// cutPlainKey splits "Key: value", "Key - value" or "KEY — value" at the
// first separator, returning "" as sep when there is none.
func cutPlainKey(t string) (key, value, sep string) {
	best := -1
	for _, s := range []string{":", " - ", " — ", " – "} {
		if i := strings.Index(t, s); i > 0 && (best < 0 || i < best) {
			best, sep = i, s
		}
	}
	if best < 0 {
		// A key with its separator and no value: "NEXT STEPS —".
		for _, s := range []string{" —", " –", " -"} {
			if strings.HasSuffix(t, s) {
				return strings.TrimSuffix(t, s), "", s
			}
		}
		return "", "", ""
	}
	return t[:best], t[best+len(sep):], strings.TrimSpace(sep)
}

// isUpperKey reports a key written in capitals ("ROOT CAUSE").
func isUpperKey(k string) bool {
	letters := false
	for _, r := range k {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}

// escapedKey reports whether a plain "Key: value" line has a backslash
// escape before its colon ("INCIDENT \#: ...", "Summary\: ..."): that is
// how WriteMarkdown writes text that must not read as a key.
func (d *mdDoc) escapedKey(nodes []ast.Node) bool {
	for _, n := range nodes {
		t, ok := n.(*ast.Text)
		if !ok {
			continue
		}
		v := t.Segment.Value(d.src)
		colon, esc := bytes.IndexByte(v, ':'), bytes.IndexByte(v, '\\')
		if esc >= 0 && (colon < 0 || esc < colon) {
			return true
		}
		if colon >= 0 {
			return false
		}
	}
	return false
}

// trimSeparator drops the separator written before the next label on the
// same line ("**Date:** 2024-04-01 · **Severity:** SEV-2"); it is not part
// of the value.
func trimSeparator(v string) string { return strings.TrimRight(v, " ·|,;–—") }

// escapedEnd reports whether a line's text ends in a backslash escape, such
// as WriteMarkdown's "\|", which keyLabel must not trim as a separator.
func (d *mdDoc) escapedEnd(nodes []ast.Node) bool {
	t, ok := nodes[len(nodes)-1].(*ast.Text)
	if !ok {
		return false
	}
	v := bytes.TrimRight(t.Segment.Value(d.src), " \t")
	return len(v) >= 2 && v[len(v)-2] == '\\' && util.IsPunct(v[len(v)-1])
}

// boldKey returns the key of a line starting "**Key:**" or "**Key**:",
// without rendering the rest of the line.
func (w *walker) boldKey(nodes []ast.Node) (string, bool) {
	em, ok := nodes[0].(*ast.Emphasis)
	if !ok {
		return "", false
	}
	key := w.doc.plain(em)
	if strings.HasSuffix(key, ":") {
		return key, true
	}
	if len(nodes) > 1 {
		if t, ok := nodes[1].(*ast.Text); ok && bytes.HasPrefix(t.Segment.Value(w.doc.src), []byte(":")) {
			return key, true
		}
	}
	return "", false
}

// splitLabelRuns splits lines holding several labels, such as
// "**Date:** 2024-04-01 · **Severity:** SEV-2", into one line per label.
func (w *walker) splitLabelRuns(lines []mdLine) []mdLine {
	var out []mdLine
	for _, l := range lines {
		if _, ok := w.label(l); !ok {
			out = append(out, l)
			continue
		}
		start := 0
		for i := 1; i < len(l.nodes); i++ {
			if key, ok := w.boldKey(l.nodes[i:]); ok {
				if _, ok := w.keyLabel(key, ""); ok {
					out = append(out, mdLine{nodes: l.nodes[start:i], line: l.line, sep: true})
					start = i
				}
			}
		}
		out = append(out, mdLine{nodes: l.nodes[start:], line: l.line, hard: l.hard})
	}
	return out
}

// maxLabelWords keeps sentences that start in bold from reading as labels.
const maxLabelWords = 4

// keyLabel says what a key names: a metadata field or a section.
func (w *walker) keyLabel(key, value string) (mdLabel, bool) {
	key = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(key), ":"))
	lab := mdLabel{key: key, value: strings.TrimSpace(value)}
	words := canonicalHeading(key)
	if len(words) == 0 || len(words) > maxLabelWords {
		return lab, false
	}
	if lab.meta = lookupMeta(key, false); lab.meta != metaNone {
		// "**Incident:** Checkout outage" is a title, "**Incident:** INC-42" an id.
		if lab.meta == metaID && strings.ContainsAny(lab.value, " \t") {
			lab.meta = metaTitle
		}
		return lab, true
	}
	lab.kind, lab.rank = classifyHeading(key, false)
	return lab, lab.kind != secUnknown && lab.kind != secMeta
}

// labelList reads a list of fields, such as "- **Date:** 2024-03-01" or
// GitLab's "- Service(s) affected: CI runners", as labels: before the first
// heading, in a details section, and at the start of any other section but
// an action list. Every item must read "Key: value" with a short key, and
// at least one must be a known label; items with other keys ("Incident
// lead") are reported and left out. Other lists are content.
func (w *walker) labelList(l *ast.List) bool {
	details := w.d.cur == nil || w.d.cur.kind == secMeta
	if !details && !w.metaLabelsAllowed() {
		return false
	}
	type field struct {
		lab   mdLabel
		known bool
		lines []mdLine
	}
	var fields []field
	known := 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		first := it.FirstChild()
		if first == nil {
			return false
		}
		lines := w.doc.paragraphLines(first)
		if len(lines) == 0 {
			return false
		}
		lab, ok, isField := w.listLabel(lines[0], details)
		if !isField {
			return false
		}
		if ok {
			known++
		}
		fields = append(fields, field{lab, ok, lines})
	}
	if known == 0 {
		return false
	}
	it := l.FirstChild()
	for _, f := range fields {
		if !f.known {
			w.doc.warn(f.lines[0].line, "", "field "+incidents.Quoted(f.lab.key)+" not recognised; its value is not imported")
			it = it.NextSibling()
			continue
		}
		s := w.applyLabel(f.lab, f.lines[0].line, true)
		if s != nil {
			prev := f.lines[0]
			for _, rest := range f.lines[1:] {
				s.parts = append(s.parts, mdPart{text: w.doc.lineText(rest), line: rest.line, cont: true, hard: prev.hard})
				prev = rest
			}
			for c := it.FirstChild().NextSibling(); c != nil; c = c.NextSibling() {
				s.parts = append(s.parts, mdPart{node: c, line: w.doc.nodeLine(c)})
			}
		}
		it = it.NextSibling()
	}
	return true
}

// listLabel reads the first line of a list item as a field: known says it
// names metadata (or, in a details list, a section), isField that it reads
// "Key: value" with a key of a few words at all.
func (w *walker) listLabel(l mdLine, details bool) (lab mdLabel, known, isField bool) {
	if len(l.nodes) == 0 {
		return lab, false, false
	}
	var key, value string
	if k, ok := w.boldKey(l.nodes); ok {
		key, value = k, strings.TrimPrefix(w.doc.lineText(mdLine{nodes: l.nodes[1:]}), ":")
	} else {
		var ok bool
		if key, value, ok = strings.Cut(w.doc.lineText(l), ":"); !ok || w.doc.escapedKey(l.nodes) {
			return lab, false, false
		}
	}
	words := len(canonicalHeading(key))
	if words == 0 || words > maxLabelWords || strings.TrimSpace(value) == "" {
		return lab, false, false
	}
	lab, ok := w.keyLabel(key, value)
	if !ok {
		lab.key = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(key), ":"))
	}
	return lab, ok && (lab.meta != metaNone || details), true
}

// kvTable reads a two- or three-column "| Field | Value |" table of incident
// details, where labels are allowed. It must name at least one metadata
// field, and at least half its rows must be known keys; an action-item table
// is not one.
func (w *walker) kvTable(t *east.Table) bool {
	if !w.labelsAllowed() {
		return false // a table inside a root cause or action list is content
	}
	var rows [][]string
	var lines []int
	known, meta := 0, 0
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		cells := w.doc.rowCells(r)
		if len(cells) < 2 || len(cells) > 3 {
			return false
		}
		rows = append(rows, cells)
		lines = append(lines, w.doc.nodeLine(r))
		if lab, ok := w.keyLabel(cells[0], cells[1]); ok {
			known++
			if lab.meta != metaNone {
				meta++
			}
		}
	}
	if meta == 0 || known*2 < len(rows) {
		return false
	}
	for i, cells := range rows {
		if lab, ok := w.keyLabel(cells[0], cells[1]); ok {
			w.applyLabel(lab, lines[i], true)
		} else if i > 0 {
			w.doc.warn(lines[i], "", "details row "+incidents.Quoted(cells[0])+" not recognised; its value is not imported")
		}
	}
	return true
}
