package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/spf13/cobra"
)

// newCohortCmd is `rootcause cohort`: a trainer's groups of trainees and
// the tracks assigned to them, kept in the progress database (--db).
func newCohortCmd(g *Globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cohort",
		Short: "Group trainees into cohorts and assign them tracks",
		Long: "cohort manages a team's groups of trainees in the progress database (--db), e.g. the one\n" +
			"`rootcause serve --practice` keeps: create a cohort, add trainees (by account name or the start\n" +
			"of their key's fingerprint), assign a track (a filter, a number of incidents, a due date).\n" +
			"Trainees see their assignments on Home; trainers follow them on the dashboard.",
		Example: "  rootcause cohort create 'October hires' --db /srv/training/progress.db\n" +
			"  rootcause cohort add 'October hires' ana ben --db /srv/training/progress.db\n" +
			"  rootcause cohort assign 'October hires' --platform DataNexus --count 10 --due 2026-11-15 --db /srv/training/progress.db",
		Args: noArgsSuggest,
	}
	cmd.PersistentFlags().StringVar(&g.DB, "db", "", "progress database file (default: $XDG_DATA_HOME/rootcause/progress.db)")
	cmd.AddCommand(newCohortCreateCmd(g), newCohortAddCmd(g), newCohortRemoveCmd(g), newCohortAssignCmd(g),
		newCohortUnassignCmd(g), newCohortListCmd(g), newCohortRenameCmd(g), newCohortDeleteCmd(g))
	return cmd
}

// openExisting opens --db for writing, refusing to create it: cohorts are
// made of accounts, which exist only in a database that is in use.
func (g *Globals) openExisting() (*progress.Store, error) {
	path := g.DB
	if path == "" {
		p, err := progress.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, &ExitError{Code: 1, Err: fmt.Errorf("no progress database at %s: give the team server's with --db", path)}
	}
	return progress.Open(path)
}

// storeErr maps the store's refusals (no such cohort or trainee, a name
// taken, a bad track) to exit status 1 with their message; a bad track's
// date or count is a usage error.
func storeErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, progress.ErrBadTrack), errors.Is(err, progress.ErrBadName), errors.Is(err, progress.ErrAmbiguousUser):
		return &ExitError{Code: 2, Err: err}
	}
	return &ExitError{Code: 1, Err: err}
}

// withStore runs fn on --db and closes it.
func withStore(g *Globals, fn func(st *progress.Store) error) error {
	st, err := g.openExisting()
	if err != nil {
		return err
	}
	defer st.Close()
	return storeErr(fn(st))
}

func newCohortCreateCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "create NAME",
		Short: "Create an empty cohort",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(g, func(st *progress.Store) error {
				if err := st.CreateCohort(args[0], time.Now()); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Cohort %q created in %s.\n", incidents.Sanitize(args[0]), st.Path())
				return nil
			})
		},
	}
}

func newCohortAddCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "add NAME USER...",
		Short: "Add trainees (account names or key fingerprint prefixes) to a cohort",
		Args:  cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(g, func(st *progress.Store) error {
				if err := st.AddMember(args[0], args[1:]...); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s added to %q.\n", plural(len(args)-1, "trainee"), incidents.Sanitize(args[0]))
				return nil
			})
		},
	}
}

func newCohortRemoveCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "remove NAME USER...",
		Short: "Take trainees out of a cohort (their progress stays)",
		Args:  cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(g, func(st *progress.Store) error {
				if err := st.RemoveMember(args[0], args[1:]...); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s removed from %q.\n", plural(len(args)-1, "trainee"), incidents.Sanitize(args[0]))
				return nil
			})
		},
	}
}

func newCohortRenameCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "rename OLD NEW",
		Short: "Rename a cohort (its members and assignments stay)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(g, func(st *progress.Store) error {
				if err := st.RenameCohort(args[0], args[1]); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Cohort %q renamed to %q.\n", incidents.Sanitize(args[0]), incidents.Sanitize(args[1]))
				return nil
			})
		},
	}
}

func newCohortDeleteCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "delete NAME",
		Short: "Delete a cohort and its assignments (trainees and their progress stay)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(g, func(st *progress.Store) error {
				if err := st.DeleteCohort(args[0]); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Cohort %q deleted.\n", incidents.Sanitize(args[0]))
				return nil
			})
		},
	}
}

func newCohortAssignCmd(g *Globals) *cobra.Command {
	var platforms, services, severities []string
	var count int
	var due string
	cmd := &cobra.Command{
		Use:   "assign NAME --count N --due YYYY-MM-DD",
		Short: "Assign a cohort a track: incidents matching the filters, how many, by when",
		Long: "assign gives every member of the cohort a track: --count incidents matching --platform,\n" +
			"--service and --severity (none: any incident), answered between now and the end of --due.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("count") || due == "" {
				return usageErr("assign needs --count N and --due YYYY-MM-DD")
			}
			tr, err := parseTrack(platforms, services, severities, count)
			if err != nil {
				return usageErr("--severity: %v", err)
			}
			incs, err := g.loadCorpus()
			if err != nil {
				return err
			}
			if err := checkTrack(tr, incs); err != nil {
				return usageErr("%v (incidents from %s)", err, g.where())
			}
			return withStore(g, func(st *progress.Store) error {
				if _, err := st.Assign(args[0], tr, due, time.Now()); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Assigned %s to %q, due %s.\n", tr, incidents.Sanitize(args[0]), due)
				return nil
			})
		},
	}
	fs := cmd.Flags()
	fs.StringSliceVar(&platforms, "platform", nil, "only incidents on these platforms (repeatable or comma-separated)")
	fs.StringSliceVar(&services, "service", nil, "only incidents involving these services")
	fs.StringSliceVar(&severities, "severity", nil, "only these severities, e.g. SEV-1,SEV-2")
	fs.IntVar(&count, "count", 0, "incidents of the track each trainee answers")
	fs.StringVar(&due, "due", "", "the last day, YYYY-MM-DD")
	return cmd
}

func newCohortUnassignCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "unassign ID",
		Short: "Remove an assignment by the #ID cohort list shows",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(strings.TrimPrefix(args[0], "#"), 10, 64)
			if err != nil {
				return usageErr("unassign: %q is not an assignment id (cohort list shows them as #ID)", incidents.Sanitize(args[0]))
			}
			return withStore(g, func(st *progress.Store) error {
				if err := st.Unassign(id); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Assignment #%d removed.\n", id)
				return nil
			})
		},
	}
}

func newCohortListCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the cohorts, their members and assignments",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(g, func(st *progress.Store) error {
				cs, err := st.Cohorts()
				if err != nil {
					return err
				}
				out := cmd.OutOrStdout()
				if len(cs) == 0 {
					fmt.Fprintln(out, "No cohorts yet: rootcause cohort create NAME.")
					return nil
				}
				for _, c := range cs {
					members := ": " + strings.Join(c.Members, ", ")
					if len(c.Members) == 0 {
						members = ""
					}
					fmt.Fprintf(out, "%s (%s%s)\n", incidents.Sanitize(c.Name), plural(len(c.Members), "member"), incidents.Sanitize(members))
					for _, a := range c.Assignments {
						fmt.Fprintf(out, "  #%d  %s  due %s\n", a.ID, incidents.Sanitize(a.Track.String()), a.Due)
					}
				}
				return nil
			})
		},
	}
}
