package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/incidents/markdown"
	"github.com/spf13/cobra"
)

// newImportCmd builds "rootcause incidents import": Markdown postmortems in,
// the native text format out, for a trainer to review and add quiz material.
func newImportCmd(_ *Globals) *cobra.Command {
	var out, report string
	var force bool
	var rf readFlags
	cmd := &cobra.Command{
		Use:   "import PATH... [--out FILE]",
		Short: "Convert Markdown, JSON and HTML postmortems to the native incident format",
		Long: "Read postmortems (files, or directories searched for *.md, *.markdown, *.json, *.html)\n" +
			"and write them in the native text format to stdout or --out: Markdown, GitLab incident\n" +
			"issues and Blameless-like records as JSON, Confluence pages as HTML. Sections are found by\n" +
			"what their headings mean (Summary, Root Cause, Resolution, Action Items and their\n" +
			"synonyms), metadata by front matter or **Date:**-style labels. Problems are printed\n" +
			"per file on stderr; --report json prints one JSON line per file instead (imported,\n" +
			"partial with the fields missing, or refused and why), to stdout with --out, else to\n" +
			"stderr. Every key is written, a value not found as an empty KEY: line to\n" +
			"fill in. Exit status: 0 imported, 1 an incident lacks a title, summary or root cause\n" +
			"(it is still written), 2 usage.",
		Example: "  rootcause incidents import postmortems/ --out team.txt\n" +
			"  rootcause incidents import exports/ --out team.txt --report json > report.jsonl\n" +
			"  rootcause incidents import pm/ --severity-map 'Critical=SEV-1,Major=SEV-2'\n" +
			"  rootcause incidents import db-outage.md | less\n" +
			"  rootcause --incidents postmortems/   # or play the Markdown files directly",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("import needs at least one Markdown file or directory, e.g. rootcause incidents import postmortems/")
			}
			if out != "" && !force {
				if _, err := os.Stat(out); err == nil {
					return usageErr("%s already exists; pass --force to overwrite it", incidents.Sanitize(out))
				}
			}
			if report != "" && report != "json" {
				return usageErr("--report %q: want json", report)
			}
			opts, err := rf.options()
			if err != nil {
				return err
			}
			files, err := markdownFiles(args)
			if err != nil {
				return usageErr("%s", incidents.Sanitize(err.Error()))
			}
			var rep io.Writer
			if report == "json" {
				rep = cmd.ErrOrStderr()
				if out != "" {
					rep = cmd.OutOrStdout()
				}
			}
			incs, errs := importFiles(cmd.ErrOrStderr(), rep, files, opts)
			if len(incs) == 0 {
				return &ExitError{Code: 1, Err: fmt.Errorf("import: no incidents found in %d Markdown file(s)", len(files))}
			}
			if err := writeImport(cmd.OutOrStdout(), out, incs); err != nil {
				return err
			}
			if errs > 0 {
				return &ExitError{Code: 1, Err: fmt.Errorf("import: %d error(s): the incidents were written; fill in the empty KEY: lines and run 'rootcause incidents validate'", errs)}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to FILE instead of stdout")
	cmd.Flags().BoolVarP(&force, "force", "f", false, "overwrite an existing --out file")
	cmd.Flags().StringVar(&report, "report", "", "json: one line per file (imported, partial, refused) instead of problem lines")
	rf.register(cmd.Flags())
	return cmd
}

// markdownFiles expands the paths: files as given, directories walked for
// *.md and *.markdown (hidden entries skipped), in a stable order.
func markdownFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("cannot read %s: %w", fp, unwrapPathError(err))
			}
			if fp != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && isImportFile(fp) {
				found = append(found, fp)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("no postmortem files (*.md, *.markdown, *.json, *.html) in %s", p)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// isImportFile reports the files a directory walk imports.
func isImportFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".json", ".html", ".htm":
		return true
	}
	return false
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// importFiles parses each file and prints its problems (or, with rep, one
// JSON report line per file), then a summary line. It returns the
// incidents and the number of errors (not warnings).
func importFiles(stderr, rep io.Writer, files []string, opts *incidents.Options) ([]incidents.Incident, int) {
	var all []incidents.Incident
	var reports []fileReport
	errs, warns := 0, 0
	for _, res := range markdown.ImportFiles(files, opts) {
		incs, probs := res.Incidents, res.Problems
		all = append(all, incs...)
		r := newFileReport(res.Name, incs, probs)
		errs, warns = errs+r.Errors, warns+r.Warnings
		reports = append(reports, r)
		if rep == nil {
			for _, p := range probs {
				fmt.Fprintln(stderr, incidents.Sanitize(p.String()))
			}
		}
	}
	for _, p := range duplicateIDs(all) {
		errs++
		if rep == nil {
			fmt.Fprintln(stderr, incidents.Sanitize(p.String()))
			continue
		}
		for i := range reports {
			if reports[i].File == p.Pos.File {
				reports[i].Errors++
				reports[i].Problems = append(reports[i].Problems, incidents.Sanitize(p.String()))
			}
		}
	}
	if rep != nil {
		enc := json.NewEncoder(rep)
		for _, r := range reports {
			_ = enc.Encode(r) // a failed write (a closed pipe) has nowhere better to go
		}
	}
	fmt.Fprintf(stderr, "imported %d incident(s) from %d file(s): %d error(s), %d warning(s)\n", len(all), len(files), errs, warns)
	return all, errs
}

// duplicateIDs reports ids used twice (two folders each with a
// postmortem.md, say). Both incidents are still written; loading the result
// would skip the second, so the trainer must rename one.
func duplicateIDs(incs []incidents.Incident) []incidents.Problem {
	first := map[string]incidents.Pos{}
	var out []incidents.Problem
	for _, in := range incs {
		key := strings.ToUpper(in.ID)
		if p, ok := first[key]; ok {
			out = append(out, incidents.Problem{Pos: in.Pos, IncidentID: in.ID,
				Msg: "duplicate incident id (first used at " + p.String() + "); give one an id: in front matter or a **ID:** label"})
			continue
		}
		first[key] = in.Pos
	}
	return out
}

// writeImport writes the native format to stdout, or to a temporary file
// renamed over FILE, so a failed write never leaves half a file behind.
func writeImport(stdout io.Writer, out string, incs []incidents.Incident) error {
	if out == "" {
		return incidents.WriteTextDraft(stdout, incs)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", out, unwrapPathError(err))
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if err := incidents.WriteTextDraft(tmp, incs); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", out, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", out, err)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fmt.Errorf("cannot write %s: %w", out, unwrapPathError(err))
	}
	return nil
}
