package quiz_test

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

func newSession(t *testing.T, o quiz.Options) *quiz.Session {
	t.Helper()
	s, err := quiz.NewEngine(builtin(t)).NewSession(o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// wrongChoice is any choice but the answer.
func wrongChoice(q *quiz.Question) int { return (q.Answer + 1) % len(q.Choices) }

func TestPracticeScoringAndStreak(t *testing.T) {
	s := newSession(t, quiz.Options{Count: 5, Seed: 3, PerQuestion: 30 * time.Second})
	if s.Len() != 5 || s.Index() != 0 || s.Done() {
		t.Fatalf("new session: len %d index %d done %v", s.Len(), s.Index(), s.Done())
	}
	// right (instant), right (half time), wrong, skipped, right after a clue.
	steps := []struct {
		right   bool
		skip    bool
		clue    bool
		elapsed time.Duration
		points  int
		streak  int
	}{
		{true, false, false, 0, 150, 1},
		{true, false, false, 15 * time.Second, 135, 2}, // 100 + 25 speed + 10 streak
		{false, false, false, time.Second, 0, 0},
		{false, true, false, 0, 0, 0},
		{true, false, true, 30 * time.Second, 0, 1}, // 100 − the clue's cost, no speed left
	}
	total := 0
	for n, st := range steps {
		q := s.Current()
		if st.clue {
			if _, ok := s.RevealClue(); !ok {
				t.Fatalf("step %d: no clue", n)
			}
			if s.CluesShown() != 1 {
				t.Fatalf("step %d: %d clues shown", n, s.CluesShown())
			}
		}
		var o quiz.Outcome
		switch {
		case st.skip:
			o = s.Skip()
		case st.right:
			o = s.Answer(q.Answer, st.elapsed)
		default:
			o = s.Answer(wrongChoice(q), st.elapsed)
		}
		want := st.points
		if st.clue {
			want = 100 - q.Clues[0].Cost
		}
		if o.Points != want || o.Streak != st.streak || o.Answer != q.Answer || o.Skipped != st.skip {
			t.Errorf("step %d: %+v, want %d points, streak %d", n, o, want, st.streak)
		}
		if again := s.Answer(q.Answer, 0); again != o {
			t.Errorf("step %d: a second answer changed the outcome: %+v", n, again)
		}
		if _, ok := s.RevealClue(); ok {
			t.Errorf("step %d: clue revealed after answering", n)
		}
		total += o.Points
		if s.Score() != total || s.Streak() != st.streak {
			t.Errorf("step %d: score %d streak %d, want %d %d", n, s.Score(), s.Streak(), total, st.streak)
		}
		if n < len(steps)-1 && !s.Next() {
			t.Fatalf("step %d: Next ended early", n)
		}
	}
	if s.Next() || !s.Done() || s.Current() != nil {
		t.Fatal("session not done after its last question")
	}
	res := s.Result()
	if res.Correct != 3 || res.Total != 5 || res.Skipped != 1 || res.Score != total || res.BestStreak != 2 {
		t.Errorf("result %+v", res)
	}
	if len(res.Missed) != 2 || res.Accuracy != 0.6 || res.Elapsed != 46*time.Second {
		t.Errorf("missed %v accuracy %v elapsed %v", res.Missed, res.Accuracy, res.Elapsed)
	}
}

func TestExamDefersFeedback(t *testing.T) {
	s := newSession(t, quiz.Options{Mode: quiz.Exam, Count: 4, Seed: 9, TimeLimit: 10 * time.Minute})
	q0 := s.Current()
	if o := s.Answer(wrongChoice(q0), time.Second); !o.Deferred || o.Correct || o.Answer != -1 || o.Points != 0 {
		t.Fatalf("exam answer told something: %+v", o)
	}
	if s.ToggleFlag() != true || !slices.Equal(s.Flagged(), []int{0}) {
		t.Fatal("flag not set")
	}
	s.Next()
	s.Answer(s.Current().Answer, time.Second)
	s.Next()
	s.Skip() // question 2 left unanswered
	s.Next()
	if s.Next() || s.Done() {
		t.Fatal("an exam must stay open past its last question until Finish")
	}
	if s.Score() != 0 {
		t.Fatal("exam score shown before the end")
	}
	if !slices.Equal(s.Unanswered(), []int{2, 3}) {
		t.Fatalf("unanswered %v", s.Unanswered())
	}
	// Revisit the flagged question and change the answer.
	if !s.Goto(0) || s.Current() != q0 {
		t.Fatal("Goto(0) failed")
	}
	s.Answer(q0.Answer, 2*time.Second)
	if o := s.Skip(); o.Skipped || o.Choice != q0.Answer {
		t.Errorf("exam Skip dropped the answer given: %+v", o)
	}
	s.ToggleFlag()
	s.Goto(3)
	s.Answer(s.Current().Answer, time.Second)
	s.Finish()
	if !s.Done() || s.Goto(1) {
		t.Fatal("finished exam still navigable")
	}
	res := s.Result()
	// Right, right, missed, right: streaks 1, 2, 0, 1 → 100 + 110 + 0 + 100.
	if res.Correct != 3 || res.Score != 310 || len(res.Missed) != 1 || res.Skipped != 1 || len(s.Flagged()) != 0 {
		t.Errorf("exam result: %+v", res)
	}
	r, _ := s.Record(1)
	if r.Points != 110 || r.StreakBonus != 10 || r.Deferred {
		t.Errorf("record 1: %+v", r.Outcome)
	}
	p := newSession(t, quiz.Options{Count: 2})
	if p.Goto(1) {
		t.Error("practice allowed Goto")
	}
}

func TestReviewOrderAndFollowUp(t *testing.T) {
	ids := []string{"NFI-2024-0003", "nfi-2023-0010", "NFI-2024-0003", "NFI-2023-0016"}
	s := newSession(t, quiz.Options{Mode: quiz.Review, IDs: ids, FollowUp: true, Seed: 4})
	var got []string
	for q := s.Current(); q != nil; q = s.Current() {
		got = append(got, q.Incident.ID)
		if s.FollowUp() != nil {
			t.Fatal("follow-up offered before the root cause is answered")
		}
		s.Answer(q.Answer, 0)
		f := s.FollowUp()
		if f == nil || f.Kind != quiz.KindPrevention || f.Incident != q.Incident {
			t.Fatalf("%s: follow-up %+v", q.Incident.ID, f)
		}
		if !slices.Contains(q.Incident.Prevention, f.Choices[f.Answer].Text) {
			t.Errorf("%s: follow-up answer %q is not a prevention item", q.Incident.ID, f.Choices[f.Answer].Text)
		}
		for i, c := range f.Choices {
			if i != f.Answer && (c.IncidentID == q.Incident.ID || c.WhyNot == "") {
				t.Errorf("%s: follow-up distractor %d: %+v", q.Incident.ID, i, c)
			}
		}
		o := s.AnswerFollowUp(f.Answer)
		if !o.Correct || o.Points != 50 || s.AnswerFollowUp(wrongChoice(f)) != o {
			t.Errorf("follow-up outcome %+v", o)
		}
		s.Next()
	}
	if want := []string{"NFI-2024-0003", "NFI-2023-0010", "NFI-2023-0016"}; !reflect.DeepEqual(got, want) {
		t.Errorf("review order %v, want %v", got, want)
	}
	res := s.Result()
	if res.FollowUps != 3 || res.FollowUpsCorrect != 3 || res.BestStreak != 3 {
		t.Errorf("result %+v", res)
	}
}

func TestBreakdowns(t *testing.T) {
	ids := []string{"NFI-2023-0010", "NFI-2023-0014", "NFI-2023-0011"} // CloudFront twice, AthenaStream twice
	s := newSession(t, quiz.Options{Mode: quiz.Review, IDs: ids})
	for q := s.Current(); q != nil; q = s.Current() {
		if q.Incident.ID == "NFI-2023-0011" {
			s.Answer(wrongChoice(q), 0)
		} else {
			s.Answer(q.Answer, 0)
		}
		s.Next()
	}
	res := s.Result()
	byKey := func(bs []quiz.Breakdown) map[string]quiz.Breakdown {
		m := map[string]quiz.Breakdown{}
		for _, b := range bs {
			m[b.Key] = b
		}
		return m
	}
	cf := byKey(res.ByService)[incidents.ServiceKey("CloudFront")]
	if cf.Total != 2 || cf.Correct != 2 || cf.Label == "" {
		t.Errorf("CloudFront breakdown %+v (all: %+v)", cf, res.ByService)
	}
	if ds := byKey(res.ByPlatform)["datanexus"]; ds.Total != 1 || ds.Correct != 0 || ds.Accuracy() != 0 {
		t.Errorf("DataNexus breakdown %+v", ds)
	}
	total := 0
	for _, b := range res.BySeverity {
		total += b.Total
	}
	if total != 3 || !slices.IsSortedFunc(res.BySeverity, func(a, b quiz.Breakdown) int { return cmpStr(a.Key, b.Key) }) {
		t.Errorf("severity breakdown %+v", res.BySeverity)
	}
	if !reflect.DeepEqual(res.Missed, []string{"NFI-2023-0011"}) {
		t.Errorf("missed %v", res.Missed)
	}
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestInvalidInputIsIgnored(t *testing.T) {
	s := newSession(t, quiz.Options{Count: 2})
	for _, c := range []int{-1, 4, 99} {
		if o := s.Answer(c, 0); o.Choice != -1 || o.Answer != -1 {
			t.Errorf("Answer(%d) = %+v", c, o)
		}
	}
	if r, _ := s.Record(0); r.Answered || r.Skipped {
		t.Fatal("an invalid answer was recorded")
	}
	if _, ok := s.Record(5); ok {
		t.Error("Record(5) of 2")
	}
	s.Answer(0, 0)
	s.Next()
	s.Answer(0, 0)
	s.Next()
	if o := s.Answer(0, 0); o.Choice != -1 || s.FollowUp() != nil || s.CluesShown() != 0 || s.ToggleFlag() {
		t.Error("a done session still answers")
	}
}

func TestCluesOpenTheCard(t *testing.T) {
	s := newSession(t, quiz.Options{Difficulty: quiz.Hard, IDs: []string{"NFI-2023-0018"}, Mode: quiz.Review})
	q := s.Current()
	var labels []string
	for {
		c, ok := s.RevealClue()
		if !ok {
			break
		}
		labels = append(labels, c.Label)
		card := q.Card(s.CluesShown())
		switch c.Label {
		case quiz.ClueServices:
			if card.ServicesHidden || !card.TitleHidden {
				t.Errorf("after services: %+v", card)
			}
		case quiz.ClueTitle:
			if card.TitleHidden || card.Title != q.Incident.Title {
				t.Errorf("after title: %+v", card)
			}
		case quiz.ClueTimeline:
			if card.Timeline == "" {
				t.Errorf("after timeline: %+v", card)
			}
		}
	}
	if len(labels) != len(q.Clues) || len(labels) < 2 {
		t.Fatalf("clues %v of %d", labels, len(q.Clues))
	}
	o := s.Answer(q.Answer, 0)
	if o.ClueCost != 25*len(labels) || o.Points != 100-25*len(labels) {
		t.Errorf("outcome after %d clues: %+v", len(labels), o)
	}
}

// TestEngineSharedAcrossGoroutines builds sessions from one engine at once,
// as game day does; run with -race.
func TestEngineSharedAcrossGoroutines(t *testing.T) {
	e := quiz.NewEngine(builtin(t))
	want := make([]string, 4)
	for n := range want {
		s, _ := e.NewSession(quiz.Options{Seed: int64(n), Difficulty: quiz.Difficulties[n%3], FollowUp: true})
		want[n] = sessionFingerprint(s)
	}
	got := make([]string, len(want))
	done := make(chan struct{})
	for n := range want {
		go func() {
			defer func() { done <- struct{}{} }()
			s, err := e.NewSession(quiz.Options{Seed: int64(n), Difficulty: quiz.Difficulties[n%3], FollowUp: true})
			if err == nil {
				got[n] = sessionFingerprint(s)
			}
		}()
	}
	for range want {
		<-done
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("sessions built concurrently differ from sessions built in turn")
	}
}
