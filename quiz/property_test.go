package quiz_test

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
)

func builtin(t testing.TB) []incidents.Incident {
	t.Helper()
	incs, _ := incidents.LoadFS(seeds.FS)
	if len(incs) == 0 {
		t.Fatal("bundled corpus is empty")
	}
	return incs
}

// corpora are the inputs of the property tests: the bundled corpus, a
// generated one with repeated causes and no material, and tiny ones.
func corpora(t *testing.T) map[string][]incidents.Incident {
	b := builtin(t)
	return map[string][]incidents.Incident{
		"builtin":   b,
		"generated": genCorpus(200, 7),
		"one":       b[:1],
		"two":       b[:2],
		"bare":      stripMaterial(b[:5]),
	}
}

func stripMaterial(incs []incidents.Incident) []incidents.Incident {
	out := append([]incidents.Incident(nil), incs...)
	for i := range out {
		out[i].Material = nil
	}
	return out
}

// wordSet is the test's own notion of a text's words, for near-duplicate
// checks independent of the engine's.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		out[w] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// checkQuestion asserts the invariants every root-cause question keeps.
func checkQuestion(t *testing.T, q *quiz.Question, wantChoices int) {
	t.Helper()
	id := q.Incident.ID
	if q.Answer < 0 || q.Answer >= len(q.Choices) {
		t.Fatalf("%s: answer %d out of %d choices", id, q.Answer, len(q.Choices))
	}
	if len(q.Choices) != wantChoices {
		t.Errorf("%s %s: %d choices, want %d", id, q.Difficulty, len(q.Choices), wantChoices)
	}
	own := 0
	for i, c := range q.Choices {
		if c.IncidentID == id {
			own++
			if i != q.Answer {
				t.Errorf("%s: choice %d comes from the incident itself but is not the answer", id, i)
			}
		}
		if strings.TrimSpace(c.Text) == "" {
			t.Errorf("%s: choice %d is empty", id, i)
		}
		if (i == q.Answer) != (c.WhyNot == "") {
			t.Errorf("%s: choice %d (answer %d) has WhyNot %q", id, i, q.Answer, c.WhyNot)
		}
		if c.IncidentID != "" && c.IncidentID != id && !strings.Contains(c.WhyNot, c.IncidentID) {
			t.Errorf("%s: borrowed choice %d does not name %s: %q", id, i, c.IncidentID, c.WhyNot)
		}
		for j := range i {
			if jaccard(wordSet(c.Text), wordSet(q.Choices[j].Text)) >= 0.8 {
				t.Errorf("%s: choices %d and %d are near-identical:\n%q\n%q", id, j, i, q.Choices[j].Text, c.Text)
			}
		}
	}
	if own != 1 {
		t.Errorf("%s: %d choices from the incident itself, want exactly 1", id, own)
	}
}

func TestQuestionInvariants(t *testing.T) {
	for name, incs := range corpora(t) {
		e := quiz.NewEngine(incs)
		for _, d := range quiz.Difficulties {
			seeds := int64(20)
			if len(incs) > 50 {
				seeds = 4 // the generated corpus has 200 incidents
			}
			for seed := range seeds {
				for _, inc := range incs {
					q, err := e.Question(inc.ID, d, seed)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					// authored or generated near-misses stand in where the corpus is short
					checkQuestion(t, q, 4)
					if t.Failed() {
						t.Fatalf("corpus %s, difficulty %s, seed %d", name, d, seed)
					}
				}
			}
		}
	}
}

// TestHardCard checks what hard mode holds back and what the clues give.
func TestHardCard(t *testing.T) {
	incs := builtin(t)
	e := quiz.NewEngine(incs)
	for _, inc := range incs {
		q, _ := e.Question(inc.ID, quiz.Hard, 1)
		c := q.Card(0)
		if c.Title != "" || c.Services != nil || !c.TitleHidden || !c.ServicesHidden {
			t.Fatalf("%s: hard card shows %q / %v", inc.ID, c.Title, c.Services)
		}
		if c.Summary != inc.Summary || c.Platform != inc.Platform || c.Severity != inc.Severity {
			t.Fatalf("%s: hard card lost symptoms: %+v", inc.ID, c)
		}
		labels := []string{}
		for _, cl := range q.Clues {
			labels = append(labels, cl.Label)
			if cl.Cost != quiz.DefaultScoring().ClueCost {
				t.Errorf("%s: clue %s costs %d", inc.ID, cl.Label, cl.Cost)
			}
		}
		want := []string{quiz.ClueServices, quiz.ClueTitle}
		if inc.Material != nil && inc.Material.Timeline != "" {
			want = append(want, quiz.ClueTimeline)
		}
		if !reflect.DeepEqual(labels, want) {
			t.Errorf("%s: clues %v, want %v", inc.ID, labels, want)
		}
		full := q.Card(len(q.Clues))
		if full.Title != inc.Title || len(full.Services) != len(inc.Services) {
			t.Errorf("%s: all clues open still hides: %+v", inc.ID, full)
		}
		if n := e.Count(incidents.Filter{}); n != len(incs) {
			t.Fatalf("Count = %d, want %d", n, len(incs))
		}
		// Normal mode shows the title unless it names the cause (as
		// validate warns: the bundled four, pinned in the incidents tests);
		// then it hides it as hard mode does, behind the title clue.
		nq, _ := e.Question(inc.ID, quiz.Normal, 1)
		exposed := exposedTitles[inc.ID]
		if nc := nq.Card(0); nc.TitleHidden != exposed || !exposed && nc.Title != inc.Title || exposed && nc.Title != "" {
			t.Errorf("%s: normal card title hidden %v (%q), want hidden %v", inc.ID, nc.TitleHidden, nc.Title, exposed)
		}
		if exposed && (len(nq.Clues) == 0 || nq.Clues[0].Label != quiz.ClueTitle || nq.Card(1).Title != inc.Title) {
			t.Errorf("%s: normal card's hidden title has no clue to reveal it: %+v", inc.ID, nq.Clues)
		}
	}
}

// exposedTitles are the bundled titles that name their cause.
var exposedTitles = map[string]bool{"NFI-2023-0014": true, "NFI-2024-0006": true, "NFI-2024-0012": true, "NFI-2024-0018": true}

// TestAnswerPositionUniform runs a chi-square test on the answer's position
// over 10,000 questions (df = 3; 11.34 is the 1% critical value).
func TestAnswerPositionUniform(t *testing.T) {
	incs := builtin(t)
	e := quiz.NewEngine(incs)
	var counts [4]int
	n := 0
	for seed := int64(0); n < 10000; seed++ {
		for _, inc := range incs {
			if n == 10000 {
				break
			}
			q, _ := e.Question(inc.ID, quiz.Difficulties[n%3], seed)
			counts[q.Answer]++
			n++
		}
	}
	chi := 0.0
	for _, c := range counts {
		d := float64(c) - float64(n)/4
		chi += d * d / (float64(n) / 4)
	}
	t.Logf("answer positions over %d questions: %v, chi-square %.2f (df 3)", n, counts, chi)
	if chi > 11.34 {
		t.Errorf("answer position is not uniform: chi-square %.2f > 11.34", chi)
	}
}

func sessionFingerprint(s *quiz.Session) string {
	var b strings.Builder
	for i := range s.Len() {
		r, _ := s.Record(i)
		q := r.Question
		fmt.Fprintf(&b, "%s %d", q.Incident.ID, q.Answer)
		for _, c := range q.Choices {
			fmt.Fprintf(&b, "|%s", c.Text)
		}
		if r.FollowUp != nil {
			fmt.Fprintf(&b, " F%d %s", r.FollowUp.Answer, r.FollowUp.Choices[0].Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestSameSeedSameQuiz(t *testing.T) {
	incs := builtin(t)
	for _, d := range quiz.Difficulties {
		o := quiz.Options{Difficulty: d, Count: 10, Seed: 42, FollowUp: true}
		a, _ := quiz.NewEngine(incs).NewSession(o)
		b, _ := quiz.NewEngine(incs).NewSession(o)
		if fa, fb := sessionFingerprint(a), sessionFingerprint(b); fa != fb {
			t.Fatalf("%s: same seed, different quizzes:\n%s\n%s", d, fa, fb)
		}
		o.Seed = 43
		c, _ := quiz.NewEngine(incs).NewSession(o)
		if sessionFingerprint(a) == sessionFingerprint(c) {
			t.Errorf("%s: seeds 42 and 43 give the same quiz", d)
		}
		// A session's question is the one Engine.QuestionFor builds with
		// the session's incidents.
		var ids []string
		for i := range a.Len() {
			r, _ := a.Record(i)
			ids = append(ids, r.Question.Incident.ID)
		}
		q, _ := quiz.NewEngine(incs).QuestionFor(a.Current().Incident.ID, d, 42, ids)
		if !reflect.DeepEqual(q.Choices, a.Current().Choices) || q.Answer != a.Current().Answer {
			t.Errorf("%s: Engine.QuestionFor differs from the session's question", d)
		}
	}
}

func TestSessionsRespectFilters(t *testing.T) {
	incs := builtin(t)
	e := quiz.NewEngine(incs)
	filters := []incidents.Filter{
		{},
		{Platforms: []string{"athenastream"}},
		{Severities: []incidents.Severity{1, 2}},
		{Services: []string{"CloudFront"}},
		{Platforms: []string{"DataNexus"}, Services: []string{"s3"}},
		{IDs: []string{"NFI-2023-0010", "nfi-2024-0003"}},
	}
	for _, f := range filters {
		want := f.Select(incs)
		for seed := range int64(30) {
			s, err := e.NewSession(quiz.Options{Filter: f, Seed: seed, Count: 8})
			if err != nil {
				t.Fatalf("%s: %v", quiz.DescribeFilter(f, nil), err)
			}
			if s.Len() != min(8, len(want)) {
				t.Errorf("%s: %d questions, want %d", quiz.DescribeFilter(f, nil), s.Len(), min(8, len(want)))
			}
			seen := map[string]bool{}
			for i := range s.Len() {
				r, _ := s.Record(i)
				inc := r.Question.Incident
				if !f.Match(inc) {
					t.Errorf("%s: asked %s", quiz.DescribeFilter(f, nil), inc.ID)
				}
				if seen[inc.ID] {
					t.Errorf("%s: %s asked twice", quiz.DescribeFilter(f, nil), inc.ID)
				}
				seen[inc.ID] = true
			}
		}
	}
}

func TestExhaustedFilter(t *testing.T) {
	e := quiz.NewEngine(builtin(t))
	none := incidents.Filter{Platforms: []string{"Mainframe"}}
	_, err := e.NewSession(quiz.Options{Filter: none})
	var ex *quiz.ExhaustedError
	if !errors.As(err, &ex) || !strings.Contains(err.Error(), "platform Mainframe") {
		t.Fatalf("empty filter: %v", err)
	}
	few := incidents.Filter{Platforms: []string{"NexusCommerce"}}
	n := e.Count(few)
	if _, err := e.NewSession(quiz.Options{Filter: few, Count: n + 1, Mode: quiz.Exam}); !errors.As(err, &ex) || ex.Have != n {
		t.Fatalf("exam over a short filter: %v", err)
	}
	if _, err := e.NewSession(quiz.Options{Filter: few, Count: n + 1, ExactCount: true}); err == nil {
		t.Fatal("ExactCount over a short filter: no error")
	}
	s, err := e.NewSession(quiz.Options{Filter: few, Count: n + 1})
	if err != nil || s.Len() != n {
		t.Fatalf("practice over a short filter: %v, %d questions", err, s.Len())
	}
	if _, err := e.NewSession(quiz.Options{Mode: quiz.Review}); err == nil {
		t.Fatal("review without ids: no error")
	}
	if _, err := e.NewSession(quiz.Options{Mode: quiz.Review, IDs: []string{"NFI-2023-0010", "NOPE-1"}}); err == nil || !strings.Contains(err.Error(), "NOPE-1") {
		t.Fatalf("unknown id: %v", err)
	}
}

func TestChanceBaseline(t *testing.T) {
	// Sanity for the guessability figures: a bot picking position 0 scores
	// about 25% (the answer position is uniform).
	e := quiz.NewEngine(builtin(t))
	right, total := 0, 0
	for seed := range int64(100) {
		s, _ := e.NewSession(quiz.Options{Seed: seed, Difficulty: quiz.Hard})
		for q := s.Current(); q != nil; q = s.Current() {
			total++
			if q.Answer == 0 {
				right++
			}
			s.Next()
		}
	}
	if acc := float64(right) / float64(total); math.Abs(acc-0.25) > 0.03 {
		t.Errorf("first-choice bot: %.1f%%", 100*acc)
	}
}
