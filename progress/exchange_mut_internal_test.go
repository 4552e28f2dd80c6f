package progress

// Tests written against gremlins' survivors in exchange.go and cohorts.go
// (docs/progress.md).

import (
	"errors"
	"testing"
	"time"
)

// Records exactly SessionGap apart still make one session; a second more
// starts another, as does a change of mode or difficulty.
func TestSessionRun(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	rec := func(d time.Duration, mode, diff string) parsedRecord {
		return parsedRecord{LogRecord: LogRecord{Mode: mode, Difficulty: diff}, at: at.Add(d)}
	}
	for _, tc := range []struct {
		name string
		recs []parsedRecord
		want int
	}{
		{"gap exactly SessionGap", []parsedRecord{rec(0, "practice", "normal"), rec(SessionGap, "practice", "normal")}, 2},
		{"gap a second longer", []parsedRecord{rec(0, "practice", "normal"), rec(SessionGap+time.Second, "practice", "normal")}, 1},
		{"another mode", []parsedRecord{rec(0, "practice", "normal"), rec(time.Minute, "exam", "normal")}, 1},
		{"another difficulty", []parsedRecord{rec(0, "practice", "normal"), rec(time.Minute, "practice", "hard"), rec(2*time.Minute, "practice", "hard")}, 1},
		{"one record", []parsedRecord{rec(0, "practice", "normal")}, 1},
	} {
		if got := sessionRun(tc.recs); got != tc.want {
			t.Errorf("%s: sessionRun = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// A track may be due today; yesterday is refused.
func TestAssignDueToday(t *testing.T) {
	st, _ := openTemp(t)
	now := time.Date(2026, 12, 1, 23, 0, 0, 0, time.UTC)
	if err := st.CreateCohort("Oct", now); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Assign("Oct", Track{Count: 1}, "2026-12-01", now); err != nil {
		t.Errorf("due today: %v", err)
	}
	if _, err := st.Assign("Oct", Track{Count: 1}, "2026-11-30", now); !errors.Is(err, ErrBadTrack) {
		t.Errorf("due yesterday: %v, want ErrBadTrack", err)
	}
}

// An assignment counts answers from the moment it was made, and is overdue
// only after its due day with incidents left to do.
func TestAssignmentProgress(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	incs := corpus(3)
	last := map[string]int64{incID(0): toMS(at), incID(1): toMS(at) - 1} // at the moment of assigning; just before
	for _, tc := range []struct {
		name    string
		count   int
		now     time.Time
		done    int
		overdue bool
	}{
		{"due today, one left", 2, time.Date(2026, 3, 12, 20, 0, 0, 0, time.UTC), 1, false},
		{"past due, one left", 2, time.Date(2026, 3, 13, 8, 0, 0, 0, time.UTC), 1, true},
		{"past due, all done", 1, time.Date(2026, 3, 13, 8, 0, 0, 0, time.UTC), 1, false},
	} {
		a := Assignment{Track: Track{Count: tc.count}, Due: "2026-03-12", Assigned: at}
		a.progress(incs, last, tc.now)
		if a.Done != tc.done || a.Available != 3 || a.Overdue != tc.overdue {
			t.Errorf("%s: done %d of %d available, overdue %v; want %d, 3, %v", tc.name, a.Done, a.Available, a.Overdue, tc.done, tc.overdue)
		}
	}
}
