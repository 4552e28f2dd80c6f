package cli

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func questionsJSON(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	out, errOut, code := run(t, append([]string{"questions"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var qs []map[string]any
	if err := json.Unmarshal([]byte(out), &qs); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return qs
}

func keys(m map[string]any) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	slices.Sort(k)
	return k
}

func TestQuestionsJSONShape(t *testing.T) {
	for _, d := range []string{"easy", "normal", "hard"} {
		qs := questionsJSON(t, "--count", "5", "--seed", "11", "--difficulty", d)
		if len(qs) != 5 {
			t.Fatalf("%s: %d questions, want 5", d, len(qs))
		}
		for _, q := range qs {
			if got := keys(q); !reflect.DeepEqual(got, []string{"answer", "card", "choices", "incident_id", "kind"}) {
				t.Fatalf("question keys %v", got)
			}
			card := q["card"].(map[string]any)
			if got := keys(card); !reflect.DeepEqual(got, []string{"platform", "services", "severity", "summary", "title"}) {
				t.Fatalf("card keys %v", got)
			}
			if hidden := card["title"] == nil && card["services"] == nil; hidden != (d == "hard") {
				t.Errorf("%s: card title %v, services %v", d, card["title"], card["services"])
			}
			choices := q["choices"].([]any)
			answer := int(q["answer"].(float64))
			if len(choices) != 4 || answer < 0 || answer >= 4 {
				t.Fatalf("%s: %d choices, answer %d", d, len(choices), answer)
			}
			for i, c := range choices {
				cm := c.(map[string]any)
				if got := keys(cm); !reflect.DeepEqual(got, []string{"incident_id", "text"}) {
					t.Fatalf("choice keys %v", got)
				}
				if (cm["incident_id"] == q["incident_id"]) != (i == answer) {
					t.Errorf("%s: choice %d incident_id %v, question %v, answer %d", d, i, cm["incident_id"], q["incident_id"], answer)
				}
			}
			if q["kind"] != "root_cause" {
				t.Errorf("kind %v", q["kind"])
			}
		}
	}
}

func TestQuestionsRepeatableAndFiltered(t *testing.T) {
	a, _, _ := run(t, "questions", "--seed", "5", "--count", "4", "--platform", "DataNexus")
	b, _, _ := run(t, "questions", "--seed", "5", "--count", "4", "--platform", "DataNexus")
	if a != b || a == "" {
		t.Fatal("same seed, different output")
	}
	qs := questionsJSON(t, "--seed", "5", "--count", "0", "--platform", "DataNexus", "--follow-up")
	roots := 0
	for _, q := range qs {
		if q["card"].(map[string]any)["platform"] != "DataNexus" {
			t.Errorf("platform filter ignored: %v", q["card"])
		}
		if q["kind"] == "root_cause" {
			roots++
		}
	}
	if roots != 8 || len(qs) <= roots {
		t.Errorf("%d root-cause questions of %d, want all 8 DataNexus incidents plus follow-ups", roots, len(qs))
	}
}

func TestQuestionsErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--platform", "Mainframe"}, "no incidents match the filter (platform Mainframe)"},
		{[]string{"--platform", "DataNexus", "--count", "9"}, "9 questions asked for, but only 8 incidents match"},
		{[]string{"--format", "xml"}, "--format"},
		{[]string{"--difficulty", "brutal"}, "unknown difficulty"},
		{[]string{"--count", "-1"}, "negative"},
	} {
		_, errOut, code := run(t, append([]string{"questions"}, tc.args...)...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
	// The default count shrinks to what the filter holds.
	if qs := questionsJSON(t, "--platform", "DataNexus", "--seed", "1"); len(qs) != 8 {
		t.Errorf("default count over 8 incidents: %d questions", len(qs))
	}
}

func TestQuestionsHandout(t *testing.T) {
	out, errOut, code := run(t, "questions", "--format", "md", "--count", "3", "--seed", "2", "--difficulty", "hard")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	key := strings.Index(out, "## Answer key")
	if key < 0 || strings.Count(out[:key], "**What was the root cause?**") != 3 {
		t.Fatalf("handout lacks questions or key:\n%s", out)
	}
	if strings.Count(out[key:], "\n1. **") != 1 || !strings.Contains(out[key:], "Clue, title:") {
		t.Errorf("answer key incomplete:\n%s", out[key:])
	}
	if strings.Contains(out[:key], "Clue, ") || !strings.Contains(out[:key], "_ask for a clue_") {
		t.Errorf("hard handout shows clues before the key:\n%s", out[:key])
	}
	if strings.Contains(errOut, "seed ") {
		t.Errorf("a given seed is echoed: %q", errOut)
	}
	_, errOut, _ = run(t, "questions", "--count", "1")
	if !strings.Contains(errOut, "pass --seed") {
		t.Errorf("a drawn seed is not shown: %q", errOut)
	}
}
