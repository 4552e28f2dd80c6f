package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// Most problems loadCorpus lists; validate lists them all.
const (
	maxListedErrors   = 20
	maxListedWarnings = 3
)

// loadCorpus loads the incidents named by --incidents (the bundled corpus when
// none are named). Any error in the data fails the load with the errors
// listed, each naming file, line and incident; a few warnings go to stderr
// with a pointer to validate, which lists them all.
func (g *Globals) loadCorpus() ([]incidents.Incident, error) {
	incs, probs, err := incidents.Load(g.Incidents)
	if err != nil {
		return nil, usageErr("%s", incidents.Sanitize(err.Error()))
	}
	var errs, warns []string
	for _, p := range probs {
		if p.Warning {
			warns = append(warns, incidents.Sanitize(p.String()))
		} else {
			errs = append(errs, incidents.Sanitize(p.String()))
		}
	}
	if len(errs) > 0 {
		return nil, &ExitError{Code: 1, Err: fmt.Errorf("%d error(s) in the incident files:\n%s",
			len(errs), capList(errs, maxListedErrors))}
	}
	if len(warns) > 0 {
		fmt.Fprintln(os.Stderr, capList(warns, maxListedWarnings))
	}
	if len(incs) == 0 {
		return nil, &ExitError{Code: 1, Err: fmt.Errorf("no incidents loaded")}
	}
	return incs, nil
}

// capList joins lines, listing at most n and pointing to validate for more.
func capList(lines []string, n int) string {
	if len(lines) <= n {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:n], "\n") +
		fmt.Sprintf("\n... and %d more; 'rootcause incidents validate' lists them all", len(lines)-n)
}
