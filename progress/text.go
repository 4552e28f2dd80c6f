package progress

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// clean makes text from the database or the corpus safe for a terminal, on
// one line: control characters and escape sequences go, newlines become spaces.
func clean(s string) string {
	return strings.Join(strings.Fields(incidents.Sanitize(s)), " ")
}

func pct(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

// schedulerLine names the scheduler configuration and the zone days are
// counted in, so a trainer sees which weights made the schedule.
func schedulerLine(p Params, zone string) string {
	w := "default weights"
	if p.Weights != DefaultWeights {
		w = "loaded weights (w20 " + fmt.Sprintf("%.4f", p.Weights[20]) + ")"
	}
	return fmt.Sprintf("FSRS-6, %s, retention %s, max %d d, days in %s", w, pct(p.DesiredRetention), p.MaxInterval, clean(zone))
}

// WriteStats prints s as plain text (ASCII charts), for `rootcause stats`.
func WriteStats(w io.Writer, s *Stats) error {
	ew := &errWriter{w: w}
	ew.printf("Progress of %s, %s\n\n", clean(s.User), s.Now.Format("Mon 2 Jan 2006 15:04"))
	if s.Answers == 0 {
		ew.printf("Nothing recorded yet: play a round (rootcause, or rootcause play --mode review) and come back.\n\n")
	}
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Answers\t%d (%s correct) in %s, %d unfinished\n", s.Answers, pct(s.Accuracy()), plural(s.Sessions, "session"), s.Unfinished)
	fmt.Fprintf(tw, "Incidents\t%d of %d seen, %d new, %d mature (interval of %d+ days)\n", s.Seen, s.Corpus, s.New, s.Mature, MatureDays)
	fmt.Fprintf(tw, "Due\t%d today, %d within 7 days\n", s.DueToday, s.DueWeek)
	fmt.Fprintf(tw, "Streak\t%s\n", plural(s.Streak, "day"))
	fmt.Fprintf(tw, "Scheduler\t%s\n", schedulerLine(s.Scheduler, s.TimeZone))
	tw.Flush()

	ew.printf("\nAccuracy by week (oldest first)\n")
	for _, p := range s.Weeks {
		bar := ""
		if p.Answers > 0 {
			n := int(p.Accuracy()*20 + 0.5)
			bar = strings.Repeat("#", n) + strings.Repeat(".", 20-n)
			ew.printf("  %s  %s  %4s  (%d answers)\n", p.Start.Format("2006-01-02"), bar, pct(p.Accuracy()), p.Answers)
		} else {
			ew.printf("  %s  %-20s     -\n", p.Start.Format("2006-01-02"), bar)
		}
	}
	ew.printf("\nActivity, last %d weeks (. none, then - + * # from few to most answers)\n", HeatmapWeeks)
	for _, line := range heatmapText(s.Days) {
		ew.printf("  %s\n", line)
	}
	// Every row, as the Stats screen's "rootcause stats lists all" promises.
	writeMastery(ew, "Mastery by platform", "PLATFORM", s.Platforms)
	writeMastery(ew, "Mastery by service", "SERVICE", s.Services)
	writeIncidents(ew, "Weakest incidents", s.Weakest, "no misses yet")
	ew.printf("\nPersistent weak spots (%d+ lapses): ", LeechLapses)
	if len(s.Leeches) == 0 {
		ew.printf("none\n")
		return ew.err
	}
	ids := make([]string, len(s.Leeches))
	for i, l := range s.Leeches {
		ids[i] = clean(l.ID)
	}
	ew.printf("%d\n", len(ids))
	line := " "
	for _, id := range ids {
		if len(line)+len(id)+2 > 78 {
			ew.printf("%s\n", line)
			line = " "
		}
		line += " " + id
	}
	ew.printf("%s\n  Read one with: rootcause incidents show %s\n", line, ids[0])
	return ew.err
}

// heatmapText draws days (Monday-first weeks) as seven rows of characters.
func heatmapText(days []Day) []string {
	max := 0
	for _, d := range days {
		max = maxInt(max, d.Answers)
	}
	names := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	rows := make([]strings.Builder, 7)
	for i := range rows {
		rows[i].WriteString(names[i] + " ")
	}
	for _, d := range days {
		row := (int(d.Date.Weekday()) + 6) % 7
		rows[row].WriteByte(".-+*#"[Level(d.Answers, max)])
	}
	out := make([]string, 7)
	for i := range rows {
		out[i] = strings.TrimRight(rows[i].String(), " ")
	}
	return out
}

// Level buckets a day's answers into 0 (none) to 4 (the busiest quarter of
// max), the shades of a contribution graph.
func Level(n, max int) int {
	switch {
	case n <= 0 || max <= 0:
		return 0
	case n*4 <= max:
		return 1
	case n*2 <= max:
		return 2
	case n*4 <= 3*max:
		return 3
	}
	return 4
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func writeMastery(ew *errWriter, title, col string, ms []Mastery) {
	ew.printf("\n%s\n", title)
	w := len(col)
	for _, m := range ms {
		w = maxInt(w, len([]rune(truncate(clean(m.Name), 32))))
	}
	ew.printf("  %-*s  %9s  %4s  %8s  %7s\n", w, col, "INCIDENTS", "SEEN", "ACCURACY", "MASTERY")
	for _, m := range ms {
		acc := "-"
		if m.Answers > 0 {
			acc = pct(m.Accuracy())
		}
		name := truncate(clean(m.Name), 32)
		ew.printf("  %s%s  %9d  %4d  %8s  %7s\n", name, strings.Repeat(" ", w-len([]rune(name))), m.Incidents, m.Seen, acc, pct(m.Mastery))
	}
}

func writeIncidents(ew *errWriter, title string, l []IncidentStat, none string) {
	ew.printf("\n%s\n", title)
	if len(l) == 0 {
		ew.printf("  %s\n", none)
		return
	}
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	for _, p := range l {
		note := ""
		switch {
		case p.Removed:
			note = "  (not in the loaded incidents)"
		case p.Leech:
			note = "  [weak spot]"
		}
		fmt.Fprintf(tw, "  %s\tmissed %d of %d\tdue %s\t%s%s\n", clean(p.ID), p.Answers-p.Correct, p.Answers,
			p.Due.Format("2006-01-02"), truncate(clean(p.Title), 40), note)
	}
	tw.Flush()
}

// truncate shortens s to at most n runes, marking the cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// errWriter remembers the first write error, so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, a ...any) { fmt.Fprintf(e, format, a...) }

// dateOnly formats a time as a date, "-" when zero.
func dateOnly(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

// plural is "1 day", "2 days".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
