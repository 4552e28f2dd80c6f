package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
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
			if got := keys(q); !reflect.DeepEqual(got, []string{"answer", "card", "choices", "evidence", "incident_id", "kind"}) {
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
				if got := keys(cm); !reflect.DeepEqual(got, []string{"incident_id", "ruled_out_by", "text"}) {
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

// TestQuestionsCountOverMatches: an explicit --count over what matches is
// the rule every mode follows: as many questions as match, said on stderr,
// exit 0 (8 DataNexus incidents in the bundled corpus).
func TestQuestionsCountOverMatches(t *testing.T) {
	out, errOut, code := run(t, "questions", "--platform", "DataNexus", "--count", "9", "--seed", "1")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q; want 0", code, errOut)
	}
	var qs []map[string]any
	if err := json.Unmarshal([]byte(out), &qs); err != nil || len(qs) != 8 {
		t.Fatalf("%d questions (%v), want 8", len(qs), err)
	}
	want := "rootcause: only 8 incidents match the filter (platform DataNexus): the round has 8 questions\n"
	if errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	_, errOut, _ = run(t, "questions", "--platform", "DataNexus", "--count", "8", "--seed", "1")
	if strings.Contains(errOut, "only") {
		t.Errorf("a count that fits says %q", errOut)
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

// Every question carries its board, and every authored wrong choice names
// the items on that board that rule it out. (Near-misses the engine
// generates carry ruled_out_by only where its library entry's evidence kind
// is on the board; that is the engine's to test.)
func TestQuestionsJSONEvidence(t *testing.T) {
	incs, _ := incidents.LoadFS(seeds.FS)
	authoredText := map[string]bool{}
	for _, inc := range incs {
		for _, dis := range inc.Material.Distractors {
			authoredText[dis.Text] = true
		}
	}
	for _, d := range []string{"normal", "hard"} {
		qs := questionsJSON(t, "--count", "30", "--seed", "4", "--difficulty", d)
		authored := 0
		for _, q := range qs {
			ids := map[string]bool{}
			for _, e := range q["evidence"].([]any) {
				em := e.(map[string]any)
				ids[em["id"].(string)] = true
				if _, ok := em["cost"].(float64); !ok || em["kind"] == nil || em["title"] == nil {
					t.Fatalf("%s: evidence item %v", q["incident_id"], em)
				}
				if em["kind"] == "alert" && em["cost"].(float64) != 0 {
					t.Errorf("%s: the alert costs %v", q["incident_id"], em["cost"])
				}
				if em["kind"] == "metric" && len(em["series"].([]any)[0].(map[string]any)["points"].([]any)) < 12 {
					t.Errorf("%s: short series in %v", q["incident_id"], em["id"])
				}
			}
			if len(ids) < 4 {
				t.Errorf("%s: %d evidence items", q["incident_id"], len(ids))
			}
			answer := int(q["answer"].(float64))
			for i, c := range q["choices"].([]any) {
				cm := c.(map[string]any)
				ruled := cm["ruled_out_by"].([]any)
				if i == answer && len(ruled) != 0 {
					t.Errorf("%s: the answer is ruled out by %v", q["incident_id"], ruled)
				}
				if i == answer || !authoredText[cm["text"].(string)] {
					continue
				}
				authored++
				if len(ruled) == 0 {
					t.Errorf("%s: authored choice %q has no ruled_out_by", q["incident_id"], cm["text"])
				}
				for _, id := range ruled {
					if !ids[id.(string)] {
						t.Errorf("%s: ruled_out_by %v is not on the board", q["incident_id"], id)
					}
				}
			}
		}
		if authored == 0 {
			t.Errorf("%s: no authored wrong choice in 30 questions", d)
		}
	}
}

func TestQuestionsHandoutBoard(t *testing.T) {
	out, _, code := run(t, "questions", "--format", "md", "--count", "30", "--seed", "2")
	key := strings.Index(out, "## Answer key")
	if code != 0 || key < 0 {
		t.Fatalf("exit %d", code)
	}
	if got := strings.Count(out[:key], "**Evidence** (kind, time from the first alert):"); got != 30 {
		t.Errorf("%d boards in 30 questions", got)
	}
	// NFI-2023-0014's hit ratio: a cliff at the purge, then a steady climb.
	if !strings.Contains(out[:key], "hit ratio (%): `██▁▃▄▅▆▆▇▇▇▇▇▇██` from 94 at -10m to 94 at +1h5m, range 12 to 94") {
		t.Errorf("handout lacks the hit-ratio sparkline")
	}
	if !strings.Contains(out[key:], "(evidence: ") {
		t.Errorf("answer key does not name the evidence that rules choices out")
	}
}

func TestSparkline(t *testing.T) {
	pts := func(vs ...float64) []incidents.Point {
		out := make([]incidents.Point, len(vs))
		for i, v := range vs {
			out[i] = incidents.Point{V: v}
		}
		return out
	}
	for _, tc := range []struct {
		in   []incidents.Point
		want string
	}{
		{pts(0, 1, 2, 3, 4, 5, 6, 7), "▁▂▃▄▅▆▇█"},
		{pts(5, 5, 5), "███"},
		{pts(0, 0), "▁▁"},
		{pts(-2, 0, 2), "▁▄█"},
		{pts(10, 0, 10), "█▁█"},
		{nil, ""},
	} {
		if got := sparkline(tc.in); got != tc.want {
			t.Errorf("sparkline(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Material text full of terminal escapes never reaches the output: not in
// the JSON, not in the handout.
func TestQuestionsOutputIsSafe(t *testing.T) {
	dir := t.TempDir()
	inc := "INCIDENT #: T-1\nTITLE: Checkout down\nSUMMARY: Checkout failed.\nROOT CAUSE: A bad deploy.\n"
	mat := `T-1:
  brief: "A bad \e[31mdeploy broke checkout for everyone."
  evidence:
    - {id: alert, kind: alert, title: "Pa\e]0;x\age", lines: ["5xx \x9b2J high", "\u202eevil"]}
    - {id: m, kind: metric, title: "Err\e[2Jors", series: [{label: "rate\e[5m", unit: "%\x07", step: 1m, points: [1, 2, 3], marks: [{at: "0", label: "de\e[8mploy"}]}]}
  distractors:
    - {text: "A cache \e[1mflush emptied every cart at once.", why_not: "The \e[0mboard shows no flush.", ruled_out_by: [m]}
    - {text: A certificate expired on the checkout host., why_not: w, ruled_out_by: [alert]}
    - {text: A database lock held every order write up., why_not: w, ruled_out_by: [m]}
`
	for name, body := range map[string]string{"team.txt": inc, "team.quiz.yaml": mat} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, format := range []string{"json", "md"} {
		for _, d := range []string{"easy", "hard"} {
			out, errOut, code := run(t, "--incidents", dir, "questions", "--format", format, "--seed", "1", "--difficulty", d)
			if code != 0 {
				t.Fatalf("%s %s: exit %d: %s", format, d, code, errOut)
			}
			if !strings.Contains(out, "Errors") {
				t.Fatalf("%s %s: board missing:\n%s", format, d, out)
			}
			for _, r := range out + errOut {
				if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
					t.Errorf("%s %s: unsafe rune %U in the output", format, d, r)
				}
			}
		}
	}
}

// TestFewerMatchWording: the note serve, play and questions share.
func TestFewerMatchWording(t *testing.T) {
	f := incidents.Filter{Platforms: []string{"DataNexus"}}
	for _, tc := range []struct {
		want, have int
		note       string
	}{
		{10, 1, "only 1 incident matches the filter (platform DataNexus): the round has 1 question"},
		{10, 7, "only 7 incidents match the filter (platform DataNexus): the round has 7 questions"},
		{7, 7, ""},
		{0, 7, ""},
		{10, 0, ""},
	} {
		if got := fewerMatch(tc.want, tc.have, f); got != tc.note {
			t.Errorf("fewerMatch(%d, %d) = %q, want %q", tc.want, tc.have, got, tc.note)
		}
	}
}
