package incidents

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// mdDoc is one Markdown body being read: its source and where its lines are,
// so every problem can name the file and line.
type mdDoc struct {
	name       string
	src        []byte // body after front matter, CRLF normalized, control characters gone
	lineBase   int    // lines taken by front matter before src
	lineStarts []int  // byte offset of each line start in src
	probs      []Problem
	opts       *Options
	refs       map[string]bool // numbers of "[1] ..." reference notes, whose markers are dropped
}

func newMDDoc(name string, src []byte, lineBase int) *mdDoc {
	d := &mdDoc{name: name, src: src, lineBase: lineBase, lineStarts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	return d
}

// lineAt turns a byte offset in src into a 1-based line of the whole file.
func (d *mdDoc) lineAt(off int) int {
	return d.lineBase + sort.SearchInts(d.lineStarts, off+1)
}

// nodeLine is the line where n starts, or 0 when goldmark kept no position
// for it (a thematic break, say).
func (d *mdDoc) nodeLine(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return d.lineAt(t.Segment.Start)
	}
	if n.Type() != ast.TypeInline && n.Lines().Len() > 0 {
		return d.lineAt(n.Lines().At(0).Start)
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l := d.nodeLine(c); l > 0 {
			return l
		}
	}
	return 0
}

func (d *mdDoc) warn(line int, id, msg string) {
	d.probs = append(d.probs, Problem{Pos: Pos{File: d.name, Line: line}, IncidentID: id, Msg: msg, Warning: true})
}

// inlineText renders inline nodes as plain text: emphasis markup and link
// targets go (bold headings of wiki and Google Docs exports would otherwise
// leave stars in titles), link text stays, code spans keep their
// backquotes as the native format does, soft breaks become spaces.
func (d *mdDoc) inlineText(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		d.inline(b, c)
	}
}

func (d *mdDoc) inline(b *strings.Builder, c ast.Node) {
	switch c := c.(type) {
	case *ast.Text:
		b.Write(unescape(c.Segment.Value(d.src)))
		switch {
		case c.HardLineBreak():
			b.WriteByte('\n')
		case c.SoftLineBreak():
			b.WriteByte(' ')
		}
	case *ast.String:
		b.Write(c.Value)
	case *ast.CodeSpan:
		b.WriteByte('`')
		for t := c.FirstChild(); t != nil; t = t.NextSibling() {
			if s, ok := t.(*ast.Text); ok {
				b.Write(s.Segment.Value(d.src))
			}
		}
		b.WriteByte('`')
	case *ast.AutoLink:
		b.Write(c.Label(d.src))
	case *ast.Image:
		// The alt text of a page's images is not part of the sentence
		// they sit in.
	case *ast.RawHTML, *east.TaskCheckBox:
		// Inline HTML is template noise (<!-- guidance -->, <br>); checkboxes
		// are read by the list code.
	default:
		d.inlineText(b, c)
	}
}

// unescape resolves backslash escapes and entities the way goldmark's own
// HTML renderer does, so "\*" reads "*" and "&amp;" reads "&". It is one
// pass: an escaped "\&" is a literal "&" that never starts an entity, and
// an entity's result is never read as an escape.
func unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	out := make([]byte, 0, len(v))
	entities := func(run []byte) {
		if bytes.IndexByte(run, '&') >= 0 {
			run = util.ResolveEntityNames(util.ResolveNumericReferences(run))
		}
		out = append(out, run...)
	}
	start := 0
	for i := 0; i+1 < len(v); i++ {
		if v[i] == '\\' && util.IsPunct(v[i+1]) {
			entities(v[start:i])
			out = append(out, v[i+1])
			i++
			start = i + 1
		}
	}
	entities(v[start:])
	return out
}

// plain renders the inline content of a block as one trimmed string.
func (d *mdDoc) plain(n ast.Node) string {
	var b strings.Builder
	d.inlineText(&b, n)
	return strings.TrimSpace(b.String())
}

// blockText renders a block as readable plain text: lists as "- " lines,
// code as an indented block, tables as "a | b" rows. HTML comments (template
// guidance) are dropped; other raw HTML is reported and skipped.
func (d *mdDoc) blockText(n ast.Node, id string) string {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
		return d.plain(n)
	case *ast.List:
		var b strings.Builder
		d.listText(&b, n, "", id)
		return strings.TrimRight(b.String(), "\n")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return d.codeText(n)
	case *ast.Blockquote:
		return prefixLines(d.blocksText(n, id), "> ")
	case *east.Table:
		return d.tableText(n)
	case *ast.HTMLBlock:
		if !isHTMLComment(d.htmlText(n)) {
			d.warn(d.nodeLine(n), id, "raw HTML block skipped; write it as Markdown to import it")
		}
		return ""
	}
	return d.blocksText(n, id)
}

// blocksText renders a container's child blocks separated by blank lines.
func (d *mdDoc) blocksText(n ast.Node, id string) string {
	var parts []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t := d.blockText(c, id); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n\n")
}

// listText writes a list straight into b, one "- " or "1. " line per item
// and nested lists indented two more spaces; writing in place keeps deep
// nesting linear.
func (d *mdDoc) listText(b *strings.Builder, l *ast.List, indent, id string) {
	num := l.Start
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		// The author's marker ("+", "*", "1)") is kept, as the native
		// format reads them all as list items.
		marker := string(l.Marker) + " "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + string(l.Marker) + " "
			num++
		}
		b.WriteString(indent + marker + checkboxText(it))
		first := true
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			if sub, ok := c.(*ast.List); ok {
				if first {
					b.WriteByte('\n')
				}
				d.listText(b, sub, indent+"  ", id)
				first = false
				continue
			}
			t := d.blockText(c, id)
			if t == "" {
				continue
			}
			t = prefixLines(t, indent+"  ")
			if first {
				t = t[len(indent)+2:] // the first line follows the marker
			}
			b.WriteString(t + "\n")
			first = false
		}
		if first {
			b.WriteByte('\n')
		}
	}
}

// checkboxText renders a task list item's box ("[x] ") or "" for plain items.
func checkboxText(item ast.Node) string {
	if cb := taskBox(item); cb != nil {
		if cb.IsChecked {
			return "[x] "
		}
		return "[ ] "
	}
	return ""
}

func taskBox(item ast.Node) *east.TaskCheckBox {
	if p := item.FirstChild(); p != nil {
		if cb, ok := p.FirstChild().(*east.TaskCheckBox); ok {
			return cb
		}
	}
	return nil
}

// codeText keeps a code block as a block: every line indented four spaces,
// the way plain-text postmortems quote logs and config.
func (d *mdDoc) codeText(n ast.Node) string {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		line := strings.TrimRight(string(s.Value(d.src)), " \n")
		b.WriteString("    " + strings.ReplaceAll(line, "\t", "    ") + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (d *mdDoc) tableText(t *east.Table) string {
	var rows []string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		rows = append(rows, strings.Join(d.rowCells(r), " | "))
	}
	return strings.Join(rows, "\n")
}

func (d *mdDoc) rowCells(r ast.Node) []string {
	var cells []string
	for c := r.FirstChild(); c != nil; c = c.NextSibling() {
		cells = append(cells, d.plain(c))
	}
	return cells
}

func (d *mdDoc) htmlText(n ast.Node) string {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		b.Write(s.Value(d.src))
	}
	return strings.TrimSpace(b.String())
}

// isHTMLComment reports whether an HTML block is only comments, such as a
// template's "<!-- Describe the impact here -->".
func isHTMLComment(s string) bool {
	for s != "" {
		if !strings.HasPrefix(s, "<!--") {
			return false
		}
		end := strings.Index(s, "-->")
		if end < 0 {
			return true
		}
		s = strings.TrimSpace(s[end+3:])
	}
	return true
}

func prefixLines(s, prefix string) string {
	if s == "" {
		return ""
	}
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
