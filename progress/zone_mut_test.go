package progress

// Written against rebuild.go's surviving mutant in userZone (docs/progress.md,
// round-6 run over query.go, rebuild.go and record.go): a saved empty zone is
// the machine's zone also when read back by a store opened later, without
// the zone SaveSettings cached.

import (
	"testing"
	"time"
)

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
