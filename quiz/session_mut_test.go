package quiz_test

// Session edges pinned against mutants (docs/mutation.md), through the
// exported API only.

import (
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
)

// Record answers for every position 0..Len()-1 and for nothing outside.
func TestSessionRecordBounds(t *testing.T) {
	incs, probs := incidents.LoadFS(seeds.FS)
	if len(probs) > 0 {
		t.Fatalf("builtin corpus: %v", probs)
	}
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Count: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 3 {
		t.Fatalf("%d questions, want 3", s.Len())
	}
	for i := 0; i < 3; i++ {
		if r, ok := s.Record(i); !ok || r.Question == nil {
			t.Errorf("Record(%d) = %v, %v; want the question", i, r.Question, ok)
		}
	}
	for _, i := range []int{-1, 3} {
		if _, ok := s.Record(i); ok {
			t.Errorf("Record(%d) ok, want false", i)
		}
	}
}

// An answer out of range, or after the session is over, changes nothing
// and says so: no choice, no answer shown.
func TestAnswerIgnoredOutOfRangeOrDone(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Count: 1, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	none := quiz.Outcome{Choice: -1, Answer: -1}
	n := len(s.Current().Choices)
	for _, c := range []int{-1, n} {
		if o := s.Answer(c, 0); o != none {
			t.Errorf("Answer(%d) = %+v, want %+v", c, o, none)
		}
	}
	if r, _ := s.Record(0); r.Answered {
		t.Error("an out-of-range answer was recorded")
	}
	s.Finish()
	if !s.Done() {
		t.Fatal("not done after Finish")
	}
	if o := s.Answer(0, 0); o != none {
		t.Errorf("Answer after the end = %+v, want %+v", o, none)
	}
	if o := s.Skip(); o != none {
		t.Errorf("Skip after the end = %+v, want %+v", o, none)
	}
}

// An exam tells nothing before the end: a skip shows no answer, and Goto
// reaches every question, first and last included, and nothing outside.
func TestExamSkipAndGoto(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Mode: quiz.Exam, Count: 3, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	if o := s.Skip(); o.Answer != -1 || !o.Deferred || !o.Skipped || o.Choice != -1 {
		t.Errorf("exam Skip = %+v, want deferred, skipped, no choice, no answer", o)
	}
	s.Answer(1, 0)
	if o := s.Skip(); o.Answer != -1 || o.Skipped || o.Choice != 1 {
		t.Errorf("exam Skip after an answer = %+v, want the answer standing (choice 1), no answer shown", o)
	}
	for _, i := range []int{2, 0} {
		if !s.Goto(i) || s.Index() != i {
			t.Errorf("Goto(%d): index %d, want %d", i, s.Index(), i)
		}
	}
	for _, i := range []int{-1, 3} {
		if s.Goto(i) {
			t.Errorf("Goto(%d) = true, want false", i)
		}
	}
}

// An exam question never answered counts as missed at the end: no choice,
// no points, whatever its right answer is.
func TestExamUnansweredScoresNothing(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Mode: quiz.Exam, Count: 8, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	s.Finish()
	for i := 0; i < s.Len(); i++ {
		r, _ := s.Record(i)
		if r.Outcome.Choice != -1 || !r.Outcome.Skipped || r.Outcome.Correct || r.Outcome.Points != 0 {
			t.Errorf("question %d left unanswered: %+v, want skipped, choice -1, 0 points", i+1, r.Outcome)
		}
	}
	if s.Score() != 0 {
		t.Errorf("score %d, want 0", s.Score())
	}
}

// A follow-up answer out of range is ignored like a root-cause one.
func TestFollowUpAnswerOutOfRange(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	s, err := quiz.NewEngine(incs).NewSession(quiz.Options{Count: 5, Seed: 6, FollowUp: true})
	if err != nil {
		t.Fatal(err)
	}
	none := quiz.Outcome{Choice: -1, Answer: -1}
	for {
		s.Answer(0, 0)
		if fq := s.FollowUp(); fq != nil {
			for _, c := range []int{-1, len(fq.Choices)} {
				if o := s.AnswerFollowUp(c); o != none {
					t.Errorf("AnswerFollowUp(%d) = %+v, want %+v", c, o, none)
				}
			}
			o := s.AnswerFollowUp(0) // the first option is a valid answer
			want := quiz.Outcome{Choice: 0, Answer: fq.Answer}
			if fq.Answer == 0 {
				want.Correct, want.Base, want.Points = true, 50, 50 // DefaultScoring.FollowUp
			}
			if o != want {
				t.Errorf("AnswerFollowUp(0) = %+v, want %+v", o, want)
			}
			return
		}
		if !s.Next() {
			t.Fatal("no question of the session had a follow-up")
		}
	}
}
