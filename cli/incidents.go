package cli

import "github.com/spf13/cobra"

// PLACEHOLDER: replaced by the issue that builds this command.
func newIncidentsCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "incidents", Short: "List, show, validate and export incidents", RunE: func(*cobra.Command, []string) error {
		return usageErr("incidents: not built yet")
	}}
}
