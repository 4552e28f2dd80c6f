package progress

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Settings are one trainee's preferences, kept in the database so every
// window and machine using it agrees.
type Settings struct {
	// TimeZone is an IANA zone name ("Europe/Berlin"); "" is the machine's.
	// Days (streaks, due today, FSRS elapsed days) are counted in it.
	TimeZone string `json:"time_zone"`
	// DailyGoal is answers a day; 0 means DefaultDailyGoal.
	DailyGoal int `json:"daily_goal"`
	// NewPerDay caps incidents seen for the first time each day; 0: no cap.
	NewPerDay int `json:"new_per_day"`
	// LastSetup is the app's last Setup choices, stored as given.
	LastSetup string `json:"last_setup"`
}

// DefaultDailyGoal is the daily goal of a trainee who set none.
const DefaultDailyGoal = 10

// zone is user uid's time zone, cached for the Store's life (SaveSettings
// refreshes it).
func (s *Store) zone(q interface {
	QueryRow(string, ...any) *sql.Row
}, uid int64) (*time.Location, error) {
	s.mu.Lock()
	loc, ok := s.zones[uid]
	s.mu.Unlock()
	if ok {
		return loc, nil
	}
	loc, err := userZone(q, uid)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.zones[uid] = loc
	s.mu.Unlock()
	return loc, nil
}

// Settings returns user's settings (zero values when none are saved).
func (s *Store) Settings(user string) (Settings, error) {
	var set Settings
	if s == nil {
		return set, nil
	}
	uid, ok, err := s.lookupUser(user)
	if err != nil || !ok {
		return set, err
	}
	err = s.db.QueryRow(`SELECT time_zone, daily_goal, new_per_day, last_setup FROM settings WHERE user_id = ?`, uid).
		Scan(&set.TimeZone, &set.DailyGoal, &set.NewPerDay, &set.LastSetup)
	if err == sql.ErrNoRows {
		err = nil
	}
	return set, classify(s.path, "read settings of "+user, err)
}

// SaveSettings stores user's settings. A new time zone re-counts their days:
// the schedule and activity are rebuilt from their answers in the same
// transaction.
func (s *Store) SaveSettings(user string, set Settings) error {
	if s == nil {
		return nil
	}
	set.TimeZone = strings.TrimSpace(set.TimeZone)
	loc := time.Local
	if set.TimeZone != "" {
		l, err := time.LoadLocation(set.TimeZone)
		if err != nil {
			return fmt.Errorf("time zone %q: %w", set.TimeZone, err)
		}
		loc = l
	}
	if set.DailyGoal < 0 || set.NewPerDay < 0 {
		return fmt.Errorf("settings: daily goal %d and new per day %d must not be negative", set.DailyGoal, set.NewPerDay)
	}
	uid, err := s.userID(user)
	if err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "save settings", err)
	}
	defer tx.Rollback()
	before, err := userZone(tx, uid)
	if err == nil {
		_, err = tx.Exec(`INSERT INTO settings(user_id, time_zone, daily_goal, new_per_day, last_setup) VALUES(?, ?, ?, ?, ?)
ON CONFLICT(user_id) DO UPDATE SET time_zone = excluded.time_zone, daily_goal = excluded.daily_goal,
	new_per_day = excluded.new_per_day, last_setup = excluded.last_setup`, uid, set.TimeZone, set.DailyGoal, set.NewPerDay, set.LastSetup)
	}
	if err == nil && before.String() != loc.String() {
		err = rebuildUser(tx, s.Params(), uid, loc)
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return classify(s.path, "save settings of "+user, err)
	}
	s.mu.Lock()
	s.zones[uid] = loc
	s.mu.Unlock()
	return nil
}

// Params are the scheduler parameters in use (stored in the database, so
// a cohort's file carries its fitted weights).
func (s *Store) Params() Params {
	if s == nil {
		return DefaultParams()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.params
}

// SetParams stores scheduler parameters (e.g. weights fitted offline on an
// exported log) and reschedules every trainee with them, in one transaction.
func (s *Store) SetParams(p Params) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if s == nil {
		return nil
	}
	js, err := json.Marshal(p)
	if err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "save scheduler parameters", err)
	}
	defer tx.Rollback()
	_, err = tx.Exec(`INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, metaParams, string(js))
	if err == nil {
		err = rebuildAll(tx, p)
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return classify(s.path, "save scheduler parameters", err)
	}
	s.mu.Lock()
	s.params = p
	s.mu.Unlock()
	return nil
}
