package progress

import (
	"testing"
	"time"
)

// TestFillCorpusCounts pins the due, mature and new counts at their
// boundaries: due today means before the end of today, this week before
// the end of the sixth day on, mature an interval of 21 days or more.
func TestFillCorpusCounts(t *testing.T) {
	now := time.Date(2026, 3, 11, 15, 0, 0, 0, time.UTC)
	eod := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	per := map[string]*IncidentStat{
		"INC-AA": {ID: "INC-AA", Interval: 21, Due: eod.Add(-time.Millisecond)},             // due today, mature
		"INC-AB": {ID: "INC-AB", Interval: 20, Due: eod},                                    // due tomorrow
		"INC-AC": {ID: "INC-AC", Interval: 30, Due: eod.AddDate(0, 0, 6).Add(-time.Second)}, // last day of the week
		"INC-AD": {ID: "INC-AD", Interval: 1, Due: eod.AddDate(0, 0, 6)},                    // beyond the week
	}
	var st Stats
	fillCorpus(&st, per, corpus(6), now)
	if st.Seen != 4 || st.New != 2 || st.Mature != 2 || st.DueToday != 1 || st.DueWeek != 3 {
		t.Errorf("seen %d new %d mature %d due today %d week %d; want 4 2 2 1 3", st.Seen, st.New, st.Mature, st.DueToday, st.DueWeek)
	}
}
