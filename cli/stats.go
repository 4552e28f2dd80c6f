package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/nexusflow/rootcause/progress"
	"github.com/spf13/cobra"
)

func newStatsCmd(g *Globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Show your progress: accuracy, activity, mastery, weak spots, what is due",
		Long: "stats prints your progress from the progress database: totals, accuracy by week, activity\n" +
			"by day, mastery per platform and service, your weakest incidents and persistent weak spots\n" +
			"(missed 8 times or more), and how many incidents are due for review today and this week.\n" +
			"Mastery is the chance (per the FSRS scheduler) that you still recall each incident's root cause 30 days from now.",
		Example: "  rootcause stats\n  rootcause stats --user ana --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			incs, err := g.loadCorpus()
			if err != nil {
				return err
			}
			st, path, err := g.readProgress()
			if err != nil {
				return err
			}
			defer st.Close()
			if err := g.resolveUser(st); err != nil {
				return err
			}
			s, err := st.Stats(g.trainee(), incs, time.Now())
			if err != nil {
				return err
			}
			// A named trainee with no answers is most likely a typo: say so,
			// as report does, instead of printing a page of zeros.
			if g.User != "" && s.Answers == 0 {
				return &ExitError{Code: 1, Err: fmt.Errorf("no trainee named %q in %s", g.User, path)}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(struct {
					DB       string  `json:"db"`
					Accuracy float64 `json:"accuracy"`
					*progress.Stats
				}{path, s.Accuracy(), s})
			}
			if st == nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "No progress database at %s yet.\n", path)
			}
			return progress.WriteStats(out, s)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of text")
	return cmd
}

// resolveUser turns --user into the account it names: a display name as
// given, or the account whose SSH key fingerprint starts with it (game-day
// and team-server answers are stored under key accounts). An ambiguous
// prefix is a usage error listing the candidates.
func (g *Globals) resolveUser(st *progress.Store) error {
	name, err := st.ResolveUser(g.User)
	if err != nil {
		return &ExitError{Code: 2, Err: fmt.Errorf("--user: %w", err)}
	}
	g.User = name
	return nil
}

// trainee is the --user name, or the OS user.
func (g *Globals) trainee() string {
	if g.User != "" {
		return g.User
	}
	return progress.DefaultUser()
}

// readProgress opens the progress database for a command that only reads
// it. A database that does not exist yet is not created: the store is nil
// (which reads as empty) and path says where it would be.
func (g *Globals) readProgress() (*progress.Store, string, error) {
	if g.NoSave {
		return nil, "", usageErr("--no-save: nothing is recorded or read in this mode; drop it to see progress")
	}
	path := g.DB
	if path == "" {
		p, err := progress.DefaultPath()
		if err != nil {
			return nil, "", err
		}
		path = p
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, path, nil
	}
	st, err := progress.OpenWith(path, progress.Options{ReadOnly: true})
	if err != nil {
		return nil, path, err
	}
	return st, path, nil
}
