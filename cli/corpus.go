package cli

import (
	"github.com/nexusflow/rootcause/incidents"
)

// loadCorpus loads the incidents named by --incidents (the bundled corpus when
// none are named). BOOTSTRAP VERSION: builtin only; the corpus issue replaces it.
func (g *Globals) loadCorpus() ([]incidents.Incident, error) {
	incs, _ := incidents.Builtin()
	return incs, nil
}
