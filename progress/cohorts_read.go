package progress

import (
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Cohorts lists every cohort by name, with its members and assignments
// (Done left 0: progress is per trainee, see Assignments and Dashboard).
func (s *Store) Cohorts() ([]Cohort, error) {
	rows, err := s.db.Query(`SELECT c.id, c.name, c.created_at, coalesce(u.name, '')
FROM cohorts c LEFT JOIN cohort_members m ON m.cohort_id = c.id LEFT JOIN users u ON u.id = m.user_id
ORDER BY c.name, u.name`)
	if err != nil {
		return nil, classify(s.path, "read cohorts", err)
	}
	defer rows.Close()
	var out []Cohort
	index := map[int64]int{}
	for rows.Next() {
		var id, created int64
		var name, member string
		if err := rows.Scan(&id, &name, &created, &member); err != nil {
			return nil, classify(s.path, "read cohorts", err)
		}
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, Cohort{Name: name, Created: fromMS(created), Members: []string{}, Assignments: []Assignment{}})
		}
		if member != "" {
			out[i].Members = append(out[i].Members, member)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, classify(s.path, "read cohorts", err)
	}
	as, err := s.assignments(`SELECT ` + assignmentCols + ` FROM assignments a JOIN cohorts c ON c.id = a.cohort_id ORDER BY a.due, a.id`)
	byName := map[string]int{}
	for i, c := range out {
		byName[c.Name] = i
	}
	for _, a := range as {
		if i, ok := byName[a.Cohort]; ok {
			out[i].Assignments = append(out[i].Assignments, a)
		}
	}
	return out, err
}

const assignmentCols = `a.id, c.name, a.platforms, a.services, a.severities, a.count, a.due, a.created_at`

// assignments runs a query selecting assignmentCols.
func (s *Store) assignments(q string, args ...any) ([]Assignment, error) {
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return nil, classify(s.path, "read assignments", err)
	}
	defer rows.Close()
	var out []Assignment
	for rows.Next() {
		var a Assignment
		var plats, svcs, sevs string
		var created int64
		if err := rows.Scan(&a.ID, &a.Cohort, &plats, &svcs, &sevs, &a.Track.Count, &a.Due, &created); err != nil {
			return nil, classify(s.path, "read assignments", err)
		}
		a.Track.Platforms, a.Track.Services, a.Track.Severities = splitList(plats), splitList(svcs), splitSeverities(sevs)
		a.Assigned = fromMS(created)
		out = append(out, a)
	}
	return out, classify(s.path, "read assignments", rows.Err())
}

// Assignments lists the assignments of every cohort user is in, soonest
// due first, each with the trainee's progress over the corpus incs: how
// many of the track's incidents they answered (the root-cause question)
// since it was assigned. An unknown user has none.
func (s *Store) Assignments(user string, incs []incidents.Incident, now time.Time) ([]Assignment, error) {
	uid, ok, err := s.lookupUser(user)
	if err != nil || !ok {
		return nil, err
	}
	as, err := s.assignments(`SELECT `+assignmentCols+` FROM assignments a JOIN cohorts c ON c.id = a.cohort_id
JOIN cohort_members m ON m.cohort_id = a.cohort_id WHERE m.user_id = ? ORDER BY a.due, a.id`, uid)
	if err != nil || len(as) == 0 {
		return as, err
	}
	last, err := s.lastReviews(uid)
	if err != nil {
		return nil, err
	}
	loc, err := s.zone(s.db, uid)
	if err != nil {
		return nil, classify(s.path, "read settings", err)
	}
	for i := range as {
		as[i].progress(incs, last, now.In(loc))
	}
	return as, nil
}

// progress fills Done, Available and Overdue from one trainee's last
// root-cause answer time per incident (unix ms), as of now in their zone.
func (a *Assignment) progress(incs []incidents.Incident, last map[string]int64, now time.Time) {
	f := a.Track.Filter()
	since := toMS(a.Assigned)
	seen := map[string]bool{}
	a.Done, a.Available = 0, 0
	for i := range incs {
		if seen[incs[i].ID] || !f.Match(&incs[i]) {
			continue
		}
		seen[incs[i].ID] = true
		a.Available++
		if last[incs[i].ID] >= since {
			a.Done++
		}
	}
	a.Done = min(a.Done, a.Track.Count)
	a.Overdue = a.Done < a.Track.Count && now.Format(time.DateOnly) > a.Due
}

// lastReviews is user uid's last root-cause answer time per incident, from
// the review state (a follow-up or an exam question not reached is none).
func (s *Store) lastReviews(uid int64) (map[string]int64, error) {
	rows, err := s.db.Query(`SELECT incident_id, last_review FROM reviews WHERE user_id = ? AND reps > 0`, uid)
	if err != nil {
		return nil, classify(s.path, "read reviews", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id string
		var at int64
		if err := rows.Scan(&id, &at); err != nil {
			return nil, classify(s.path, "read reviews", err)
		}
		out[id] = at
	}
	return out, classify(s.path, "read reviews", rows.Err())
}
