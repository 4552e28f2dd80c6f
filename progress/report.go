package progress

import (
	"sort"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Report is a trainer's view of every trainee in the database.
type Report struct {
	Since    time.Time        `json:"since,omitzero"` // zero: all time
	Now      time.Time        `json:"now"`
	Trainees []Trainee        `json:"trainees"` // by name
	Missed   []MissedIncident `json:"missed"`   // most missed across the cohort first, up to MissedMax
	Leeches  []CohortLeech    `json:"leeches"`  // persistent weak spots, by trainee then incident
}

// MissedMax caps Report.Missed.
const MissedMax = 10

// Trainee is one trainee's line in a Report. Counts cover the period since
// Report.Since; mastery and leeches are as of now.
type Trainee struct {
	User       string    `json:"user"`
	Sessions   int       `json:"sessions"`
	Unfinished int       `json:"unfinished"`
	Answers    int       `json:"answers"`
	Correct    int       `json:"correct"`
	Seen       int       `json:"seen"` // corpus incidents ever answered
	LastActive time.Time `json:"last_active,omitzero"`
	Mastery    float64   `json:"mastery"` // over the whole corpus, as Mastery.Mastery
	DueToday   int       `json:"due_today"`
	Leeches    int       `json:"leeches"`
	Platforms  []Mastery `json:"platforms"`
}

// Accuracy is the share of correct answers, 0 when there are none.
func (t Trainee) Accuracy() float64 { return ratio(t.Correct, t.Answers) }

// MissedIncident is an incident the cohort gets wrong.
type MissedIncident struct {
	ID       string `json:"id"`
	Title    string `json:"title,omitempty"`
	Platform string `json:"platform,omitempty"`
	Misses   int    `json:"misses"`
	Answers  int    `json:"answers"`
	Trainees int    `json:"trainees"` // how many trainees missed it at least once
	Removed  bool   `json:"removed,omitempty"`
}

// CohortLeech is one trainee's persistent weak spot.
type CohortLeech struct {
	User       string `json:"user"`
	IncidentID string `json:"incident_id"`
	Title      string `json:"title,omitempty"`
	Lapses     int    `json:"lapses"`
	Removed    bool   `json:"removed,omitempty"`
}

// Report summarizes every trainee over the corpus incs: activity since since
// (zero: all time), mastery as of now. A nil Store gives an empty report.
func (s *Store) Report(incs []incidents.Incident, since, now time.Time) (*Report, error) {
	return s.ReportFor(nil, incs, since, now)
}

// ReportFor is Report limited to the named trainees (nil: everyone); the
// cohort figures (most missed, weak spots) then cover just them.
func (s *Store) ReportFor(names []string, incs []incidents.Incident, since, now time.Time) (*Report, error) {
	rep := &Report{Since: since, Now: now}
	if s == nil {
		return rep, nil
	}
	users, err := s.userList()
	if err != nil {
		return nil, err
	}
	if names != nil {
		users = keepUsers(users, names)
	}
	titles := map[string]*incidents.Incident{}
	for i := range incs {
		titles[incs[i].ID] = &incs[i]
	}
	missed := map[string]*MissedIncident{}
	for _, u := range users {
		t, err := s.trainee(u, incs, since, now, missed)
		if err != nil {
			return nil, err
		}
		rep.Trainees = append(rep.Trainees, t.Trainee)
		rep.Leeches = append(rep.Leeches, t.leeches...)
	}
	for _, m := range missed {
		if m.Misses == 0 {
			continue
		}
		if inc := titles[m.ID]; inc != nil {
			m.Title, m.Platform = inc.Title, inc.Platform
		} else {
			m.Removed = true
		}
		rep.Missed = append(rep.Missed, *m)
	}
	sort.Slice(rep.Missed, func(i, j int) bool {
		a, b := rep.Missed[i], rep.Missed[j]
		if a.Misses != b.Misses {
			return a.Misses > b.Misses
		}
		if a.Trainees != b.Trainees {
			return a.Trainees > b.Trainees
		}
		return a.ID < b.ID
	})
	if len(rep.Missed) > MissedMax {
		rep.Missed = rep.Missed[:MissedMax]
	}
	return rep, nil
}

type userRow struct {
	id   int64
	name string
}

func (s *Store) userList() ([]userRow, error) {
	rows, err := s.db.Query(`SELECT id, name FROM users ORDER BY name`)
	if err != nil {
		return nil, classify(s.path, "read users", err)
	}
	defer rows.Close()
	var out []userRow
	for rows.Next() {
		var u userRow
		if err := rows.Scan(&u.id, &u.name); err != nil {
			return nil, classify(s.path, "read users", err)
		}
		out = append(out, u)
	}
	return out, classify(s.path, "read users", rows.Err())
}

// keepUsers keeps the users named (names are trimmed, as userID stores them).
func keepUsers(users []userRow, names []string) []userRow {
	want := map[string]bool{}
	for _, n := range names {
		want[strings.TrimSpace(n)] = true
	}
	var out []userRow
	for _, u := range users {
		if want[u.name] {
			out = append(out, u)
		}
	}
	return out
}

type traineeData struct {
	Trainee
	leeches []CohortLeech
}

// trainee computes one trainee's line and adds their misses to missed.
func (s *Store) trainee(u userRow, incs []incidents.Incident, since, now time.Time, missed map[string]*MissedIncident) (traineeData, error) {
	t := traineeData{Trainee: Trainee{User: u.name}}
	sinceMS := toMS(since)
	if since.IsZero() {
		sinceMS = 0
	}
	var last int64
	err := s.db.QueryRow(`SELECT count(*), coalesce(sum(finished_at IS NULL), 0), coalesce(max(started_at), 0)
FROM sessions WHERE user_id = ? AND started_at >= ?`, u.id, sinceMS).Scan(&t.Sessions, &t.Unfinished, &last)
	if err != nil {
		return t, classify(s.path, "read sessions", err)
	}
	if last > 0 {
		t.LastActive = fromMS(last)
	}
	// Mastery is as of now, from the review state; counts cover the period.
	revs, err := s.reviewsByID(u.id)
	if err != nil {
		return t, err
	}
	all := incidentStats(s.Params(), revs, now)
	period := all
	if sinceMS > 0 {
		period = map[string]*IncidentStat{}
		if err := s.perIncident(u.id, sinceMS, period); err != nil {
			return t, err
		}
	}
	for _, p := range period {
		t.Answers += p.Answers
		t.Correct += p.Correct
	}
	addMisses(missed, period)
	var st Stats
	fillCorpus(&st, all, incs, now)
	t.Seen, t.DueToday, t.Platforms = st.Seen, st.DueToday, st.Platforms
	t.Mastery = overallMastery(st.Platforms, len(incs))
	t.Leeches = len(st.Leeches)
	for _, l := range st.Leeches {
		t.leeches = append(t.leeches, CohortLeech{User: u.name, IncidentID: l.ID, Title: l.Title, Lapses: l.Lapses, Removed: l.Removed})
	}
	return t, nil
}

// addMisses adds one trainee's per-incident figures to the cohort's.
func addMisses(missed map[string]*MissedIncident, per map[string]*IncidentStat) {
	for id, p := range per {
		m := missed[id]
		if m == nil {
			m = &MissedIncident{ID: id}
			missed[id] = m
		}
		m.add(p)
	}
}

// add counts one trainee's answers to the incident.
func (m *MissedIncident) add(p *IncidentStat) {
	m.Answers += p.Answers
	if miss := p.Answers - p.Correct; miss > 0 {
		m.Misses += miss
		m.Trainees++
	}
}
