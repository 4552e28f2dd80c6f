package progress

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SessionInfo describes a session as it starts.
type SessionInfo struct {
	Mode       string // practice, exam, review, ...
	Difficulty string // easy, normal, hard
	Total      int    // questions planned
	Seed       int64
	At         time.Time // start time; zero = now
}

// Answer is one answered (or skipped) question.
type Answer struct {
	IncidentID string
	Kind       string // question kind, e.g. "cause" or a follow-up kind
	Difficulty string
	Choice     int // index picked; -1 when skipped or timed out
	Correct    bool
	Clues      int           // clues revealed before answering
	Elapsed    time.Duration // time taken
	At         time.Time     // when answered; zero = now
}

// Time limits of the grade rule.
const (
	EasyWithin = 15 * time.Second // right with no clue within this: Easy
	HardAfter  = 60 * time.Second // right but slower than this: Hard
)

// GradeFor derives the FSRS grade of an answer:
//
//   - wrong, skipped or timed out: Again
//   - right after two or more clues, or after more than HardAfter (60 s): Hard
//   - right with no clue within EasyWithin (15 s): Easy
//   - any other right answer: Good
func GradeFor(a Answer) Grade {
	switch {
	case !a.Correct:
		return Again
	case a.Clues >= 2 || a.Elapsed > HardAfter:
		return Hard
	case a.Clues == 0 && a.Elapsed <= EasyWithin:
		return Easy
	}
	return Good
}

// LeechLapses is how many misses make an incident a persistent weak spot
// (Anki's leech threshold).
const LeechLapses = 8

// Review is the FSRS state of one incident for one user.
type Review struct {
	IncidentID string
	Memory
	Due        time.Time
	LastReview time.Time
	Reps       int  // scheduled reviews so far
	Lapses     int  // times missed (graded Again)
	Leech      bool // missed LeechLapses times: a persistent weak spot; stays set

	// Totals over every answer to the incident, follow-ups included.
	Answers     int
	Correct     int
	LastCorrect bool // the latest answer was right
}

// after returns the state after a review graded g at time at.
func (r Review) after(g Grade, at time.Time) Review {
	elapsed := elapsedDays(r.LastReview, at)
	r.Memory = Next(r.Memory, g, elapsed)
	r.Reps++
	if g == Again {
		r.Lapses++
	}
	r.Leech = r.Leech || r.Lapses >= LeechLapses
	r.LastReview = at
	r.Due = at.AddDate(0, 0, Interval(r.Stability))
	return r
}

// StartSession records the start of a session for user ("" = DefaultUser)
// and returns its id. A nil Store returns 0.
func (s *Store) StartSession(user string, info SessionInfo) (int64, error) {
	if s == nil {
		return 0, nil
	}
	uid, err := s.userID(user)
	if err != nil {
		return 0, err
	}
	at := info.At
	if at.IsZero() {
		at = time.Now()
	}
	res, err := s.db.Exec(`INSERT INTO sessions(user_id, mode, difficulty, total, seed, started_at) VALUES(?, ?, ?, ?, ?, ?)`,
		uid, info.Mode, info.Difficulty, info.Total, info.Seed, toMS(at))
	if err != nil {
		return 0, classify(s.path, "start session", err)
	}
	return res.LastInsertId()
}

// FinishSession marks a session finished. A session never finished shows as
// interrupted in stats and reports.
func (s *Store) FinishSession(id int64, at time.Time) error {
	if s == nil {
		return nil
	}
	if at.IsZero() {
		at = time.Now()
	}
	res, err := s.db.Exec(`UPDATE sessions SET finished_at = ? WHERE id = ?`, toMS(at), id)
	if err != nil {
		return classify(s.path, "finish session", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("progress database %s: no session %d", s.path, id)
	}
	return nil
}

const reviewCols = `incident_id, stability, difficulty, due, reps, lapses, last_review, leech, answers, correct, last_correct`

func scanReview(sc interface{ Scan(...any) error }) (Review, error) {
	var r Review
	var due, last int64
	err := sc.Scan(&r.IncidentID, &r.Stability, &r.Difficulty, &due, &r.Reps, &r.Lapses, &last, &r.Leech,
		&r.Answers, &r.Correct, &r.LastCorrect)
	r.Due, r.LastReview = fromMS(due), fromMS(last)
	return r, err
}

// loadReview reads the row of sqlLoadReview; a missing row is a fresh Review.
func loadReview(row *sql.Row, id string) (Review, bool, error) {
	r, err := scanReview(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Review{IncidentID: id}, false, nil
	}
	return r, err == nil, err
}

// ReviewOf returns user's review state of one incident; ok is false when the
// user has never answered it.
func (s *Store) ReviewOf(user, incidentID string) (r Review, ok bool, err error) {
	if s == nil {
		return Review{IncidentID: incidentID}, false, nil
	}
	uid, found, err := s.lookupUser(user)
	if err != nil || !found {
		return Review{IncidentID: incidentID}, false, err
	}
	r, ok, err = loadReview(s.db.QueryRow(sqlLoadReview, uid, incidentID), incidentID)
	return r, ok, classify(s.path, "read review of "+incidentID, err)
}

func toMS(t time.Time) int64 { return t.UnixMilli() }

func fromMS(ms int64) time.Time { return time.UnixMilli(ms) }

func msDuration(ms int64) time.Duration { return time.Duration(ms) * time.Millisecond }
