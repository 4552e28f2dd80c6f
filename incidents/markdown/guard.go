package markdown

import (
	"bytes"
	"fmt"

	"github.com/nexusflow/rootcause/incidents"
)

// Limits that keep the Markdown parser fast. goldmark slows down
// quadratically or worse on unclosed link destinations ("[a](" repeated:
// 50,000 on one line take ~21 s) and on deeply nested lists (2,000 levels
// take ~17 s), so a file past these limits is refused before parsing. Real
// postmortems come nowhere near them.
const (
	maxMarkdownLine  = 64 << 10 // bytes in one line
	maxLinkOpenings  = 2000     // "](" in one paragraph (lines up to a blank one)
	maxMarkdownDepth = 100      // list and quote levels
)

// checkMarkdownLimits reports the first line of data that would make the
// Markdown parser crawl, naming the file and line.
func checkMarkdownLimits(name string, data []byte) (incidents.Problem, bool) {
	links := 0
	for line := 1; len(data) > 0; line++ {
		l := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		at := func(msg string) (incidents.Problem, bool) {
			return incidents.Problem{Pos: incidents.Pos{File: name, Line: line}, Msg: msg + "; the file is not read"}, false
		}
		if len(l) > maxMarkdownLine {
			return at(fmt.Sprintf("line is %d KB long, over the %d KB limit for Markdown", len(l)>>10, maxMarkdownLine>>10))
		}
		if len(bytes.TrimSpace(l)) == 0 {
			links = 0
			continue
		}
		if links += bytes.Count(l, []byte("](")); links > maxLinkOpenings {
			return at(fmt.Sprintf("over %d links (\"](\") in one paragraph", maxLinkOpenings))
		}
		if nestingDepth(l) > maxMarkdownDepth {
			return at(fmt.Sprintf("lists or quotes nested deeper than %d levels", maxMarkdownDepth))
		}
	}
	return incidents.Problem{}, true
}

// nestingDepth estimates how deep a line sits in lists and quotes: each
// level is indented at least two columns or opened by a marker on the line.
func nestingDepth(l []byte) int {
	col, markers := 0, 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == ' ':
			col++
		case c == '\t':
			col += 4 - col%4
		case c == '>':
			markers++
		case (c == '-' || c == '*' || c == '+') && (i+1 == len(l) || l[i+1] == ' ' || l[i+1] == '\t'):
			markers++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j+1 >= len(l) || l[j] != '.' && l[j] != ')' || l[j+1] != ' ' && l[j+1] != '\t' {
				return col/2 + markers
			}
			markers++
			i = j
		default:
			return col/2 + markers
		}
	}
	return col/2 + markers
}
