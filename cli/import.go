package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/spf13/cobra"
)

// maxImportFile bounds one Markdown file, so a wrong path (a disk image)
// fails fast instead of exhausting memory.
const maxImportFile = 64 << 20

// newImportCmd builds "rootcause incidents import": Markdown postmortems in,
// the native text format out, for a trainer to review and add quiz material.
func newImportCmd(_ *Globals) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "import PATH... [--out FILE]",
		Short: "Convert Markdown postmortems to the native incident format",
		Long: "Read Markdown postmortems (files, or directories searched for *.md and *.markdown)\n" +
			"and write them in the native text format to stdout or --out. Sections are found by\n" +
			"what their headings mean (Summary, Root Cause, Resolution, Action Items and their\n" +
			"synonyms), metadata by front matter or **Date:**-style labels. Problems are printed\n" +
			"per file on stderr. Every key is written, a value not found as an empty KEY: line to\n" +
			"fill in. Exit status: 0 imported, 1 an incident lacks a title, summary or root cause\n" +
			"(it is still written), 2 usage.",
		Example: "  rootcause incidents import postmortems/ --out team.txt\n" +
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
			files, err := markdownFiles(args)
			if err != nil {
				return usageErr("%s", incidents.Sanitize(err.Error()))
			}
			incs, errs := importFiles(cmd.ErrOrStderr(), files)
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
			ext := strings.ToLower(filepath.Ext(fp))
			if !d.IsDir() && (ext == ".md" || ext == ".markdown") {
				found = append(found, fp)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("no Markdown files (*.md, *.markdown) in %s", p)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// importFiles parses each file and prints its problems, then a summary
// line. It returns the incidents and the number of errors (not warnings).
func importFiles(stderr io.Writer, files []string) ([]incidents.Incident, int) {
	var all []incidents.Incident
	errs, warns := 0, 0
	for _, f := range files {
		incs, probs := readMarkdown(f)
		all = append(all, incs...)
		for _, p := range probs {
			if p.Warning {
				warns++
			} else {
				errs++
			}
			fmt.Fprintln(stderr, incidents.Sanitize(p.String()))
		}
	}
	for _, p := range duplicateIDs(all) {
		errs++
		fmt.Fprintln(stderr, incidents.Sanitize(p.String()))
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

func readMarkdown(name string) ([]incidents.Incident, []incidents.Problem) {
	fail := func(msg string) []incidents.Problem {
		return []incidents.Problem{{Pos: incidents.Pos{File: name}, Msg: msg}}
	}
	st, err := os.Stat(name)
	if err != nil {
		return nil, fail(unwrapPathError(err).Error())
	}
	if st.Size() > maxImportFile {
		return nil, fail(fmt.Sprintf("file is %d MB; Markdown postmortems over %d MB are not read", st.Size()>>20, maxImportFile>>20))
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fail(unwrapPathError(err).Error())
	}
	return incidents.ParseMarkdown(name, data)
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
