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
	Difficulty string // the game's difficulty: easy, normal, hard
	Total      int    // questions planned
	Seed       int64
	At         time.Time // start time; zero = now
}

// Answer is one answered (or skipped) question. The zero value of every
// field after At keeps the behaviour callers had before it existed.
type Answer struct {
	IncidentID string
	Kind       string // question kind: "root_cause" (also "cause" or "") schedules; any other is a follow-up
	Difficulty string // the game's difficulty
	Choice     int    // index picked; -1 when skipped or timed out
	Correct    bool
	// Clues is the paid hints the answer took: clues revealed plus
	// evidence opened beyond the question's investigation budget (the app
	// passes quiz.AnswerRecord.PaidClues). Evidence opened within the
	// budget is investigation, the skill under test, and is not counted.
	Clues   int
	Elapsed time.Duration // time taken
	At      time.Time     // when answered; zero = now

	// Words is the question's length in words (brief, card and choices); it
	// scales the time bands. 0: a question of average length.
	Words int
	// Sure is the trainee's "I was sure" key: a right answer with no paid
	// hint and not slow is then Easy.
	Sure bool
	// NotReached marks an exam question the time ran out before: recorded,
	// never scheduled or counted as a miss.
	NotReached bool
	// Rating, when set (1..4), is used as given (an imported review log).
	Rating Grade
	// Key is the SSH key fingerprint the answer came with, "" locally.
	Key string
}

// Time bands of the grade rule, for a question of AverageWords words.
const (
	EasyWithin   = 15 * time.Second // a repeat right answer this fast (after reading) is Easy
	HardAfter    = 60 * time.Second // a right answer slower than this (after reading) is Hard
	AverageWords = 90               // words in an average question
	// ReadPerWord is reading time per word (200 words a minute).
	ReadPerWord = 300 * time.Millisecond
)

// readTime is the time to read a question of words words (AverageWords
// when unknown).
func readTime(words int) time.Duration {
	if words <= 0 {
		words = AverageWords
	}
	return time.Duration(words) * ReadPerWord
}

// GradeFor is the FSRS grade of an answer on its own (no history):
//
//   - wrong, skipped or timed out: Again
//   - right, but after a paid hint (Clues > 0: a clue, or evidence beyond
//     the investigation budget), or slower than reading time + HardAfter:
//     Hard
//   - right with "I was sure" (Sure), no paid hint and not slow: Easy
//   - any other right answer: Good
//
// Speed alone never makes Easy: a fast right answer to a multiple-choice
// question is as often a guess (see GradeAfter for the repeat rule).
// An explicit Rating wins.
func GradeFor(a Answer) Grade {
	if a.Rating >= Again && a.Rating <= Easy {
		return a.Rating
	}
	switch {
	case !a.Correct || a.Choice < 0:
		return Again
	case a.Clues > 0 || a.Elapsed > readTime(a.Words)+HardAfter:
		return Hard
	case a.Sure:
		return Easy
	}
	return Good
}

// GradeAfter is GradeFor given the incident's review state before the
// answer: a right answer with no clue at all, within reading time +
// EasyWithin, is Easy when the previous root-cause answer, on an earlier
// day, was right too: knowing it twice in a row, quickly, is recall, not a
// lucky guess.
func GradeAfter(a Answer, prev Review, loc *time.Location) Grade {
	g := GradeFor(a)
	if g == Good && a.Rating == 0 && a.Clues == 0 && a.Elapsed <= readTime(a.Words)+EasyWithin &&
		prev.Reps > 0 && prev.LastCorrect && calendarDays(prev.LastReview, a.At, loc) >= 1 {
		return Easy
	}
	return g
}

// schedules reports whether an answer of this kind is a review (the
// root-cause question) rather than a follow-up.
func schedules(kind string) bool { return kind == "root_cause" || kind == "cause" || kind == "" }

// LeechLapses is how many lapses make an incident a persistent weak spot
// (Anki's leech threshold).
const LeechLapses = 8

// Review is the FSRS state of one incident for one user.
type Review struct {
	IncidentID string
	Memory
	Due        time.Time
	LastReview time.Time
	Reps       int  // scheduled reviews so far
	Lapses     int  // misses of an incident already learnt: not the first answer, not the same day
	Leech      bool // LeechLapses lapses: a persistent weak spot; stays set

	// Totals over every answer to the incident, follow-ups included.
	Answers int
	Correct int
	// LastCorrect: the latest root-cause answer was right (a follow-up
	// does not change it).
	LastCorrect bool
}

// after returns the state after a review graded g at time at, counting
// days in loc. A lapse is a miss of an incident answered before on an
// earlier day, as Anki counts failures of cards in review.
func (r Review) after(p Params, g Grade, at time.Time, loc *time.Location) Review {
	elapsed := calendarDays(r.LastReview, at, loc)
	if g == Again && r.Reps > 0 && elapsed >= 1 {
		r.Lapses++
	}
	r.Memory = p.Next(r.Memory, g, elapsed)
	r.Reps++
	r.Leech = r.Leech || r.Lapses >= LeechLapses
	r.LastReview = at
	r.Due = at.In(loc).AddDate(0, 0, p.Interval(r.Stability))
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

const reviewCols = `incident_id, stability, fsrs_difficulty, due, reps, lapses, last_review, leech, answers, correct, last_correct`

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
