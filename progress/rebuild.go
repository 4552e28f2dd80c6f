package progress

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"
)

// migrate5 moves to FSRS-6 and calendar days. Every stored answer is
// replayed (so the rebuild is exact): each older answer gets the rating the
// current grade rule gives it, stored with it from then on. reviews is made
// anew because its "difficulty" column meant FSRS difficulty while every
// other "difficulty" in the schema is the game's (easy, normal, hard): it
// is fsrs_difficulty now.
func migrate5(tx *sql.Tx) error {
	err := execAll(tx, `
ALTER TABLE answers ADD COLUMN rating INTEGER NOT NULL DEFAULT 0; -- FSRS rating 1..4, 0 not reached or not graded yet
ALTER TABLE answers ADD COLUMN not_reached INTEGER NOT NULL DEFAULT 0; -- exam question the time ran out before
ALTER TABLE answers ADD COLUMN key TEXT NOT NULL DEFAULT ''; -- SSH key fingerprint, '' locally
DROP TABLE reviews;
CREATE TABLE reviews (
	user_id         INTEGER NOT NULL REFERENCES users(id),
	incident_id     TEXT NOT NULL,
	stability       REAL NOT NULL,    -- FSRS stability, days
	fsrs_difficulty REAL NOT NULL,    -- FSRS difficulty 1..10 (not the game's difficulty)
	due             INTEGER NOT NULL, -- unix ms
	reps            INTEGER NOT NULL,
	lapses          INTEGER NOT NULL,
	last_review     INTEGER NOT NULL, -- unix ms
	leech           INTEGER NOT NULL,
	answers         INTEGER NOT NULL,
	correct         INTEGER NOT NULL,
	last_correct    INTEGER NOT NULL, -- the latest root-cause answer was right
	PRIMARY KEY (user_id, incident_id)
) WITHOUT ROWID;
CREATE TABLE settings (
	user_id     INTEGER PRIMARY KEY REFERENCES users(id),
	time_zone   TEXT NOT NULL DEFAULT '',   -- IANA name, '' for the machine's
	daily_goal  INTEGER NOT NULL DEFAULT 0, -- answers a day, 0 for DefaultDailyGoal
	new_per_day INTEGER NOT NULL DEFAULT 0, -- new incidents a day, 0 for no cap
	last_setup  TEXT NOT NULL DEFAULT ''    -- the app's last Setup choices (opaque here)
);
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;`)
	if err != nil {
		return err
	}
	return rebuildAll(tx, DefaultParams())
}

// rebuildAll replays every user's answers.
func rebuildAll(tx *sql.Tx, p Params) error {
	rows, err := tx.Query(`SELECT id FROM users ORDER BY id`)
	if err != nil {
		return err
	}
	var uids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		uids = append(uids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, uid := range uids {
		loc, err := userZone(tx, uid)
		if err != nil {
			return err
		}
		if err := rebuildUser(tx, p, uid, loc); err != nil {
			return err
		}
	}
	return nil
}

// replay is one user's state rebuilt from their answers.
type replay struct {
	reviews map[string]*Review
	order   []string
	days    map[int64]*Day
	dayList []int64
	regrade [][2]int64 // answer id, rating for answers graded now
}

// rebuildUser replays user uid's answers in time order (ties by id) into
// their review state and daily activity, replacing what was there.
func rebuildUser(tx *sql.Tx, p Params, uid int64, loc *time.Location) error {
	rows, err := tx.Query(`SELECT id, incident_id, kind, choice, correct, clues, elapsed_ms, at, rating
FROM answers WHERE user_id = ? AND not_reached = 0 ORDER BY at, id`, uid)
	if err != nil {
		return err
	}
	rp := replay{reviews: map[string]*Review{}, days: map[int64]*Day{}}
	for rows.Next() {
		var id, ms, at int64
		var a Answer
		if err := rows.Scan(&id, &a.IncidentID, &a.Kind, &a.Choice, &a.Correct, &a.Clues, &ms, &at, &a.Rating); err != nil {
			rows.Close()
			return err
		}
		a.Elapsed, a.At = time.Duration(ms)*time.Millisecond, fromMS(at)
		rp.add(p, id, a, loc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return rp.save(tx, uid)
}

func (rp *replay) add(p Params, id int64, a Answer, loc *time.Location) {
	r := rp.reviews[a.IncidentID]
	if r == nil {
		r = &Review{IncidentID: a.IncidentID}
		rp.reviews[a.IncidentID] = r
		rp.order = append(rp.order, a.IncidentID)
	}
	g := a.Rating
	if g < Again || g > Easy {
		g = GradeAfter(Answer{Kind: a.Kind, Choice: a.Choice, Correct: a.Correct, Clues: a.Clues, Elapsed: a.Elapsed, At: a.At}, *r, loc)
		rp.regrade = append(rp.regrade, [2]int64{id, int64(g)})
	}
	*r = r.record(p, a, g, loc)
	dn := dayNumber(a.At.In(loc))
	d := rp.days[dn]
	if d == nil {
		d = &Day{}
		rp.days[dn] = d
		rp.dayList = append(rp.dayList, dn)
	}
	d.Answers++
	d.Correct += b2i(a.Correct)
}

func (rp *replay) save(tx *sql.Tx, uid int64) error {
	if err := execArgs(tx, `DELETE FROM reviews WHERE user_id = ?`, uid); err != nil {
		return err
	}
	if err := execArgs(tx, `DELETE FROM daily WHERE user_id = ?`, uid); err != nil {
		return err
	}
	ins, err := tx.Prepare(sqlSaveReview)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, id := range rp.order {
		if _, err := ins.Exec(reviewArgs(uid, *rp.reviews[id])...); err != nil {
			return err
		}
	}
	for _, dn := range rp.dayList {
		if err := addDaily(tx, uid, dn, rp.days[dn].Answers, rp.days[dn].Correct); err != nil {
			return err
		}
	}
	return saveRatings(tx, rp.regrade)
}

// saveRatings stores the ratings given now to older answers, many ids per
// statement: one UPDATE per answer made the replay twice as slow.
func saveRatings(tx *sql.Tx, graded [][2]int64) error {
	const chunk = 500
	byRating := map[int64][]any{}
	for _, g := range graded {
		byRating[g[1]] = append(byRating[g[1]], g[0])
	}
	for rating := int64(Again); rating <= int64(Easy); rating++ {
		ids := byRating[rating]
		for len(ids) > 0 {
			n := min(len(ids), chunk)
			q := `UPDATE answers SET rating = ? WHERE id IN (?` + strings.Repeat(",?", n-1) + `)`
			if _, err := tx.Exec(q, append([]any{rating}, ids[:n]...)...); err != nil {
				return err
			}
			ids = ids[n:]
		}
	}
	return nil
}

func execArgs(tx *sql.Tx, q string, args ...any) error {
	_, err := tx.Exec(q, args...)
	return err
}

// record adds one answer graded g to the review state: a root-cause answer
// is a review; a follow-up only counts in the totals.
func (r Review) record(p Params, a Answer, g Grade, loc *time.Location) Review {
	if schedules(a.Kind) {
		r = r.after(p, g, a.At, loc)
		r.LastCorrect = a.Correct
	}
	r.Answers++
	r.Correct += b2i(a.Correct)
	return r
}

func reviewArgs(uid int64, r Review) []any {
	return []any{uid, r.IncidentID, r.Stability, r.Difficulty, toMS(r.Due), r.Reps, r.Lapses,
		toMS(r.LastReview), r.Leech, r.Answers, r.Correct, r.LastCorrect}
}

// userZone is user uid's time zone: their setting, else the machine's.
func userZone(q interface {
	QueryRow(string, ...any) *sql.Row
}, uid int64) (*time.Location, error) {
	var name string
	err := q.QueryRow(`SELECT time_zone FROM settings WHERE user_id = ?`, uid).Scan(&name)
	if err == sql.ErrNoRows || err == nil && name == "" {
		return time.Local, nil
	}
	if err != nil {
		return nil, err
	}
	if loc, lerr := time.LoadLocation(name); lerr == nil {
		return loc, nil
	}
	return time.Local, nil
}

// metaParams is the key of the scheduler parameters in meta.
const metaParams = "fsrs_params"

// loadParams reads the stored scheduler parameters; none stored are the defaults.
func loadParams(q interface {
	QueryRow(string, ...any) *sql.Row
}) (Params, error) {
	var js string
	err := q.QueryRow(`SELECT value FROM meta WHERE key = ?`, metaParams).Scan(&js)
	if err == sql.ErrNoRows {
		return DefaultParams(), nil
	}
	if err != nil {
		return Params{}, err
	}
	var p Params
	if err := json.Unmarshal([]byte(js), &p); err != nil {
		return Params{}, err
	}
	return p, p.Validate()
}
