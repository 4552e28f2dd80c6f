package progress

import (
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
)

// LogRecord is one answer in a review log, as `rootcause progress export`
// writes it and `progress import` reads it (one JSON object a line, or a
// CSV row with these names as the header).
type LogRecord struct {
	User       string  `json:"user"`       // display name
	Key        string  `json:"key"`        // SSH key fingerprint, "" locally
	Incident   string  `json:"incident"`   // incident id
	At         string  `json:"at"`         // RFC 3339 with offset
	Mode       string  `json:"mode"`       // practice, exam, review, gameday, ...
	Difficulty string  `json:"difficulty"` // the game's: easy, normal, hard
	Kind       string  `json:"kind"`       // root_cause or follow_up
	Correct    bool    `json:"correct"`
	Choice     int     `json:"choice"`  // index picked, -1 skipped or timed out
	Seconds    float64 `json:"seconds"` // time taken
	Clues      int     `json:"clues"`   // clues or evidence used
	Rating     int     `json:"rating"`  // 1 Again, 2 Hard, 3 Good, 4 Easy
}

// Log kinds.
const (
	KindRootCause = "root_cause"
	KindFollowUp  = "follow_up"
)

// logTime is the export's time format: RFC 3339 with milliseconds (as
// stored) and the trainee's offset.
const logTime = "2006-01-02T15:04:05.000Z07:00"

// ExportLog calls fn with every answer (not the questions never reached),
// of one user or of everyone (user ""), by user and time.
func (s *Store) ExportLog(user string, fn func(LogRecord) error) error {
	if s == nil {
		return nil
	}
	q := `SELECT u.id, u.name, a.key, a.incident_id, a.at, s.mode, a.difficulty, a.kind, a.correct, a.choice, a.elapsed_ms, a.clues, a.rating
FROM answers a JOIN sessions s ON s.id = a.session_id JOIN users u ON u.id = a.user_id
WHERE a.not_reached = 0 AND (? = '' OR u.name = ?) ORDER BY u.name, a.at, a.id`
	rows, err := s.db.Query(q, strings.TrimSpace(user), strings.TrimSpace(user))
	if err != nil {
		return classify(s.path, "read answers", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r LogRecord
		var uid, at, ms int64
		if err := rows.Scan(&uid, &r.User, &r.Key, &r.Incident, &at, &r.Mode, &r.Difficulty, &r.Kind, &r.Correct,
			&r.Choice, &ms, &r.Clues, &r.Rating); err != nil {
			return classify(s.path, "read answers", err)
		}
		loc, err := s.zone(s.db, uid)
		if err != nil {
			return classify(s.path, "read settings", err)
		}
		r.At = fromMS(at).In(loc).Format(logTime)
		if schedules(r.Kind) {
			r.Kind = KindRootCause
		} else {
			r.Kind = KindFollowUp
		}
		r.Seconds = float64(ms) / 1000
		if err := fn(r); err != nil {
			return err
		}
	}
	return classify(s.path, "read answers", rows.Err())
}

// Imported is what ImportLog did.
type Imported struct {
	Added   int // answers added
	Skipped int // already in the database (same user, incident, time and kind)
	Users   int // trainees whose schedule was rebuilt
}

// ImportLog adds records (checked, with defaults filled, as ParseLog does)
// to the database in one transaction: records already present are skipped, so importing twice adds
// nothing; each trainee's answers, old and new, are then replayed in time
// order, so the result is the same whatever order logs arrive in. A
// record's rating is used as given. Imported answers are grouped into
// finished sessions: a run of one mode and difficulty with no gap over
// SessionGap.
func (s *Store) ImportLog(recs []LogRecord) (Imported, error) {
	var res Imported
	if s == nil || len(recs) == 0 {
		return res, nil
	}
	byUser := map[string][]parsedRecord{}
	var users []string
	for _, r := range recs {
		p, err := parseRecord(r)
		if err != nil {
			return res, err
		}
		if _, ok := byUser[p.User]; !ok {
			users = append(users, p.User)
		}
		byUser[p.User] = append(byUser[p.User], p)
	}
	tx, err := s.db.Begin()
	if err != nil {
		return res, classify(s.path, "import", err)
	}
	defer tx.Rollback()
	for _, u := range users {
		added, err := s.importUser(tx, u, byUser[u])
		if err != nil {
			return res, classify(s.path, "import answers of "+u, err)
		}
		res.Added += added
		res.Skipped += len(byUser[u]) - added
		if added > 0 {
			res.Users++
		}
	}
	return res, classify(s.path, "commit import", tx.Commit())
}

// SessionGap splits imported answers into sessions.
const SessionGap = time.Hour

type parsedRecord struct {
	LogRecord
	at time.Time
}

func parseRecord(r LogRecord) (parsedRecord, error) {
	if err := checkRecord(&r); err != nil {
		return parsedRecord{}, err
	}
	at, _ := time.Parse(time.RFC3339, r.At) // checkRecord parsed it
	p := parsedRecord{LogRecord: r, at: at}
	p.User = strings.TrimSpace(r.User)
	if p.User == "" {
		p.User = DefaultUser()
	}
	return p, nil
}

func (s *Store) importUser(tx *sql.Tx, user string, recs []parsedRecord) (int, error) {
	if _, err := tx.Exec(`INSERT INTO users(name, created_at) VALUES(?, ?) ON CONFLICT(name) DO NOTHING`, user, time.Now().UnixMilli()); err != nil {
		return 0, err
	}
	var uid int64
	if err := tx.QueryRow(`SELECT id FROM users WHERE name = ?`, user).Scan(&uid); err != nil {
		return 0, err
	}
	have, err := existing(tx, uid)
	if err != nil {
		return 0, err
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].at.Before(recs[j].at) })
	var fresh []parsedRecord
	for _, r := range recs {
		k := answerKey{r.Incident, toMS(r.at), r.Kind == KindRootCause}
		if !have[k] {
			have[k] = true
			fresh = append(fresh, r)
		}
	}
	added := len(fresh)
	if added == 0 {
		return 0, nil
	}
	for len(fresh) > 0 {
		n := sessionRun(fresh)
		if err := insertSession(tx, uid, fresh[:n]); err != nil {
			return 0, err
		}
		fresh = fresh[n:]
	}
	loc, err := userZone(tx, uid)
	if err != nil {
		return 0, err
	}
	return added, rebuildUser(tx, s.Params(), uid, loc)
}

// answerKey identifies an answer for import: the same trainee, incident,
// time (to the millisecond) and kind of question is the same answer.
type answerKey struct {
	incident string
	at       int64
	root     bool
}

func existing(tx *sql.Tx, uid int64) (map[answerKey]bool, error) {
	rows, err := tx.Query(`SELECT incident_id, at, kind FROM answers WHERE user_id = ?`, uid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	have := map[answerKey]bool{}
	for rows.Next() {
		var k answerKey
		var kind string
		if err := rows.Scan(&k.incident, &k.at, &kind); err != nil {
			return nil, err
		}
		k.root = schedules(kind)
		have[k] = true
	}
	return have, rows.Err()
}

// sessionRun is how many of recs (by time) form the first session.
func sessionRun(recs []parsedRecord) int {
	n := 1
	for n < len(recs) {
		prev, r := recs[n-1], recs[n]
		if r.Mode != prev.Mode || r.Difficulty != prev.Difficulty || r.at.Sub(prev.at) > SessionGap {
			break
		}
		n++
	}
	return n
}

func insertSession(tx *sql.Tx, uid int64, recs []parsedRecord) error {
	first, last := recs[0], recs[len(recs)-1]
	total := 0
	for _, r := range recs {
		total += b2i(r.Kind == KindRootCause)
	}
	res, err := tx.Exec(`INSERT INTO sessions(user_id, mode, difficulty, total, seed, started_at, finished_at) VALUES(?, ?, ?, ?, 0, ?, ?)`,
		uid, first.Mode, first.Difficulty, total, toMS(first.at), toMS(last.at))
	if err != nil {
		return err
	}
	sid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, r := range recs {
		_, err := tx.Exec(`INSERT INTO answers(session_id, user_id, incident_id, kind, difficulty, choice, correct, clues, elapsed_ms, at, rating, key)
VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, sid, uid, r.Incident, r.Kind, r.Difficulty, r.Choice, r.Correct, r.Clues,
			int64(r.Seconds*1000+0.5), toMS(r.at), r.Rating, r.Key)
		if err != nil {
			return err
		}
	}
	return nil
}

// Backup writes a consistent copy of the database to out (which must not
// exist) with VACUUM INTO: it works while trainees are playing, and the
// copy is compact and needs no -wal file.
func (s *Store) Backup(out string) error {
	if s == nil {
		return nil
	}
	if _, err := s.db.Exec(`VACUUM INTO ?`, out); err != nil {
		return fmt.Errorf("back up %s to %s: %s", s.path, out, sqliteMsg(err))
	}
	return nil
}
