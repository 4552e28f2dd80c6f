package view

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// Wrap wraps plain text to width w at word boundaries; a word longer than
// w is broken, never dropped. Line breaks in s are kept.
func Wrap(s string, w int) []string {
	w = max(w, 4)
	lines := strings.Split(ansi.Wrap(s, w, ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// Hang wraps text to width w after a first-line prefix such as "2. ";
// later lines start under the text, not under the prefix.
func Hang(prefix, text string, w int) []string {
	pw := ansi.StringWidth(prefix)
	lines := Wrap(text, w-pw)
	pad := strings.Repeat(" ", pw)
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return lines
}

// Paint inks every line on its own, so a style never spans a line break
// (a renderer may redraw one line and not the next).
func Paint(ink Ink, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = ink(l)
	}
	return out
}

// OneLine joins text shown on one line: line breaks and runs of blanks
// become single spaces.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// JoinParts puts already painted parts on lines of width w, separated by
// sep, starting a new line where the next part would not fit.
func JoinParts(parts []string, sep string, w int) []string {
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case ansi.StringWidth(cur)+ansi.StringWidth(sep)+ansi.StringWidth(p) <= w:
			cur += sep + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// Spread puts left and right on one line of width w.
func Spread(left, right string, w int) string {
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return left + " " + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// PadRight pads s with spaces to display width w.
func PadRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// Fit cuts a rendered block to w columns and h lines (0: no limit), so
// nothing wraps or scrolls on the terminal.
func Fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if h > 0 && len(lines) > h {
		lines = lines[:h]
	}
	if w > 0 {
		for i, l := range lines {
			// A line of no more bytes than w cannot be wider: most lines
			// are not measured.
			if len(l) > w && ansi.StringWidth(l) > w {
				lines[i] = ansi.Truncate(l, w, "")
			}
		}
	}
	return strings.Join(lines, "\n")
}

// Truncate shortens a one-line string to w cells at a word boundary, adding
// "…"; only where the full text is shown elsewhere (list rows).
func Truncate(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w <= 1 {
		return "…"
	}
	out := ansi.Truncate(s, w-1, "")
	if i := strings.LastIndexByte(out, ' '); i > w/2 {
		out = out[:i]
	}
	return strings.TrimRight(out, " ,.;:") + "…"
}

// Plural renders "1 question", "2 questions".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Thousands renders 12345 as "12,345".
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// Ordinal renders 1 as "1st", 12 as "12th", 22 as "22nd".
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// RankOf renders "3rd of 20".
func RankOf(rank, of int) string { return fmt.Sprintf("%s of %d", Ordinal(rank), of) }

// Clock renders a duration as m:ss (negative as 0:00).
func Clock(d time.Duration) string {
	d = max(0, d).Round(time.Second)
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}

// Limit renders a time limit as people say it: "30s", "90s", "2 min",
// rather than Go's "1m0s".
func Limit(d time.Duration) string {
	d = d.Round(time.Second)
	if d >= 2*time.Minute && d%time.Minute == 0 {
		return strconv.Itoa(int(d/time.Minute)) + " min"
	}
	return strconv.Itoa(int(d/time.Second)) + "s"
}

// Date renders a day as 2006-01-02, or "" when unknown.
func Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
