package cli

import (
	"errors"
	"fmt"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

// The dashboard's cohort editing (tui.CohortAdmin) on the team store, and
// who the dashboard leaves out as trainers.

var _ tui.CohortAdmin = (*teamStore)(nil)

// setTeamTrainers gives a session's dashboard the trainer keys' current
// fingerprints (the team server's --trainer-keys, as last re-read): the
// accounts bound to them are trainers', not trainees'. Without it the
// dashboard leaves out the signed-in trainer's own account only.
func setTeamTrainers(cfg *tui.Config, keys func() []string) {
	if t, ok := cfg.Team.(*teamStore); ok {
		t.trainerKeys = keys
	}
}

// dashOptions are the dashboard's: every trainer key known, and the key
// this session signed in with when it is a trainer's (a trainer key by
// definition, even before the server's list is wired in).
func (t *teamStore) dashOptions() progress.DashOptions {
	var o progress.DashOptions
	if t.trainerKeys != nil {
		o.TrainerKeys = append(o.TrainerKeys, t.trainerKeys()...)
	}
	if t.trainer && t.key != "" {
		o.TrainerKeys = append(o.TrainerKeys, t.key)
	}
	return o
}

func (t *teamStore) RenameCohort(name, to string) error {
	if !t.trainer {
		return errNotTrainer
	}
	return inDashboard(name, t.st.RenameCohort(name, to))
}

func (t *teamStore) DeleteCohort(name string) error {
	if !t.trainer {
		return errNotTrainer
	}
	return inDashboard(name, t.st.DeleteCohort(name))
}

func (t *teamStore) RemoveMember(cohort, user string) error {
	if !t.trainer {
		return errNotTrainer
	}
	return inDashboard(cohort, t.st.RemoveMember(cohort, user))
}

// Unassign removes the n-th (0-based) of cohort's assignments in the
// dashboard's order (soonest due first), if it still is the one the
// dashboard showed (a, by track and due date): another trainer may have
// changed them since, and the wrong one must not go.
func (t *teamStore) Unassign(cohort string, n int, a tui.AssignStatus) error {
	if !t.trainer {
		return errNotTrainer
	}
	cs, err := t.st.Cohorts()
	if err != nil {
		return err
	}
	for _, c := range cs {
		if c.Name != cohort {
			continue
		}
		if n < 0 || n >= len(c.Assignments) || c.Assignments[n].Track.String() != a.Track || c.Assignments[n].Due != a.Due {
			return fmt.Errorf("%w: %q's assignments changed since the dashboard was drawn; refresh (R) and try again",
				progress.ErrNoAssignment, incidents.Sanitize(cohort))
		}
		return t.st.Unassign(c.Assignments[n].ID)
	}
	return fmt.Errorf("%w: no cohort named %q (refresh with R)", progress.ErrNoCohort, incidents.Sanitize(cohort))
}

// inDashboard words an unknown cohort for the dashboard, where the store's
// sentence (the server's database path, a command to run on it) means
// nothing to a trainer signed in over ssh.
func inDashboard(cohort string, err error) error {
	if errors.Is(err, progress.ErrNoCohort) {
		return fmt.Errorf("%w: no cohort named %q (f shows each one)", progress.ErrNoCohort, incidents.Sanitize(cohort))
	}
	return err
}
