package incidents

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// checkEncoding rejects input that is not UTF-8 text, naming the first bad
// line, so a trainer who saved a file from the wrong program learns why.
func checkEncoding(name string, data []byte) (Problem, bool) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return Problem{Pos: Pos{File: name, Line: 1}, Msg: "file is UTF-16 text; save it as UTF-8"}, false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Problem{Pos: Pos{File: name, Line: lineOf(data, i)}, Msg: "binary data (a NUL byte); not an incident text file"}, false
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return Problem{Pos: Pos{File: name, Line: lineOf(data, off)},
			Msg: fmt.Sprintf("not UTF-8 text (byte 0x%02X); save the file as UTF-8", data[off])}, false
	}
	return Problem{}, true
}

func lineOf(data []byte, off int) int { return bytes.Count(data[:off], []byte{'\n'}) + 1 }

// cleanInline returns s as plain display text: control characters, ANSI
// escape sequences and bidi overrides are removed (dirty reports that, so the
// caller can warn), Markdown noise is dropped (** and backquotes; \$ becomes $),
// curly quotes become straight ones, and runs of blanks become one space.
// Text that needs none of this is returned as is, without allocating.
func cleanInline(s string) (out string, dirty bool) {
	if isPlain(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a blank is pending; written before the next visible rune
	closeAt := -1  // index of the * closing an *emphasis* being dropped
	emit := func(t string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(t)
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case !notPlain[c]: // copy a run of ordinary bytes at once
			j := i + 1
			for j < len(s) && !notPlain[s[j]] {
				j++
			}
			emit(s[i:j])
			i = j
		case c == 0x1b:
			dirty = true
			i = skipEscape(s, i+1)
		case c == ' ' || c == '\t':
			space = true
			i++
		case c < 0x20 || c == 0x7f:
			dirty = true
			i++
		case c == '`':
			i++
		case c == '*':
			n := starMarkup(s, i, &closeAt)
			if n == 0 {
				emit("*")
				n = 1
			}
			i += n
		case c == '\\' && i+1 < len(s) && isMarkdownEscapable(s[i+1]):
			emit(s[i+1 : i+2])
			i += 2
		case c == '\\' && i+1 < len(s) && s[i+1] >= utf8.RuneSelf && isBullet(s[i+1:]):
			i++ // an escaped list bullet, written by WriteText
		case c < utf8.RuneSelf:
			emit(s[i : i+1])
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			if r == 0x9b { // C1 CSI: drop its parameters too
				dirty = true
				i = skipCSI(s, i)
				break
			}
			out, blank, unsafe := cleanRune(r, s[i-n:i])
			dirty, space = dirty || unsafe, space || blank
			if out != "" {
				emit(out)
			}
		}
	}
	return b.String(), dirty
}

// cleanRune maps one non-ASCII rune: C1 controls, bidi overrides and
// invalid bytes are unsafe and dropped, odd spaces become a blank, curly
// quotes straight ones; other runes stay as written (raw).
func cleanRune(r rune, raw string) (out string, blank, unsafe bool) {
	switch {
	case r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e || r == 0x200f || r == 0xfeff || r == utf8.RuneError:
		return "", false, true
	case r == '\u00a0' || r == '\u2028' || r == '\u2029':
		return "", true, false
	case r == '‘' || r == '’':
		return "'", false, false
	case r == '“' || r == '”':
		return "\"", false, false
	}
	return raw, false, false
}

// isPlain reports whether s is printable ASCII with single spaces and no
// Markdown noise (no backquote, backslash or star), the common case that
// cleanInline returns unchanged.
func isPlain(s string) bool {
	prev := byte('x')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if notPlain[c] && (c != ' ' || prev == ' ') {
			return false
		}
		prev = c
	}
	return len(s) == 0 || (s[0] != ' ' && s[len(s)-1] != ' ')
}

// notPlain marks the bytes isPlain must look at: controls, non-ASCII,
// Markdown noise, and space (which matters when doubled).
var notPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c >= 0x7f || c == '`' || c == '\\' || c == '*' || c == ' '
	}
	return t
}()

func isMarkdownEscapable(c byte) bool {
	return strings.IndexByte("\\`*_{}[]()#+-.!$<>|~\"':=&", c) >= 0
}

// starMarkup returns how many bytes of Markdown markup start at the star at
// i (2 for **, 1 for an emphasis star, 0 for a literal star), remembering
// where an opened *emphasis* closes.
func starMarkup(s string, i int, closeAt *int) int {
	switch {
	case i+1 < len(s) && s[i+1] == '*':
		return 2
	case i == *closeAt:
		return 1
	}
	if j := emphasisEnd(s, i); j > 0 {
		*closeAt = j
		return 1
	}
	return 0
}

// emphasisEnd finds the star closing a single-star *emphasis* that opens at
// i, or returns 0. Like Markdown, it wants the opener at a word start and
// the closer at a word end, so "/*", "*args" and "a * b" stay text.
func emphasisEnd(s string, i int) int {
	if i > 0 && strings.IndexByte(" (\"'", s[i-1]) < 0 || i+1 >= len(s) || !isWordByte(s[i+1]) {
		return 0
	}
	j := strings.IndexByte(s[i+1:], '*')
	if j < 0 {
		return 0
	}
	j += i + 1
	if s[j-1] == ' ' || j+1 < len(s) && strings.IndexByte(" .,;:!?)\"'", s[j+1]) < 0 {
		return 0
	}
	return j
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// bullets are the non-ASCII list markers Parse strips from list lines.
var bullets = []string{"•", "–", "—", "◦", "‣", "▪", "·"}

func isBullet(s string) bool {
	for _, b := range bullets {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

// skipEscape returns the index after the escape sequence whose ESC was just
// before i: CSI (ESC [ ... final), string commands (OSC, DCS, SOS, PM, APC,
// ended by BEL or ESC \), or a two-byte escape.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		for j := i + 1; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f { // intermediates
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips a control sequence's parameter, intermediate and final bytes.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// Sanitize returns s with control characters and escape sequences removed
// (newlines kept), for printing text that came from a file to a terminal.
func Sanitize(s string) string {
	if !strings.Contains(s, "\n") {
		c, _ := cleanInlineRaw(s)
		return c
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i], _ = cleanInlineRaw(l)
	}
	return strings.Join(lines, "\n")
}

// cleanInlineRaw strips only what can drive a terminal, keeping the text
// (Markdown, spacing) exactly as it is otherwise.
func cleanInlineRaw(s string) (string, bool) {
	safe := true
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == utf8.RuneError {
			safe = false
			break
		}
	}
	if safe {
		return s, false
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			i = skipEscape(s, i+1)
			continue
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == utf8.RuneError:
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String(), true
}

// sanitizeProblems makes problems from other parsers safe to print.
func sanitizeProblems(probs []Problem) []Problem {
	for i := range probs {
		probs[i].Msg = Sanitize(probs[i].Msg)
		probs[i].IncidentID = Sanitize(probs[i].IncidentID)
		probs[i].Pos.File = Sanitize(probs[i].Pos.File)
	}
	return probs
}
