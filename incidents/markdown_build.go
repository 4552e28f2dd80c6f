package incidents

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// incident turns the n-th draft of a file into an Incident and reports what
// it lacks. It always returns the incident: a trainer fixes the file (or the
// imported text) rather than losing what was written.
func (doc *mdDoc) incident(d *mdDraft, n int) Incident {
	m := &d.meta
	doc.fieldSections(d)
	titleID, title := splitTitle(d.title)
	_, metaTitle := splitTitle(oneLine(m[metaTitle].text))
	inc := Incident{Pos: Pos{File: doc.name, Line: d.line}, Platform: oneLine(m[metaPlatform].text)}
	inc.ID = firstOf(strings.ReplaceAll(strings.TrimPrefix(oneLine(m[metaID].text), "#"), " ", "-"), titleID, idFromName(doc.name, n))
	titleDay, title, titleHasDate := titleDate(oneLine(title))
	inc.Title = firstOf(metaTitle, title)
	if inc.Title == "" && n == 1 {
		if inc.Title = titleFromName(doc.name); inc.Title != "" {
			doc.warn(inc.Pos.Line, inc.ID, "no title; "+quoted(inc.Title)+" is made from the file name")
		}
	}
	if m[metaServices].set {
		for _, s := range splitList(m[metaServices]) {
			if s = oneLine(s); s != "" {
				inc.Services = append(inc.Services, s)
			}
		}
	}
	inc.RootCause = firstOf(tidy(m[metaRootCause].text), doc.pick(d, secRootCause, inc.ID))
	if inc.RootCause == "" {
		var from string
		if inc.RootCause, from = doc.causeFallback(d, inc.ID); from != "" {
			doc.warn(inc.Pos.Line, inc.ID, "no root-cause heading; the root cause is read from "+from)
		}
	}
	inc.Resolution = firstOf(tidy(m[metaResolution].text), doc.pick(d, secResolution, inc.ID))
	if inc.Resolution == "" {
		var from string
		if inc.Resolution, from = doc.resolutionFallback(d, inc.ID); from != "" {
			doc.warn(inc.Pos.Line, inc.ID, "no resolution heading; the resolution is read from "+from)
		}
	}
	inc.Summary = firstOf(tidy(m[metaSummary].text), doc.pick(d, secSummary, inc.ID))
	switch {
	case m[metaDate].set:
		doc.readDate(&inc, m[metaDate])
	case titleHasDate:
		inc.Date = titleDay
	default:
		if t, from, ok := doc.dateFallback(d, inc.Summary); ok {
			inc.Date = t
			doc.warn(inc.Pos.Line, inc.ID, "no date label; the date "+t.Format("2006-01-02")+" is read from "+from)
		} else {
			doc.warn(inc.Pos.Line, inc.ID, "no date (add \"**Date:** 2024-03-01\" or date: in front matter)")
		}
	}
	doc.readSeverity(&inc, m[metaSeverity])
	inc.Prevention = splitPrevention(m[metaPrevention])
	for _, s := range d.secs {
		switch {
		case s.kind == secPrevention:
			inc.Prevention = append(inc.Prevention, doc.items(s, inc.ID)...)
		case s.kind == secUnknown && len(s.parts) > 0:
			doc.warn(s.line, inc.ID, "section "+quoted(s.head)+" not recognised; its text is not imported (docs/markdown-import.md lists the recognised headings)")
		}
	}
	inc.Evidence = doc.boardFromSections(d, &inc)
	doc.requireFields(d, &inc)
	return inc
}

// fieldSections sets metadata from sections such as "## Date" or
// "## Severity" whose text is the value, unless a label already gave it.
func (doc *mdDoc) fieldSections(d *mdDraft) {
	for _, s := range d.secs {
		if s.kind != secField || d.meta[s.meta].set {
			continue
		}
		if t := oneLine(firstLine(doc.sectionText(s, ""))); t != "" {
			d.meta[s.meta] = mdValue{text: t, line: s.line, set: true}
		}
	}
}

// quoted puts text from a file into a message: quoted, on one line, and cut
// to a readable length.
func quoted(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return strconv.Quote(s)
}

// oneLine makes a single-line field: whitespace runs, newlines and tabs
// included, become one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// firstOf returns the first value with any text, as it is: values come
// tidied, and a leading code line keeps the indentation that makes it code.
func firstOf(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func (doc *mdDoc) readDate(inc *Incident, v mdValue) {
	if !v.set {
		doc.warn(inc.Pos.Line, inc.ID, "no date (add \"**Date:** 2024-03-01\" or date: in front matter)")
		return
	}
	t, ok := parseDate(v.text)
	if !ok {
		t, _, _, ok = scanDate(v.text)
	}
	if !ok {
		doc.warn(v.line, inc.ID, "date "+quoted(v.text)+" not understood (write 2024-03-01 or March 1, 2024); left empty")
	}
	inc.Date = t
}

func (doc *mdDoc) readSeverity(inc *Incident, v mdValue) {
	if !v.set {
		doc.warn(inc.Pos.Line, inc.ID, "no severity (add \"**Severity:** SEV-2\" or severity: in front matter)")
		return
	}
	sev, note, ok := doc.opts.severityOf(v.text)
	if note != "" {
		doc.warn(v.line, inc.ID, note)
	}
	if !ok {
		doc.warn(v.line, inc.ID, "severity "+quoted(v.text)+" not understood (write SEV-1 to SEV-5, Sev 1, SEV1 or P1); left empty")
	}
	inc.Severity = sev
}

func splitPrevention(v mdValue) []string {
	if !v.set {
		return nil
	}
	var out []string
	for _, s := range append(v.list, v.text) {
		if s = oneLine(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// pick returns the text of the best-ranked non-empty sections of one field:
// "Root cause" beats "Fault", "Summary" beats "Impact". Sections of equal
// rank are joined.
func (doc *mdDoc) pick(d *mdDraft, kind secKind, id string) string {
	best := -1
	var texts []string
	consider := func(s *mdSection) {
		if s.kind != kind || (best >= 0 && s.rank > best) {
			return
		}
		t := doc.sectionText(s, id)
		if t == "" {
			return
		}
		if best < 0 || s.rank < best {
			best, texts = s.rank, nil
		}
		texts = append(texts, t)
	}
	consider(&d.pre)
	for _, s := range d.secs {
		consider(s)
	}
	return strings.Join(texts, "\n\n")
}

func (doc *mdDoc) sectionText(s *mdSection, id string) string {
	var b strings.Builder
	for i, p := range s.parts {
		if p.drop {
			continue
		}
		t := p.text
		if p.node != nil {
			t = doc.blockText(p.node, id)
		}
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			switch {
			case i > 0 && p.cont && p.hard:
				b.WriteByte('\n')
			case i > 0 && p.cont:
				b.WriteByte(' ')
			default:
				b.WriteString("\n\n")
			}
		}
		b.WriteString(t)
	}
	return doc.stripRefs(tidy(b.String()))
}

// items reads action items: list entries (checklists included, boxes
// dropped), the action column of a table, and paragraphs other than an
// introduction ending in ":". Sub-items join their parent: "Alerting: add
// a disk alert; page on replication lag".
func (doc *mdDoc) items(s *mdSection, id string) []string {
	var out []string
	add := func(t string) {
		if t = doc.stripRefs(tidy(strings.Join(strings.Fields(t), " "))); t != "" && !strings.HasSuffix(t, ":") {
			out = append(out, t)
		}
	}
	done := false // under a heading such as "### Immediate (done)"
	for i, p := range s.parts {
		if h, ok := p.node.(*ast.Heading); ok {
			// A grouping heading such as "### Short term" is not an action;
			// actions already taken under one are not prevention.
			done = doneHeading.MatchString(doc.plain(h))
			continue
		}
		if done {
			continue
		}
		switch n := p.node.(type) {
		case nil:
			if p.cont && len(out) > 0 {
				out[len(out)-1] += " " + p.text
			} else {
				add(p.text)
			}
		case *ast.List:
			if subList(s.parts, i) && len(out) > 0 {
				// Un-indented sub-bullets between numbered items.
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ":") + ": " + doc.joinItems(n, id)
				continue
			}
			for it := n.FirstChild(); it != nil; it = it.NextSibling() {
				add(doc.itemText(it, id))
			}
		case *east.Table:
			out = append(out, doc.tableItems(n)...)
		default:
			add(doc.blockText(n, id))
		}
	}
	return out
}

// doneHeading names a group of actions already taken.
var doneHeading = regexp.MustCompile(`(?i)\b(done|completed|already|taken)\b`)

// subList reports a bullet list written flush left between the items of a
// numbered list ("1. Fail startup", "- add a loader", "2. Alert"): Markdown
// reads it as a list of its own, but it holds sub-items of the item above.
func subList(parts []mdPart, i int) bool {
	l, ok := parts[i].node.(*ast.List)
	if !ok || l.IsOrdered() || i == 0 {
		return false
	}
	prev, ok := parts[i-1].node.(*ast.List)
	if !ok || !prev.IsOrdered() {
		return false
	}
	if i+1 < len(parts) {
		next, ok := parts[i+1].node.(*ast.List)
		return ok && next.IsOrdered() && next.Start == prev.Start+prev.ChildCount()
	}
	return false
}

func (doc *mdDoc) joinItems(l *ast.List, id string) string {
	var subs []string
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if t := strings.TrimRight(doc.itemText(it, id), ";,. "); t != "" {
			subs = append(subs, t)
		}
	}
	return strings.Join(subs, "; ")
}

func (doc *mdDoc) itemText(it ast.Node, id string) string {
	var head, subs []string
	for c := it.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			for sub := l.FirstChild(); sub != nil; sub = sub.NextSibling() {
				if t := strings.TrimRight(doc.itemText(sub, id), ";,. "); t != "" {
					subs = append(subs, t)
				}
			}
			continue
		}
		if t := doc.blockText(c, id); t != "" {
			head = append(head, t)
		}
	}
	t := strings.Join(head, " ")
	if len(subs) == 0 {
		return t
	}
	if t != "" && !strings.HasSuffix(t, ":") {
		t += ":"
	}
	return strings.TrimSpace(t + " " + strings.Join(subs, "; "))
}

// actionColumns name the column holding the action in an action-item table.
var actionColumns = []string{"action item", "action", "item", "task", "description", "what", "follow up", "remediation", "title", "summary", "issue", "fix"}

func (doc *mdDoc) tableItems(t *east.Table) []string {
	var rows [][]string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		rows = append(rows, doc.rowCells(r))
	}
	if len(rows) == 0 {
		return nil
	}
	col := 0
	for _, want := range actionColumns {
		found := false
		for i, h := range rows[0] {
			if containsPhrase(canonicalHeading(h), canonicalHeading(want)) {
				col, found = i, true
				break
			}
		}
		if found {
			break
		}
	}
	var out []string
	for _, r := range rows[1:] {
		if col < len(r) && strings.TrimSpace(r[col]) != "" {
			out = append(out, oneLine(r[col]))
		}
	}
	return out
}
