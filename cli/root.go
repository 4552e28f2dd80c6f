// Package cli builds rootcause's cobra command tree. Each command lives in its
// own file; this one holds the root, the global flags and the exit-code rules.
package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Globals are the flags every command shares.
type Globals struct {
	Incidents []string // --incidents: files, directories, or "builtin"
	DB        string   // --db: progress database path ("" = XDG default)
	NoSave    bool     // --no-save: play without recording
	User      string   // --user: trainee name ("" = OS user)
}

// ExitError carries a specific exit status (1 = findings, 2 = usage).
type ExitError struct {
	Code int
	Err  error
	// Quiet: the command has already said what went wrong (validate's
	// summary line), so Execute prints nothing more.
	Quiet bool
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// usageErr marks an error as a usage problem (exit status 2).
func usageErr(format string, a ...any) error {
	return &ExitError{Code: 2, Err: fmt.Errorf(format, a...)}
}

// NewRoot builds the whole command tree.
func NewRoot() *cobra.Command {
	g := &Globals{}
	root := &cobra.Command{
		Use:   "rootcause",
		Short: "A terminal training game for incident response",
		Long: "rootcause turns postmortems into a quiz: it shows what was seen during an incident,\n" +
			"hides the root cause, and asks you to find it among plausible wrong ones.",
		Args:          noArgsSuggest,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runApp(cmd, g)
		},
	}
	root.SuggestionsMinimumDistance = 2
	pf := root.PersistentFlags()
	pf.StringArrayVar(&g.Incidents, "incidents", nil, "incident file or directory to load (repeatable; \"builtin\" names the bundled corpus)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &ExitError{Code: 2, Err: err}
	})

	inc := newIncidentsCmd(g)
	inc.AddCommand(newImportCmd(g), newDraftCmd(g), newCheckCmd(g))
	prog := newProgressCmd(g)
	prog.AddCommand(newProgressMergeCmd(g))
	root.AddCommand(inc, newQuestionsCmd(g), newPlayCmd(g), newStatsCmd(g), newReportCmd(g), newServeCmd(g),
		prog, newCohortCmd(g))
	addStoreFlags(root, g)
	completions(root, g)
	return root
}

// Execute runs the CLI and returns the process exit status. It is the one
// place that prints a top-level error.
func Execute() int {
	err := NewRoot().Execute()
	if err == nil {
		return 0
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		if !ee.Quiet {
			fmt.Fprintln(os.Stderr, "rootcause:", err)
		}
		return ee.Code
	}
	fmt.Fprintln(os.Stderr, "rootcause:", err)
	return 1
}
