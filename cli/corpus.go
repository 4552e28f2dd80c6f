package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// loadCorpus loads the incidents named by --incidents (the bundled corpus when
// none are named). Warnings go to stderr; any error in the data fails the load
// with every error listed, each naming file, line and incident.
func (g *Globals) loadCorpus() ([]incidents.Incident, error) {
	incs, probs, err := incidents.Load(g.Incidents)
	if err != nil {
		return nil, usageErr("%s", incidents.Sanitize(err.Error()))
	}
	var errs []string
	for _, p := range probs {
		if p.Warning {
			fmt.Fprintln(os.Stderr, incidents.Sanitize(p.String()))
			continue
		}
		errs = append(errs, incidents.Sanitize(p.String()))
	}
	if len(errs) > 0 {
		return nil, &ExitError{Code: 1, Err: fmt.Errorf("the incident files have %d error(s); fix them (see 'rootcause incidents validate'):\n%s",
			len(errs), strings.Join(errs, "\n"))}
	}
	if len(incs) == 0 {
		return nil, &ExitError{Code: 1, Err: fmt.Errorf("no incidents loaded")}
	}
	return incs, nil
}
