package progress

import (
	"math"
	"reflect"
	"testing"
	"time"
)

func TestPlanDueFirstThenNewSkippingRemoved(t *testing.T) {
	st, _ := openTemp(t)
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	mustAnswer(t, st, mustSession(t, st, "ana", day(-10)), "INC-AA", true, day(-10))  // Good, due day -7
	mustAnswer(t, st, mustSession(t, st, "ana", day(-1)), "INC-AB", false, day(-1))   // Again, due today
	mustAnswer(t, st, mustSession(t, st, "ana", day(-5)), "INC-GONE", false, day(-5)) // not in the corpus
	sid := mustSession(t, st, "ana", t0)
	if err := st.RecordAnswer(sid, Answer{IncidentID: "INC-AC", Correct: true, Elapsed: time.Second, At: t0}); err != nil {
		t.Fatal(err) // Easy: due in 16 days
	}
	ids := IDs(corpus(5))

	// R(1 d, S=0.212) = 0.7661 < R(10 d, S=2.3065) = 0.7744 (py-fsrs 6.3.1):
	// the more forgotten first.
	for _, tc := range []struct {
		user string
		n    int
		want []string
	}{
		{"ana", 0, []string{"INC-AB", "INC-AA", "INC-AD", "INC-AE"}},
		{"ana", 3, []string{"INC-AB", "INC-AA", "INC-AD"}},
		{"nobody", 2, []string{"INC-AA", "INC-AB"}},
	} {
		got, err := st.Plan(tc.user, ids, t0, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Plan(%s, n=%d) = %v, want %v", tc.user, tc.n, got, tc.want)
		}
	}
	var none *Store
	if got, _ := none.Plan("ana", ids, t0, 2); !reflect.DeepEqual(got, ids[:2]) {
		t.Errorf("nil store Plan = %v, want corpus order", got)
	}
	// History of the removed incident is kept.
	if r, ok, _ := st.ReviewOf("ana", "INC-GONE"); !ok || r.Reps != 1 {
		t.Errorf("removed incident's review = %+v, %v; want kept", r, ok)
	}
}

// TestLeechAfterEightLapses: the first miss is not a lapse (nothing was
// learnt yet), so eight lapses take nine misses on separate days.
func TestLeechAfterEightLapses(t *testing.T) {
	st, _ := openTemp(t)
	for i := 0; i <= LeechLapses; i++ {
		r, _, _ := st.ReviewOf("ana", "INC-AA")
		if r.Leech {
			t.Fatalf("leech after %d misses", i)
		}
		at := t0.AddDate(0, 0, 2*i)
		mustAnswer(t, st, mustSession(t, st, "ana", at), "INC-AA", false, at)
	}
	for i := 0; i < 3; i++ { // getting it right later does not clear the mark
		at := t0.AddDate(0, 1, i)
		mustAnswer(t, st, mustSession(t, st, "ana", at), "INC-AA", true, at)
	}
	r, ok, err := st.ReviewOf("ana", "INC-AA")
	if err != nil || !ok || !r.Leech || r.Lapses != LeechLapses {
		t.Fatalf("after %d misses: %+v ok=%v err=%v, want a leech", LeechLapses, r, ok, err)
	}
	s, err := st.Stats("ana", corpus(3), t0.AddDate(0, 2, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Leeches) != 1 || s.Leeches[0].ID != "INC-AA" || !s.Leeches[0].Leech {
		t.Errorf("Stats.Leeches = %+v", s.Leeches)
	}
}

func TestFollowUpIsRecordedNotScheduled(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	mustAnswer(t, st, sid, "INC-AA", true, t0)
	if err := st.RecordAnswer(sid, Answer{IncidentID: "INC-AA", Kind: "fix", Correct: false, At: t0.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	r, _, _ := st.ReviewOf("ana", "INC-AA")
	if r.Reps != 1 || r.Lapses != 0 {
		t.Errorf("review after answer + follow-up = %+v, want one Good review", r)
	}
	if n := count(t, st.db, `SELECT count(*) FROM answers`); n != 2 {
		t.Errorf("answers = %d, want 2", n)
	}
}

func TestStatsCalendar(t *testing.T) {
	st, _ := openTemp(t)
	at := func(d, h int) time.Time { return time.Date(2026, 3, 11+d, h, 0, 0, 0, time.Local) }
	rec := []struct {
		d, h    int
		correct bool
	}{{0, 9, true}, {0, 10, false}, {-1, 8, true}, {-1, 23, true}, {-1, 0, true}, {-3, 12, false}, {-400, 12, true}}
	for i, r := range rec {
		mustAnswer(t, st, mustSession(t, st, "ana", at(r.d, r.h)), incID(i), r.correct, at(r.d, r.h))
	}
	s, err := st.Stats("ana", corpus(10), t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Days) != 52*7+3 || s.Days[0].Date.Weekday() != time.Monday || !s.Days[len(s.Days)-1].Date.Equal(at(0, 0)) {
		t.Fatalf("Days: %d from %v to %v", len(s.Days), s.Days[0].Date, s.Days[len(s.Days)-1].Date)
	}
	last := func(k int) Day { return s.Days[len(s.Days)-1-k] }
	if last(0).Answers != 2 || last(0).Correct != 1 || last(1).Answers != 3 || last(1).Correct != 3 ||
		last(2).Answers != 0 || last(3).Answers != 1 || last(3).Correct != 0 {
		t.Errorf("last days: %+v %+v %+v %+v", last(0), last(1), last(2), last(3))
	}
	if s.Streak != 2 {
		t.Errorf("Streak = %d, want 2", s.Streak)
	}
	if len(s.Weeks) != TrendWeeks {
		t.Fatalf("Weeks: %d", len(s.Weeks))
	}
	w, prev := s.Weeks[TrendWeeks-1], s.Weeks[TrendWeeks-2]
	if !w.Start.Equal(at(-2, 0)) || w.Answers != 5 || w.Correct != 4 || prev.Answers != 1 || prev.Accuracy() != 0 {
		t.Errorf("this week %+v, last week %+v", w, prev)
	}
	if s.Answers != len(rec) || s.Sessions != len(rec) || s.Unfinished != len(rec) {
		t.Errorf("totals: %d answers, %d sessions (%d unfinished)", s.Answers, s.Sessions, s.Unfinished)
	}
}

func TestStatsMasteryAndRemovedIncidents(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	mustAnswer(t, st, sid, "INC-AA", true, t0)    // Alpha; S3, Kafka
	mustAnswer(t, st, sid, "INC-AB", false, t0)   // Beta; Kafka, Postgres
	mustAnswer(t, st, sid, "INC-AD", true, t0)    // Alpha; Redis, S3
	mustAnswer(t, st, sid, "INC-GONE", false, t0) // removed from the corpus
	if err := st.FinishSession(sid, t0); err != nil {
		t.Fatal(err)
	}
	s, err := st.Stats("ana", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Answers != 4 || s.Correct != 2 || s.Seen != 3 || s.New != 3 || s.Corpus != 6 || s.Unfinished != 0 {
		t.Errorf("totals %+v", s)
	}
	if s.DueToday != 0 || s.DueWeek != 3 {
		t.Errorf("due today %d, week %d; want 0, 3 (the removed incident not counted)", s.DueToday, s.DueWeek)
	}
	byName := map[string]Mastery{}
	for _, m := range s.Platforms {
		byName[m.Name] = m
	}
	// Alpha: AA and AD answered right (Good, S = w2 = 2.3065) just now: each
	// has mastery R(30 d, 2.3065), per py-fsrs 6.3.1's forgetting curve:
	wantM := 0.667526
	if a := byName["Alpha"]; a.Incidents != 2 || a.Seen != 2 || math.Abs(a.Mastery-wantM) > 1e-4 || a.Accuracy() != 1 {
		t.Errorf("Alpha %+v", a)
	}
	if b := byName["Beta"]; b.Incidents != 2 || b.Seen != 1 || b.Mastery != 0 {
		t.Errorf("Beta %+v", b)
	}
	svc := map[string]Mastery{}
	for _, m := range s.Services {
		svc[m.Name] = m
	}
	if k := svc["Kafka"]; k.Incidents != 4 || k.Answers != 2 || k.Correct != 1 { // AA AB AE AF
		t.Errorf("Kafka %+v (services: %+v)", k, s.Services)
	}
	if len(s.Weakest) != 1 || s.Weakest[0].ID != "INC-AB" {
		t.Errorf("Weakest = %+v, want INC-AB only (removed incidents are not served)", s.Weakest)
	}
}

func TestNilStoreAndUnknownUser(t *testing.T) {
	var none *Store
	if _, err := none.StartSession("ana", SessionInfo{}); err != nil {
		t.Error(err)
	}
	if err := none.RecordAnswer(0, Answer{IncidentID: "X"}); err != nil {
		t.Error(err)
	}
	if err := none.FinishSession(0, t0); err != nil {
		t.Error(err)
	}
	st, _ := openTemp(t)
	for _, s := range []*Store{none, st} {
		got, err := s.Stats("ghost", corpus(4), t0)
		if err != nil || got.Answers != 0 || got.New != 4 || len(got.Days) == 0 {
			t.Errorf("Stats for nobody: %+v, %v", got, err)
		}
		rep, err := s.Report(corpus(4), time.Time{}, t0)
		if err != nil || len(rep.Trainees) != 0 {
			t.Errorf("Report on empty: %+v, %v", rep, err)
		}
	}
	if err := st.RecordAnswer(999, Answer{IncidentID: "X"}); err == nil {
		t.Error("answer to a missing session accepted")
	}
}
