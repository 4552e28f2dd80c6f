package progress

import (
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// dashData is what Dashboard reads, in a few statements for all trainees.
type dashData struct {
	revs    map[int64]map[string]Review
	days    map[int64]map[int64]Day
	cohorts map[int64][]string
}

// dashUsers is the cohort's members, or every user but the trainers, by name.
func (s *Store) dashUsers(cohort string, o DashOptions) ([]userRow, error) {
	if cohort == "" {
		return s.trainees(o.TrainerKeys)
	}
	var id int64
	if err := s.db.QueryRow(`SELECT id FROM cohorts WHERE name = ?`, cohort).Scan(&id); err != nil {
		return nil, s.cohortErr(cohort, err)
	}
	rows, err := s.db.Query(`SELECT u.id, u.name FROM cohort_members m JOIN users u ON u.id = m.user_id
WHERE m.cohort_id = ? ORDER BY u.name`, id)
	if err != nil {
		return nil, classify(s.path, "read cohort "+cohort, err)
	}
	defer rows.Close()
	var out []userRow
	for rows.Next() {
		var u userRow
		if err := rows.Scan(&u.id, &u.name); err != nil {
			return nil, classify(s.path, "read cohort "+cohort, err)
		}
		out = append(out, u)
	}
	return out, classify(s.path, "read cohort "+cohort, rows.Err())
}

// trainees is every user but those bound to one of the trainer keys fps.
func (s *Store) trainees(fps []string) ([]userRow, error) {
	users, err := s.userList()
	if err != nil || len(fps) == 0 {
		return users, err
	}
	// One query for the few trainer keys, whatever their number.
	q := `SELECT DISTINCT user_id FROM account_keys WHERE fingerprint IN (?` + strings.Repeat(",?", len(fps)-1) + `)`
	args := make([]any, len(fps))
	for i, fp := range fps {
		args[i] = fp
	}
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return nil, classify(s.path, "read keys", err)
	}
	defer rows.Close()
	trainer := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, classify(s.path, "read keys", err)
		}
		trainer[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, classify(s.path, "read keys", err)
	}
	out := users[:0]
	for _, u := range users {
		if !trainer[u.id] {
			out = append(out, u)
		}
	}
	return out, nil
}

// loadDash reads every review state, the recent days and the cohort names
// of users: one query each, not one per trainee.
func (s *Store) loadDash(users []userRow, now time.Time) (dashData, error) {
	d := dashData{revs: map[int64]map[string]Review{}, days: map[int64]map[int64]Day{}, cohorts: map[int64][]string{}}
	want := map[int64]bool{}
	for _, u := range users {
		want[u.id] = true
		d.revs[u.id] = map[string]Review{}
		d.days[u.id] = map[int64]Day{}
	}
	rows, err := s.db.Query(`SELECT user_id, ` + reviewCols + ` FROM reviews`)
	if err != nil {
		return d, classify(s.path, "read reviews", err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid int64
		var r Review
		var due, last int64
		if err := rows.Scan(&uid, &r.IncidentID, &r.Stability, &r.Difficulty, &due, &r.Reps, &r.Lapses, &last, &r.Leech,
			&r.Answers, &r.Correct, &r.LastCorrect); err != nil {
			return d, classify(s.path, "read reviews", err)
		}
		if want[uid] {
			r.Due, r.LastReview = fromMS(due), fromMS(last)
			d.revs[uid][r.IncidentID] = r
		}
	}
	if err := rows.Err(); err != nil {
		return d, classify(s.path, "read reviews", err)
	}
	// A day either side of the week: each trainee's zone picks its own.
	if err := s.loadDays(d, want, dayNumber(now.UTC())-WeekDays-1); err != nil {
		return d, err
	}
	return d, s.loadMemberships(d, want)
}

func (s *Store) loadDays(d dashData, want map[int64]bool, from int64) error {
	// Through users, so each user's rows are a range of daily's primary key
	// (user_id, day) rather than a scan of every day ever.
	rows, err := s.db.Query(`SELECT d.user_id, d.day, d.answers, d.correct FROM users u
JOIN daily d ON d.user_id = u.id AND d.day >= ?`, from)
	if err != nil {
		return classify(s.path, "read activity", err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid, dn int64
		var day Day
		if err := rows.Scan(&uid, &dn, &day.Answers, &day.Correct); err != nil {
			return classify(s.path, "read activity", err)
		}
		if want[uid] {
			d.days[uid][dn] = day
		}
	}
	return classify(s.path, "read activity", rows.Err())
}

func (s *Store) loadMemberships(d dashData, want map[int64]bool) error {
	rows, err := s.db.Query(`SELECT m.user_id, c.name FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id ORDER BY c.name`)
	if err != nil {
		return classify(s.path, "read cohorts", err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid int64
		var name string
		if err := rows.Scan(&uid, &name); err != nil {
			return classify(s.path, "read cohorts", err)
		}
		if want[uid] {
			d.cohorts[uid] = append(d.cohorts[uid], name)
		}
	}
	return classify(s.path, "read cohorts", rows.Err())
}

// cohortStatus is each cohort's (or the one named's) assignments over its
// members, from their last answer times.
func (s *Store) cohortStatus(only string, incs []incidents.Incident, last map[int64]map[string]int64, now time.Time) ([]CohortStatus, error) {
	cs, err := s.Cohorts()
	if err != nil {
		return nil, err
	}
	ids, err := s.memberIDs()
	if err != nil {
		return nil, err
	}
	out := []CohortStatus{}
	for _, c := range cs {
		if only != "" && c.Name != only {
			continue
		}
		st := CohortStatus{Name: c.Name, Members: len(c.Members), Assignments: []AssignStats{}}
		for _, a := range c.Assignments {
			as := AssignStats{Assignment: a}
			total := 0
			for _, uid := range ids[c.Name] {
				lt, ok := last[uid]
				if !ok {
					if lt, err = s.lastReviews(uid); err != nil {
						return nil, err
					}
				}
				one := a
				one.progress(incs, lt, now)
				total += one.Done
				as.Available = one.Available
				as.Complete += b2i(one.Done >= a.Track.Count)
				as.Started += b2i(one.Done > 0)
				as.Overdue += b2i(one.Overdue)
			}
			as.MeanDone = ratio(total, len(ids[c.Name]))
			st.Assignments = append(st.Assignments, as)
		}
		out = append(out, st)
	}
	return out, nil
}

// memberIDs is each cohort's members' user ids, by cohort name.
func (s *Store) memberIDs() (map[string][]int64, error) {
	rows, err := s.db.Query(`SELECT c.name, m.user_id FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id`)
	if err != nil {
		return nil, classify(s.path, "read cohorts", err)
	}
	defer rows.Close()
	out := map[string][]int64{}
	for rows.Next() {
		var name string
		var uid int64
		if err := rows.Scan(&name, &uid); err != nil {
			return nil, classify(s.path, "read cohorts", err)
		}
		out[name] = append(out[name], uid)
	}
	return out, classify(s.path, "read cohorts", rows.Err())
}
