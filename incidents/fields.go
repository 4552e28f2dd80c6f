package incidents

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// endField turns the collected lines of the current field into its value.
func (p *textParser) endField() {
	f := p.fld
	p.fld = fNone
	if f == fNone || f == fSkip || !p.open {
		return
	}
	inc := &p.cur.inc
	switch f {
	case fID:
		inc.ID = p.join()
		if strings.ContainsAny(inc.ID, " \n") {
			p.fail(p.fldLine, fmt.Sprintf("incident id %q has spaces; an id is one word like NFI-2023-0010", truncate(inc.ID, 60)))
		}
	case fDate:
		if s := p.join(); s != "" {
			if t, ok := readDate(s); ok {
				inc.Date = t
			} else if month, ok := impossibleDay(s); ok {
				p.fail(p.fldLine, fmt.Sprintf("DATE %q does not exist: %s has fewer days", truncate(s, 60), month))
			} else {
				p.fail(p.fldLine, fmt.Sprintf("unknown DATE %q (want October 26, 2023 or 2023-10-26)", truncate(s, 60)))
			}
		}
	case fSeverity:
		if s := p.join(); s != "" {
			sev, err := ParseSeverity(truncate(s, 60))
			if err != nil {
				p.fail(p.fldLine, "unknown SEVERITY "+strings.TrimPrefix(err.Error(), "unknown severity "))
			}
			inc.Severity = sev
		}
	case fPlatform:
		inc.Platform = p.join()
	case fServices:
		// An empty key (a placeholder to fill in) leaves the field unknown.
		if s := p.services(); len(s) > 0 {
			inc.Services = s
		}
	case fTitle:
		inc.Title = p.join()
	case fSummary:
		inc.Summary = p.value()
	case fRootCause:
		inc.RootCause = p.value()
	case fResolution:
		inc.Resolution = p.value()
	case fPrevention:
		if s := p.prevention(); len(s) > 0 {
			inc.Prevention = s
		}
	case fTimeline:
		p.cur.rows, p.cur.rowsPos = p.prevention(), Pos{File: p.name, Line: p.fldLine}
	case fLog:
		if lines := p.logLines(); len(lines) > 0 {
			p.cur.logs = append(p.cur.logs, LogEvidence(len(p.cur.logs)+1, "", lines, Pos{File: p.name, Line: p.fldLine}))
		}
	}
	if p.dirty {
		p.warn(p.fldLine, "control characters or escape sequences removed from "+f.String())
	}
	p.checkLength(f)
}

func (p *textParser) checkLength(f field) {
	inc := &p.cur.inc
	n := 0
	switch f {
	case fID:
		n = len(inc.ID)
	case fPlatform:
		n = len(inc.Platform)
	case fTitle:
		n = len(inc.Title)
	case fSummary:
		n = len(inc.Summary)
	case fRootCause:
		n = len(inc.RootCause)
	case fResolution:
		n = len(inc.Resolution)
	case fServices:
		for _, s := range inc.Services {
			n += len(s) + 2
		}
	case fPrevention:
		for _, s := range inc.Prevention {
			n = max(n, len(s))
		}
	case fTimeline:
		for _, s := range p.cur.rows {
			n = max(n, len(s))
		}
	case fLog:
		for _, s := range p.cur.logs[max(len(p.cur.logs)-1, 0):] {
			for _, l := range s.Lines {
				n = max(n, len(l))
			}
		}
	}
	if n > fieldLimits[f] {
		p.fail(p.fldLine, fmt.Sprintf("%s is %d characters, over the %d limit (is a key line missing?)", f, n, fieldLimits[f]))
	}
}

// clean is cleanInline that remembers whether anything unsafe was removed.
func (p *textParser) clean(s string) string {
	c, dirty := cleanInline(trimLeftBlank(s))
	p.dirty = p.dirty || dirty
	return c
}

// join makes a one-paragraph value of the field's lines, joined by a space.
// A one-line value is a substring of the input: no copy.
func (p *textParser) join() string {
	lines := trimBlankLines(p.buf)
	if len(lines) == 1 {
		return p.clean(lines[0])
	}
	var b strings.Builder
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	b.Grow(size)
	for _, l := range lines {
		if c := p.clean(l); c != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c)
		}
	}
	return b.String()
}

// trimBlankLines drops the blank lines ("") around a field's lines.
func trimBlankLines(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// softBreak reports a blank line that splits a sentence ("an error that",
// blank, "caused it"): a stray line break, not a new paragraph.
func softBreak(before, after string) bool {
	last, first := before[len(before)-1], after[0]
	return first >= 'a' && first <= 'z' && strings.IndexByte(".!?:;)\"'", last) < 0
}

// services splits the SERVICES value on commas and semicolons (or list
// lines), keeping each name as written.
func (p *textParser) services() []string {
	n := 0
	for _, l := range p.buf {
		n += strings.Count(l, ",") + 1
	}
	out := make([]string, 0, n)
	for _, l := range p.buf {
		if l == "" {
			continue
		}
		l, _ = stripMarker(trimLeftBlank(l))
		for l != "" {
			i := strings.IndexAny(l, ",;")
			item := l
			if i >= 0 {
				item, l = l[:i], l[i+1:]
			} else {
				l = ""
			}
			if s := strings.TrimRight(p.clean(item), " ."); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// prevention reads list items: each marked line (1. 1) - * • ...) or plain
// line is an item; an indented line right under an item continues it; empty
// bullets are dropped.
func (p *textParser) prevention() []string {
	out := make([]string, 0, len(p.buf))
	var item []string // the item being read: its first line and wrapped lines
	flush := func() {
		if len(item) > 0 {
			out = append(out, strings.Join(item, " "))
			item = item[:0]
		}
	}
	prevBlank := true
	for _, raw := range p.buf {
		if raw == "" {
			prevBlank = true
			continue
		}
		indented := raw[0] == ' ' || raw[0] == '\t'
		t := trimLeftBlank(raw)
		// The marker is found before cleaning, so an escaped \[ or \- that
		// WriteText wrote stays text.
		body, marked := stripMarker(t)
		if marked || !indented || prevBlank {
			flush() // a new item; otherwise the line continues the item
		}
		if c := p.clean(body); c != "" {
			item = append(item, c)
		}
		prevBlank = false
	}
	flush()
	return out
}

// logLines reads a LOG value as written: its lines with their common
// indentation removed and Markdown fences ("```") dropped, so the Markdown
// export reads back; only what could drive a terminal is removed.
func (p *textParser) logLines() []string {
	lines := trimBlankLines(p.buf)
	common := -1
	for _, l := range lines {
		if ind, t := indentOf(l); t != "" && (common < 0 || ind < common) {
			common = ind
		}
	}
	var out []string
	for _, l := range lines {
		ind, t := indentOf(l)
		if isFence(t) {
			continue
		}
		c, dirty := codeLine(t, max(ind-common, 0))
		p.dirty = p.dirty || dirty
		out = append(out, strings.TrimRight(c, " "))
	}
	return trimBlankLines(out)
}

// checkIncident reports missing fields once the incident is complete.
func checkIncident(inc *Incident) []Problem {
	var probs []Problem
	at := func(msg string) {
		probs = append(probs, Problem{Pos: inc.Pos, Msg: msg})
	}
	if inc.ID == "" {
		what := "this incident"
		if inc.Title != "" {
			what = fmt.Sprintf("the incident titled %q", truncate(inc.Title, 60))
		}
		at("missing INCIDENT # (id) for " + what)
	}
	for _, r := range []struct {
		f   field
		val string
	}{{fTitle, inc.Title}, {fSummary, inc.Summary}, {fRootCause, inc.RootCause}} {
		if r.val == "" {
			at("missing " + r.f.String())
		}
	}
	return probs
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
