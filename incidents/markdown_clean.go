package incidents

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Markdown input made safe before parsing, and rendered text tidied after.

// refNote matches a reference note or footnote, "[1] Measured at the
// gateway." or "[^1]: Calls kept working." (goldmark's footnote extension
// is not used: it costs every "[" in every file, for pages that are rare).
var refNote = regexp.MustCompile(`^\[(\d{1,3}|\^\w{1,12})\]:? `)

// refMarker matches a reference marker in text, " [1]" or "[^1]".
var refMarker = regexp.MustCompile(` ?\[(\d{1,3}|\^\w{1,12})\]`)

// cleanInput prepares valid UTF-8 for parsing: CRLF and lone CR become LF,
// terminal escape sequences go whole (skipEscape) and other Unsafe
// characters (tab and newline kept) are removed, so nothing from a file can
// drive the terminal that shows it. It returns the line of the first removal, 0
// when nothing was removed.
func cleanInput(data []byte) ([]byte, int) {
	if isClean(data) {
		return data, 0 // the usual case: no copy
	}
	out := make([]byte, 0, len(data))
	removed := 0
	drop := func() {
		if removed == 0 {
			removed = bytes.Count(out, []byte("\n")) + 1
		}
	}
	var str string // data as a string, made only if an escape sequence needs skipping
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '\r':
			out = append(out, '\n')
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		case c == 0x1b:
			if str == "" {
				str = string(data)
			}
			drop()
			i = skipEscape(str, i+1)
			continue
		case c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f):
			out = append(out, c)
		case c < 0x80:
			drop() // C0 control or DEL
		default:
			r, size := utf8.DecodeRune(data[i:])
			if Unsafe(r) {
				drop()
			} else {
				out = append(out, data[i:i+size]...)
			}
			i += size
			continue
		}
		i++
	}
	return out, removed
}

// isClean reports whether cleanInput would change nothing.
func isClean(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if (r == utf8.RuneError && size <= 1) || Unsafe(r) {
			return false
		}
		i += size
	}
	return true
}

// tidy finishes a rendered text: tabs become spaces, trailing spaces and
// runs of blank lines go.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\t", "    ")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	// Only blank lines go at the start: a code block's first line keeps
	// its indentation, which makes it code.
	return strings.Trim(strings.Join(out, "\n"), "\n")
}

// stripRefs drops the markers of the document's reference notes.
func (d *mdDoc) stripRefs(s string) string {
	if len(d.refs) == 0 || !strings.Contains(s, "[") {
		return s
	}
	return refMarker.ReplaceAllStringFunc(s, func(m string) string {
		if d.refs[strings.Trim(m, " []")] {
			return ""
		}
		return m
	})
}
