package progress

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// MergeAccounts moves every answer, session and SSH key of account from
// into account into (a trainer's fix for one person with two accounts),
// removes from, and rebuilds into's review state by replaying all its
// answers in time order, so the schedule is what it would be had every
// answer been given under one account.
func (s *Store) MergeAccounts(from, into string) error {
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "merge accounts", err)
	}
	defer tx.Rollback()
	fid, err := userIn(tx, from)
	if err != nil {
		return s.userErr(from, err)
	}
	iid, err := userIn(tx, into)
	if err != nil {
		return s.userErr(into, err)
	}
	if fid == iid {
		return fmt.Errorf("%w: %q and %q are one account", ErrSameAccount, incidents.Sanitize(from), incidents.Sanitize(into))
	}
	if err := s.mergeTx(tx, fid, iid); err != nil {
		return classify(s.path, "merge "+from+" into "+into, err)
	}
	if err := tx.Commit(); err != nil {
		return classify(s.path, "merge "+from+" into "+into, err)
	}
	s.forget(from)
	return nil
}

// mergeTx moves user from's history into user into and deletes from. The
// settings of into win; from's are kept only when into has none. Cohort
// memberships of from carry over.
func (s *Store) mergeTx(tx *sql.Tx, from, into int64) error {
	steps := []string{
		`UPDATE sessions SET user_id = ?2 WHERE user_id = ?1`,
		`UPDATE answers SET user_id = ?2 WHERE user_id = ?1`,
		`UPDATE account_keys SET user_id = ?2 WHERE user_id = ?1`,
		`INSERT OR IGNORE INTO cohort_members(cohort_id, user_id, added_at)
			SELECT cohort_id, ?2, added_at FROM cohort_members WHERE user_id = ?1`,
		`DELETE FROM cohort_members WHERE user_id = ?1`,
		`DELETE FROM link_codes WHERE user_id = ?1`,
		`INSERT OR IGNORE INTO settings(user_id, time_zone, daily_goal, new_per_day, last_setup)
			SELECT ?2, time_zone, daily_goal, new_per_day, last_setup FROM settings WHERE user_id = ?1`,
		`DELETE FROM settings WHERE user_id = ?1`,
		`DELETE FROM reviews WHERE user_id = ?1`,
		`DELETE FROM daily WHERE user_id = ?1`,
		`DELETE FROM users WHERE id = ?1`,
	}
	for _, q := range steps {
		if _, err := tx.Exec(q, from, into); err != nil {
			return fmt.Errorf("%w (in %q)", err, firstLine(strings.TrimSpace(q)))
		}
	}
	loc, err := userZone(tx, into)
	if err != nil {
		return err
	}
	if err := rebuildUser(tx, s.Params(), into, loc); err != nil {
		return err
	}
	s.mu.Lock()
	delete(s.zones, from)
	delete(s.zones, into)
	s.mu.Unlock()
	return nil
}
