package cli

// The text layout of "rootcause incidents show": every field of one
// incident, wrapped to the terminal.

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/nexusflow/rootcause/incidents"
)

// termWidth is the width show wraps text to: the terminal's width when w is
// one, else $COLUMNS, else 80; capped at 100 so lines stay readable.
func termWidth(w io.Writer) int {
	n := 0
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		n, _, _ = term.GetSize(f.Fd())
	}
	if n <= 0 {
		n, _ = strconv.Atoi(os.Getenv("COLUMNS"))
	}
	if n < 20 {
		return 80
	}
	return min(n, 100)
}

// writeShow prints every field of an incident, wrapped to width.
func writeShow(w io.Writer, inc *incidents.Incident, width int) {
	fmt.Fprintf(w, "%s  %s\n\n", cell(inc.ID), cell(inc.Title))
	date := ""
	if !inc.Date.IsZero() {
		date = inc.Date.Format("Monday, January 2, 2006")
	}
	for _, kv := range [][2]string{{"Date", date}, {"Severity", inc.Severity.String()},
		{"Platform", inc.Platform}, {"Services", strings.Join(inc.Services, ", ")}, {"Source", inc.Pos.String()}} {
		fmt.Fprintf(w, "%-10s%s\n", kv[0]+":", orDash(cell(kv[1])))
	}
	section := func(title, text string) {
		if text == "" {
			return
		}
		fmt.Fprintf(w, "\n%s\n", title)
		writeLines(w, incidents.Sanitize(text), width)
	}
	section("Summary", inc.Summary)
	section("Root cause", inc.RootCause)
	section("Resolution", inc.Resolution)
	if len(inc.Prevention) > 0 {
		fmt.Fprintf(w, "\nPrevention\n")
		for i, p := range inc.Prevention {
			lead := fmt.Sprintf("  %d. ", i+1)
			writeWrapped(w, incidents.Sanitize(p), lead, strings.Repeat(" ", len(lead)), width)
		}
	}
	if m := inc.Material; m != nil {
		section("Quiz brief", m.Brief)
		section("Quiz timeline hint", m.Timeline)
		fmt.Fprintf(w, "\nQuiz distractors\n")
		for i, d := range m.Distractors {
			lead := fmt.Sprintf("  %d. ", i+1)
			writeWrapped(w, incidents.Sanitize(d.Text), lead, strings.Repeat(" ", len(lead)), width)
			writeWrapped(w, "Why not: "+incidents.Sanitize(d.WhyNot), strings.Repeat(" ", len(lead)), strings.Repeat(" ", len(lead)), width)
		}
	}
}

// writeLines prints a multi-paragraph value indented two columns: text and
// list items word-wrapped to width under their own indentation, code lines
// as written (wrapping would break them).
func writeLines(w io.Writer, text string, width int) {
	for _, l := range incidents.Lines(text) {
		if l.Para {
			fmt.Fprintln(w)
		}
		lead := strings.Repeat(" ", 2+l.Indent)
		if l.Code {
			fmt.Fprintln(w, lead+l.Text)
			continue
		}
		writeWrapped(w, l.Text, lead, lead+strings.Repeat(" ", l.Hang), width)
	}
}

// writeWrapped word-wraps text to width columns, starting the first line
// with first and the others with rest.
func writeWrapped(w io.Writer, text, first, rest string, width int) {
	line, n := first, len([]rune(first))
	empty := true
	for _, word := range strings.Fields(text) {
		wl := len([]rune(word))
		if !empty && n+1+wl > width {
			fmt.Fprintln(w, line)
			line, n, empty = rest, len([]rune(rest)), true
		}
		if !empty {
			line += " "
			n++
		}
		line += word
		n += wl
		empty = false
	}
	fmt.Fprintln(w, line)
}
