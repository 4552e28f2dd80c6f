package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// Most problems loadCorpus lists; validate lists them all.
const (
	maxListedErrors   = 20
	maxListedWarnings = 3
)

// leftOutHelp says what list, show and export do with bad incidents.
const leftOutHelp = "Incidents with errors that make them unusable (a missing id, title, summary or root\n" +
	"cause; a duplicate id) are left out and the others are used: each problem is printed\n" +
	"to stderr as FILE:LINE: incident ID: message, with a count of the incidents left out,\n" +
	"and the command exits 0. It exits 1 only when no incident is usable at all. Use\n" +
	"'rootcause incidents validate' to fail on any error (in CI, say)."

// loadCorpus loads the incidents named by --incidents (the bundled corpus when
// none are named), reporting problems on stderr; see loadCorpusTo.
func (g *Globals) loadCorpus() ([]incidents.Incident, error) {
	incs, _, err := g.loadCorpusTo(os.Stderr)
	return incs, err
}

// loadCorpusTo loads the incidents named by --incidents and returns the
// usable ones with every problem found. One bad incident never hides the
// good ones: incidents missing a required field and duplicates are left
// out, each error is written to w as one FILE:LINE: incident ID: message
// line with a summary pointing to validate, and the load goes on. Only a
// load that leaves no usable incident at all fails (exit status 1).
func (g *Globals) loadCorpusTo(w io.Writer) ([]incidents.Incident, []incidents.Problem, error) {
	return g.loadCorpusWith(w, nil)
}

// loadCorpusWith is loadCorpusTo with reader options (--severity-map,
// --heading-map).
func (g *Globals) loadCorpusWith(w io.Writer, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem, error) {
	o := incidents.Options{}
	if opts != nil {
		o = *opts
	}
	o.Builtin = seeds.FS // "builtin", and no --incidents, name the embedded corpus
	incs, probs, err := incidents.LoadWith(g.Incidents, &o)
	if err != nil {
		return nil, probs, usageErr("%s", incidents.Sanitize(err.Error()))
	}
	good, left := incidents.Usable(incs, probs)
	var errs, warns []string
	for _, p := range probs {
		if p.Warning {
			warns = append(warns, incidents.Sanitize(p.String()))
		} else {
			errs = append(errs, incidents.Sanitize(p.String()))
		}
	}
	validate := "run 'rootcause incidents validate" + g.pathArgs() + "'"
	if len(errs) > 0 {
		fmt.Fprintln(w, capList(errs, maxListedErrors))
	}
	if len(warns) > 0 {
		fmt.Fprintln(w, capList(warns, maxListedWarnings))
	}
	if len(good) == 0 {
		what := "no incidents loaded from " + g.where()
		if left > 0 {
			what = fmt.Sprintf("no usable incidents in %s (%s left out)", g.where(), plural(left, "incident"))
		}
		if len(errs) > 0 {
			what += "; " + validate + " for details"
		}
		return nil, probs, &ExitError{Code: 1, Err: fmt.Errorf("%s", what)}
	}
	switch {
	case left > 0:
		fmt.Fprintf(w, "%s left out; %s\n", plural(left, "incident"), validate)
	case len(errs) > 0:
		fmt.Fprintf(w, "%s in the incident files; %s\n", plural(len(errs), "error"), validate)
	}
	return good, probs, nil
}

// where names what --incidents loaded, for messages.
func (g *Globals) where() string {
	if len(g.Incidents) == 0 {
		return "the bundled corpus"
	}
	return strings.TrimSpace(g.pathArgs())
}

// pathArgs is " PATH..." for the --incidents paths, each shell-quoted when
// needed, so the validate hint can be pasted as it is.
func (g *Globals) pathArgs() string {
	var b strings.Builder
	for _, p := range g.Incidents {
		b.WriteByte(' ')
		b.WriteString(shellQuote(incidents.Sanitize(p)))
	}
	return b.String()
}

// shellQuote quotes s for a POSIX shell unless it is made of safe characters.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:@+,=") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// plural is "1 incident" or "2 incidents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// capList joins lines, listing at most n and pointing to validate for more.
func capList(lines []string, n int) string {
	if len(lines) <= n {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:n], "\n") +
		fmt.Sprintf("\n... and %d more; 'rootcause incidents validate' lists them all", len(lines)-n)
}
