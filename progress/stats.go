package progress

import (
	"sort"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Stats is one trainee's progress, as the Stats screen and `rootcause stats` show it.
type Stats struct {
	User       string    `json:"user"`
	Now        time.Time `json:"now"`
	Sessions   int       `json:"sessions"`   // started
	Unfinished int       `json:"unfinished"` // started but never finished (interrupted)
	Answers    int       `json:"answers"`    // all recorded, including incidents not in the loaded incidents
	Correct    int       `json:"correct"`
	Corpus     int       `json:"corpus"`    // incidents in the corpus
	Seen       int       `json:"seen"`      // corpus incidents answered at least once
	Mature     int       `json:"mature"`    // corpus incidents whose current interval is >= MatureDays
	New        int       `json:"new"`       // corpus incidents never answered
	DueToday   int       `json:"due_today"` // corpus incidents due by the end of today
	DueWeek    int       `json:"due_week"`  // due within the next 7 days, today included
	Streak     int       `json:"streak"`    // days in a row with answers, ending today (or yesterday)
	// Days is activity per day for a calendar heatmap: from the Monday
	// HeatmapWeeks-1 weeks before this week's, through today, oldest first.
	Days []Day `json:"days"`
	// Weeks is accuracy per week (Monday first), the last TrendWeeks, oldest first.
	Weeks     []Period       `json:"weeks"`
	Platforms []Mastery      `json:"platforms"`
	Services  []Mastery      `json:"services"`
	Weakest   []IncidentStat `json:"weakest"` // most missed first, up to WeakestMax
	Leeches   []IncidentStat `json:"leeches"` // persistent weak spots, removed incidents included
	// Incidents is the FSRS card of every incident the trainee has
	// answered (removed ones included), by id.
	Incidents []Card `json:"incidents"`
	// Scheduler is the scheduler configuration the schedule was made with.
	Scheduler Params `json:"scheduler"`
	// TimeZone is the zone days are counted in (the trainee's setting or
	// the machine's).
	TimeZone string `json:"time_zone"`
}

// Card is one incident's FSRS card for one trainee.
type Card struct {
	ID             string  `json:"id"`
	Stability      float64 `json:"stability"`  // days
	Difficulty     float64 `json:"difficulty"` // FSRS difficulty 1..10 (not the game's difficulty)
	Retrievability float64 `json:"retrievability"`
	Due            string  `json:"due"` // YYYY-MM-DD in the trainee's zone
	Reps           int     `json:"reps"`
	Lapses         int     `json:"lapses"`
	LastReview     string  `json:"last_review"` // RFC 3339 in the trainee's zone
	Leech          bool    `json:"leech"`
}

// Shape of Stats.
const (
	HeatmapWeeks = 53
	TrendWeeks   = 12
	WeakestMax   = 10
	MatureDays   = 21 // Anki's "mature": a current interval of three weeks or more
	// MasteryHorizonDays is how far ahead mastery looks: knowing an incident
	// means still recalling it a month from now.
	MasteryHorizonDays = 30
)

// Accuracy is the share of correct answers, 0 when there are none.
func (s *Stats) Accuracy() float64 { return ratio(s.Correct, s.Answers) }

// Day is one day's activity.
type Day struct {
	Date    time.Time `json:"date"`
	Answers int       `json:"answers"`
	Correct int       `json:"correct"`
}

// Period is the activity of a span starting at Start (a week for Stats.Weeks).
type Period struct {
	Start   time.Time `json:"start"`
	Answers int       `json:"answers"`
	Correct int       `json:"correct"`
}

// Accuracy is the share of correct answers, 0 when there are none.
func (p Period) Accuracy() float64 { return ratio(p.Correct, p.Answers) }

// Mastery summarizes a group of incidents (a platform or a service).
type Mastery struct {
	Name      string `json:"name"`
	Incidents int    `json:"incidents"` // in the corpus
	Seen      int    `json:"seen"`
	Answers   int    `json:"answers"`
	Correct   int    `json:"correct"`
	// Mastery is the mean of the group's incidents' IncidentStat.Mastery,
	// unseen incidents counting 0. 0..1.
	Mastery float64 `json:"mastery"`
}

// Accuracy is the share of correct answers, 0 when there are none.
func (m Mastery) Accuracy() float64 { return ratio(m.Correct, m.Answers) }

// IncidentStat is one incident's record for one trainee.
type IncidentStat struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	Platform    string `json:"platform,omitempty"`
	Answers     int    `json:"answers"`
	Correct     int    `json:"correct"`
	Lapses      int    `json:"lapses"`
	LastCorrect bool   `json:"last_correct"`
	// Recall is the FSRS chance of recalling the root cause now; Mastery the
	// chance of still recalling it MasteryHorizonDays from now without
	// practice, which grows only with repeated success. Both are 0 when the
	// last answer was wrong.
	Recall    float64   `json:"recall"`
	Mastery   float64   `json:"mastery"`
	Stability float64   `json:"stability"` // FSRS stability in days
	Interval  int       `json:"interval"`  // days from one review to the next at this stability
	Due       time.Time `json:"due"`
	Leech     bool      `json:"leech"`
	Removed   bool      `json:"removed,omitempty"` // not in the loaded incidents
}

// Accuracy is the share of correct answers, 0 when there are none.
func (i IncidentStat) Accuracy() float64 { return ratio(i.Correct, i.Answers) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Stats computes user's progress over the corpus incs at time now, with
// days counted in the trainee's zone. Answers to incidents no longer in the
// corpus count in the totals and leeches but not in mastery or due counts.
// A nil Store or an unknown user gives empty stats over the corpus.
func (s *Store) Stats(user string, incs []incidents.Incident, now time.Time) (*Stats, error) {
	if user == "" {
		user = DefaultUser()
	}
	st := &Stats{User: user, Now: now, Corpus: len(incs), Scheduler: s.Params(), Incidents: []Card{}}
	per := map[string]*IncidentStat{}
	var days map[int64]Day
	loc := now.Location()
	if s != nil {
		uid, ok, err := s.lookupUser(user)
		if err != nil {
			return nil, err
		}
		if ok {
			if loc, err = s.zone(s.db, uid); err != nil {
				return nil, classify(s.path, "read settings", err)
			}
			now = now.In(loc)
			st.Now = now
			if days, err = s.loadUserStats(uid, st, per, now); err != nil {
				return nil, err
			}
		}
	}
	st.TimeZone = loc.String()
	fillCorpus(st, per, incs, now)
	fillCalendar(st, days, now)
	return st, nil
}

// loadUserStats reads the sessions, per-incident and per-day figures.
func (s *Store) loadUserStats(uid int64, st *Stats, per map[string]*IncidentStat, now time.Time) (map[int64]Day, error) {
	err := s.db.QueryRow(`SELECT count(*), coalesce(sum(finished_at IS NULL), 0) FROM sessions WHERE user_id = ?`, uid).
		Scan(&st.Sessions, &st.Unfinished)
	if err != nil {
		return nil, classify(s.path, "read sessions", err)
	}
	revs, err := s.reviewsByID(uid)
	if err != nil {
		return nil, err
	}
	p := s.Params()
	for id, ist := range incidentStats(p, revs, now) {
		per[id] = ist
		st.Answers += ist.Answers
		st.Correct += ist.Correct
	}
	st.Incidents = cards(p, revs, now)
	if _, st.Streak, err = s.streak(uid, now); err != nil {
		return nil, err
	}
	return s.perDay(uid, heatmapStart(now))
}

// cards lists the review states as Cards by id, as of now (in now's zone).
func cards(p Params, revs map[string]Review, now time.Time) []Card {
	out := make([]Card, 0, len(revs))
	for _, r := range revs {
		out = append(out, Card{ID: r.IncidentID, Stability: r.Stability, Difficulty: r.Difficulty,
			Retrievability: p.Retrievability(calendarDays(r.LastReview, now, now.Location()), r.Stability),
			Due:            r.Due.In(now.Location()).Format(time.DateOnly), Reps: r.Reps, Lapses: r.Lapses,
			LastReview: r.LastReview.In(now.Location()).Format(time.RFC3339), Leech: r.Leech})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// incidentStats turns review states into per-incident figures as of now.
func incidentStats(p Params, revs map[string]Review, now time.Time) map[string]*IncidentStat {
	out := make(map[string]*IncidentStat, len(revs))
	for id, r := range revs {
		ist := &IncidentStat{ID: id, Answers: r.Answers, Correct: r.Correct, LastCorrect: r.LastCorrect}
		overlay(p, ist, r, now)
		out[id] = ist
	}
	return out
}

// overlay copies schedule state into ist.
func overlay(p Params, ist *IncidentStat, r Review, now time.Time) {
	ist.Lapses, ist.Due, ist.Leech, ist.Stability = r.Lapses, r.Due, r.Leech, r.Stability
	ist.Interval = p.Interval(r.Stability)
	ist.Recall, ist.Mastery = 0, 0
	if r.LastCorrect {
		t := calendarDays(r.LastReview, now, now.Location())
		ist.Recall = p.Retrievability(t, r.Stability)
		ist.Mastery = p.Retrievability(t+MasteryHorizonDays, r.Stability)
	}
}
