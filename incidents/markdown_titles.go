package incidents

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// How a document names its incidents: which headings are titles, which are
// sections, and the id and reference-note lines around them.

// classify is classifyHeading with the document's conventions: the user's
// --heading-map first, and "#" headings read loosely in a document that
// writes its sections as "#" headings.
func (w *walker) classify(text string, level int) (secKind, int) {
	if k, ok := w.doc.opts.headingKind(text); ok {
		return k, 0
	}
	exact := level <= w.titleLevel && !(level == 1 && w.looseH1 && w.d.title != "")
	return classifyHeading(text, exact)
}

// genericTitle replaces a template's generic title ("# Postmortem",
// "# Incident report") by the first unrecognised heading under it, the
// incident's real name, before any section has started.
func (w *walker) genericTitle(h *ast.Heading, kind secKind, text string, line int) bool {
	d := w.d
	if kind != secUnknown || d.title == "" || len(d.secs) > 0 || h.Level <= w.titleLevel || h.Level > w.titleLevel+1 {
		return false
	}
	if !titlePrefixes[strings.Join(canonicalHeading(d.title), " ")] {
		return false
	}
	d.title, d.titleLine = text, line
	return true
}

// findLooseH1 reports a document whose sections are "#" headings: at least
// two "#" headings read as sections when matched loosely, and no "##"
// heading that is a section.
func (w *walker) findLooseH1(doc ast.Node) bool {
	n1 := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || h.Level > 2 {
			continue
		}
		kind, _ := classifyHeading(w.doc.plain(h), false)
		switch {
		case kind == secUnknown:
		case h.Level == 2:
			return false
		default:
			n1++
		}
	}
	return n1 >= 2
}

// findTitleLevel looks for a collection of incidents under "##" headings:
// at least two unrecognised "##" headings each followed by a deeper,
// recognised section heading. Otherwise incident titles are "#" headings.
func (w *walker) findTitleLevel(doc ast.Node) int {
	var prev *ast.Heading
	prevUnknown := false
	titles := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		kind, _ := classifyHeading(w.doc.plain(h), h.Level <= 2)
		if prev != nil && prev.Level == 2 && prevUnknown && h.Level > 2 && kind != secUnknown {
			titles++
		}
		prev, prevUnknown = h, kind == secUnknown
	}
	if titles >= 2 {
		return 2
	}
	return 1
}

// idHeading reads a heading such as "## INCIDENT #: NFI-2023-0010" (the
// layout of "rootcause incidents export --format md") as the incident's id.
// A second id heading in one part starts a new incident.
func (w *walker) idHeading(text string, line int) bool {
	key, val, ok := strings.Cut(text, ":")
	val = strings.TrimSpace(val)
	if !ok || lookupMeta(key, false) != metaID || val == "" || strings.ContainsAny(val, " \t") {
		return false // "# Incident: Checkout outage" is a title
	}
	if w.d.meta[metaID].set {
		w.newDraft()
		w.d.line = line
	}
	w.setMeta(metaID, key, mdValue{text: val, line: line, set: true})
	return true
}

// refNote skips a reference note such as "[1] Measured at the gateway." at
// the end of a page saved as Markdown, remembering its number so markers
// in the text can be dropped.
func (w *walker) refNote(p *ast.Paragraph) bool {
	if p.Lines().Len() == 0 {
		return false
	}
	if first := p.Lines().At(0); first.Len() == 0 || w.doc.src[first.Start] != '[' {
		return false // the common case, without the regexp
	}
	for i := 0; i < p.Lines().Len(); i++ {
		seg := p.Lines().At(i)
		m := refNote.FindSubmatch(seg.Value(w.doc.src))
		if m == nil {
			if i == 0 {
				return false
			}
			continue // a note's wrapped line
		}
		if w.doc.refs == nil {
			w.doc.refs = map[string]bool{}
		}
		w.doc.refs[string(m[1])] = true
	}
	return true
}
