package quiz_test

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

func teamCorpus(t testing.TB) []incidents.Incident {
	t.Helper()
	incs, probs, err := incidents.Load([]string{"testdata/team.txt"})
	if err != nil || len(probs) > 0 || len(incs) < 60 {
		t.Fatalf("team corpus: %d incidents, %v, %v", len(incs), probs, err)
	}
	return incs
}

// optionKey is the test's own normal form of an option: lower-case words.
func optionKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}), " ")
}

// TestSessionsNeverLeak plays sessions of 10, 30 and the whole corpus at
// every difficulty on the bundled and the team corpus: no wrong option is an
// answer of the session (earlier or later), no option appears twice, no
// option ends in "…", and a question with fewer than four choices says so.
func TestSessionsNeverLeak(t *testing.T) {
	for name, incs := range map[string][]incidents.Incident{"bundled": builtin(t), "team": teamCorpus(t)} {
		e := quiz.NewEngine(incs)
		for _, d := range quiz.Difficulties {
			for _, count := range []int{10, 30, 0} {
				for seed := range int64(3) {
					s, err := e.NewSession(quiz.Options{Difficulty: d, Count: count, Seed: seed, FollowUp: true})
					if err != nil {
						t.Fatal(err)
					}
					checkSession(t, name+" "+d.String(), s)
				}
			}
		}
	}
}

func checkSession(t *testing.T, name string, s *quiz.Session) {
	t.Helper()
	answers := map[string]string{}
	for i := range s.Len() {
		r, _ := s.Record(i)
		answers[optionKey(r.Question.Choices[r.Question.Answer].Text)] = r.Question.Incident.ID
	}
	seen, seenPrev := map[string]string{}, map[string]string{}
	for i := range s.Len() {
		r, _ := s.Record(i)
		q := r.Question
		if len(q.Choices) != 4 && (!q.FewerChoices || q.Note == "") {
			t.Errorf("%s: %s has %d choices without saying so", name, q.Incident.ID, len(q.Choices))
		}
		for k, c := range q.Choices {
			key := optionKey(c.Text)
			if strings.Contains(c.Text, "…") {
				t.Errorf("%s: %s option ends in an ellipsis: %q", name, q.Incident.ID, c.Text)
			}
			if k == q.Answer {
				continue
			}
			if id, ok := answers[key]; ok {
				t.Errorf("%s: %s offers %s's answer %q", name, q.Incident.ID, id, c.Text)
			}
			if id, ok := seen[key]; ok {
				t.Errorf("%s: %q offered again for %s (first for %s)", name, c.Text, q.Incident.ID, id)
			}
			seen[key] = q.Incident.ID
		}
		if f := r.FollowUp; f != nil {
			for k, c := range f.Choices {
				if key := optionKey(c.Text); k != f.Answer {
					if id, ok := seenPrev[key]; ok {
						t.Errorf("%s: follow-up item %q offered again for %s (first for %s)", name, c.Text, q.Incident.ID, id)
					}
					seenPrev[key] = q.Incident.ID
				}
			}
		}
	}
}

// TestTeamQuestionsGenerated: every question on the team corpus (no
// authored material) in normal and hard offers at least one wrong option
// written from the library (no incident id) next to the answer.
func TestTeamQuestionsGenerated(t *testing.T) {
	incs := teamCorpus(t)
	e := quiz.NewEngine(incs)
	for _, d := range []quiz.Difficulty{quiz.Normal, quiz.Hard} {
		for _, inc := range incs {
			q, err := e.Question(inc.ID, d, 5)
			if err != nil {
				t.Fatal(err)
			}
			generated := 0
			for k, c := range q.Choices {
				if k != q.Answer && c.IncidentID == "" {
					generated++
					if c.WhyNot == "" {
						t.Errorf("%s: generated option %q has no why-not", inc.ID, c.Text)
					}
				}
			}
			if generated == 0 || q.Note != "" || !strings.Contains(q.AuthorNote, "No authored") {
				t.Errorf("%s %s: %d generated options, note %q, author note %q", inc.ID, d, generated, q.Note, q.AuthorNote)
			}
		}
	}
}
