package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
	"github.com/spf13/cobra"
)

// newIncidentsCmd builds "rootcause incidents" and its subcommands.
func newIncidentsCmd(g *Globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "incidents",
		Short: "List, show, validate and export incidents",
		Long: "Work with incident files: list and show the loaded incidents, check files for\n" +
			"problems, and export them as JSON, CSV or Markdown. Incidents come from --incidents\n" +
			"(files or directories; \"builtin\" is the bundled corpus). Start a file of your own\n" +
			"with 'rootcause incidents template > team.txt'; 'rootcause incidents format' explains the format.",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErr("unknown command %q for \"rootcause incidents\" (want %s)",
					incidents.Sanitize(args[0]), subcommandNames(c))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newListCmd(g), newShowCmd(g), newValidateCmd(g), newExportCmd(g), newTemplateCmd(), newFormatCmd())

	return cmd
}

func newListCmd(g *Globals) *cobra.Command {
	var ff filterFlags
	var sortKey string
	cmd := &cobra.Command{
		Use:   "list [filters]",
		Short: "List incidents as a table (id, date, severity, platform, title)",
		Long:  "List the loaded incidents as a table (id, date, severity, platform, title).\n\n" + leftOutHelp,
		Example: "  rootcause incidents list --severity SEV-1 --service CloudFront\n" +
			"  rootcause incidents list --incidents ./postmortems --since 2024-01-01 --sort date",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			incs, err := selectIncidents(g, &ff, sortKey, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if len(incs) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no incidents match the filters")
				return nil
			}
			width := 0 // piped output keeps whole titles, for scripts
			if f, ok := cmd.OutOrStdout().(*os.File); ok && term.IsTerminal(f.Fd()) {
				width, _, _ = term.GetSize(f.Fd())
			}
			writeTable(cmd.OutOrStdout(), incs, width)
			fmt.Fprintf(cmd.ErrOrStderr(), "%d incident(s)\n", len(incs))
			return nil
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().StringVar(&sortKey, "sort", "id", "order by id, date, severity or file (load order)")
	return cmd
}

func newShowCmd(g *Globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show every field of one incident (spoils its quiz question)",
		Long: "Show every field of one incident (spoils its quiz question).\n\n" + leftOutHelp +
			"\n\nShowing an incident that was left out fails with status 1.",
		Example: "  rootcause incidents show NFI-2023-0010",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr("show needs exactly one incident id, e.g. rootcause incidents show NFI-2023-0010")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			incs, probs, err := g.loadCorpusTo(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			id := strings.TrimSpace(args[0])
			for i := range incs {
				if strings.EqualFold(incs[i].ID, id) {
					writeShow(cmd.OutOrStdout(), &incs[i], termWidth(cmd.OutOrStdout()))
					return nil
				}
			}
			for _, p := range probs {
				if !p.Warning && id != "" && strings.EqualFold(p.IncidentID, id) {
					return &ExitError{Code: 1, Err: fmt.Errorf("incident %s was left out: it has errors (listed above)",
						incidents.Sanitize(p.IncidentID))}
				}
			}
			return usageErr("no incident %q%s; 'rootcause incidents list' shows the ids",
				incidents.Sanitize(args[0]), suggestIDs(incs, args[0]))
		},
	}
}

func newValidateCmd(g *Globals) *cobra.Command {
	var quiet bool
	var rf readFlags
	cmd := &cobra.Command{
		Use:   "validate [PATH...]",
		Short: "Check incident files and quiz material; one line per problem",
		Long: "Check incident files (and their *.quiz.yaml quiz material) and print one line per\n" +
			"problem as FILE:LINE: incident ID: message. With no PATH it checks --incidents, or the\n" +
			"bundled corpus. Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage.",
		Example: "  rootcause incidents validate postmortems/\n  rootcause incidents validate q3.txt q3.quiz.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			paths := args
			if len(paths) == 0 {
				paths = g.Incidents
			}
			opts, err := rf.options()
			if err != nil {
				return err
			}
			incs, probs, err := incidents.LoadWith(paths, opts)
			if err != nil {
				return usageErr("%s", incidents.Sanitize(err.Error()))
			}
			// Only validate warns about a card that names its cause: the
			// quiz hides such a title in normal and hard, but the author
			// should know (every other load stays quiet about it).
			probs = append(probs, incidents.ExposedProblems(incs)...)
			errs, warns := 0, 0
			for _, p := range probs {
				if p.Warning {
					warns++
					if quiet {
						continue
					}
				} else {
					errs++
				}
				fmt.Fprintln(cmd.OutOrStdout(), incidents.Sanitize(p.String()))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "%d incident(s), %d error(s), %d warning(s)\n", len(incs), errs, warns)
			if errs > 0 {
				return &ExitError{Code: 1, Err: fmt.Errorf("validate: %d error(s) found", errs), Quiet: true}
			}
			// What export, list and play would refuse, validate refuses too:
			// warnings alone can leave nothing usable (a folder of READMEs).
			if good, _ := incidents.Usable(incs, probs); len(good) == 0 {
				return &ExitError{Code: 1, Err: fmt.Errorf("validate: no usable incidents")}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print errors only, not warnings")
	rf.register(cmd.Flags())
	return cmd
}

func newExportCmd(g *Globals) *cobra.Command {
	var ff filterFlags
	var format, sortKey string
	cmd := &cobra.Command{
		Use:   "export --format json|csv|md [PATH...]",
		Short: "Write incidents to stdout as JSON, CSV or Markdown (sorted by id)",
		Long: "Write the loaded incidents (PATHs, else --incidents, else the bundled corpus) to stdout.\n" +
			"JSON is an array of objects with the keys id, date, severity, platform, services, title,\n" +
			"summary, root_cause, resolution and prevention; unknown values are null. Markdown output\n" +
			"is also valid incident text: it loads back as the same incidents.\n\n" + leftOutHelp,
		Example: "  rootcause incidents export --format json > incidents.json\n" +
			"  rootcause incidents export --format md --platform DataNexus team.txt > datanexus.md",
		RunE: func(cmd *cobra.Command, args []string) error {
			write := map[string]func(io.Writer, []incidents.Incident) error{
				"json": incidents.WriteJSON, "csv": incidents.WriteCSV, "md": incidents.WriteMarkdown,
				"markdown": incidents.WriteMarkdown, "txt": incidents.WriteText, "text": incidents.WriteText,
			}[strings.ToLower(format)]
			if write == nil {
				return usageErr("--format %q: want json, csv or md", format)
			}
			gg := *g
			if len(args) > 0 {
				gg.Incidents = args
			}
			incs, err := selectIncidents(&gg, &ff, sortKey, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return write(cmd.OutOrStdout(), incs)
		},
	}
	ff.register(cmd.Flags())
	cmd.Flags().StringVarP(&format, "format", "f", "json", "json, csv, md, or txt (the native format)")
	cmd.Flags().StringVar(&sortKey, "sort", "id", "order by id, date, severity or file (load order)")
	return cmd
}

func newFormatCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "format",
		Short: "Explain the incident file format, quiz material and what validate checks",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(cmd.OutOrStdout(), seeds.Format)
			return err
		},
	}
}

func newTemplateCmd() *cobra.Command {
	var material bool
	cmd := &cobra.Command{
		Use:   "template",
		Short: "Print a starter incident file (or, with --material, its quiz material) to fill in",
		Example: "  rootcause incidents template > team.txt\n" +
			"  rootcause incidents template --material > team.quiz.yaml\n" +
			"  rootcause incidents validate team.txt",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			text := incidents.Template
			if material {
				text = incidents.TemplateMaterial
			}
			_, err := io.WriteString(cmd.OutOrStdout(), text)
			return err
		},
	}
	cmd.Flags().BoolVar(&material, "material", false, "print starter quiz material (FILE.quiz.yaml) instead")
	return cmd
}

// noArgs is cobra.NoArgs as a usage error (exit status 2).
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErr("%s takes no arguments, got %q", cmd.CommandPath(), incidents.Sanitize(args[0]))
	}
	return nil
}

// writeTable prints the list table; with width > 0 titles are cut to fit.
func writeTable(w io.Writer, incs []incidents.Incident, width int) {
	rows := [][]string{{"ID", "DATE", "SEVERITY", "PLATFORM", "TITLE"}}
	for i := range incs {
		inc := &incs[i]
		rows = append(rows, []string{cell(inc.ID), orDash(isoDate(inc)), orDash(inc.Severity.String()),
			orDash(cell(inc.Platform)), cell(inc.Title)})
	}
	cols := make([]int, 4)
	for _, r := range rows {
		for c := range cols {
			cols[c] = max(cols[c], len([]rune(r[c])))
		}
	}
	titleMax := 0
	if width > 0 {
		titleMax = max(width-(cols[0]+cols[1]+cols[2]+cols[3]+8)-1, 12)
	}
	for _, r := range rows {
		title := r[4]
		if titleMax > 0 && len([]rune(title)) > titleMax {
			title = string([]rune(title)[:titleMax-1]) + "…"
		}
		fmt.Fprintf(w, "%-*s  %-*s  %-*s  %-*s  %s\n", cols[0], r[0], cols[1], r[1], cols[2], r[2], cols[3], r[3], title)
	}
}

// suggestIDs names loaded ids that contain what was typed, to catch typos
// such as a missing prefix.
func suggestIDs(incs []incidents.Incident, typed string) string {
	t := strings.ToLower(strings.TrimSpace(typed))
	var near []string
	for i := range incs {
		if t != "" && strings.Contains(strings.ToLower(incs[i].ID), t) && len(near) < 5 {
			near = append(near, incs[i].ID)
		}
	}
	if len(near) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(near, ", ") + "?)"
}

// cell makes a value safe for one table cell: no control characters, no
// tabs or newlines that would break the alignment.
func cell(s string) string {
	return strings.Join(strings.Fields(incidents.Sanitize(s)), " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func isoDate(inc *incidents.Incident) string {
	if inc.Date.IsZero() {
		return ""
	}
	return inc.Date.Format("2006-01-02")
}

// subcommandNames lists c's visible subcommands as "a, b or c", from the
// command itself so the list cannot fall behind the subcommands added.
func subcommandNames(c *cobra.Command) string {
	var names []string
	for _, sc := range c.Commands() {
		if sc.IsAvailableCommand() {
			names = append(names, sc.Name())
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
