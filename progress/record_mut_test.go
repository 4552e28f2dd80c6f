package progress

// Written against survivors of the round-6 mutation run over query.go,
// rebuild.go and record.go (the files the last full run did not reach).

import (
	"testing"
	"time"
)

// A saved empty zone is the machine's zone also when read back by a store
// opened later, without the zone SaveSettings cached (rebuild.go userZone).
func TestEmptyZoneSettingReadBackIsTheMachines(t *testing.T) {
	machine := time.Local
	time.Local = time.FixedZone("machine", 5*3600)
	defer func() { time.Local = machine }()
	st, path := openTemp(t)
	if err := st.SaveSettings("ana", Settings{DailyGoal: 3}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	s, err := again.Stats("ana", corpus(1), t0)
	if err != nil || s.TimeZone != "machine" {
		t.Errorf("zone %q (%v) after reopening, want the machine's", s.TimeZone, err)
	}
}

// A miss on the calendar day after the last review is a lapse; a second
// miss on the same day is not (written against record.go after's
// `elapsed >= 1`).
func TestLapseOnTheNextDay(t *testing.T) {
	st, _ := openTemp(t)
	at := t0
	mustAnswer(t, st, mustSession(t, st, "ana", at), "INC-AA", true, at)
	at = t0.AddDate(0, 0, 1) // the next day
	mustAnswer(t, st, mustSession(t, st, "ana", at), "INC-AA", false, at)
	mustAnswer(t, st, mustSession(t, st, "ana", at), "INC-AA", false, at.Add(time.Minute))
	r, ok, err := st.ReviewOf("ana", "INC-AA")
	if err != nil || !ok || r.Lapses != 1 || r.Reps != 3 {
		t.Fatalf("review %+v ok=%v err=%v; want 3 reviews, 1 lapse", r, ok, err)
	}
}

// Finishing a session that does not exist is an error naming it; an
// existing one finishes (written against record.go FinishSession).
func TestFinishUnknownSession(t *testing.T) {
	st, path := openTemp(t)
	err := st.FinishSession(9999, t0)
	if want := "progress database " + path + ": no session 9999"; err == nil || err.Error() != want {
		t.Fatalf("FinishSession(9999) = %v, want %q", err, want)
	}
	if err := st.FinishSession(mustSession(t, st, "ana", t0), t0.Add(time.Minute)); err != nil {
		t.Fatalf("FinishSession of a started session: %v", err)
	}
}
