package progress

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"
)

// BenchmarkRecordAnswer measures recording one answer with its commit, and
// reports the 50th and 99th percentile latency of single calls.
func BenchmarkRecordAnswer(b *testing.B) {
	st, _ := openTemp(b)
	sid := mustSession(b, st, "ana", t0)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%20 == 19 { // new session now and then, as a trainee would
			b.StopTimer()
			sid = mustSession(b, st, "ana", t0)
			b.StartTimer()
		}
		a := Answer{IncidentID: incID(i % 30), Kind: "cause", Correct: i%3 != 0, Clues: i % 2,
			Elapsed: 20 * time.Second, At: t0.Add(time.Duration(i) * time.Minute)}
		start := time.Now()
		if err := st.RecordAnswer(sid, a); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// fixtures are large databases built once per test binary run.
var (
	fixtureMu  sync.Mutex
	fixtures   = map[string]string{}
	fixtureDir string
)

// fixture returns the path of a database holding users × perUser answers
// over the last year. It is written at schema version 1 by plain inserts,
// then opened, so the migrations derive review state, totals and daily
// activity exactly as they would for an old database.
// openFixture opens the shared fixture database for users × perUser
// answers; it is closed when the benchmark ends.
func openFixture(b *testing.B, users, perUser int) *Store {
	st, err := Open(fixture(b, users, perUser))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

func fixture(b *testing.B, users, perUser int) string {
	fixtureMu.Lock()
	defer fixtureMu.Unlock()
	key := fmt.Sprint(users, "x", perUser)
	if p, ok := fixtures[key]; ok {
		return p
	}
	if fixtureDir == "" {
		d, err := os.MkdirTemp("", "progress-bench")
		if err != nil {
			b.Fatal(err)
		}
		fixtureDir = d
	}
	path := filepath.Join(fixtureDir, key+".db")
	db, err := sql.Open("sqlite", dsn(path, time.Second))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	if err := migrations[0](tx); err != nil {
		b.Fatal(err)
	}
	for u := 0; u < users; u++ {
		if err := fillUser(tx, fmt.Sprintf("trainee%02d", u), u, perUser); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := tx.Exec(`PRAGMA user_version = 1`); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	db.Close()
	if err := copyFile(path, path+".v1"); err != nil { // for BenchmarkMigrate100k
		b.Fatal(err)
	}
	st, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	st.Close()
	fixtures[key] = path
	return path
}

// fillUser inserts n answers in sessions of 20, spread over the year before t0.
func fillUser(tx *sql.Tx, name string, u, n int) error {
	res, err := tx.Exec(`INSERT INTO users(name, created_at) VALUES(?, 0)`, name)
	if err != nil {
		return err
	}
	uid, _ := res.LastInsertId()
	start := t0.AddDate(-1, 0, 0)
	step := 365 * 24 * time.Hour / time.Duration(n)
	var sid int64
	for i := 0; i < n; i++ {
		at := toMS(start.Add(time.Duration(i) * step))
		if i%20 == 0 {
			res, err := tx.Exec(`INSERT INTO sessions(user_id, mode, difficulty, total, seed, started_at, finished_at)
VALUES(?, 'practice', 'normal', 20, 1, ?, ?)`, uid, at, at)
			if err != nil {
				return err
			}
			sid, _ = res.LastInsertId()
		}
		_, err := tx.Exec(`INSERT INTO answers(session_id, incident_id, kind, difficulty, choice, correct, clues, elapsed_ms, at)
VALUES(?, ?, 'cause', 'normal', 0, ?, ?, 20000, ?)`, sid, incID((i*7+u)%30), (i+u)%10 < 7, i%3, at)
		if err != nil {
			return err
		}
	}
	return nil
}

func BenchmarkStats100k(b *testing.B) {
	st := openFixture(b, 1, 100_000)
	incs := corpus(30)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := st.Stats("trainee00", incs, t0)
		if err != nil || s.Answers != 100_000 {
			b.Fatalf("%v, %d answers", err, s.Answers)
		}
	}
}

func BenchmarkReport50x2000(b *testing.B) {
	st := openFixture(b, 50, 2000)
	incs := corpus(30)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := st.Report(incs, time.Time{}, t0)
		if err != nil || len(r.Trainees) != 50 {
			b.Fatalf("%v", err)
		}
	}
}

// BenchmarkReportSince50x2000 is the report over a recent period, which
// reads the answers in it instead of the running totals.
func BenchmarkReportSince50x2000(b *testing.B) {
	st := openFixture(b, 50, 2000)
	incs := corpus(30)
	since := t0.AddDate(0, -3, 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := st.Report(incs, since, t0)
		if err != nil || len(r.Trainees) != 50 {
			b.Fatalf("%v", err)
		}
	}
}

// BenchmarkOpenExisting100k is the start-up cost of opening a large, up to
// date database (no migration, so no quick_check).
func BenchmarkOpenExisting100k(b *testing.B) {
	path := fixture(b, 1, 100_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		st.Close()
	}
}

// BenchmarkRebuild100k measures schema 5's migration work over 100,000
// answers of one trainee: every answer graded again (ratings cleared, as in
// a database from before ratings were stored) and replayed into review
// state and daily activity. Each run is rolled back.
func BenchmarkRebuild100k(b *testing.B) {
	st := openFixture(b, 1, 100000)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		tx, err := st.db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tx.Exec(`UPDATE answers SET rating = 0`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := rebuildAll(tx, DefaultParams()); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		tx.Rollback()
		b.StartTimer()
	}
}

// BenchmarkMigrate100k opens a schema-1 database of 100,000 answers: every
// migration up to SchemaVersion, the replay included, as an upgrade does.
func BenchmarkMigrate100k(b *testing.B) {
	v1 := fixture(b, 1, 100000) + ".v1"
	path := filepath.Join(b.TempDir(), "old.db")
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
		if err := copyFile(v1, path); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		st.Close()
	}
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}
