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

func TestSortWeak(t *testing.T) {
	l := []IncidentStat{
		{ID: "E", Answers: 4, Correct: 3, Recall: 0.1}, // 1 miss, 75%
		{ID: "D", Answers: 2, Correct: 1, Recall: 0.9}, // 1 miss, 50%, recall 0.9
		{ID: "C", Answers: 2, Correct: 1, Recall: 0.2}, // 1 miss, 50%, recall 0.2
		{ID: "B", Answers: 2, Correct: 1, Recall: 0.2}, // as C: by id
		{ID: "A", Answers: 3, Correct: 0, Recall: 0},   // 3 misses
		{ID: "F", Answers: 5, Correct: 3, Recall: 0.5}, // 2 misses
	}
	sortWeak(l)
	got := ""
	for _, p := range l {
		got += p.ID
	}
	if got != "AFBCDE" {
		t.Errorf("weakest first: %s, want AFBCDE", got)
	}
}

func TestGroupsAverageAndOrder(t *testing.T) {
	g := newGroups()
	g.add("Beta", "Beta", &IncidentStat{Answers: 2, Correct: 1, Mastery: 0.5})
	g.add("Alpha", "Alpha", &IncidentStat{Answers: 1, Correct: 1, Mastery: 0.9})
	g.add("Alpha", "Alpha", nil) // unseen: counts 0 in the mean
	g.add("", "", nil)
	g.add("Gamma", "Gamma", nil)
	l := g.list()
	want := []Mastery{
		{Name: "Alpha", Incidents: 2, Seen: 1, Answers: 1, Correct: 1, Mastery: 0.45},
		{Name: "(none)", Incidents: 1},
		{Name: "Beta", Incidents: 1, Seen: 1, Answers: 2, Correct: 1, Mastery: 0.5},
		{Name: "Gamma", Incidents: 1},
	}
	if len(l) != len(want) {
		t.Fatalf("%+v", l)
	}
	for i := range want {
		if l[i] != want[i] {
			t.Errorf("group %d: %+v, want %+v", i, l[i], want[i])
		}
	}
}

func TestWeakestIsCapped(t *testing.T) {
	per := map[string]*IncidentStat{}
	for i := 0; i < WeakestMax+3; i++ {
		per[incID(i)] = &IncidentStat{ID: incID(i), Answers: 2, Correct: 1}
	}
	var st Stats
	fillCorpus(&st, per, corpus(WeakestMax+3), time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC))
	if len(st.Weakest) != WeakestMax || st.Weakest[0].ID != "INC-AA" {
		t.Errorf("%d weakest, first %s; want %d from INC-AA", len(st.Weakest), st.Weakest[0].ID, WeakestMax)
	}
}
