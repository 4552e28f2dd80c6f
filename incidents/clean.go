package incidents

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
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

// Unsafe is the one test of what text from a file may not carry to a
// terminal: C0 and C1 control characters, DEL, and Unicode format
// characters (bidi overrides and isolates, zero-width marks, the BOM, soft
// hyphens), which reorder or hide what is drawn. Invalid UTF-8 is unsafe
// too. Everything else, Markdown marks and typographic quotes included,
// is text as its author wrote it.
func Unsafe(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == utf8.RuneError ||
		(r >= 0xad && unicode.Is(unicode.Cf, r))
}

// cleanInline returns s as one line of display text as written: escape
// sequences and Unsafe characters are removed (dirty reports that, so the
// caller can warn), odd spaces become blanks, runs of blanks one space, and
// a backslash escape reads as the character it escapes ("\*" is "*").
// Backquotes, emphasis stars and curly quotes stay. Text that needs none of
// this is returned as is, without allocating.
func cleanInline(s string) (out string, dirty bool) {
	if isPlain(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a blank is pending; written before the next visible rune
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
			switch {
			case r == 0x9b: // C1 CSI: drop its parameters too
				dirty = true
				i = skipCSI(s, i)
			case Unsafe(r):
				dirty = true
			case r == '\u00a0' || r == '\u2028' || r == '\u2029':
				space = true
			default:
				emit(s[i-n : i])
			}
		}
	}
	return b.String(), dirty
}

// isPlain reports whether s is printable ASCII with single spaces and no
// backslash, the common case that cleanInline returns unchanged.
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
// backslash (an escape), and space (which matters when doubled).
var notPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c >= 0x7f || c == '\\' || c == ' '
	}
	return t
}()

func isMarkdownEscapable(c byte) bool {
	return strings.IndexByte("\\`*_{}[]()#+-.!$<>|~\"':=&", c) >= 0
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

// Sanitize returns s without escape sequences and Unsafe characters
// (newlines kept, tabs made blanks), for text that came from a file or a
// user: records are sanitized once, when they are loaded, and other text
// (file names, messages, user names) when it is printed. It never changes
// Markdown marks or quotes.
func Sanitize(s string) string {
	c, _ := sanitize(s, true)
	return c
}

// sanitize is Sanitize reporting whether anything was removed; keepNL
// keeps newlines (a code line has none to keep).
func sanitize(s string, keepNL bool) (string, bool) {
	safe := true
	for _, r := range s {
		if Unsafe(r) && !(keepNL && r == '\n') {
			safe = false
			break
		}
	}
	if safe {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	dirty := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			dirty = true
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b:
			dirty = true
			i = skipCSI(s, i+n)
			continue
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n' && keepNL:
			b.WriteByte('\n')
		case Unsafe(r):
			dirty = true
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String(), dirty
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
