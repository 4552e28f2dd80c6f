package cli

import "github.com/spf13/cobra"

// PLACEHOLDER: replaced by the issue that builds this command.
func newServeCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "serve", Short: "Host a game day over SSH", RunE: func(*cobra.Command, []string) error {
		return usageErr("serve: not built yet")
	}}
}
