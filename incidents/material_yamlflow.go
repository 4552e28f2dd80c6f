package incidents

import "strings"

// plainStarts are the characters a plain scalar or key may not start with
// (YAML indicators); this reader leaves such text to go-yaml.
const plainStarts = "-?:,[]{}#&*!|>'\"%@`"

// flowValue reads one value from the start of s: a quoted scalar, a
// one-line [list] or {mapping}, or a plain scalar (ended by a comment, or
// inside brackets by , ] }); it returns the value and the rest of s.
func flowValue(s string, inFlow bool) (*yNode, string, bool) {
	if s == "" {
		return nil, "", false
	}
	switch s[0] {
	case '"':
		return doubleQuoted(s)
	case '\'':
		return singleQuoted(s)
	case '[':
		return flowList(s)
	case '{':
		return flowMap(s)
	}
	if strings.ContainsAny(s[:1], plainStarts) && !(s[0] == '-' && len(s) > 1 && s[1] != ' ' && s[1] != ',') {
		return nil, "", false // "-20m" is a plain scalar, "- x" a list item
	}
	end := len(s)
	if inFlow {
		end = strings.IndexAny(s, ",]}")
		if end < 0 {
			return nil, "", false
		}
	}
	text, tail := s[:end], s[end:]
	if i := strings.Index(text, " #"); i >= 0 {
		if inFlow {
			return nil, "", false
		}
		text, tail = text[:i], text[i:]
	}
	text = strings.TrimRight(text, " ")
	if strings.ContainsAny(text, "[]{}") || strings.Contains(text, ": ") || strings.HasSuffix(text, ":") {
		return nil, "", false
	}
	return plainNode(text), tail, true
}

func plainNode(text string) *yNode {
	switch text {
	case "", "~", "null", "Null", "NULL":
		return &yNode{kind: yNull, text: text}
	}
	return &yNode{kind: yScalar, text: text}
}

// doubleQuoted reads a one-line "..." scalar with the common escapes.
func doubleQuoted(s string) (*yNode, string, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			return &yNode{kind: yScalar, text: b.String()}, s[i+1:], true
		case '\\':
			if i+1 == len(s) {
				return nil, "", false
			}
			i++
			switch e := s[i]; e {
			case '\\', '"', '/':
				b.WriteByte(e)
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			default: // \e, \x9b, \u202e…: go-yaml
				return nil, "", false
			}
		default:
			b.WriteByte(c)
		}
	}
	return nil, "", false
}

// singleQuoted reads a one-line '...' scalar, where two quotes stand for one.
func singleQuoted(s string) (*yNode, string, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return &yNode{kind: yScalar, text: b.String()}, s[i+1:], true
	}
	return nil, "", false
}

// flowList reads a one-line [a, b, [c, d]] list.
func flowList(s string) (*yNode, string, bool) {
	n := &yNode{kind: ySeq}
	s = strings.TrimLeft(s[1:], " ")
	if strings.HasPrefix(s, "]") {
		return n, s[1:], true
	}
	for {
		v, tail, ok := flowValue(s, true)
		if !ok || v.kind == yNull {
			return nil, "", false
		}
		n.items = append(n.items, v)
		tail = strings.TrimLeft(tail, " ")
		switch {
		case strings.HasPrefix(tail, "]"):
			return n, tail[1:], true
		case strings.HasPrefix(tail, ","):
			s = strings.TrimLeft(tail[1:], " ")
		default:
			return nil, "", false
		}
	}
}

// flowMap reads a one-line {key: value, ...} mapping.
func flowMap(s string) (*yNode, string, bool) {
	n := &yNode{kind: yMap}
	s = strings.TrimLeft(s[1:], " ")
	if strings.HasPrefix(s, "}") {
		return n, s[1:], true
	}
	for {
		i := strings.Index(s, ": ")
		if i <= 0 || strings.Contains(s[:i], ":") { // go-yaml splits "a:b: c" at the first colon
			return nil, "", false
		}
		key, ktail, ok := flowValue(s[:i]+",", true)
		if !ok || key.kind != yScalar || strings.TrimSpace(ktail) != "," {
			return nil, "", false
		}
		for _, k := range n.keys {
			if k.text == key.text {
				return nil, "", false
			}
		}
		v, tail, ok := flowValue(strings.TrimLeft(s[i+1:], " "), true)
		if !ok || v.kind == yNull {
			return nil, "", false
		}
		n.keys, n.items = append(n.keys, key), append(n.items, v)
		tail = strings.TrimLeft(tail, " ")
		switch {
		case strings.HasPrefix(tail, "}"):
			return n, tail[1:], true
		case strings.HasPrefix(tail, ","):
			s = strings.TrimLeft(tail[1:], " ")
		default:
			return nil, "", false
		}
	}
}
