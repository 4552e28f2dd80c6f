package progress

import (
	"path/filepath"
	"testing"
	"time"
)

// TestAssignmentIDsNotReused: after the newest assignment is removed, the
// next one gets a new id, so an id read from an older `cohort list` can
// never remove a track given since.
func TestAssignmentIDsNotReused(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	if err := st.CreateCohort("Oct", now); err != nil {
		t.Fatal(err)
	}
	assign := func() int64 {
		id, err := st.Assign("Oct", Track{Count: 1}, "2026-12-20", now)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	first, second := assign(), assign()
	if err := st.Unassign(second); err != nil {
		t.Fatal(err)
	}
	if third := assign(); third == second || third == first {
		t.Fatalf("ids %d, %d, then %d after removing %d: an id came back", first, second, third, second)
	}
}

// TestMigrate7KeepsAssignments: a schema-6 file's assignments keep their
// ids and tracks through migration 7, and the next id is new.
func TestMigrate7KeepsAssignments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v6.db")
	buildAt(t, path, 6)
	db := rawDB(t, path)
	if _, err := db.Exec(`INSERT INTO cohorts(id, name, created_at) VALUES(1, 'Oct', 0);
INSERT INTO assignments(id, cohort_id, platforms, count, due, created_at) VALUES(1, 1, 'DataNexus', 5, '2026-12-20', 0), (2, 1, '', 3, '2026-12-21', 0), (3, 1, '', 2, '2026-12-22', 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := count(t, st.db, `SELECT count(*) FROM assignments WHERE id = 1 AND platforms = 'DataNexus' AND count = 5`); got != 1 {
		t.Fatalf("assignment 1 after migration: %d rows like it, want 1", got)
	}
	if err := st.Unassign(3); err != nil {
		t.Fatal(err)
	}
	id, err := st.Assign("Oct", Track{Count: 1}, "2026-12-20", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	if err != nil || id != 4 {
		t.Fatalf("next assignment id %d (%v), want 4", id, err)
	}
}
