package cli

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/progress"
	"github.com/spf13/cobra"
)

func newReportCmd(g *Globals) *cobra.Command {
	var since, format string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Trainer report on every trainee in the progress database",
		Long: "report summarizes every trainee recorded in the progress database (one file can hold a\n" +
			"cohort: each trainee plays with --user NAME): sessions (and interrupted ones), answers,\n" +
			"accuracy, incidents seen, mastery overall and per platform, incidents due, the incidents\n" +
			"the cohort misses most, and each trainee's persistent weak spots (missed 8+ times).\n" +
			"Counts cover the period from --since; mastery and weak spots are as of now.\n" +
			"With --user NAME the report covers that trainee alone.",
		Example: "  rootcause report\n  rootcause report --since 2026-03-01 --format csv > cohort.csv\n" +
			"  rootcause report --since 4w --format json --db /srv/training/progress.db",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			now := time.Now()
			from, err := parseSince(since, now)
			if err != nil {
				return err
			}
			if format != "md" && format != "csv" && format != "json" {
				return usageErr("--format %q: want md, csv or json", format)
			}
			incs, err := g.loadCorpus()
			if err != nil {
				return err
			}
			st, path, err := g.readProgress()
			if err != nil {
				return err
			}
			if st == nil {
				return &ExitError{Code: 1, Err: fmt.Errorf("no progress database at %s yet: nothing to report "+
					"(trainees' answers are recorded there as they play; --db names another file)", path)}
			}
			defer st.Close()
			if err := g.resolveUser(st); err != nil {
				return err
			}
			var only []string // --user limits the report to one trainee
			if g.User != "" {
				only = []string{g.User}
			}
			rep, err := st.ReportFor(only, incs, from, now)
			if err != nil {
				return err
			}
			if g.User != "" && len(rep.Trainees) == 0 {
				return &ExitError{Code: 1, Err: fmt.Errorf("no trainee named %q in %s", g.User, path)}
			}
			out := cmd.OutOrStdout()
			switch format {
			case "csv":
				return progress.WriteReportCSV(out, rep)
			case "json":
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			return progress.WriteReportMarkdown(out, rep)
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "count activity from this date (2026-03-01) or span back (7d, 4w); default all time")
	cmd.Flags().StringVar(&format, "format", "md", "output format: md, csv or json")
	return cmd
}

// parseSince reads --since: a date (local midnight) or a span of days or
// weeks back from today's midnight. Empty means all time (zero).
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, now.Location()); err == nil {
		return t, nil
	}
	if len(s) > 1 {
		n, err := strconv.Atoi(s[:len(s)-1])
		unit := map[byte]int{'d': 1, 'w': 7}[s[len(s)-1]]
		if err == nil && n >= 0 && unit > 0 {
			y, m, d := now.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, now.Location()).AddDate(0, 0, -n*unit), nil
		}
	}
	return time.Time{}, usageErr("--since %q: want a date like 2026-03-01 or a span back like 7d or 4w", s)
}
