package progress

import (
	"math/rand"
	"sync"
	"testing"
	"time"
)

// TestPlanProperties checks Plan over random histories: only corpus ids, no
// repeats, at most n, every due incident before every new one, and nothing
// that is neither due nor new.
func TestPlanProperties(t *testing.T) {
	st, _ := openTemp(t)
	incs := corpus(25)
	ids := IDs(incs)
	rnd := rand.New(rand.NewSource(3))
	for u := 0; u < 6; u++ {
		user := string(rune('a' + u))
		for i := 0; i < 40; i++ {
			at := t0.AddDate(0, 0, -rnd.Intn(60))
			sid := mustSession(t, st, user, at)
			id := incID(rnd.Intn(30)) // some ids are not in the corpus
			mustAnswer(t, st, sid, id, rnd.Intn(3) > 0, at)
		}
		revs, _, _ := st.reviews(user, t0)
		for _, n := range []int{0, 1, 5, 40} {
			plan, err := st.Plan(user, ids, t0, n)
			if err != nil {
				t.Fatal(err)
			}
			if n > 0 && len(plan) > n {
				t.Fatalf("%s n=%d: %d ids", user, n, len(plan))
			}
			seen := map[string]bool{}
			sawNew := false
			for _, id := range plan {
				r, answered := revs[id]
				switch {
				case seen[id]:
					t.Fatalf("%s: %s twice in %v", user, id, plan)
				case !contains(ids, id):
					t.Fatalf("%s: %s is not in the corpus", user, id)
				case answered && !r.Due.Before(endOfDay(t0)):
					t.Fatalf("%s: %s is not due (due %v)", user, id, r.Due)
				case answered && sawNew:
					t.Fatalf("%s: due %s after a new incident in %v", user, id, plan)
				}
				seen[id], sawNew = true, sawNew || !answered
			}
		}
	}
}

func contains(l []string, s string) bool {
	for _, v := range l {
		if v == s {
			return true
		}
	}
	return false
}

// TestConcurrentWritersInOneProcess: the app records from Cmd goroutines
// while the Stats screen reads; nothing is lost and totals add up.
func TestConcurrentWritersInOneProcess(t *testing.T) {
	st, _ := openTemp(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sid, err := st.StartSession("ana", SessionInfo{Mode: "practice"})
			if err != nil {
				t.Error(err)
				return
			}
			for i := 0; i < 25; i++ {
				if err := st.RecordAnswer(sid, Answer{IncidentID: incID(i), Correct: i%2 == 0, At: t0}); err != nil {
					t.Error(err)
				}
				if _, err := st.Stats("ana", corpus(25), t0); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	s, err := st.Stats("ana", corpus(25), t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if s.Answers != 100 || s.Correct != 52 || s.Days[len(s.Days)-1].Answers != 100 {
		t.Errorf("after 4×25 concurrent answers: %d answers, %d correct, %d today", s.Answers, s.Correct, s.Days[len(s.Days)-1].Answers)
	}
	if r, _, _ := st.ReviewOf("ana", incID(0)); r.Reps != 4 || r.Answers != 4 {
		t.Errorf("review of an incident answered once in each of 4 sessions: %+v", r)
	}
}
