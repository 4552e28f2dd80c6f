package progress

import (
	"sort"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Dashboard is a trainer's view of a cohort (or of everyone) at a glance.
type Dashboard struct {
	Now      time.Time      `json:"now"`
	Cohort   string         `json:"cohort,omitempty"` // "": every trainee
	Trainees []DashTrainee  `json:"trainees"`         // by name
	Leeches  []TeamLeech    `json:"leeches"`          // most missed first, up to TeamLeechMax
	Platform []Mastery      `json:"platforms"`        // the trainees' mean mastery per platform
	Service  []Mastery      `json:"services"`         // the same per service
	Cohorts  []CohortStatus `json:"cohorts"`          // by name; the one asked for, or all
}

// TeamLeechMax caps Dashboard.Leeches.
const TeamLeechMax = 10

// WeekDays is the span Dashboard's "this week" covers: today and the six
// days before, in each trainee's zone (a rolling week, so Monday morning
// does not look like nobody practised).
const WeekDays = 7

// DashTrainee is one trainee's line: activity over the last WeekDays,
// accuracy over every answer, mastery and due counts as of now.
type DashTrainee struct {
	User        string    `json:"user"`
	Cohorts     []string  `json:"cohorts"`
	WeekAnswers int       `json:"week_answers"`
	WeekCorrect int       `json:"week_correct"`
	WeekDays    int       `json:"week_days"` // days with answers
	Answers     int       `json:"answers"`
	Correct     int       `json:"correct"`
	Mastery     float64   `json:"mastery"` // over the whole corpus, 0..1
	Platforms   []Mastery `json:"platforms"`
	Services    []Mastery `json:"services"`
	DueToday    int       `json:"due_today"`
	Leeches     int       `json:"leeches"`
}

// Accuracy is the share of correct answers, 0 when there are none.
func (t DashTrainee) Accuracy() float64 { return ratio(t.Correct, t.Answers) }

// TeamLeech is an incident the trainees keep missing.
type TeamLeech struct {
	MissedIncident
	Leeches int `json:"leeches"` // for whom it is a persistent weak spot
}

// CohortStatus is one cohort's assignments with its members' progress.
type CohortStatus struct {
	Name        string        `json:"name"`
	Members     int           `json:"members"`
	Assignments []AssignStats `json:"assignments"`
}

// AssignStats is an assignment across a cohort's members.
type AssignStats struct {
	Assignment
	Complete int     `json:"complete"`  // members with every incident done
	Started  int     `json:"started"`   // members with at least one done
	MeanDone float64 `json:"mean_done"` // incidents done per member
	Overdue  int     `json:"overdue"`   // members past the due date, not complete
}

// DashOptions say who the dashboard is about.
type DashOptions struct {
	// TrainerKeys are the SHA256 fingerprints of the trainers' keys (the
	// team server's --trainer-keys). An account bound to one of them is a
	// trainer's, and the everyone view leaves it out of every figure: it
	// is not a trainee, and its few answers (or none) would skew the team's
	// means. A cohort's view lists the members the trainer put in it.
	TrainerKeys []string
}

// Dashboard computes the trainer's view of cohort ("" for every trainee)
// over the corpus incs as of now, with every account counted as a trainee;
// see DashboardWith.
func (s *Store) Dashboard(cohort string, incs []incidents.Incident, now time.Time) (*Dashboard, error) {
	return s.DashboardWith(cohort, incs, now, DashOptions{})
}

// DashboardWith is Dashboard without the accounts o names as trainers'.
// It reads the kept totals (reviews, daily), never the answers, so it
// stays fast with many answers.
func (s *Store) DashboardWith(cohort string, incs []incidents.Incident, now time.Time, o DashOptions) (*Dashboard, error) {
	d := &Dashboard{Now: now, Cohort: cohort, Trainees: []DashTrainee{}, Leeches: []TeamLeech{}, Cohorts: []CohortStatus{}}
	users, err := s.dashUsers(cohort, o)
	if err != nil {
		return nil, err
	}
	data, err := s.loadDash(users, now)
	if err != nil {
		return nil, err
	}
	leech := map[string]*TeamLeech{}
	plat, svc := newMeans(), newMeans()
	last := map[int64]map[string]int64{}
	for _, u := range users {
		loc, err := s.zone(s.db, u.id)
		if err != nil {
			return nil, classify(s.path, "read settings", err)
		}
		t, per := dashTrainee(s.Params(), u.name, data.revs[u.id], data.days[u.id], incs, now.In(loc))
		t.Cohorts = append([]string{}, data.cohorts[u.id]...)
		d.Trainees = append(d.Trainees, t)
		plat.add(t.Platforms)
		svc.add(t.Services)
		addLeeches(leech, per)
		last[u.id] = lastOf(data.revs[u.id])
	}
	d.Platform, d.Service = plat.list(), svc.list()
	d.Leeches = leechList(leech, incs)
	d.Cohorts, err = s.cohortStatus(cohort, incs, last, now)
	return d, err
}

// dashTrainee is one trainee's line from their review states and days.
func dashTrainee(p Params, name string, revs map[string]Review, days map[int64]Day, incs []incidents.Incident, now time.Time) (DashTrainee, map[string]*IncidentStat) {
	t := DashTrainee{User: name, Cohorts: []string{}}
	per := incidentStats(p, revs, now)
	for _, ist := range per {
		t.Answers += ist.Answers
		t.Correct += ist.Correct
	}
	var st Stats
	fillCorpus(&st, per, incs, now)
	t.Platforms, t.Services, t.DueToday, t.Leeches = st.Platforms, st.Services, st.DueToday, len(st.Leeches)
	t.Mastery = overallMastery(st.Platforms, len(incs))
	today := dayNumber(now)
	for dn, day := range days {
		if dn > today-WeekDays && dn <= today && day.Answers > 0 {
			t.WeekAnswers += day.Answers
			t.WeekCorrect += day.Correct
			t.WeekDays++
		}
	}
	return t, per
}

// overallMastery is a trainee's mastery of a corpus of n incidents: the
// platforms' mastery weighted by their incidents (every incident has one
// platform group), 0 for an empty corpus.
func overallMastery(platforms []Mastery, n int) float64 {
	if n == 0 {
		return 0
	}
	var sum float64
	for _, m := range platforms {
		sum += m.Mastery * float64(m.Incidents)
	}
	return sum / float64(n)
}

// addLeeches adds one trainee's per-incident figures to the team's.
func addLeeches(team map[string]*TeamLeech, per map[string]*IncidentStat) {
	for id, p := range per {
		l := team[id]
		if l == nil {
			l = &TeamLeech{MissedIncident: MissedIncident{ID: id}}
			team[id] = l
		}
		l.add(p)
		if p.Leech {
			l.Leeches++
		}
	}
}

// leechList keeps the missed incidents, most missed first, named from the corpus.
func leechList(team map[string]*TeamLeech, incs []incidents.Incident) []TeamLeech {
	byID := map[string]*incidents.Incident{}
	for i := range incs {
		byID[incs[i].ID] = &incs[i]
	}
	out := []TeamLeech{}
	for _, l := range team {
		if l.Misses == 0 {
			continue
		}
		if inc := byID[l.ID]; inc != nil {
			l.Title, l.Platform = inc.Title, inc.Platform
		} else {
			l.Removed = true
		}
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Misses != b.Misses {
			return a.Misses > b.Misses
		}
		if a.Trainees != b.Trainees {
			return a.Trainees > b.Trainees
		}
		return a.ID < b.ID
	})
	if len(out) > TeamLeechMax {
		out = out[:TeamLeechMax]
	}
	return out
}

// lastOf is the last root-cause answer time per incident (unix ms).
func lastOf(revs map[string]Review) map[string]int64 {
	out := make(map[string]int64, len(revs))
	for id, r := range revs {
		if r.Reps > 0 {
			out[id] = toMS(r.LastReview)
		}
	}
	return out
}

// means averages Mastery groups over trainees, by group name.
type means struct {
	order []string
	sum   map[string]*Mastery
	n     map[string]int
}

func newMeans() *means { return &means{sum: map[string]*Mastery{}, n: map[string]int{}} }

func (m *means) add(l []Mastery) {
	for _, g := range l {
		s := m.sum[g.Name]
		if s == nil {
			s = &Mastery{Name: g.Name, Incidents: g.Incidents}
			m.sum[g.Name] = s
			m.order = append(m.order, g.Name)
		}
		s.Seen += g.Seen
		s.Answers += g.Answers
		s.Correct += g.Correct
		s.Mastery += g.Mastery
		m.n[g.Name]++
	}
}

// list is the groups in first-seen order (the corpus's: largest first),
// Mastery averaged over trainees and Seen summed.
func (m *means) list() []Mastery {
	out := make([]Mastery, 0, len(m.order))
	for _, k := range m.order {
		g := *m.sum[k]
		g.Mastery /= float64(m.n[k])
		out = append(out, g)
	}
	return out
}
