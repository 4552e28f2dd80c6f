package markdown

import (
	"strings"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// boardFromSections reads a postmortem's evidence: its Timeline and
// Detection sections as the timeline (split at the diagnosis, see
// timelineEvidence) and its fenced code blocks, outside the sections that
// state the cause or the fix, as log items.
func (doc *mdDoc) boardFromSections(d *mdDraft, inc *incidents.Incident) []incidents.Evidence {
	var rows, logs []incidents.Evidence
	var timeline []string
	timelinePos := incidents.Pos{}
	for _, s := range append([]*mdSection{&d.pre}, d.secs...) {
		switch s.kind {
		case secTimeline, secDetection:
			if timelinePos.File == "" {
				timelinePos = incidents.Pos{File: doc.name, Line: s.line}
			}
			timeline = append(timeline, doc.rows(s, s.kind == secDetection)...)
		case secRootCause, secResolution, secPrevention, secContributing, secTrigger, secFiveWhys:
			continue // a log quoted there shows the cause or the fix
		}
		for _, p := range s.parts {
			if fc, ok := p.node.(*ast.FencedCodeBlock); ok && !p.drop {
				if lines := doc.codeLines(fc); len(lines) > 0 {
					info := ""
					if fc.Info != nil {
						info = string(fc.Info.Value(doc.src))
					}
					// The item starts at the opening fence, the line before the code.
					logs = append(logs, incidents.LogEvidence(len(logs)+1, info, lines, incidents.Pos{File: doc.name, Line: p.line - 1}))
				}
			}
		}
	}
	// Timeline and Detection rows make one item, in the order written, so
	// the native format's one TIMELINE key holds them all.
	rows = incidents.TimelineEvidence("timeline", "Timeline", timeline, inc.RootCause, timelinePos)
	return append(rows, logs...)
}

// rows reads a timeline section's rows: list items, table rows, the lines
// of a paragraph (incident.io writes "[21:03] ..." paragraphs), or for a
// narrative (Detection) its sentences. Date headings ("### 14 May 2024")
// and code blocks are not rows.
func (doc *mdDoc) rows(s *mdSection, narrative bool) []string {
	var out []string
	add := func(t string) {
		if t = oneLine(t); t != "" {
			out = append(out, t)
		}
	}
	for _, p := range s.parts {
		switch n := p.node.(type) {
		case nil:
			add(p.text)
		case *ast.List:
			for it := n.FirstChild(); it != nil; it = it.NextSibling() {
				add(doc.itemText(it, ""))
			}
		case *east.Table:
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				if _, header := r.(*east.TableHeader); !header {
					add(strings.Join(doc.rowCells(r), " | "))
				}
			}
		case *ast.Paragraph:
			if narrative {
				for _, sent := range incidents.Sentences(doc.blockText(n, "")) {
					add(sent)
				}
				continue
			}
			for _, l := range doc.paragraphLines(n) {
				add(doc.lineText(l))
			}
		case *ast.Heading, *ast.FencedCodeBlock, *ast.CodeBlock:
		default:
			add(doc.blockText(n, ""))
		}
	}
	return out
}

// codeLines are a code block's lines as written, trailing blanks dropped.
func (doc *mdDoc) codeLines(n ast.Node) []string {
	var out []string
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, strings.TrimRight(strings.ReplaceAll(string(seg.Value(doc.src)), "\t", "    "), " \n"))
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}
