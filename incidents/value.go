package incidents

import "strings"

// Multi-paragraph values (SUMMARY, ROOT CAUSE, RESOLUTION) keep some line
// structure, read the way Markdown reads it: list lines and indented code
// lines stay lines of their own ("\n" in the value), other lines of a
// paragraph (an item's wrapped text too) are joined by a space, and a line
// ending in a backslash ends a line (a hard break). Parse and WriteText both
// use valueState, so what one writes the other reads back.

// lineRole is how one line of a multi-paragraph value reads.
type lineRole uint8

const (
	roleJoin  lineRole = iota // wrapped text: continues the line above
	roleProse                 // text starting a line (a paragraph start or after a hard break)
	roleList                  // a list item, kept with its indentation
	roleCont                  // an indented line of its own in a list item, kept with its indentation
	roleCode                  // a code line, kept as written
)

// codeIndent is how far a code line is indented, as in Markdown.
const codeIndent = 4

// valueState is what the lines read so far tell about the next line.
type valueState struct {
	start   bool // at the start of the value or of a paragraph
	hard    bool // the line above ended in a hard break
	code    bool // the line above was code
	listCol int  // where the text of the last list item starts; -1 outside a list
}

func newValueState() valueState { return valueState{start: true, listCol: -1} }

// blank records a blank line: a paragraph break, which also ends a list.
func (s *valueState) blank() { *s = newValueState() }

// codeFrom returns the indentation from which the next line is code, or -1
// when it cannot be (an indented line right under text is wrapped text). A
// hard break does not matter here: WriteText adds hard breaks only where a
// line would be joined, and that must not change which lines are code.
func (s *valueState) codeFrom() int {
	switch {
	case s.start || s.code:
		return codeIndent
	case s.listCol >= 0:
		return s.listCol + codeIndent
	}
	return -1
}

// isCode reports whether the next line, indented ind columns past the key,
// reads as code. The parser asks this before taking a line for a key, so
// code that reads "ROOT CAUSE: ..." stays code.
func (s *valueState) isCode(ind int) bool {
	from := s.codeFrom()
	return from >= 0 && ind >= from
}

// step reads the next non-blank line, indented ind columns past the key,
// and returns its role: code when isCode says so, else by its text c
// (cleaned and trimmed), which ends in a hard break when hard.
func (s *valueState) step(c string, ind int, hard bool) (role lineRole) {
	switch {
	case s.isCode(ind):
		role = roleCode
	case isMarkerLine(c):
		role = roleList
		s.listCol = ind + markerLen(c)
	case s.listCol >= 0 && ind > 0 && (s.hard || s.code):
		role = roleCont // a second paragraph or text after code in an item
	case s.hard || s.start || s.code:
		role = roleProse
	default:
		role = roleJoin // wrapped text, also under a list item
	}
	if role == roleProse {
		s.listCol = -1
	}
	s.start, s.code = false, role == roleCode
	s.hard = hard && role != roleCode
	return role
}

// markerLen is the width of the list marker at the start of t and one blank
// after it (a checkbox is part of the item's text), however many blanks are
// written, so a lone "-" and "-   x" measure as "- x" does.
func markerLen(t string) int {
	body, _ := stripMarker(t)
	n := len(t) - len(body)
	for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
		if n >= len(box) && t[n-len(box):n] == box {
			n -= len(box)
			break
		}
	}
	return len(trimRightBlank(t[:n])) + 1
}

// endsHardBreak reports a line ending in an odd number of backslashes: the
// last one is a hard break, the others escape each other.
func endsHardBreak(t string) bool {
	n := 0
	for n < len(t) && t[len(t)-1-n] == '\\' {
		n++
	}
	return n%2 == 1
}

// indentOf returns the width of the blanks starting raw, a tab reaching the
// next multiple of four, and the rest of the line.
func indentOf(raw string) (int, string) {
	col := 0
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col, raw[i:]
		}
	}
	return col, ""
}

// codeLine renders a code line: its indentation past the key as spaces and
// its text as written, tabs expanded, with only what could drive a terminal
// removed (dirty reports that).
func codeLine(t string, ind int) (string, bool) {
	t = strings.ReplaceAll(t, "\t", "    ")
	c, dirty := sanitize(t, false)
	if dirty { // removed characters may leave blanks at the end, or nothing else
		c = strings.TrimRight(c, " ")
	}
	return strings.Repeat(" ", ind) + c, dirty
}

// addText reads a line of text t (trimmed), indented ind columns past the
// key, into the multi-paragraph field being collected. Its role is found on
// the cleaned text, as WriteText will see it in the value.
func (p *textParser) addText(t string, ind int) {
	hard := endsHardBreak(t)
	if hard {
		t = t[:len(t)-1]
	}
	c := p.clean(t)
	if c == "" {
		return // nothing but markup or control characters
	}
	role := p.vs.step(c, ind, hard)
	if role == roleList || role == roleCont {
		c = strings.Repeat(" ", ind) + c
	}
	p.addLine(role, c)
}

// addLine keeps one line of a value with what goes before it: a paragraph
// break after a blank line (unless the blank line seems to split a
// sentence), a space for wrapped text, a line break otherwise.
func (p *textParser) addLine(role lineRole, c string) {
	sep := byte('\n')
	switch {
	case len(p.buf) == 0:
		sep = 0
	case p.blankSeen && role == roleProse && p.lastRole != roleCode && !p.lastHard && softBreak(p.buf[len(p.buf)-1], c):
		sep = ' '
	case p.blankSeen:
		sep = 'P'
	case role == roleJoin:
		sep = ' '
	}
	p.buf, p.seps = append(p.buf, c), append(p.seps, sep)
	p.blankSeen, p.lastRole, p.lastHard = false, role, p.vs.hard
}

// value joins the kept lines of a multi-paragraph field. A one-line value is
// a substring of the input: no copy.
func (p *textParser) value() string {
	if len(p.buf) == 1 {
		return p.buf[0]
	}
	size := 0
	for _, l := range p.buf {
		size += len(l) + 2
	}
	var b strings.Builder
	b.Grow(size)
	for i, l := range p.buf {
		switch p.seps[i] {
		case 'P':
			b.WriteString("\n\n")
		case 0:
		default:
			b.WriteByte(p.seps[i])
		}
		b.WriteString(l)
	}
	return b.String()
}

// vline is one line of a value with the role Parse gives it.
type vline struct {
	role   lineRole
	raw    string // the line as it is in the value
	text   string // raw without its indentation
	ind    int    // columns of indentation
	para   bool   // a blank line comes before it
	joined bool   // Parse would join it to the line above without a hard break
}

// splitValue reads a value's lines as Parse would read them written one per
// line; blank lines only mark paragraphs. A line Parse would join to the one
// above is read as if a hard break ended that line, as it stands alone.
func splitValue(val string) []vline {
	out := make([]vline, 0, strings.Count(val, "\n")+1)
	s := newValueState()
	para := false
	for l := range strings.SplitSeq(val, "\n") {
		ind, t := indentOf(l)
		if t == "" {
			para = len(out) > 0
			s.blank()
			continue
		}
		probe := s
		role := probe.step(t, ind, false) // a final backslash in the value is text
		joined := role == roleJoin
		if joined {
			probe = s
			probe.hard = true
			role = probe.step(t, ind, false)
		}
		s = probe
		out = append(out, vline{role: role, raw: l, text: t, ind: ind, para: para, joined: joined})
		para = false
	}
	return out
}

// Line is one line of a multi-paragraph value (Summary, RootCause,
// Resolution) as Parse reads it, for display.
type Line struct {
	Text   string // the line's text without its indentation
	Indent int    // columns of indentation
	Hang   int    // for a list item, the width of its marker: wrapped lines go under its text
	Code   bool   // a code line: show it as is, without wrapping
	Para   bool   // a paragraph break (a blank line) comes before it
}

// Lines splits a multi-paragraph value into its lines, so a viewer can wrap
// text and list items and keep code lines as written.
func Lines(value string) []Line {
	vl := splitValue(value)
	out := make([]Line, len(vl))
	for i, l := range vl {
		out[i] = Line{Text: l.text, Indent: l.ind, Code: l.role == roleCode, Para: l.para}
		if l.role == roleList {
			out[i].Hang = markerLen(l.text)
		}
	}
	return out
}
