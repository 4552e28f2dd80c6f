package progress

import (
	"sort"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// perIncident adds user uid's answers since sinceMS, grouped by incident, to per.
func (s *Store) perIncident(uid, sinceMS int64, per map[string]*IncidentStat) error {
	// SQLite returns the bare column a.correct from the row holding max(a.at):
	// the last answer's correctness.
	rows, err := s.db.Query(`
SELECT incident_id, count(*), sum(correct), max(at), correct
FROM answers
WHERE user_id = ? AND at >= ?
GROUP BY incident_id`, uid, sinceMS)
	if err != nil {
		return classify(s.path, "read answers", err)
	}
	defer rows.Close()
	for rows.Next() {
		p := &IncidentStat{}
		var last int64
		if err := rows.Scan(&p.ID, &p.Answers, &p.Correct, &last, &p.LastCorrect); err != nil {
			return classify(s.path, "read answers", err)
		}
		per[p.ID] = p
	}
	return classify(s.path, "read answers", rows.Err())
}

// reviewsByID loads all review states of user uid.
func (s *Store) reviewsByID(uid int64) (map[string]Review, error) {
	out := map[string]Review{}
	rows, err := s.db.Query(`SELECT `+reviewCols+` FROM reviews WHERE user_id = ?`, uid)
	if err != nil {
		return nil, classify(s.path, "read reviews", err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanReview(rows)
		if err != nil {
			return nil, classify(s.path, "read reviews", err)
		}
		out[r.IncidentID] = r
	}
	return out, classify(s.path, "read reviews", rows.Err())
}

// perDay reads user uid's activity per local day from the day of from on,
// keyed by dayNumber.
func (s *Store) perDay(uid int64, from time.Time) (map[int64]Day, error) {
	rows, err := s.db.Query(`SELECT day, answers, correct FROM daily WHERE user_id = ? AND day >= ?`, uid, dayNumber(from))
	if err != nil {
		return nil, classify(s.path, "read activity", err)
	}
	defer rows.Close()
	out := map[int64]Day{}
	for rows.Next() {
		var d int64
		var day Day
		if err := rows.Scan(&d, &day.Answers, &day.Correct); err != nil {
			return nil, classify(s.path, "read activity", err)
		}
		out[d] = day
	}
	return out, classify(s.path, "read activity", rows.Err())
}

// dayNumber numbers t's calendar day (in t's location): days since
// 1970-01-01. Answers are filed under the day on the trainee's clock.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// heatmapStart is the Monday HeatmapWeeks-1 weeks before the week of now.
func heatmapStart(now time.Time) time.Time {
	d := startOfDay(now)
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	return d.AddDate(0, 0, -back-7*(HeatmapWeeks-1))
}

// fillCalendar fills Days and Weeks from per-day counts.
func fillCalendar(st *Stats, days map[int64]Day, now time.Time) {
	today := startOfDay(now)
	for d := heatmapStart(now); !d.After(today); d = d.AddDate(0, 0, 1) {
		day := days[dayNumber(d)]
		day.Date = d
		st.Days = append(st.Days, day)
	}
	n := len(st.Days)
	weekStart := n - 1 - (int(today.Weekday())+6)%7
	for w := TrendWeeks - 1; w >= 0; w-- {
		first := weekStart - 7*w
		if first < 0 {
			continue
		}
		p := Period{Start: st.Days[first].Date}
		for _, d := range st.Days[first:min(first+7, n)] {
			p.Answers += d.Answers
			p.Correct += d.Correct
		}
		st.Weeks = append(st.Weeks, p)
	}
}

// fillCorpus joins the per-incident figures with the corpus: mastery per
// platform and service, due counts, weakest incidents and leeches.
func fillCorpus(st *Stats, per map[string]*IncidentStat, incs []incidents.Incident, now time.Time) {
	inCorpus := map[string]bool{}
	plat := newGroups()
	svc := newGroups()
	eod := endOfDay(now)
	week := eod.AddDate(0, 0, 6)
	for i := range incs {
		inc := &incs[i]
		if inCorpus[inc.ID] {
			continue
		}
		inCorpus[inc.ID] = true
		p := per[inc.ID]
		if p != nil {
			p.Title, p.Platform = inc.Title, inc.Platform
			st.Seen++
			if p.Interval >= MatureDays {
				st.Mature++
			}
			if p.Due.Before(eod) {
				st.DueToday++
			}
			if p.Due.Before(week) {
				st.DueWeek++
			}
		} else {
			st.New++
		}
		plat.add(inc.Platform, inc.Platform, p)
		seenSvc := map[string]bool{}
		for _, sv := range inc.Services {
			k := incidents.ServiceKey(sv)
			if k != "" && !seenSvc[k] {
				seenSvc[k] = true
				svc.add(k, sv, p)
			}
		}
	}
	st.Platforms, st.Services = plat.list(), svc.list()
	for id, p := range per {
		p.Removed = !inCorpus[id]
		if p.Leech {
			st.Leeches = append(st.Leeches, *p)
		}
		if !p.Removed && p.Correct < p.Answers {
			st.Weakest = append(st.Weakest, *p)
		}
	}
	sortWeak(st.Leeches)
	sortWeak(st.Weakest)
	if len(st.Weakest) > WeakestMax {
		st.Weakest = st.Weakest[:WeakestMax]
	}
}

// sortWeak orders incidents weakest first: most misses, then lowest
// accuracy, then lowest recall, then id.
func sortWeak(l []IncidentStat) {
	sort.Slice(l, func(i, j int) bool {
		a, b := l[i], l[j]
		am, bm := a.Answers-a.Correct, b.Answers-b.Correct
		if am != bm {
			return am > bm
		}
		if a.Accuracy() != b.Accuracy() {
			return a.Accuracy() < b.Accuracy()
		}
		if a.Recall != b.Recall {
			return a.Recall < b.Recall
		}
		return a.ID < b.ID
	})
}

// groups accumulates Mastery per key, remembering first-seen order and name.
type groups struct {
	order []string
	m     map[string]*Mastery
}

func newGroups() *groups { return &groups{m: map[string]*Mastery{}} }

func (g *groups) add(key, name string, p *IncidentStat) {
	if key == "" {
		key, name = "(none)", "(none)"
	}
	m := g.m[key]
	if m == nil {
		m = &Mastery{Name: name}
		g.m[key] = m
		g.order = append(g.order, key)
	}
	m.Incidents++
	if p != nil {
		m.Seen++
		m.Answers += p.Answers
		m.Correct += p.Correct
		m.Mastery += p.Mastery // summed here, averaged in list
	}
}

// list returns the groups, largest first then by name, with Mastery averaged.
func (g *groups) list() []Mastery {
	out := make([]Mastery, 0, len(g.order))
	for _, k := range g.order {
		m := *g.m[k]
		m.Mastery /= float64(m.Incidents)
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Incidents != out[j].Incidents {
			return out[i].Incidents > out[j].Incidents
		}
		return out[i].Name < out[j].Name
	})
	return out
}
