package quiz_test

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

// TestEndRecordsWallAndReason: Elapsed sums answer times, Wall is the
// caller's clock, and an exam whose time ran out says so.
func TestEndRecordsWallAndReason(t *testing.T) {
	s := newSession(t, quiz.Options{Mode: quiz.Exam, Count: 4, Seed: 5, TimeLimit: time.Minute})
	s.Answer(s.Current().Answer, 10*time.Second)
	s.Next()
	s.Answer(s.Current().Answer, 20*time.Second)
	if r := s.Result(); r.Ended != quiz.EndNone || r.TimedOut || r.Wall != 0 {
		t.Fatalf("before End: %v %v %v", r.Ended, r.TimedOut, r.Wall)
	}
	s.End(quiz.EndTimedOut, 61*time.Second)
	r := s.Result()
	if !s.Done() || !r.TimedOut || r.Ended != quiz.EndTimedOut || r.Wall != 61*time.Second || r.Elapsed != 30*time.Second {
		t.Fatalf("after End: done %v timed out %v ended %v wall %v elapsed %v", s.Done(), r.TimedOut, r.Ended, r.Wall, r.Elapsed)
	}
	if r.Correct != 2 || r.Skipped != 2 {
		t.Errorf("timed-out exam: %d right, %d unanswered; want 2 and 2", r.Correct, r.Skipped)
	}
	s.End(quiz.EndSubmitted, time.Hour) // only the first End counts
	if r := s.Result(); r.Ended != quiz.EndTimedOut || r.Wall != 61*time.Second || r.Score != s.Score() {
		t.Errorf("a second End changed the result: %v %v", r.Ended, r.Wall)
	}
	if quiz.EndTimedOut.String() != "timed out" {
		t.Errorf("EndTimedOut prints %q", quiz.EndTimedOut)
	}
}

// TestEndAfterPracticeRanOut: a practice session ends by Next past the
// last question; End then only records the reason and the wall time.
func TestEndAfterPracticeRanOut(t *testing.T) {
	s := newSession(t, quiz.Options{Count: 2, Seed: 5})
	for !s.Done() {
		s.Answer(s.Current().Answer, 5*time.Second)
		s.Next()
	}
	score := s.Score()
	s.End(quiz.EndCompleted, 3*time.Minute)
	r := s.Result()
	if r.Ended != quiz.EndCompleted || r.TimedOut || r.Wall != 3*time.Minute || r.Elapsed != 10*time.Second || r.Score != score {
		t.Errorf("practice end: %v timed out %v wall %v elapsed %v score %d (was %d)", r.Ended, r.TimedOut, r.Wall, r.Elapsed, r.Score, score)
	}
	q := newSession(t, quiz.Options{Count: 3, Seed: 5})
	q.End(quiz.EndQuit, -time.Second)
	if r := q.Result(); !q.Done() || r.Ended != quiz.EndQuit || r.Wall != 0 {
		t.Errorf("quit: done %v ended %v wall %v", q.Done(), r.Ended, r.Wall)
	}
}
