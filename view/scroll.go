package view

import (
	"fmt"
	"strings"
)

// Window shows h lines of lines from offset off: when there is more above,
// a muted marker takes the first row, when more below the last. It returns
// the rows shown (at most h) and the offset used (off clamped).
func Window(s *Styles, lines []string, off, h int) ([]string, int) {
	h = max(h, 3)
	if len(lines) <= h {
		return lines, 0
	}
	off = min(max(off, 0), LastOffset(len(lines), h))
	start, end := Visible(len(lines), off, h)
	out := make([]string, 0, h)
	if off > 0 {
		out = append(out, s.Ink.Muted(fmt.Sprintf("  ↑ %s above · pgup", Plural(off, "line"))))
	}
	out = append(out, lines[start:end]...)
	if end < len(lines) {
		out = append(out, s.Ink.Muted(fmt.Sprintf("  ↓ %s below · pgdn", Plural(len(lines)-end, "line"))))
	}
	return out, off
}

// Visible is the range [start, end) of n lines that Window shows at offset
// off in h rows.
func Visible(n, off, h int) (start, end int) {
	h = max(h, 3)
	if n <= h {
		return 0, n
	}
	room := h
	if off > 0 {
		room--
	}
	end = off + room
	if end < n {
		end--
	}
	return off, min(end, n)
}

// LastOffset is the last useful offset for n lines in h rows: the one
// showing the end, under an "above" marker.
func LastOffset(n, h int) int {
	h = max(h, 3)
	if n <= h {
		return 0
	}
	return n - (h - 1)
}

// Follow returns an offset near off that keeps lines [from, to) in view in
// a Window of h rows over n lines (the start of the range when it does not
// fit whole).
func Follow(off, from, to, n, h int) int {
	off = min(max(off, 0), LastOffset(n, h))
	if start, _ := Visible(n, off, h); from < start {
		return from
	}
	for off < LastOffset(n, h) {
		start, end := Visible(n, off, h)
		if end >= to || start >= from {
			break
		}
		off++
	}
	return off
}

// TooSmall asks for a window of at least needW×needH and says how large it
// is now; notes follow (e.g. that the game goes on meanwhile). The lines
// fit in w columns; the caller places them.
func TooSmall(s *Styles, title string, w, h, needW, needH int, notes ...string) []string {
	iw := max(w-2, 4)
	lines := []string{s.Ink.Title(title), ""}
	lines = append(lines, Paint(s.Ink.Notice, Wrap("Please enlarge the window", iw))...)
	lines = append(lines, s.Ink.Muted(fmt.Sprintf("need %dx%d, have %dx%d", needW, needH, w, h)))
	for _, n := range notes {
		lines = append(lines, "")
		lines = append(lines, Paint(s.Ink.Muted, Wrap(n, iw))...)
	}
	return lines
}

// Lines splits a block into its lines.
func Lines(block string) []string { return strings.Split(block, "\n") }
