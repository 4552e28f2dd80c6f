package cli

import "github.com/spf13/cobra"

// PLACEHOLDER: replaced by the issue that builds this command.
func newImportCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "import", Short: "Import Markdown postmortems", RunE: func(*cobra.Command, []string) error {
		return usageErr("import: not built yet")
	}}
}
