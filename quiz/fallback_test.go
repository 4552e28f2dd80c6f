package quiz_test

// The graceful fallbacks: records without authored material, and corpora
// a loader may let through.

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// withoutImpact is a derived answer without the card's impact it may be
// told with (", so <summary>."), which generated options carry as well.
func withoutImpact(answer, summary string) string {
	k := strings.LastIndex(answer, ", so ")
	if k < 0 || !strings.HasPrefix(strings.ToLower(summary), strings.ToLower(strings.TrimSuffix(answer[k+len(", so "):], "."))) {
		return answer
	}
	return answer[:k] + "."
}

// TestMissingMaterialIsNoted checks the graceful fallback: questions on
// incidents without authored material still have four distinct choices and
// say what is missing.
func TestMissingMaterialIsNoted(t *testing.T) {
	incs := stripMaterial(builtin(t))
	e := quiz.NewEngine(incs)
	for _, inc := range incs[:10] {
		q, err := e.Question(inc.ID, quiz.Hard, 1)
		if err != nil {
			t.Fatal(err)
		}
		checkQuestion(t, q, 4)
		if !strings.Contains(q.AuthorNote, "No authored brief") || !strings.Contains(q.AuthorNote, "No authored near-misses") || q.Note != "" {
			t.Errorf("%s: author note %q, trainee note %q", inc.ID, q.AuthorNote, q.Note)
		}
		if len([]rune(withoutImpact(q.Choices[q.Answer].Text, inc.Summary))) > incidents.BriefLimit {
			t.Errorf("%s: derived answer over the brief limit: %q", inc.ID, q.Choices[q.Answer].Text)
		}
		if n, _ := e.Question(inc.ID, quiz.Normal, 1); n.Note != "" || n.FewerChoices {
			t.Errorf("%s: normal question has a trainee note %q", inc.ID, n.Note)
		}
	}
}

// TestOddCorpora covers records a loader may let through: duplicate ids
// (the first wins) and incidents with no root cause (never asked, never
// offered as a wrong choice).
func TestOddCorpora(t *testing.T) {
	b := builtin(t)
	incs := append([]incidents.Incident(nil), b[:6]...)
	dup := b[0]
	dup.RootCause, dup.Material = "A completely different cause that must never show.", nil
	blank := b[1]
	blank.ID, blank.RootCause, blank.Material = "BLANK-1", "", nil
	incs = append(incs, dup, blank)
	e := quiz.NewEngine(incs)
	if n := e.Count(incidents.Filter{}); n != 6 {
		t.Errorf("Count = %d, want 6 (duplicate and blank left out)", n)
	}
	if _, err := e.Question("BLANK-1", quiz.Normal, 1); err == nil {
		t.Error("a question about an incident without a root cause")
	}
	for seed := range int64(50) {
		s, err := e.NewSession(quiz.Options{Seed: seed, Difficulty: quiz.Difficulties[seed%3]})
		if err != nil || s.Len() != 6 {
			t.Fatalf("session: %v, %d questions", err, s.Len())
		}
		for i := range s.Len() {
			r, _ := s.Record(i)
			for _, c := range r.Question.Choices {
				if c.Text == dup.RootCause || c.IncidentID == "BLANK-1" {
					t.Fatalf("seed %d: offered %+v", seed, c)
				}
			}
		}
	}
}
