package cli

import "github.com/spf13/cobra"

// PLACEHOLDER: replaced by the issue that builds this command.
func newStatsCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "stats", Short: "Show your progress", RunE: func(*cobra.Command, []string) error {
		return usageErr("stats: not built yet")
	}}
}
