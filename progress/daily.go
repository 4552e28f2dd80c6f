package progress

import "time"

// Today is a trainee's day at a glance, for Home's daily loop: what is due,
// the daily goal and the streak, counted in the trainee's time zone.
type Today struct {
	Date     string `json:"date"`      // YYYY-MM-DD in the trainee's zone
	Due      int    `json:"due"`       // incidents of the corpus due by the end of today
	New      int    `json:"new"`       // incidents of the corpus never answered
	NewToday int    `json:"new_today"` // incidents first answered today
	// NewLeft is how many new incidents the NewPerDay setting still allows
	// today; -1 when there is no cap.
	NewLeft int  `json:"new_left"`
	Answers int  `json:"answers"` // answers today
	Goal    int  `json:"goal"`    // the daily goal (Settings.DailyGoal or DefaultDailyGoal)
	GoalMet bool `json:"goal_met"`
	Streak  int  `json:"streak"` // days in a row with answers, ending today (or yesterday)
}

// Today returns user's day over the corpus ids at time now. A nil Store or
// an unknown user has everything new and nothing done.
func (s *Store) Today(user string, ids []string, now time.Time) (Today, error) {
	set, err := s.Settings(user)
	if err != nil {
		return Today{}, err
	}
	t := Today{Goal: set.DailyGoal, NewLeft: -1}
	if t.Goal <= 0 {
		t.Goal = DefaultDailyGoal
	}
	revs, now, err := s.reviewsOrNone(user, now)
	if err != nil {
		return t, err
	}
	t.Date = now.Format(time.DateOnly)
	eod := endOfDay(now)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if r, ok := revs[id]; !ok {
			t.New++
		} else if r.Due.Before(eod) {
			t.Due++
		}
	}
	if err := s.fillDay(user, &t, now); err != nil {
		return t, err
	}
	if set.NewPerDay > 0 {
		t.NewLeft = max(set.NewPerDay-t.NewToday, 0)
	}
	t.GoalMet = t.Answers >= t.Goal
	return t, nil
}

// reviewsOrNone is reviews for a Store that may be nil.
func (s *Store) reviewsOrNone(user string, now time.Time) (map[string]Review, time.Time, error) {
	if s == nil {
		return nil, now, nil
	}
	return s.reviews(user, now)
}

// fillDay adds today's answers, new incidents and the streak.
func (s *Store) fillDay(user string, t *Today, now time.Time) error {
	if s == nil {
		return nil
	}
	uid, ok, err := s.lookupUser(user)
	if err != nil || !ok {
		return err
	}
	err = s.db.QueryRow(`SELECT count(*) FROM (SELECT min(at) AS first FROM answers
WHERE user_id = ? AND not_reached = 0 GROUP BY incident_id) WHERE first >= ?`, uid, toMS(startOfDay(now))).Scan(&t.NewToday)
	if err != nil {
		return classify(s.path, "read answers", err)
	}
	t.Answers, t.Streak, err = s.streak(uid, now)
	return err
}

// streak reads user uid's answers today and their streak: days in a row
// with answers, ending today, or yesterday when today has none yet.
func (s *Store) streak(uid int64, now time.Time) (today, streak int, err error) {
	rows, err := s.db.Query(`SELECT day, answers FROM daily WHERE user_id = ? AND day <= ? ORDER BY day DESC`, uid, dayNumber(now))
	if err != nil {
		return 0, 0, classify(s.path, "read activity", err)
	}
	defer rows.Close()
	want, first := dayNumber(now), true
	for rows.Next() {
		var day int64
		var n int
		if err := rows.Scan(&day, &n); err != nil {
			return 0, 0, classify(s.path, "read activity", err)
		}
		if day == dayNumber(now) {
			today = n
		}
		if first && day < want {
			want-- // today not played yet: the streak may still run to yesterday
		}
		first = false
		if day != want || n == 0 {
			break
		}
		streak++
		want--
	}
	return today, streak, classify(s.path, "read activity", rows.Err())
}

// Cards returns user's FSRS card of every incident they have answered, by
// id, as of now: when each is next due, how well it is known.
func (s *Store) Cards(user string, now time.Time) ([]Card, error) {
	revs, now, err := s.reviewsOrNone(user, now)
	if err != nil {
		return nil, err
	}
	return cards(s.Params(), revs, now), nil
}
