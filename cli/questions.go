package cli

import "github.com/spf13/cobra"

// PLACEHOLDER: replaced by the issue that builds this command.
func newQuestionsCmd(g *Globals) *cobra.Command {
	return &cobra.Command{Use: "questions", Short: "Print the questions a session would ask", RunE: func(*cobra.Command, []string) error {
		return usageErr("questions: not built yet")
	}}
}
