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
