package progress

import (
	"math"
	"testing"
	"time"
)

func TestGradeFor(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Answer
		want Grade
	}{
		{"wrong", Answer{Correct: false}, Again},
		{"skipped", Answer{Choice: -1}, Again},
		{"right but skipped is a contradiction: Again", Answer{Correct: true, Choice: -1}, Again},
		{"fast right is only Good (guessable)", Answer{Correct: true, Elapsed: 3 * time.Second}, Good},
		// Clues counts paid hints only (clues, evidence beyond the budget):
		// evidence within the budget never reaches it, so one is Hard.
		{"right with no paid hint", Answer{Correct: true, Clues: 0, Elapsed: 20 * time.Second}, Good},
		{"right after one paid hint", Answer{Correct: true, Clues: 1, Elapsed: 20 * time.Second}, Hard},
		{"right after three paid hints", Answer{Correct: true, Clues: 3, Elapsed: 20 * time.Second}, Hard},
		{"wrong after a paid hint", Answer{Correct: false, Clues: 1, Elapsed: 20 * time.Second}, Again},
		// An average question: 90 words at 0.3 s, 27 s of reading, + 60 s.
		{"slow: past reading time + 60 s", Answer{Correct: true, Elapsed: 88 * time.Second}, Hard},
		{"at reading time + 60 s", Answer{Correct: true, Elapsed: 87 * time.Second}, Good},
		{"a long question allows longer", Answer{Correct: true, Words: 300, Elapsed: 140 * time.Second}, Good},
		{"a short question allows less", Answer{Correct: true, Words: 20, Elapsed: 70 * time.Second}, Hard},
		{"I was sure", Answer{Correct: true, Sure: true, Elapsed: 40 * time.Second}, Easy},
		{"sure but wrong", Answer{Sure: true}, Again},
		{"sure after a paid hint", Answer{Correct: true, Sure: true, Clues: 1}, Hard},
		{"explicit rating wins", Answer{Correct: false, Rating: Hard}, Hard},
		{"explicit Again though right", Answer{Correct: true, Rating: Again, Elapsed: time.Second}, Again},
		{"explicit Easy though slow", Answer{Correct: true, Rating: Easy, Elapsed: time.Hour}, Easy},
		{"out-of-range rating ignored", Answer{Correct: true, Rating: 9, Elapsed: time.Second}, Good},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GradeFor(tc.a); got != tc.want {
				t.Errorf("GradeFor(%+v) = %v, want %v", tc.a, got, tc.want)
			}
		})
	}
}

func TestGradeAfterEarnsEasy(t *testing.T) {
	day1 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	knew := Review{Reps: 1, LastCorrect: true, LastReview: day1}
	quick := Answer{Correct: true, Elapsed: 30 * time.Second, At: day1.AddDate(0, 0, 3)}
	for _, tc := range []struct {
		name string
		a    Answer
		prev Review
		want Grade
	}{
		{"repeat right, quick, no clue", quick, knew, Easy},
		{"at reading time + 15 s", func() Answer { a := quick; a.Elapsed = 42 * time.Second; return a }(), knew, Easy},
		{"slower than reading time + 15 s", func() Answer { a := quick; a.Elapsed = 43 * time.Second; return a }(), knew, Good},
		{"first answer", quick, Review{}, Good},
		{"repeat right the next calendar day", func() Answer { a := quick; a.At = day1.AddDate(0, 0, 1).Add(-9 * time.Hour); return a }(), knew, Easy},
		{"previous answer wrong", quick, Review{Reps: 1, LastReview: day1}, Good},
		{"same day as the previous", func() Answer { a := quick; a.At = day1.Add(time.Hour); return a }(), knew, Good},
		{"after a paid hint", func() Answer { a := quick; a.Clues = 1; return a }(), knew, Hard},
		{"explicit Good stays Good", func() Answer { a := quick; a.Rating = Good; return a }(), knew, Good},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GradeAfter(tc.a, tc.prev, time.UTC); got != tc.want {
				t.Errorf("GradeAfter = %v, want %v", got, tc.want)
			}
		})
	}
	for g, s := range map[Grade]string{Again: "again", Hard: "hard", Good: "good", Easy: "easy", 0: "unknown"} {
		if g.String() != s {
			t.Errorf("%d.String() = %q", g, g.String())
		}
	}
}

// TestNotReachedIsKeptNotScheduled: an exam question the time ran out
// before is recorded, but is no miss: not scheduled, not counted.
func TestNotReachedIsKeptNotScheduled(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	mustAnswer(t, st, sid, "INC-AA", true, t0)
	if err := st.RecordAnswer(sid, Answer{IncidentID: "INC-AB", Kind: "root_cause", Choice: -1, NotReached: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st.db, `SELECT count(*) FROM answers WHERE not_reached = 1 AND incident_id = 'INC-AB'`); n != 1 {
		t.Errorf("not-reached answers stored: %d, want 1", n)
	}
	s, err := st.Stats("ana", corpus(3), t0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Answers != 1 || s.Seen != 1 || s.New != 2 || len(s.Weakest) != 0 || len(s.Incidents) != 1 || s.Days[len(s.Days)-1].Answers != 1 {
		t.Errorf("stats count the question never reached: %+v", s)
	}
	var log []LogRecord
	st.ExportLog("ana", func(r LogRecord) error { log = append(log, r); return nil })
	if len(log) != 1 {
		t.Errorf("export has %d records, want the one answer", len(log))
	}
}

// TestFollowUpKeepsRootCauseRecall (B6): a wrong follow-up is counted, but
// does not zero the root cause's recall and mastery.
func TestFollowUpKeepsRootCauseRecall(t *testing.T) {
	st, _ := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	mustAnswer(t, st, sid, "INC-AA", true, t0)
	if err := st.RecordAnswer(sid, Answer{IncidentID: "INC-AA", Kind: "prevention", Choice: 2, At: t0.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	s, err := st.Stats("ana", corpus(3), t0)
	if err != nil {
		t.Fatal(err)
	}
	p := s.Platforms[0] // Alpha: INC-AA alone in corpus(3)
	// R(30 d, S=2.3065) = 0.667526 (py-fsrs 6.3.1).
	if s.Answers != 2 || s.Correct != 1 || p.Name != "Alpha" || math.Abs(p.Mastery-0.667526) > 1e-4 {
		t.Errorf("after a wrong follow-up: %d answers, %d right, %s mastery %.4f; want 2, 1, Alpha 0.6675", s.Answers, s.Correct, p.Name, p.Mastery)
	}
	r, _, _ := st.ReviewOf("ana", "INC-AA")
	if r.Reps != 1 || !r.LastCorrect || r.Lapses != 0 {
		t.Errorf("review after a wrong follow-up: %+v", r)
	}
}

// TestMatureMeansInterval (B5): mature is an interval of 21 days or more,
// not a stability of 21: at retention 0.8 they differ. py-fsrs 6.3.1 at
// retention 0.8: Good gives S 2.3065, interval 8; Good 2 days later S
// 10.96 (under 21), interval 36 (mature).
func TestMatureMeansInterval(t *testing.T) {
	st, _ := openTemp(t)
	p := DefaultParams()
	p.DesiredRetention = 0.8
	if err := st.SetParams(p); err != nil {
		t.Fatal(err)
	}
	day := t0
	for i, want := range []struct{ interval, mature int }{{8, 0}, {36, 1}} {
		day = day.AddDate(0, 0, 2*i)
		if err := st.RecordAnswer(mustSession(t, st, "ana", day), Answer{IncidentID: "INC-AA", Correct: true, Rating: Good, At: day}); err != nil {
			t.Fatal(err)
		}
		s, _ := st.Stats("ana", corpus(1), day)
		r, _, _ := st.ReviewOf("ana", "INC-AA")
		if got := int(r.Due.Sub(day).Hours() / 24); got != want.interval || s.Mature != want.mature {
			t.Errorf("after review %d: interval %d, mature %d; want %d, %d", i+1, got, s.Mature, want.interval, want.mature)
		}
	}
}
