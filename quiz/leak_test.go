package quiz_test

import (
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// forwardLeaks lists, for a session, the questions whose choices give away
// a later question of the same session: a wrong choice that is a later
// root-cause answer (by text or by source incident), or a follow-up choice
// that is a later follow-up's answer or comes from a later incident.
func forwardLeaks(s *quiz.Session) []int {
	n := s.Len()
	recs := make([]quiz.AnswerRecord, n)
	for i := range n {
		recs[i], _ = s.Record(i)
	}
	var out []int
	for i := range n {
		if leaksLater(recs, i) {
			out = append(out, i)
		}
	}
	return out
}

func leaksLater(recs []quiz.AnswerRecord, i int) bool {
	for j := i + 1; j < len(recs); j++ {
		later := recs[j].Question
		answer := later.Choices[later.Answer].Text
		q := recs[i].Question
		for n, c := range q.Choices {
			// Two incidents may share a cause word for word; then the
			// right choice itself may read as a later answer.
			if n != q.Answer && (c.Text == answer || c.IncidentID == later.Incident.ID) {
				return true
			}
		}
		fu, lfu := recs[i].FollowUp, recs[j].FollowUp
		if fu == nil {
			continue
		}
		for n, c := range fu.Choices {
			if n != fu.Answer && (c.IncidentID == later.Incident.ID || (lfu != nil && c.Text == lfu.Choices[lfu.Answer].Text)) {
				return true
			}
		}
	}
	return false
}

// TestNoLaterAnswerLeaks: where the corpus holds enough incidents outside a
// session, no question offers (or explains with) a later question's answer.
func TestNoLaterAnswerLeaks(t *testing.T) {
	cases := []struct {
		name  string
		incs  []incidents.Incident
		count int
		seeds int64
	}{
		{"builtin/10", builtin(t), 10, 100},
		{"builtin/20", builtin(t), 20, 50},
		{"bare/15", stripMaterial(builtin(t)), 15, 20},
		{"generated/30", genCorpus(200, 7), 30, 5},
	}
	for _, tc := range cases {
		e := quiz.NewEngine(tc.incs)
		for _, d := range quiz.Difficulties {
			leaks := 0
			for seed := range tc.seeds {
				s, err := e.NewSession(quiz.Options{Difficulty: d, Count: tc.count, Seed: seed, FollowUp: true})
				if err != nil {
					t.Fatal(err)
				}
				if l := forwardLeaks(s); len(l) > 0 {
					leaks++
					if leaks == 1 {
						t.Errorf("%s %s seed %d: questions %v give a later answer away", tc.name, d, seed, l)
					}
				}
			}
			if leaks > 0 {
				t.Errorf("%s %s: %d of %d sessions leak", tc.name, d, leaks, tc.seeds)
			}
		}
	}
}

// TestFullSessionLeaksOnlyWhenForced: a session over the whole corpus has
// no incident outside it, so wrong choices come from questions already
// asked; only the first few questions, before enough have been asked, may
// have to borrow from later ones.
func TestFullSessionLeaksOnlyWhenForced(t *testing.T) {
	e := quiz.NewEngine(builtin(t))
	for _, d := range quiz.Difficulties {
		total := 0
		for seed := range int64(20) {
			s, err := e.NewSession(quiz.Options{Difficulty: d, Seed: seed, FollowUp: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, at := range forwardLeaks(s) {
				total++
				if at >= forcedLeakUntil {
					t.Errorf("%s seed %d: question %d of %d gives a later answer away", d, seed, at+1, s.Len())
				}
			}
		}
		t.Logf("%-6s full sessions: %d questions of %d borrow from later ones", d, total, 20*30)
	}
}

// forcedLeakUntil: by this position enough questions have been asked to
// fill a question (and its follow-up) from them alone.
const forcedLeakUntil = 6

// TestQuestionForMatchesSession: QuestionFor and FollowUpFor with a
// session's incident ids rebuild that session's questions exactly, so game
// day can build rounds one at a time.
func TestQuestionForMatchesSession(t *testing.T) {
	e := quiz.NewEngine(builtin(t))
	for _, d := range quiz.Difficulties {
		s, _ := e.NewSession(quiz.Options{Difficulty: d, Count: 12, Seed: 9, FollowUp: true})
		var ids []string
		for i := range s.Len() {
			r, _ := s.Record(i)
			ids = append(ids, r.Question.Incident.ID)
		}
		for i, id := range ids {
			r, _ := s.Record(i)
			q, err := e.QuestionFor(id, d, 9, ids)
			if err != nil {
				t.Fatal(err)
			}
			if sessionFingerprintQ(q) != sessionFingerprintQ(r.Question) {
				t.Errorf("%s %s: QuestionFor differs from the session's question", d, id)
			}
			fu, _ := e.FollowUpFor(id, 9, ids)
			if (fu == nil) != (r.FollowUp == nil) || (fu != nil && sessionFingerprintQ(fu) != sessionFingerprintQ(r.FollowUp)) {
				t.Errorf("%s %s: FollowUpFor differs from the session's follow-up", d, id)
			}
		}
	}
}

func sessionFingerprintQ(q *quiz.Question) string {
	out := q.Incident.ID + string(rune('0'+q.Answer))
	for _, c := range q.Choices {
		out += "|" + c.Text + "|" + c.IncidentID + "|" + c.WhyNot
	}
	return out
}
