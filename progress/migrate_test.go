package progress

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestOpenCreatesLatestSchema(t *testing.T) {
	for _, name := range []string{"missing", "empty file"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sub dir?#", "progress.db")
			if name == "empty file" {
				os.MkdirAll(filepath.Dir(path), 0o755)
				os.WriteFile(path, nil, 0o644)
			}
			st, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got := count(t, st.db, `PRAGMA user_version`); got != SchemaVersion {
				t.Errorf("user_version = %d, want %d", got, SchemaVersion)
			}
			var mode string
			st.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
			if mode != "wal" {
				t.Errorf("journal_mode = %q, want wal", mode)
			}
			for _, tbl := range []string{"users", "sessions", "answers", "reviews"} {
				if count(t, st.db, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?`, tbl) != 1 {
					t.Errorf("table %s missing", tbl)
				}
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("file not at the path given: %v", err)
			}
		})
	}
}

// history is a fixed answer history used to compare migrated and live databases.
var history = []struct {
	user    string
	session int
	inc     string
	correct bool
	clues   int
	secs    int
	day     int
}{
	{"ana", 0, "INC-AA", true, 0, 10, 0},
	{"ana", 0, "INC-AB", false, 1, 40, 0},
	{"ana", 0, "INC-AB", true, 0, 5, 0}, // follow-up (kindOf): not a review
	{"ana", 1, "INC-AB", true, 2, 30, 1},
	{"ana", 2, "INC-AA", true, 0, 12, 4},
	{"ben", 3, "INC-AA", false, 0, 90, 0},
	{"ben", 3, "INC-AC", true, 1, 20, 0},
	{"ben", 4, "INC-AA", false, 0, 70, 2},
	{"ben", 4, "INC-GONE", true, 0, 70, 2},
}

// kindOf is history[i]'s question kind: the third answer is a follow-up.
func kindOf(i int) string {
	if i == 2 {
		return "prevention"
	}
	return "cause"
}

// buildAt creates a database at schema version v through the migration
// steps themselves, filled with history by plain inserts.
func buildAt(t *testing.T, path string, v int) {
	db := rawDB(t, path)
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < v; i++ {
		if err := migrations[i](tx); err != nil {
			t.Fatal(err)
		}
	}
	for i, h := range history {
		at := toMS(t0.AddDate(0, 0, h.day).Add(time.Duration(i) * time.Minute))
		tx.Exec(`INSERT OR IGNORE INTO users(name, created_at) VALUES(?, 0)`, h.user)
		tx.Exec(`INSERT OR IGNORE INTO sessions(id, user_id, mode, difficulty, total, seed, started_at, finished_at)
			VALUES(?, (SELECT id FROM users WHERE name = ?), 'practice', 'normal', 5, 1, ?, ?)`, h.session+1, h.user, at, at)
		_, err := tx.Exec(`INSERT INTO answers(session_id, incident_id, kind, difficulty, choice, correct, clues, elapsed_ms, at)
			VALUES(?, ?, ?, 'normal', 0, ?, ?, ?, ?)`, h.session+1, h.inc, kindOf(i), h.correct, h.clues, h.secs*1000, at)
		if err != nil {
			t.Fatal(err)
		}
	}
	if v >= 4 { // a binary at v4 filed each answer's user as it recorded
		if _, err := tx.Exec(`UPDATE answers SET user_id = (SELECT user_id FROM sessions WHERE sessions.id = answers.session_id)`); err != nil {
			t.Fatal(err)
		}
	}
	if v >= 5 { // a binary at v5 kept the review state as it recorded; migrations after 5 do not rebuild it
		if err := rebuildAll(tx, DefaultParams()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, v)); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()
}

// liveReviews records history through the API and returns the review states
// and the daily activity.
func liveReviews(t *testing.T) (map[string]map[string]Review, map[string][]Day) {
	st, _ := openTemp(t)
	sids := map[int]int64{}
	for i, h := range history {
		at := t0.AddDate(0, 0, h.day).Add(time.Duration(i) * time.Minute)
		if _, ok := sids[h.session]; !ok {
			sids[h.session] = mustSession(t, st, h.user, at)
		}
		a := Answer{IncidentID: h.inc, Kind: kindOf(i), Correct: h.correct, Clues: h.clues, Elapsed: time.Duration(h.secs) * time.Second, At: at}
		if err := st.RecordAnswer(sids[h.session], a); err != nil {
			t.Fatal(err)
		}
	}
	return allReviews(t, st), allDays(t, st)
}

func allDays(t *testing.T, st *Store) map[string][]Day {
	out := map[string][]Day{}
	for _, u := range []string{"ana", "ben"} {
		s, err := st.Stats(u, corpus(3), t0.AddDate(0, 0, 7))
		if err != nil {
			t.Fatal(err)
		}
		out[u] = s.Days
	}
	return out
}

func allReviews(t *testing.T, st *Store) map[string]map[string]Review {
	out := map[string]map[string]Review{}
	for _, u := range []string{"ana", "ben"} {
		r, _, err := st.reviews(u, t0)
		if err != nil {
			t.Fatal(err)
		}
		out[u] = r
	}
	return out
}

func TestMigrateFromEachEarlierSchema(t *testing.T) {
	want, wantDays := liveReviews(t)
	for v := 1; v < SchemaVersion; v++ {
		t.Run(fmt.Sprintf("from v%d", v), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			buildAt(t, path, v)
			st, err := Open(path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer st.Close()
			if got := count(t, st.db, `PRAGMA user_version`); got != SchemaVersion {
				t.Fatalf("user_version = %d, want %d", got, SchemaVersion)
			}
			if got := count(t, st.db, `SELECT count(*) FROM answers`); got != len(history) {
				t.Errorf("answers after migration = %d, want %d", got, len(history))
			}
			if got := allDays(t, st); !reflect.DeepEqual(got, wantDays) {
				t.Errorf("daily activity differs after migration")
			}
			got := allReviews(t, st)
			for u, revs := range want {
				if len(got[u]) != len(revs) {
					t.Errorf("%s: %d review states, want %d", u, len(got[u]), len(revs))
				}
				for id, w := range revs {
					g := got[u][id]
					if !g.Due.Equal(w.Due) || g.Reps != w.Reps || g.Lapses != w.Lapses || g.Leech != w.Leech ||
						g.Answers != w.Answers || g.Correct != w.Correct || g.LastCorrect != w.LastCorrect ||
						fmt.Sprintf("%.9f", g.Stability) != fmt.Sprintf("%.9f", w.Stability) {
						t.Errorf("%s %s: migrated %+v, live %+v", u, id, g, w)
					}
				}
			}
		})
	}
}

func TestNewerSchemaIsRefusedUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	db := rawDB(t, path)
	if _, err := db.Exec(fmt.Sprintf(`PRAGMA user_version = %d; CREATE TABLE future(x)`, SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path)
	assertFileError(t, err, ErrNewerSchema, path)
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("a newer database was modified")
	}
}

func TestConcurrentOpenMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "race.db")
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			st, err := Open(path)
			if err == nil {
				err = st.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	db, _ := sql.Open("sqlite", dsn(path, time.Second))
	defer db.Close()
	if got := count(t, db, `PRAGMA user_version`); got != SchemaVersion {
		t.Errorf("user_version = %d", got)
	}
}

// TestReplayGradesOlderAnswersAndKeepsGivenRatings: an answer stored
// before ratings were is graded by the current rule during the replay
// (right but slow: Hard); a stored rating (Again though right, Easy though
// slow, as an imported log may say) survives every later replay.
func TestReplayGradesOlderAnswersAndKeepsGivenRatings(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	insert := func(inc string, secs int, at time.Time) {
		_, err := st.db.Exec(`INSERT INTO answers(session_id, user_id, incident_id, kind, difficulty, choice, correct, clues, elapsed_ms, at)
VALUES(?, (SELECT user_id FROM sessions WHERE id = ?), ?, 'cause', 'normal', 0, 1, 0, ?, ?)`, sid, sid, inc, secs*1000, toMS(at))
		if err != nil {
			t.Fatal(err)
		}
	}
	insert("INC-AA", 100, t0)
	insert("INC-AB", 10, t0)
	insert("INC-AE", 10, t0.AddDate(0, 0, -2)) // Good, then a quick repeat: Easy
	insert("INC-AE", 10, t0)
	for i := 0; i < 600; i++ { // more than one statement's worth of ratings
		insert("INC-ZZ", 10, t0.AddDate(0, 0, -3).Add(time.Duration(i)*time.Second))
	}
	if _, err := st.ImportLog([]LogRecord{
		{User: "ana", Incident: "INC-AC", At: "2026-03-11T10:00:00Z", Correct: true, Choice: 0, Rating: 1},
		{User: "ana", Incident: "INC-AD", At: "2026-03-11T10:00:00Z", Correct: true, Choice: 0, Seconds: 500, Rating: 4},
	}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetParams(DefaultParams()); err != nil { // another replay
		t.Fatal(err)
	}
	if n := count(t, st.db, `SELECT count(*) FROM answers WHERE rating = 0`); n != 0 {
		t.Errorf("%d answers left without a rating", n)
	}
	want := map[string]int{"INC-AA": 2, "INC-AB": 3, "INC-AC": 1, "INC-AD": 4, "INC-AE": 4}
	st.ExportLog("ana", func(r LogRecord) error {
		if r.Incident == "INC-ZZ" || r.Incident == "INC-AE" && r.At < "2026-03-11" {
			return nil
		}
		if r.Rating != want[r.Incident] {
			t.Errorf("%s: rating %d after the replays, want %d", r.Incident, r.Rating, want[r.Incident])
		}
		delete(want, r.Incident)
		return nil
	})
	if len(want) > 0 {
		t.Errorf("not exported: %v", want)
	}
}

// TestMigrateV5WithKeys: a schema-5 file whose game days made the
// account_keys table on first use keeps its keys, answers and schedule
// when schema 6 takes the table over.
func TestMigrateV5WithKeys(t *testing.T) {
	want, _ := liveReviews(t)
	path := filepath.Join(t.TempDir(), "v5.db")
	buildAt(t, path, 5)
	db := rawDB(t, path)
	if _, err := db.Exec(`CREATE TABLE account_keys (fingerprint TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), added_at INTEGER NOT NULL);
CREATE INDEX account_keys_user ON account_keys(user_id);
INSERT INTO account_keys VALUES('SHA256:anaKEY1', (SELECT id FROM users WHERE name = 'ana'), 1), ('SHA256:benKEY1', (SELECT id FROM users WHERE name = 'ben'), 2)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := count(t, st.db, `PRAGMA user_version`); got != 7 {
		t.Errorf("user_version = %d, want 7", got)
	}
	for fp, name := range map[string]string{"SHA256:anaKEY1": "ana", "SHA256:benKEY1": "ben"} {
		if got, err := st.AccountFor(fp, "someone"); err != nil || got != name {
			t.Errorf("AccountFor(%s) = %q, %v; want %s", fp, got, err, name)
		}
	}
	if got := count(t, st.db, `SELECT count(*) FROM answers`); got != len(history) {
		t.Errorf("answers = %d, want %d", got, len(history))
	}
	got := allReviews(t, st)
	for u, revs := range want {
		for id, w := range revs {
			if g := got[u][id]; !g.Due.Equal(w.Due) || g.Reps != w.Reps || g.Answers != w.Answers {
				t.Errorf("%s %s: migrated %+v, live %+v", u, id, g, w)
			}
		}
	}
	if err := st.CreateCohort("October hires", t0); err != nil {
		t.Errorf("the new tables: %v", err)
	}
}
