package incidents

import "strings"

// Quiz material is read in two steps: a small reader of the YAML that
// material is written in (block mappings and lists, plain and quoted
// one-line scalars, literal blocks, one-line flow lists and mappings) builds
// a yNode tree; anything else (anchors, tags, folded or multi-line scalars,
// syntax errors) makes it give up, and go-yaml reads the file instead, its
// tree converted to the same yNode shape. go-yaml's scanner alone cost four
// times the rest of start-up once the material carried evidence boards.

type yKind uint8

const (
	yNull yKind = iota
	yScalar
	ySeq
	yMap
	yOther // something material never holds (go-yaml fallback only)
)

// yNode is one YAML value with the line it starts on.
type yNode struct {
	kind yKind
	// text is a scalar's text, unquoted; for a null, the word written
	// (null, ~ or nothing).
	text  string
	line  int
	items []*yNode // a list's entries, or a mapping's values
	keys  []*yNode // a mapping's keys, one per value
}

// yLine is one line of the file; col is where its content starts, moved on
// past "- " as a list item's content is read.
type yLine struct {
	s   string
	col int
	num int
}

func (l yLine) rest() string { return l.s[l.col:] }

// yReader is the fast reader; ok turns false at the first thing it does not
// handle, and whatever it returned is then discarded.
type yReader struct {
	lines []yLine
	i     int
	ok    bool
}

// readYAMLFast returns the file's top-level mapping, nil for a file without
// content, and false when go-yaml must read the file.
func readYAMLFast(data []byte) (*yNode, bool) {
	s := string(data)
	// Tabs, CRs and BOMs have rules of their own, and go-yaml reads "<<" as
	// a merge key wherever it is.
	if strings.ContainsAny(s, "\t\r\ufeff") || strings.Contains(s, "<<") {
		return nil, false
	}
	raw := strings.Split(s, "\n")
	r := &yReader{lines: make([]yLine, len(raw)), ok: true}
	for i, l := range raw {
		r.lines[i] = yLine{s: l, col: len(l) - len(strings.TrimLeft(l, " ")), num: i + 1}
	}
	if !r.skip() {
		return nil, true
	}
	if r.lines[r.i].col != 0 {
		return nil, false
	}
	root := r.mapping(0)
	if r.skip() { // content left over: something this reader does not know
		return nil, false
	}
	return root, r.ok
}

// skip moves past blank and comment lines and reports whether a line is left.
func (r *yReader) skip() bool {
	for ; r.i < len(r.lines); r.i++ {
		if t := r.lines[r.i].rest(); t != "" && t[0] != '#' {
			return r.ok
		}
	}
	return false
}

func (r *yReader) fail() *yNode {
	r.ok = false
	return &yNode{}
}

// block reads the value that starts on the next line, more indented than
// parent (or a list at parent's own indent, as YAML allows under a key).
func (r *yReader) block(parent int, line int) *yNode {
	if !r.skip() {
		return &yNode{kind: yNull, line: line}
	}
	l := r.lines[r.i]
	switch {
	case l.col == parent && isItem(l.rest()):
		return r.list(parent)
	case l.col <= parent:
		return &yNode{kind: yNull, line: line}
	case isItem(l.rest()):
		return r.list(l.col)
	}
	return r.mapping(l.col)
}

func isItem(s string) bool { return s == "-" || strings.HasPrefix(s, "- ") }

// mapping reads "key: value" lines at indent ind.
func (r *yReader) mapping(ind int) *yNode {
	n := &yNode{kind: yMap, line: r.lines[r.i].num}
	seen := map[string]bool{}
	for r.ok && r.skip() {
		l := r.lines[r.i]
		if l.col < ind {
			break
		}
		if l.col > ind {
			return r.fail()
		}
		key, rest, ok := splitKey(l.rest()) // "- item" is not a key: an error here
		if !ok || seen[key.text] {
			return r.fail()
		}
		seen[key.text] = true
		key.line = l.num
		n.keys = append(n.keys, key)
		n.items = append(n.items, r.value(rest, ind, l.num))
	}
	return n
}

// value reads what follows "key:" or "- " on line num: a value on the same
// line, or a block on the lines below.
func (r *yReader) value(rest string, ind, num int) *yNode {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || rest[0] == '#' {
		r.i++
		return r.block(ind, num)
	}
	if rest[0] == '|' {
		r.i++
		return r.literal(rest, ind, num)
	}
	v, tail, ok := flowValue(rest, false)
	if !ok || !blankTail(tail) {
		return r.fail()
	}
	setLine(v, num)
	r.i++
	// A more indented line next would continue a plain scalar over lines,
	// or be an error: the caller's loop refuses it, and go-yaml knows both.
	return v
}

// list reads "- item" lines at indent ind.
func (r *yReader) list(ind int) *yNode {
	n := &yNode{kind: ySeq, line: r.lines[r.i].num}
	for r.ok && r.skip() {
		l := &r.lines[r.i]
		if l.col < ind || (l.col == ind && !isItem(l.rest())) {
			break
		}
		if l.col > ind {
			return r.fail()
		}
		body := strings.TrimLeft(l.rest()[1:], " ")
		if body == "" || body[0] == '#' || isItem(body) {
			return r.fail() // the item on the lines below, or a list in a list: go-yaml
		}
		if _, _, isKey := splitKey(body); isKey {
			l.col = len(l.s) - len(body) // "- key: v" opens a mapping at the key
			n.items = append(n.items, r.mapping(l.col))
			continue
		}
		n.items = append(n.items, r.value(body, ind, l.num))
	}
	return n
}

// literal reads a "|" block scalar (clip, or "|-" strip) whose lines are
// more indented than ind.
func (r *yReader) literal(head string, ind, num int) *yNode {
	chomp := head[1:]
	if i := strings.Index(chomp, " #"); i >= 0 {
		chomp = chomp[:i]
	}
	if chomp = strings.TrimRight(chomp, " "); chomp != "" && chomp != "-" {
		return r.fail() // keep (+), indentation digits: go-yaml
	}
	var body []string
	indent, last := -1, 0 // last: the line index of the last content line

	for ; r.i < len(r.lines); r.i++ {
		l := r.lines[r.i]
		if l.s == "" {
			body = append(body, "")
			continue
		}
		if l.rest() == "" {
			return r.fail() // spaces alone: content or not by rules go-yaml bends
		}
		if indent < 0 {
			if l.col <= ind {
				break
			}
			indent = l.col
		}
		if l.col < indent {
			break
		}
		if strings.HasSuffix(l.s, " ") {
			return r.fail() // go-yaml trims trailing space in some places
		}
		body, last = append(body, l.s[indent:]), r.i
	}
	if indent < 0 {
		return r.fail() // an empty block: go-yaml has its own views on what may follow
	}
	text := strings.TrimRight(strings.Join(body, "\n"), "\n") // trailing blank lines; content lines are never empty
	if chomp == "" && text != "" && last+1 < len(r.lines) {   // the file's last line has no line break to keep
		text += "\n"
	}
	return &yNode{kind: yScalar, text: text, line: num}
}

// splitKey cuts "key: rest" (or "key:" alone) with a plain or quoted key.
func splitKey(s string) (*yNode, string, bool) {
	if s == "" {
		return nil, "", false
	}
	if s[0] == '"' || s[0] == '\'' {
		k, tail, ok := flowValue(s, false)
		if !ok || !strings.HasPrefix(tail, ":") || (len(tail) > 1 && tail[1] != ' ') {
			return nil, "", false
		}
		return k, tail[1:], true
	}
	i := strings.Index(s, ": ")
	if i < 0 && strings.HasSuffix(s, ":") {
		i = len(s) - 1
	}
	if i < 0 || strings.Contains(s[:i], " #") || strings.ContainsAny(s[:1], plainStarts) {
		return nil, "", false
	}
	key := strings.TrimRight(s[:i], " ")
	if strings.ContainsAny(key, "{}[],:") {
		return nil, "", false
	}
	return &yNode{kind: yScalar, text: key}, s[i+1:], true
}

// blankTail reports whether what follows a value is only space or a comment.
func blankTail(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || (t[0] == '#' && len(t) < len(s))
}

// setLine gives a one-line value and everything in it the line it is on.
func setLine(n *yNode, num int) {
	n.line = num
	for _, c := range n.items {
		setLine(c, num)
	}
	for _, c := range n.keys {
		setLine(c, num)
	}
}

// yPair is one key and value of a mapping.
type yPair struct{ Key, Value *yNode }
