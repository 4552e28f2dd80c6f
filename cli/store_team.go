package cli

import (
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

// teamConfig fills the team-server fields of one session's app config: the
// signed-in account's store and, for a trainer key, the dashboard.
func teamConfig(cfg *tui.Config, st *progress.Store, trainer bool) {
	cfg.Trainer = trainer
}
