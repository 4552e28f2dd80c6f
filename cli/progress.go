package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/nexusflow/rootcause/progress"
	"github.com/spf13/cobra"
)

// newProgressCmd is `rootcause progress`: the review log in and out of the
// database, backups, and the scheduler's parameters.
func newProgressCmd(g *Globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "progress",
		Short: "Export or import the review log, back up the database, load scheduler parameters",
		Long: "progress moves a trainee's history between databases and to offline tools:\n" +
			"export writes every answer (JSON lines or CSV), import replays such a log into --db,\n" +
			"backup copies the database safely while it is in use, params shows or loads FSRS weights.",
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newProgressExportCmd(g), newProgressImportCmd(g), newProgressBackupCmd(g), newProgressParamsCmd(g))
	return cmd
}

func newProgressExportCmd(g *Globals) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every recorded answer, one JSON object a line (or CSV)",
		Long: "export writes every answer in the progress database, of every trainee or of --user,\n" +
			"with the fields user, key, incident, at, mode, difficulty, kind, correct, choice, seconds,\n" +
			"clues and rating (1 Again, 2 Hard, 3 Good, 4 Easy). Questions an exam never reached are\n" +
			"left out: they are not answers.",
		Example: "  rootcause progress export > log.jsonl\n  rootcause progress export --user ana --format csv > ana.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "jsonl" && format != "csv" {
				return usageErr("--format %q: want jsonl or csv", format)
			}
			st, path, err := g.readProgress()
			if err != nil {
				return err
			}
			if st == nil {
				return &ExitError{Code: 1, Err: fmt.Errorf("no progress database at %s yet: nothing to export", path)}
			}
			defer st.Close()
			if err := g.resolveUser(st); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if format == "csv" {
				cw := progress.NewLogCSV(out)
				if err := st.ExportLog(g.User, cw.Write); err != nil {
					return err
				}
				return cw.Flush()
			}
			return st.ExportLog(g.User, func(r progress.LogRecord) error { return progress.WriteLogJSONL(out, r) })
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or csv")
	return cmd
}

func newProgressImportCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE|-",
		Short: "Replay a review log (from progress export) into the database",
		Long: "import adds the answers of a review log (JSON lines or CSV, as export writes; - reads\n" +
			"standard input) to the database given by --db. Answers already there are skipped, so\n" +
			"importing twice adds nothing; each trainee's answers are then replayed in time order.\n" +
			"A record's rating is used as given; missing fields get defaults (docs/progress.md).",
		Example: "  rootcause progress export --db laptop.db | rootcause progress import --db /srv/training/progress.db -",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if g.NoSave {
				return usageErr("--no-save: import writes to the database; drop it")
			}
			in, name := io.Reader(cmd.InOrStdin()), "standard input"
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return &ExitError{Code: 1, Err: err}
				}
				defer f.Close()
				in, name = f, args[0]
			}
			recs, err := progress.ParseLog(in, name)
			if err != nil {
				return &ExitError{Code: 1, Err: err}
			}
			st, err := progress.Open(g.DB)
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := st.ImportLog(recs)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Imported %d answer(s) into %s (%d already there), %d trainee(s) rescheduled.\n",
				res.Added, st.Path(), res.Skipped, res.Users)
			return nil
		},
	}
}

func newProgressBackupCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:     "backup OUT",
		Short:   "Copy the progress database safely, even while trainees play",
		Long:    "backup writes a consistent, compact copy of the database (--db) to OUT, which must not exist.",
		Example: "  rootcause progress backup --db /srv/training/progress.db /backup/progress-$(date +%F).db",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := os.Stat(args[0]); err == nil {
				return &ExitError{Code: 1, Err: fmt.Errorf("backup %s: it exists already; name a new file", args[0])}
			}
			st, path, err := g.readProgress()
			if err != nil {
				return err
			}
			if st == nil {
				return &ExitError{Code: 1, Err: fmt.Errorf("no progress database at %s: nothing to back up", path)}
			}
			defer st.Close()
			if err := st.Backup(args[0]); err != nil {
				return &ExitError{Code: 1, Err: err}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Backed up %s to %s.\n", path, args[0])
			return nil
		},
	}
}

func newProgressParamsCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "params [FILE]",
		Short: "Show the scheduler's parameters, or load fitted ones from FILE",
		Long: "params prints the FSRS-6 parameters the database schedules with, as JSON. With FILE\n" +
			"(JSON: {\"parameters\": [21 weights], \"desired_retention\": 0.9, \"maximum_interval\": 36500},\n" +
			"the py-fsrs names) it stores them in the database and reschedules every trainee.",
		Example: "  rootcause progress params\n  rootcause progress params --db /srv/training/progress.db fitted.json",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				st, _, err := g.readProgress()
				if err != nil {
					return err
				}
				defer st.Close()
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st.Params())
			}
			p, err := readParams(args[0])
			if err != nil {
				return &ExitError{Code: 1, Err: err}
			}
			st, err := progress.Open(g.DB)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.SetParams(p); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Loaded the parameters of %s into %s; every trainee is rescheduled.\n", args[0], st.Path())
			return nil
		},
	}
}

// readParams reads a parameters file; absent retention and maximum take the defaults.
func readParams(path string) (progress.Params, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return progress.Params{}, err
	}
	var raw struct {
		Parameters       []float64 `json:"parameters"`
		DesiredRetention *float64  `json:"desired_retention"`
		MaximumInterval  *int      `json:"maximum_interval"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return progress.Params{}, fmt.Errorf("%s: %v", path, err)
	}
	p := progress.DefaultParams()
	if len(raw.Parameters) != len(p.Weights) {
		return p, fmt.Errorf("%s: %d parameters, want %d (FSRS-6)", path, len(raw.Parameters), len(p.Weights))
	}
	copy(p.Weights[:], raw.Parameters)
	if raw.DesiredRetention != nil {
		p.DesiredRetention = *raw.DesiredRetention
	}
	if raw.MaximumInterval != nil {
		p.MaxInterval = *raw.MaximumInterval
	}
	if err := p.Validate(); err != nil {
		return p, fmt.Errorf("%s: %v", path, err)
	}
	return p, nil
}
