package progress

import (
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// t0 is a fixed "now" for deterministic tests (a Wednesday), in UTC, the
// zone TestMain pins.
var t0 = time.Date(2026, 3, 11, 15, 0, 0, 0, time.UTC)

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "progress.db")
	st, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

// corpus builds n incidents over three platforms and a few services.
func corpus(n int) []incidents.Incident {
	plats := []string{"Alpha", "Beta", "Gamma"}
	svcs := []string{"Amazon S3", "Kafka", "Postgres", "Redis"}
	out := make([]incidents.Incident, n)
	for i := range out {
		out[i] = incidents.Incident{
			ID:       incID(i),
			Platform: plats[i%len(plats)],
			Services: []string{svcs[i%len(svcs)], svcs[(i+1)%len(svcs)]},
			Title:    "Incident " + incID(i),
		}
	}
	return out
}

func incID(i int) string {
	return "INC-" + string(rune('A'+i/26%26)) + string(rune('A'+i%26))
}

func mustSession(t testing.TB, st *Store, user string, at time.Time) int64 {
	t.Helper()
	id, err := st.StartSession(user, SessionInfo{Mode: "practice", Difficulty: "normal", Total: 10, Seed: 1, At: at})
	if err != nil {
		t.Fatalf("StartSession: %v", err)
	}
	return id
}

func mustAnswer(t testing.TB, st *Store, sid int64, id string, correct bool, at time.Time) {
	t.Helper()
	a := Answer{IncidentID: id, Kind: "cause", Difficulty: "normal", Correct: correct, Elapsed: 20 * time.Second, At: at}
	if !correct {
		a.Choice = 1
	}
	if err := st.RecordAnswer(sid, a); err != nil {
		t.Fatalf("RecordAnswer(%s): %v", id, err)
	}
}

// rawDB opens path with no checks or migrations, for building fixtures.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t testing.TB, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
