package progress

import (
	"testing"
	"time"
)

func TestSettingsRoundTripAndValidation(t *testing.T) {
	st, _ := openTemp(t)
	if set, err := st.Settings("nobody"); err != nil || set != (Settings{}) {
		t.Errorf("unknown user: %+v %v", set, err)
	}
	want := Settings{TimeZone: "Pacific/Kiritimati", DailyGoal: 5, NewPerDay: 3, LastSetup: `{"mode":"review"}`}
	if err := st.SaveSettings("ana", want); err != nil {
		t.Fatal(err)
	}
	if got, err := st.Settings("ana"); err != nil || got != want {
		t.Errorf("Settings = %+v, %v; want %+v", got, err, want)
	}
	for _, bad := range []Settings{{TimeZone: "Mars/Olympus"}, {DailyGoal: -1}, {NewPerDay: -2}} {
		if err := st.SaveSettings("ana", bad); err == nil {
			t.Errorf("SaveSettings(%+v) accepted", bad)
		}
	}
	var none *Store
	if err := none.SaveSettings("ana", want); err != nil {
		t.Error(err)
	}
}

// TestDaysInTheTraineesZone: a miss at 23:30 and a right answer at 06:00
// the next morning in Kiritimati (UTC+14) are one calendar day apart there,
// though the same UTC day. Vector "next morning in Kiritimati" (py-fsrs
// 6.3.1 fed one whole day): S 1.886788, due two days on. Changing the zone
// re-counts the days: in UTC both answers fall on one day (same-day rule).
func TestDaysInTheTraineesZone(t *testing.T) {
	st, _ := openTemp(t)
	if err := st.SaveSettings("ana", Settings{TimeZone: "Pacific/Kiritimati"}); err != nil {
		t.Fatal(err)
	}
	kir, _ := time.LoadLocation("Pacific/Kiritimati")
	miss := time.Date(2026, 1, 5, 23, 30, 0, 0, kir) // 09:30 UTC
	right := time.Date(2026, 1, 6, 6, 0, 0, 0, kir)  // 16:00 UTC the same UTC day
	st.RecordAnswer(mustSession(t, st, "ana", miss), Answer{IncidentID: "INC-AA", Rating: Again, At: miss})
	st.RecordAnswer(mustSession(t, st, "ana", right), Answer{IncidentID: "INC-AA", Correct: true, Rating: Good, At: right})
	cards, err := st.Cards("ana", right)
	if err != nil || len(cards) != 1 {
		t.Fatalf("Cards: %v %v", cards, err)
	}
	if c := cards[0]; c.Due != "2026-01-08" || c.Stability < 1.886787 || c.Stability > 1.886789 || c.LastReview != "2026-01-06T06:00:00+14:00" {
		t.Errorf("card in Kiritimati: %+v; want S 1.886788 due 2026-01-08", c)
	}
	today, err := st.Today("ana", []string{"INC-AA", "INC-AB"}, right)
	if err != nil || today.Date != "2026-01-06" || today.Answers != 1 || today.Streak != 2 {
		t.Errorf("Today in Kiritimati = %+v, %v; want 2026-01-06, 1 answer, a 2-day streak", today, err)
	}
	if err := st.SaveSettings("ana", Settings{TimeZone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	cards, _ = st.Cards("ana", right)
	// In UTC both answers fall on 2026-01-05: py-fsrs 6.3.1 gives the
	// same-day S 0.246689, due 2026-01-06.
	if c := cards[0]; c.Stability < 0.246688 || c.Stability > 0.246690 || c.Due != "2026-01-06" {
		t.Errorf("after moving to UTC: %+v, want S 0.246689 due 2026-01-06 (the same-day rule)", c)
	}
}

func TestTodayGoalStreakAndNewCap(t *testing.T) {
	st, _ := openTemp(t)
	ids := IDs(corpus(6))
	if err := st.SaveSettings("ana", Settings{DailyGoal: 2, NewPerDay: 3}); err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	for _, d := range []int{-4, -2, -1} { // a gap at -3: the streak is 2 going into today
		mustAnswer(t, st, mustSession(t, st, "ana", day(d)), "INC-AA", d != -4, day(d))
	}
	got, err := st.Today("ana", ids, t0)
	want := Today{Date: "2026-03-11", Due: 0, New: 5, NewToday: 0, NewLeft: 3, Answers: 0, Goal: 2, GoalMet: false, Streak: 2}
	if err != nil || got != want {
		t.Errorf("before playing:\n got %+v\nwant %+v", got, want)
	}
	sid := mustSession(t, st, "ana", t0)
	mustAnswer(t, st, sid, "INC-AB", true, t0)
	mustAnswer(t, st, sid, "INC-AC", false, t0)
	got, _ = st.Today("ana", ids, t0)
	want = Today{Date: "2026-03-11", Due: 0, New: 3, NewToday: 2, NewLeft: 1, Answers: 2, Goal: 2, GoalMet: true, Streak: 3}
	if got != want {
		t.Errorf("after two new incidents:\n got %+v\nwant %+v", got, want)
	}
	var none *Store
	if got, err := none.Today("ana", ids, t0); err != nil || got.New != 6 || got.Goal != DefaultDailyGoal || got.NewLeft != -1 {
		t.Errorf("nil store: %+v %v", got, err)
	}
}

// TestStreakBeyondTheHeatmap: a streak is counted from the daily activity,
// not from the heatmap's 53 weeks; today not played yet keeps yesterday's.
func TestStreakBeyondTheHeatmap(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	for d := 1; d <= 400; d++ {
		mustAnswer(t, st, sid, "INC-AA", true, t0.AddDate(0, 0, -d))
	}
	mustAnswer(t, st, sid, "INC-AA", true, t0.AddDate(0, 0, -402)) // before a gap
	s, err := st.Stats("ana", corpus(1), t0)
	if err != nil || s.Streak != 400 {
		t.Errorf("Stats streak %d (%v), want 400", s.Streak, err)
	}
	if today, _ := st.Today("ana", nil, t0); today.Streak != 400 || today.Answers != 0 {
		t.Errorf("Today: %+v, want a 400-day streak and nothing today", today)
	}
	if s, _ := st.Stats("ana", corpus(1), t0.AddDate(0, 0, 1)); s.Streak != 0 {
		t.Errorf("a day missed: streak %d, want 0", s.Streak)
	}
}

// TestEmptyZoneSettingIsTheMachines: a trainee with settings but no zone
// counts days in the machine's zone (time.Local), not UTC.
func TestEmptyZoneSettingIsTheMachines(t *testing.T) {
	machine := time.Local
	time.Local = time.FixedZone("machine", 5*3600)
	defer func() { time.Local = machine }()
	st, _ := openTemp(t)
	if err := st.SaveSettings("ana", Settings{DailyGoal: 3}); err != nil {
		t.Fatal(err)
	}
	s, err := st.Stats("ana", corpus(1), t0)
	if err != nil || s.TimeZone != "machine" {
		t.Errorf("zone %q (%v), want the machine's", s.TimeZone, err)
	}
}
