package progress

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// WriteReportMarkdown writes r as a Markdown document for a trainer.
func WriteReportMarkdown(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	ew.printf("# rootcause training report\n\n")
	period := "all time"
	if !r.Since.IsZero() {
		period = "since " + dateOnly(r.Since)
	}
	ew.printf("Generated %s, activity %s, %d trainee(s). Mastery is the FSRS chance of still recalling each incident's root cause 30 days from now, averaged over the corpus (unseen incidents and ones missed last time count as 0).\n\n",
		r.Now.Format("2006-01-02 15:04"), period, len(r.Trainees))
	if len(r.Trainees) == 0 {
		ew.printf("Nobody has recorded progress in this database yet.\n")
		return ew.err
	}
	ew.printf("## Trainees\n\n")
	ew.printf("| Trainee | Sessions | Unfinished | Answers | Accuracy | Seen | Mastery | Due today | Weak spots | Last active |\n")
	ew.printf("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n")
	for _, t := range r.Trainees {
		ew.printf("| %s | %d | %d | %d | %s | %d | %s | %d | %d | %s |\n", md(t.User), t.Sessions, t.Unfinished,
			t.Answers, accuracy(t.Correct, t.Answers), t.Seen, pct(t.Mastery), t.DueToday, t.Leeches, dateOnly(t.LastActive))
	}
	plats := platformNames(r)
	ew.printf("\n## Mastery by platform\n\n| Trainee |")
	for _, p := range plats {
		ew.printf(" %s |", md(p))
	}
	ew.printf("\n|---|%s\n", strings.Repeat("--:|", len(plats)))
	for _, t := range r.Trainees {
		ew.printf("| %s |", md(t.User))
		byName := platformMap(t)
		for _, p := range plats {
			ew.printf(" %s |", pct(byName[p].Mastery))
		}
		ew.printf("\n")
	}
	ew.printf("\n## Incidents most often missed\n\n")
	if len(r.Missed) == 0 {
		ew.printf("No misses in this period.\n")
	} else {
		ew.printf("| Incident | Title | Platform | Misses | Answers | Trainees who missed it |\n|---|---|---|--:|--:|--:|\n")
		for _, m := range r.Missed {
			title := md(m.Title)
			if m.Removed {
				title = "*(not in the loaded incidents)*"
			}
			ew.printf("| %s | %s | %s | %d | %d | %d |\n", md(m.ID), title, md(m.Platform), m.Misses, m.Answers, m.Trainees)
		}
	}
	ew.printf("\n## Persistent weak spots (%d+ lapses)\n\n", LeechLapses)
	if len(r.Leeches) == 0 {
		ew.printf("None.\n")
		return ew.err
	}
	ew.printf("| Trainee | Incident | Title | Misses |\n|---|---|---|--:|\n")
	for _, l := range r.Leeches {
		ew.printf("| %s | %s | %s | %d |\n", md(l.User), md(l.IncidentID), md(l.Title), l.Lapses)
	}
	return ew.err
}

// WriteReportCSV writes one row per trainee, with a mastery column per
// platform, for a spreadsheet. Ratios are 0..1.
func WriteReportCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	plats := platformNames(r)
	head := []string{"trainee", "sessions", "unfinished", "answers", "correct", "accuracy", "seen", "mastery",
		"due_today", "weak_spots", "last_active"}
	for _, p := range plats {
		head = append(head, "mastery:"+clean(p))
	}
	cw.Write(head)
	for _, t := range r.Trainees {
		row := []string{csvSafe(t.User), itoa(t.Sessions), itoa(t.Unfinished), itoa(t.Answers), itoa(t.Correct),
			ftoa(ratio(t.Correct, t.Answers)), itoa(t.Seen), ftoa(t.Mastery), itoa(t.DueToday), itoa(t.Leeches)}
		last := ""
		if !t.LastActive.IsZero() {
			last = t.LastActive.Format("2006-01-02T15:04:05Z07:00")
		}
		row = append(row, last)
		byName := platformMap(t)
		for _, p := range plats {
			row = append(row, ftoa(byName[p].Mastery))
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

func platformNames(r *Report) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range r.Trainees {
		for _, m := range t.Platforms {
			if !seen[m.Name] {
				seen[m.Name] = true
				out = append(out, m.Name)
			}
		}
	}
	sort.Strings(out)
	return out
}

func platformMap(t Trainee) map[string]Mastery {
	m := make(map[string]Mastery, len(t.Platforms))
	for _, p := range t.Platforms {
		m[p.Name] = p
	}
	return m
}

func accuracy(correct, answers int) string {
	if answers == 0 {
		return "-"
	}
	return pct(ratio(correct, answers))
}

// md makes text safe inside a Markdown table cell.
func md(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`)
	return r.Replace(clean(s))
}

// csvSafe cleans a cell and defuses spreadsheet formulas (a leading = + - @).
func csvSafe(s string) string {
	s = clean(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

func ftoa(f float64) string { return fmt.Sprintf("%.3f", f) }
