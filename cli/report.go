package cli

import "github.com/spf13/cobra"

// PLACEHOLDER: replaced by the issue that builds this command.
func newReportCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "report", Short: "Trainer report on a cohort", RunE: func(*cobra.Command, []string) error {
		return usageErr("report: not built yet")
	}}
}
