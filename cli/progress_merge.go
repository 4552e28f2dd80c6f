package cli

import (
	"fmt"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/spf13/cobra"
)

// newProgressMergeCmd is `rootcause progress merge FROM INTO`: a trainer's
// fix for one trainee with two accounts (two machines that never linked).
func newProgressMergeCmd(g *Globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "merge FROM INTO",
		Short: "Merge one account into another: answers, sessions and SSH keys move, the schedule is replayed",
		Long: "merge moves every answer, session and SSH key of account FROM into account INTO, removes\n" +
			"FROM, and rebuilds INTO's review schedule by replaying all its answers in time order. Each\n" +
			"account is a name or the start of one of its keys' fingerprints (as --user takes it).",
		Example: "  rootcause progress merge 'ana (x7Qa)' ana --db /srv/training/progress.db",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(g, func(st *progress.Store) error {
				from, err := st.ResolveUser(args[0])
				if err != nil {
					return err
				}
				into, err := st.ResolveUser(args[1])
				if err != nil {
					return err
				}
				if err := st.MergeAccounts(from, into); err != nil {
					return err
				}
				sum, err := st.Summary(into)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Merged %q into %q: it now has %s and %s.\n", incidents.Sanitize(from),
					incidents.Sanitize(into), plural(sum.Answers, "answer"), plural(len(sum.Keys), "key"))
				return nil
			})
		},
	}
	// --db by hand: the shared store flags are given to a fixed list of
	// commands (conventions.go), which merge is not in.
	cmd.Flags().StringVar(&g.DB, "db", "", "progress database file (default: $XDG_DATA_HOME/rootcause/progress.db)")
	return cmd
}
