package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/nexusflow/rootcause/incidents"
)

// version is set at link time (-ldflags "-X github.com/nexusflow/rootcause/cli.version=v1.2.3");
// otherwise the module version or VCS revision the binary was built from is used.
var version = ""

// buildVersion tells which build this is, for --version.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return "devel " + rev
}

// noArgsSuggest is cobra.NoArgs for a command that has subcommands: an
// unknown word is a usage error (exit 2) that suggests the nearest command,
// so "rootcause plya" answers "did you mean play?".
func noArgsSuggest(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", incidents.Sanitize(args[0]), cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
	}
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	return usageErr("%s\nCommands: %s (run '%s --help')", msg, strings.Join(names, ", "), cmd.CommandPath())
}

// storeFlagUsers are the commands that read or write the progress database;
// only they show --db, --user and --no-save, so help never lists a flag a
// command ignores.
var storeFlagUsers = map[string]bool{
	"rootcause": true, "play": true, "stats": true, "report": true, "serve": true,
	"export": true, "import": true, "backup": true, "params": true,
}

// addStoreFlags puts the progress-database flags on the commands that use them.
func addStoreFlags(root *cobra.Command, g *Globals) {
	walk(root, func(c *cobra.Command) {
		if !storeFlagUsers[c.Name()] || (c != root && c.Parent() != root && c.Parent().Name() != "progress") {
			return
		}
		fs := c.Flags()
		fs.StringVar(&g.DB, "db", "", "progress database file (default: $XDG_DATA_HOME/rootcause/progress.db)")
		fs.StringVar(&g.User, "user", "", "trainee progress is recorded under: a name or an SSH key fingerprint (default: your OS user)")
		if c.Name() != "stats" && c.Name() != "report" && c.Name() != "export" && c.Name() != "backup" && c.Name() != "params" {
			fs.BoolVar(&g.NoSave, "no-save", false, "play without recording progress")
		}
	})
}

// completions offers values, not only command names, to shell completion:
// the enumerated flags and incident ids from the loaded corpus.
func completions(root *cobra.Command, g *Globals) {
	fixed := map[string][]string{
		"difficulty": {"easy", "normal", "hard"},
		"mode":       {"practice", "exam", "review"},
		"severity":   {"SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5"},
	}
	formats := map[string][]string{
		"questions": {"json", "md"}, "export": {"json", "csv", "md", "txt"},
		"report": {"md", "csv", "json"},
	}
	walk(root, func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			var fn cobra.CompletionFunc
			switch {
			case fixed[f.Name] != nil:
				fn = cobra.FixedCompletions(fixed[f.Name], cobra.ShellCompDirectiveNoFileComp)
			case f.Name == "format" && formats[c.Name()] != nil:
				fn = cobra.FixedCompletions(formats[c.Name()], cobra.ShellCompDirectiveNoFileComp)
			case f.Name == "platform" || f.Name == "service":
				fn = corpusValues(g, f.Name)
			case f.Name == "incident" || f.Name == "id":
				fn = corpusValues(g, "id")
			}
			if fn != nil {
				_ = c.RegisterFlagCompletionFunc(f.Name, fn) // only fails for a flag registered twice
			}
		})
		if c.Name() == "show" && c.ValidArgsFunction == nil {
			c.ValidArgsFunction = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				return corpusValues(g, "id")(nil, nil, "")
			}
		}
	})
}

// corpusValues completes platforms, services or ids of the incidents the
// command would load (--incidents, else the bundled corpus).
func corpusValues(g *Globals, what string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		incs, _, err := g.loadCorpusTo(io.Discard)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		seen := map[string]bool{}
		for _, in := range incs {
			switch what {
			case "platform":
				seen[in.Platform] = true
			case "service":
				for _, s := range in.Services {
					seen[s] = true
				}
			default:
				seen[in.ID] = true
			}
		}
		delete(seen, "")
		out := make([]string, 0, len(seen))
		for v := range seen {
			out = append(out, incidents.Sanitize(v))
		}
		sort.Strings(out)
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walk(sub, fn)
	}
}
