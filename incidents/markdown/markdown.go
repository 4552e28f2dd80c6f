package markdown

import (
	"bytes"
	"sync"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// mdParser is built once: goldmark parsers are safe for concurrent use, and
// building one costs more than parsing a small postmortem.
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList, extension.Strikethrough)).Parser()
})

// ParseMarkdown reads Markdown postmortems: one or more incidents per file,
// written from the Google SRE, PagerDuty, Atlassian or GitLab templates or
// anything close, with optional YAML front matter. Sections are found by
// what their headings mean (see classifyHeading); an incident without a root
// cause, title or summary is still returned, with a Problem saying what is
// missing, so nothing a trainer wrote is lost. It never panics on input, and
// refuses input that would make the Markdown parser crawl (see
// checkMarkdownLimits) with a problem naming the line.
func ParseMarkdown(name string, data []byte) ([]incidents.Incident, []incidents.Problem) {
	return ParseMarkdownWith(name, data, nil)
}

// ParseMarkdownWith is ParseMarkdown with a team's severity words and
// heading names (nil: the defaults).
func ParseMarkdownWith(name string, data []byte, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	// Encoding rules are the native format's: UTF-16, binary and non-UTF-8
	// files are refused with the line of the first bad byte.
	if p, ok := incidents.CheckEncoding(name, data); !ok {
		return nil, []incidents.Problem{p}
	}
	// Checked here, not by callers, so import and fuzzing are covered too.
	if p, ok := checkMarkdownLimits(name, data); !ok {
		return nil, []incidents.Problem{p}
	}
	src, removed := cleanInput(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")))
	fm, body, bodyLine := splitFrontMatter(src)
	doc := newMDDoc(name, body, bodyLine)
	doc.opts = opts
	if removed > 0 {
		doc.warn(removed, "", "control characters or terminal escape sequences removed (the first on this line)")
	}
	w := &walker{doc: doc}
	w.newDraft()
	if fm != nil {
		w.d.line = 1
		doc.readFrontMatter(fm, w.d)
	}
	root := mdParser().Parse(text.NewReader(body))
	w.walk(root)
	drafts := mergeDrafts(w.drafts)
	var out []incidents.Incident
	for _, d := range drafts {
		if !d.hasMeta() && !d.hasKnownSection() {
			doc.warn(d.line, "", "no incident found: no recognised headings such as \"Summary\" or \"Root Cause\" and no front matter; skipped")
			continue
		}
		out = append(out, doc.incident(d, len(out)+1))
	}
	if len(drafts) == 0 {
		doc.warn(0, "", "no incident found: the file has no Markdown content")
	}
	return out, doc.probs
}

// splitFrontMatter cuts a leading "---" YAML block (closed by "---" or "...")
// off the Markdown. It returns the YAML (nil when there is none), the body,
// and how many lines the front matter took, so body line numbers stay those
// of the file.
//
// A "+++" block is TOML front matter (Hugo, Zola); it is returned as the
// YAML that says the same for the flat keys front matter uses.
func splitFrontMatter(src []byte) (fm, body []byte, lines int) {
	toml := bytes.HasPrefix(src, []byte("+++\n"))
	if !bytes.HasPrefix(src, []byte("---\n")) && !toml {
		return nil, src, 0
	}
	rest := src[4:]
	off := 4
	n := 1
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		n++
		t := bytes.TrimRight(line, " \t")
		if toml && bytes.Equal(t, []byte("+++")) {
			return tomlToYAML(src[4:off]), after, n
		}
		if !toml && (bytes.Equal(t, []byte("---")) || bytes.Equal(t, []byte("..."))) {
			return src[4:off], after, n
		}
		off += len(line) + 1
		rest = after
	}
	return nil, src, 0
}

// mergeDrafts decides which "---" rules and "#" headings really start a new
// incident. A part after a rule starts one when it has its own title or
// metadata, or repeats a section the part before already has (a second
// "Summary"); otherwise the rule was decoration and the part continues the
// incident before it. A part under a "#" heading starts one when it has
// metadata or recognised sections; otherwise (an "# Appendix") it is a
// section of the incident before. Empty parts (a trailing rule) vanish.
func mergeDrafts(in []*mdDraft) []*mdDraft {
	var out []*mdDraft
	for _, d := range in {
		if d.empty() {
			continue
		}
		if len(out) == 0 {
			out = append(out, d)
			continue
		}
		prev := out[len(out)-1]
		separate := d.hasMeta() || (d.title != "" && d.hasKnownSection()) || (d.title == "" && overlaps(prev, d))
		if separate {
			out = append(out, d)
			continue
		}
		prev.absorb(d)
	}
	return out
}

func (d *mdDraft) hasKnownSection() bool {
	return d.kinds&^(1<<secUnknown) != 0
}

// fieldKinds are the sections that hold record fields.
const fieldKinds = 1<<secSummary | 1<<secRootCause | 1<<secResolution | 1<<secPrevention |
	1<<secTrigger | 1<<secContributing | 1<<secFiveWhys

// overlaps reports whether two parts both have a section for the same field.
func overlaps(a, b *mdDraft) bool {
	return a.kinds&b.kinds&fieldKinds != 0
}

// absorb appends a part that turned out to continue d.
func (d *mdDraft) absorb(o *mdDraft) {
	if o.title != "" {
		s := &mdSection{kind: secUnknown, head: o.title, line: o.titleLine, level: 1, parts: o.pre.parts}
		d.add(s)
	} else {
		t := d.target()
		t.parts = append(t.parts, o.pre.parts...)
	}
	d.add(o.secs...)
	if len(d.secs) > 0 {
		d.cur = d.secs[len(d.secs)-1]
	}
}

// tomlToYAML rewrites TOML front matter's top-level "key = value" lines as
// YAML, line for line so problems keep their line numbers. TOML strings,
// arrays, numbers and dates read the same in YAML; tables ("[params]") and
// multi-line strings are not front matter fields and become comments.
func tomlToYAML(fm []byte) []byte {
	var out bytes.Buffer
	skip, multi := false, false
	for line := range bytes.SplitSeq(fm, []byte("\n")) {
		t := bytes.TrimSpace(line)
		switch {
		case multi:
			multi = !bytes.Contains(t, []byte(`"""`)) && !bytes.Contains(t, []byte(`'''`))
			out.WriteString("#")
		case bytes.HasPrefix(t, []byte("[")):
			skip = true
			out.WriteString("#")
		case skip || len(t) == 0 || t[0] == '#':
			out.WriteString("#")
		default:
			k, v, ok := bytes.Cut(t, []byte("="))
			v = bytes.TrimSpace(v)
			if !ok {
				out.WriteString("#")
				break
			}
			if bytes.HasPrefix(v, []byte(`"""`)) || bytes.HasPrefix(v, []byte(`'''`)) {
				multi = bytes.Count(v, v[:3]) < 2
				out.WriteString("#")
				break
			}
			out.Write(bytes.TrimSpace(k))
			out.WriteString(": ")
			out.Write(v)
		}
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// Readers is this package's readers by file extension, for
// incidents.Options.Readers: Markdown (.md, .markdown), JSON exports
// (.json) and HTML pages (.html, .htm). Each call returns a fresh table.
func Readers() map[string]incidents.Reader {
	md := func(name string, data []byte, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
		return ParseMarkdownWith(name, data, opts)
	}
	return map[string]incidents.Reader{
		".md": md, ".markdown": md,
		".json": ParseJSON,
		".html": ParseHTML, ".htm": ParseHTML,
	}
}
