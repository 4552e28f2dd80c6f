package progress

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SQL of the answer path.
const (
	sqlSessionUser  = `SELECT user_id FROM sessions WHERE id = ?`
	sqlInsertAnswer = `INSERT INTO answers(session_id, user_id, incident_id, kind, difficulty, choice, correct, clues, elapsed_ms, at,
	rating, not_reached, key)
VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlAddDaily = `INSERT INTO daily(user_id, day, answers, correct) VALUES(?, ?, ?, ?)
ON CONFLICT(user_id, day) DO UPDATE SET answers = answers + excluded.answers, correct = correct + excluded.correct`
	sqlLoadReview = `SELECT ` + reviewCols + ` FROM reviews WHERE user_id = ? AND incident_id = ?`
	sqlSaveReview = `INSERT INTO reviews(user_id, ` + reviewCols + `)
VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(user_id, incident_id) DO UPDATE SET stability = excluded.stability, fsrs_difficulty = excluded.fsrs_difficulty,
	due = excluded.due, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review,
	leech = excluded.leech, answers = excluded.answers, correct = excluded.correct, last_correct = excluded.last_correct`
)

// stmts are the answer path's statements, prepared once per Store: with
// this driver, parsing the SQL costs more than running it.
type stmts struct {
	sessionUser, insertAnswer, addDaily, loadReview, saveReview *sql.Stmt
}

func (s *Store) prepareStmts() error {
	st := &s.stmts
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.sessionUser, sqlSessionUser}, {&st.insertAnswer, sqlInsertAnswer},
		{&st.addDaily, sqlAddDaily}, {&st.loadReview, sqlLoadReview}, {&st.saveReview, sqlSaveReview},
	} {
		stmt, err := s.db.Prepare(p.sql)
		if err != nil {
			return classify(s.path, "prepare", err)
		}
		*p.dst = stmt
	}
	return nil
}

func (st *stmts) close() {
	for _, s := range []*sql.Stmt{st.sessionUser, st.insertAnswer, st.addDaily, st.loadReview, st.saveReview} {
		if s != nil {
			s.Close()
		}
	}
}

// RecordAnswer stores one answer and updates the incident's schedule, in one
// transaction committed before it returns. A root-cause answer is a review;
// follow-up questions are recorded for stats but do not move the schedule.
// A NotReached answer is kept and nothing else.
func (s *Store) RecordAnswer(sessionID int64, a Answer) error {
	if s == nil {
		return nil
	}
	if a.At.IsZero() {
		a.At = time.Now()
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "record an answer", err)
	}
	defer tx.Rollback()
	if err := s.recordTx(tx, sessionID, a); err != nil {
		return classify(s.path, "record answer for incident "+a.IncidentID, err)
	}
	return classify(s.path, "record answer for incident "+a.IncidentID, tx.Commit())
}

func (s *Store) recordTx(tx *sql.Tx, sessionID int64, a Answer) error {
	st := &s.stmts
	var uid int64
	if err := tx.Stmt(st.sessionUser).QueryRow(sessionID).Scan(&uid); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("no session %d", sessionID)
		}
		return err
	}
	insert := func(g Grade) error {
		_, err := tx.Stmt(st.insertAnswer).Exec(sessionID, uid, a.IncidentID, a.Kind, a.Difficulty, a.Choice, a.Correct,
			a.Clues, a.Elapsed.Milliseconds(), toMS(a.At), int(g), a.NotReached, a.Key)
		return err
	}
	if a.NotReached {
		return insert(0)
	}
	loc, err := s.zone(tx, uid)
	if err != nil {
		return err
	}
	r, _, err := loadReview(tx.Stmt(st.loadReview).QueryRow(uid, a.IncidentID), a.IncidentID)
	if err != nil {
		return err
	}
	g := GradeAfter(a, r, loc)
	if err := insert(g); err != nil {
		return err
	}
	if _, err := tx.Stmt(st.addDaily).Exec(uid, dayNumber(a.At.In(loc)), 1, b2i(a.Correct)); err != nil {
		return err
	}
	r = r.record(s.Params(), a, g, loc)
	_, err = tx.Stmt(st.saveReview).Exec(reviewArgs(uid, r)...)
	return err
}

// addDaily adds to user uid's activity on a day (see dayNumber); for
// rebuilds, which run before the statements are prepared.
func addDaily(tx *sql.Tx, uid, day int64, answers, correct int) error {
	_, err := tx.Exec(sqlAddDaily, uid, day, answers, correct)
	return err
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
