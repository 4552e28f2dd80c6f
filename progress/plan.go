package progress

import (
	"sort"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// IDs lists the incidents' ids in order, for Plan.
func IDs(incs []incidents.Incident) []string {
	ids := make([]string, len(incs))
	for i := range incs {
		ids[i] = incs[i].ID
	}
	return ids
}

// Plan picks up to n incidents (n <= 0: no limit) for a review session:
// first those due by the end of today, most forgotten first (lowest
// retrievability), then ones user has never answered, in the order of ids.
// Incidents not in ids (e.g. removed from the corpus) are skipped; their
// history is kept. An empty result means nothing is due and nothing is new.
func (s *Store) Plan(user string, ids []string, now time.Time, n int) ([]string, error) {
	var revs map[string]Review
	p := s.Params()
	if s != nil {
		var err error
		if revs, now, err = s.reviews(user, now); err != nil {
			return nil, err
		}
	}
	type due struct {
		id string
		r  float64
	}
	var dues []due
	var fresh []string
	seen := map[string]bool{}
	eod := endOfDay(now)
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		r, ok := revs[id]
		switch {
		case !ok:
			fresh = append(fresh, id)
		case r.Due.Before(eod):
			dues = append(dues, due{id, p.Retrievability(calendarDays(r.LastReview, now, now.Location()), r.Stability)})
		}
	}
	sort.SliceStable(dues, func(i, j int) bool { return dues[i].r < dues[j].r })
	out := make([]string, 0, len(dues)+len(fresh))
	for _, d := range dues {
		out = append(out, d.id)
	}
	out = append(out, fresh...)
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// reviews loads all of user's review states by incident id, and now in
// their zone; none for an unknown user.
func (s *Store) reviews(user string, now time.Time) (map[string]Review, time.Time, error) {
	uid, ok, err := s.lookupUser(user)
	if err != nil || !ok {
		return map[string]Review{}, now, err
	}
	loc, err := s.zone(s.db, uid)
	if err != nil {
		return nil, now, classify(s.path, "read settings", err)
	}
	revs, err := s.reviewsByID(uid)
	return revs, now.In(loc), err
}

// startOfDay is local midnight of t's day in t's location.
func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// endOfDay is the start of the next day.
func endOfDay(t time.Time) time.Time { return startOfDay(t).AddDate(0, 0, 1) }
