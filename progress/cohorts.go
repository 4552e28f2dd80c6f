package progress

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Errors of cohorts; test with errors.Is.
var (
	ErrCohortExists = errors.New("cohort exists")
	ErrNoCohort     = errors.New("no such cohort")
	ErrBadTrack     = errors.New("bad assignment")
	ErrNoAssignment = errors.New("no such assignment")
	ErrNotMember    = errors.New("not in the cohort")
)

// Cohort is a group of trainees a trainer follows together.
type Cohort struct {
	Name        string       `json:"name"`
	Created     time.Time    `json:"created"`
	Members     []string     `json:"members"` // by name
	Assignments []Assignment `json:"assignments"`
}

// Track is what an assignment asks for: Count incidents matching the
// filter (platforms, services, severities; empty matches any).
type Track struct {
	Platforms  []string             `json:"platforms,omitempty"`
	Services   []string             `json:"services,omitempty"`
	Severities []incidents.Severity `json:"severities,omitempty"`
	Count      int                  `json:"count"`
}

// Filter is the track's incident filter.
func (t Track) Filter() incidents.Filter {
	return incidents.Filter{Platforms: t.Platforms, Services: t.Services, Severities: t.Severities}
}

// String describes the track: "10 incidents · AWS · SEV-1".
func (t Track) String() string {
	parts := []string{fmt.Sprintf("%d incident%s", t.Count, map[bool]string{true: "", false: "s"}[t.Count == 1])}
	if len(t.Platforms) > 0 {
		parts = append(parts, strings.Join(t.Platforms, ", "))
	}
	if len(t.Services) > 0 {
		parts = append(parts, strings.Join(t.Services, ", "))
	}
	if len(t.Severities) > 0 {
		parts = append(parts, joinSeverities(t.Severities))
	}
	return strings.Join(parts, " · ")
}

// Assignment is a track given to a cohort, due by the end of Due (a
// YYYY-MM-DD date). Done is filled for one trainee (Assignments): how
// many of the track's incidents they answered since Assigned, at most Count.
type Assignment struct {
	ID       int64     `json:"id"`
	Cohort   string    `json:"cohort"`
	Track    Track     `json:"track"`
	Due      string    `json:"due"`
	Assigned time.Time `json:"assigned"`
	Done     int       `json:"done"`
	// Available is how many incidents of the loaded corpus match the track.
	Available int `json:"available"`
	// Overdue: the due date is past and Done < Track.Count.
	Overdue bool `json:"overdue"`
}

// CreateCohort adds an empty cohort.
func (s *Store) CreateCohort(name string, now time.Time) error {
	name, err := CheckName(name)
	if err != nil {
		return err
	}
	_, err = s.db.Exec(`INSERT INTO cohorts(name, created_at) VALUES(?, ?)`, name, toMS(now))
	if err != nil && strings.Contains(err.Error(), "UNIQUE") {
		return fmt.Errorf("%w: a cohort named %q exists already", ErrCohortExists, name)
	}
	return classify(s.path, "create cohort "+name, err)
}

// RenameCohort renames a cohort.
func (s *Store) RenameCohort(name, to string) error {
	to, err := CheckName(to)
	if err != nil {
		return err
	}
	res, err := s.db.Exec(`UPDATE cohorts SET name = ? WHERE name = ?`, to, name)
	if err != nil && strings.Contains(err.Error(), "UNIQUE") {
		return fmt.Errorf("%w: a cohort named %q exists already", ErrCohortExists, to)
	}
	if err != nil {
		return classify(s.path, "rename cohort "+name, err)
	}
	return s.noCohort(res, name)
}

// DeleteCohort removes a cohort, its members' membership and its
// assignments; the trainees and their answers stay.
func (s *Store) DeleteCohort(name string) error {
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "delete cohort "+name, err)
	}
	defer tx.Rollback()
	id, err := cohortID(tx, name)
	if err != nil {
		return s.cohortErr(name, err)
	}
	for _, q := range []string{`DELETE FROM assignments WHERE cohort_id = ?`, `DELETE FROM cohort_members WHERE cohort_id = ?`,
		`DELETE FROM cohorts WHERE id = ?`} {
		if err := execArgs(tx, q, id); err != nil {
			return classify(s.path, "delete cohort "+name, err)
		}
	}
	return classify(s.path, "delete cohort "+name, tx.Commit())
}

// AddMember puts existing trainees (names, or key fingerprint prefixes as
// --user takes them) in a cohort; one already in it is no error.
func (s *Store) AddMember(cohort string, users ...string) error {
	return s.members(cohort, users, true)
}

// RemoveMember takes trainees out of a cohort; one who is not in it is
// an error (ErrNotMember) and nobody is removed, so a typo is not reported
// as done.
func (s *Store) RemoveMember(cohort string, users ...string) error {
	return s.members(cohort, users, false)
}

// members adds users to a cohort, or removes them (add false).
func (s *Store) members(cohort string, users []string, add bool) error {
	ids := make([]int64, len(users))
	for i, u := range users {
		name, err := s.ResolveUser(u)
		if err != nil {
			return err
		}
		id, ok, err := s.lookupUser(name)
		if err != nil {
			return err
		}
		if !ok || strings.TrimSpace(u) == "" {
			return fmt.Errorf("%w: no trainee %q in %s (an account appears at its first login or answer)", ErrNoUser, incidents.Sanitize(u), s.path)
		}
		ids[i] = id
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "cohort "+cohort, err)
	}
	defer tx.Rollback()
	cid, err := cohortID(tx, cohort)
	if err != nil {
		return s.cohortErr(cohort, err)
	}
	for i, id := range ids {
		if add {
			err = execArgs(tx, `INSERT OR IGNORE INTO cohort_members(cohort_id, user_id, added_at) VALUES(?, ?, ?)`, cid, id, toMS(time.Now()))
		} else {
			err = s.removeOne(tx, cid, id, cohort, users[i])
		}
		if errors.Is(err, ErrNotMember) {
			return err
		} else if err != nil {
			return classify(s.path, "cohort "+cohort, err)
		}
	}
	return classify(s.path, "cohort "+cohort, tx.Commit())
}

// removeOne takes user id out of cohort cid, ErrNotMember if not in it.
func (s *Store) removeOne(tx *sql.Tx, cid, id int64, cohort, given string) error {
	res, err := tx.Exec(`DELETE FROM cohort_members WHERE cohort_id = ? AND user_id = ?`, cid, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: %q is not a member of %q", ErrNotMember, incidents.Sanitize(given), incidents.Sanitize(cohort))
	}
	return nil
}

// Assign gives a cohort a track due by the end of due (YYYY-MM-DD), which
// must not be before now's day. Answers count towards it from now on.
func (s *Store) Assign(cohort string, t Track, due string, now time.Time) (int64, error) {
	d, err := time.Parse(time.DateOnly, strings.TrimSpace(due))
	if err != nil {
		return 0, fmt.Errorf("%w: due date %q: want YYYY-MM-DD", ErrBadTrack, incidents.Sanitize(due))
	}
	if d.Format(time.DateOnly) < now.Format(time.DateOnly) {
		return 0, fmt.Errorf("%w: due date %s is in the past", ErrBadTrack, d.Format(time.DateOnly))
	}
	if t.Count < 1 {
		return 0, fmt.Errorf("%w: a track needs at least 1 incident (count %d)", ErrBadTrack, t.Count)
	}
	tx, err := s.db.Begin()
	if err != nil {
		return 0, classify(s.path, "assign to "+cohort, err)
	}
	defer tx.Rollback()
	cid, err := cohortID(tx, cohort)
	if err != nil {
		return 0, s.cohortErr(cohort, err)
	}
	res, err := tx.Exec(`INSERT INTO assignments(cohort_id, platforms, services, severities, count, due, created_at)
VALUES(?, ?, ?, ?, ?, ?, ?)`, cid, joinList(t.Platforms), joinList(t.Services), joinSeverities(t.Severities),
		t.Count, d.Format(time.DateOnly), toMS(now))
	if err != nil {
		return 0, classify(s.path, "assign to "+cohort, err)
	}
	id, _ := res.LastInsertId()
	return id, classify(s.path, "assign to "+cohort, tx.Commit())
}

// Unassign removes an assignment by id.
func (s *Store) Unassign(id int64) error {
	res, err := s.db.Exec(`DELETE FROM assignments WHERE id = ?`, id)
	if err != nil {
		return classify(s.path, "unassign", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: no assignment %d in %s", ErrNoAssignment, id, s.path)
	}
	return nil
}

func cohortID(tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRow(`SELECT id FROM cohorts WHERE name = ?`, strings.TrimSpace(name)).Scan(&id)
	return id, err
}

func (s *Store) cohortErr(name string, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: no cohort named %q in %s (rootcause cohort list shows them)", ErrNoCohort, incidents.Sanitize(name), s.path)
	}
	return classify(s.path, "cohort "+name, err)
}

func (s *Store) noCohort(res sql.Result, name string) error {
	if n, _ := res.RowsAffected(); n == 0 {
		return s.cohortErr(name, sql.ErrNoRows)
	}
	return nil
}

func joinList(l []string) string {
	var out []string
	for _, v := range l {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return strings.Join(out, ",")
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func joinSeverities(l []incidents.Severity) string {
	out := make([]string, len(l))
	for i, v := range l {
		out[i] = v.String()
	}
	return strings.Join(out, ",")
}

func splitSeverities(s string) []incidents.Severity {
	var out []incidents.Severity
	for _, v := range splitList(s) {
		if sev, err := incidents.ParseSeverity(v); err == nil {
			out = append(out, sev)
		}
	}
	return out
}
