package incidents

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// mdPart is one piece of a section's content: a block still to render, or
// text already rendered (a label's value, the plain lines of a paragraph that
// also held labels).
type mdPart struct {
	node ast.Node
	text string
	line int
	cont bool // text continues the previous part's line (same paragraph)
	drop bool // taken for another field (a root-cause paragraph in a summary)
	hard bool // ... after a hard line break: on a line of its own
}

// mdSection is the content under one heading or bold label.
type mdSection struct {
	kind  secKind
	rank  int
	head  string // as written, for messages
	line  int
	level int // heading level; deeper headings are its content
	parts []mdPart
	// fromLabel is set for sections opened by a bold label rather than a heading.
	fromLabel bool
	meta      metaField // for secField: the field the section's text gives
}

// mdValue is one metadata value with the line it came from.
type mdValue struct {
	text string
	list []string // front matter lists (services, prevention)
	line int
	set  bool
}

// mdDraft is one incident as read, before it becomes an Incident.
type mdDraft struct {
	line      int
	title     string
	titleLine int
	meta      [metaPrevention + 1]mdValue
	pre       mdSection // text before the first section heading
	secs      []*mdSection
	kinds     uint32     // bit per section kind present, kept by add
	cur       *mdSection // where content goes; nil means pre
}

// add appends sections and notes their kinds.
func (d *mdDraft) add(secs ...*mdSection) {
	for _, s := range secs {
		d.kinds |= 1 << s.kind
	}
	d.secs = append(d.secs, secs...)
}

func (d *mdDraft) started() bool { return d.title != "" || len(d.secs) > 0 }

func (d *mdDraft) hasMeta() bool {
	for _, m := range d.meta {
		if m.set {
			return true
		}
	}
	return false
}

func (d *mdDraft) empty() bool {
	return !d.started() && !d.hasMeta() && len(d.pre.parts) == 0
}

func (d *mdDraft) target() *mdSection {
	if d.cur != nil {
		return d.cur
	}
	return &d.pre
}

// walker reads a document's top-level blocks in order into drafts.
type walker struct {
	doc    *mdDoc
	drafts []*mdDraft
	d      *mdDraft
	// titleLevel is the heading level of incident titles: 1, or 2 in a
	// collection ("# Q3 postmortems", then "## DB outage" with "### Summary").
	titleLevel int
	// looseH1 reads "#" headings after the title as sections (see findLooseH1).
	looseH1 bool
}

func (w *walker) newDraft() {
	w.d = &mdDraft{pre: mdSection{kind: secSummary, rank: 1, head: "text before the first heading", level: 7}}
	w.drafts = append(w.drafts, w.d)
}

func (w *walker) walk(doc ast.Node) {
	w.titleLevel = w.findTitleLevel(doc)
	w.looseH1 = w.titleLevel == 1 && w.findLooseH1(doc)
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if w.d.line == 0 {
			w.d.line = w.doc.nodeLine(n)
		}
		switch n := n.(type) {
		case *ast.ThematicBreak:
			w.newDraft()
		case *ast.Heading:
			w.heading(n)
		case *ast.Paragraph:
			if w.refNote(n) {
				continue
			}
			w.paragraph(n)
		case *ast.List:
			if !w.labelList(n) {
				w.content(n)
			}
		case *east.Table:
			if !w.kvTable(n) {
				w.content(n)
			}
		case *ast.HTMLBlock:
			if !isHTMLComment(w.doc.htmlText(n)) {
				w.content(n)
			}
		default:
			w.content(n)
		}
	}
}

func (w *walker) content(n ast.Node) {
	t := w.d.target()
	t.parts = append(t.parts, mdPart{node: n, line: w.doc.nodeLine(n)})
}

// heading decides whether a heading is an incident's title, starts a
// section, or is content of the section it sits in.
func (w *walker) heading(h *ast.Heading) {
	text := w.doc.plain(h)
	line := w.doc.nodeLine(h)
	if w.idHeading(text, line) {
		return
	}
	kind, rank := w.classify(text, h.Level)
	if w.genericTitle(h, kind, text, line) {
		return
	}
	if h.Level < w.titleLevel && kind == secUnknown {
		if w.d.empty() {
			w.d.line = 0 // the first incident starts at its own title
		}
		return // a collection's own title ("# Q3 postmortems")
	}
	if h.Level == w.titleLevel && kind == secUnknown && w.d.started() {
		w.newDraft()
		w.d.line = line
	}
	if kind == secUnknown && !w.d.started() {
		w.d.title, w.d.titleLine = text, line
		return
	}
	if cur := w.d.cur; cur != nil && h.Level > cur.level && nests(cur.kind, kind) {
		w.content(h)
		return
	}
	s := &mdSection{kind: kind, rank: rank, head: text, line: line, level: h.Level}
	if kind == secUnknown {
		// "## Date" or "## Severity" with the value under it.
		if f := lookupMeta(text, false); f == metaDate || f == metaSeverity || f == metaServices || f == metaPlatform {
			s.kind, s.meta = secField, f
		}
	}
	w.startSection(s)
}

// nests reports whether a deeper heading of kind inner stays inside a section
// of kind outer: "### Five whys" under "## Root Cause Analysis" is part of the
// root cause, but "### Root cause" under "## Analysis" starts its own.
func nests(outer, inner secKind) bool {
	switch outer {
	case secUnknown, secIgnored, secMeta, secTimeline, secDetection, secField:
		return inner == secUnknown
	}
	return inner != secRootCause || outer == secRootCause
}

func (w *walker) startSection(s *mdSection) {
	w.d.add(s)
	w.d.cur = s
}

// mdLabel is a "**Key:** value" line.
type mdLabel struct {
	key   string
	value string
	meta  metaField
	kind  secKind
	rank  int
}

// paragraph reads a paragraph line by line: label lines set metadata or open
// a section, other lines are content of the current section.
func (w *walker) paragraph(p *ast.Paragraph) {
	if w.actionsIntro(p) {
		return
	}
	if !w.metaLabelsAllowed() {
		w.content(p) // most paragraphs: no line splitting needed
		return
	}
	if w.boldHeading(p) {
		return
	}
	lines := w.doc.paragraphLines(p)
	if !w.anyLabel(lines) {
		w.content(p)
		return
	}
	var last *mdSection // the section the previous line went to
	hard := false       // the previous line ended in a hard break
	for _, l := range w.splitLabelRuns(lines) {
		if lab, ok := w.label(l); ok {
			last = w.applyLabel(lab, l.line, false)
			if last != nil && lab.value == "" {
				last = nil
			}
			hard = l.hard
			continue
		}
		t := w.d.target()
		t.parts = append(t.parts, mdPart{text: w.doc.lineText(l), line: l.line, cont: last == t, hard: hard})
		last, hard = t, l.hard
	}
}

// actionsIntro reads a paragraph that is only "Action items:" (or
// "**Follow-ups:**") inside a resolution or another text section as the
// start of an action list, so the list under it is not merged into the
// section's text.
func (w *walker) actionsIntro(p *ast.Paragraph) bool {
	c := w.d.cur
	if c == nil || c.kind == secPrevention || p.Lines().Len() != 1 || w.labelsAllowed() {
		return false // where labels are read, "**Action items:**" is one already
	}
	t := strings.TrimSpace(strings.Trim(w.doc.plain(p), "*_"))
	if !strings.HasSuffix(t, ":") {
		return false
	}
	if kind, _ := classifyHeading(strings.TrimSuffix(t, ":"), false); kind != secPrevention || len(canonicalHeading(t)) > maxLabelWords {
		return false
	}
	w.startSection(&mdSection{kind: secPrevention, head: strings.TrimSuffix(t, ":"), line: w.doc.nodeLine(p), level: c.level})
	return true
}

// boldHeading reads a paragraph that is only a bold section name, such as
// "**Root Cause**" (wiki exports write headings so), as a label without a
// value: the blocks after it are the section.
func (w *walker) boldHeading(p *ast.Paragraph) bool {
	em, ok := p.FirstChild().(*ast.Emphasis)
	if !ok || em.NextSibling() != nil || em.Level != 2 || !w.labelsAllowed() {
		return false
	}
	lab, ok := w.keyLabel(w.doc.plain(em), "")
	if !ok || lab.meta != metaNone {
		return false
	}
	w.applyLabel(lab, w.doc.nodeLine(p), false)
	return true
}

func (w *walker) anyLabel(lines []mdLine) bool {
	for _, l := range lines {
		if _, ok := w.label(l); ok {
			return true
		}
	}
	return false
}

// applyLabel records a label. Section labels inside lists and tables are
// closed (later blocks do not join them); a label paragraph's section stays
// open so the paragraphs after "**Root cause:**" belong to it.
func (w *walker) applyLabel(lab mdLabel, line int, closed bool) *mdSection {
	if lab.meta != metaNone {
		w.setMeta(lab.meta, lab.key, mdValue{text: lab.value, line: line, set: true})
		return nil
	}
	level := 7
	if w.d.cur != nil {
		level = w.d.cur.level
	}
	s := &mdSection{kind: lab.kind, rank: lab.rank, head: lab.key, line: line, level: level, fromLabel: true}
	if lab.value != "" {
		s.parts = append(s.parts, mdPart{text: lab.value, line: line})
	}
	if closed {
		w.d.add(s)
	} else {
		w.startSection(s)
	}
	return s
}

// setMeta keeps the first value of a field; a different later one is
// reported rather than silently preferred.
func (w *walker) setMeta(f metaField, key string, v mdValue) {
	old := &w.d.meta[f]
	if !old.set {
		*old = v
		return
	}
	if old.text != v.text {
		w.doc.warn(v.line, "", quoted(key)+" given again; keeping the value from line "+strconv.Itoa(old.line))
	}
}

// labelsAllowed says where a bold "**Key:** value" line is read as a label:
// before the first heading, in a details section, in an unrecognised section
// and after another label (the Google SRE layout). Inside a recognised
// section it is content, so "**Detection:** add an alert" in an action list
// stays an action item.
func (w *walker) labelsAllowed() bool {
	c := w.d.cur
	return c == nil || c.kind == secMeta || c.kind == secUnknown || c.fromLabel
}

// metaLabelsAllowed adds one place for metadata labels only: the start of
// any section but an action list, so "## Summary" followed by "**Date:**"
// and "**Severity:**" lines still gives the date and severity.
func (w *walker) metaLabelsAllowed() bool {
	c := w.d.cur
	return w.labelsAllowed() || (c.kind != secPrevention && len(c.parts) == 0)
}
