package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the terminal-app issue.
func newPlayCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "play", Short: "Start a quiz session directly", RunE: func(cmd *cobra.Command, _ []string) error {
		return runApp(cmd, g)
	}}
}

func runApp(cmd *cobra.Command, g *Globals) error {
	incs, err := g.loadCorpus()
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "rootcause: %d incidents loaded; the app is not built yet\n", len(incs))
	return nil
}
