package incidents

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestFormatDocExamples keeps seeds/FORMAT.md honest: its example incident
// and quiz material load without problems.
func TestFormatDocExamples(t *testing.T) {
	doc, err := os.ReadFile("../seeds/FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```(text|yaml)\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) != 3 {
		t.Fatalf("found %d example blocks, want 3", len(blocks))
	}
	dir := t.TempDir()
	text := blocks[0][2][:strings.Index(blocks[0][2], "=====")]
	write(t, dir, "acme.txt", text)
	write(t, dir, "acme.quiz.yaml", blocks[2][2])
	lines, probs := Parse("lines.txt", []byte("INCIDENT #: L-1\nTITLE: t\nSUMMARY: s\n"+blocks[1][2]))
	want := "The personalisation filter returned no results for new users:\n\n" +
		"    if len(prefs) == 0 {\n        return Terms(field, prefs) // matches nothing\n    }\n\n" +
		"Two things let it through:\n- tests only covered users with a history; nobody tried an empty profile\n- the canary had no new users"
	if len(probs) != 0 || len(lines) != 1 || lines[0].RootCause != want {
		t.Errorf("the lists and code example reads as %q, problems %v", lines[0].RootCause, probs)
	}
	incs, probs, err := Load([]string{filepath.Join(dir, "acme.txt")})
	if err != nil || len(probs) != 0 || len(incs) != 1 || incs[0].Material == nil || len(incs[0].Prevention) != 2 {
		t.Errorf("%v %v %d", err, probs, len(incs))
	}
}

func TestTemplateLoadsClean(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "team.txt", Template)
	write(t, dir, "team.quiz.yaml", TemplateMaterial)
	incs, probs, err := Load([]string{filepath.Join(dir, "team.txt")})
	if err != nil || len(probs) != 0 || len(incs) != 2 || incs[0].Material == nil {
		t.Errorf("%v %v %d", err, probs, len(incs))
	}
}

// TestTemplateWhyNotsArgueFromEvidence (QA F27): every why-not of the
// material template names the board items that rule its option out and
// does not argue from the fix, which the trainee cannot see yet.
func TestTemplateWhyNotsArgueFromEvidence(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "team.txt", Template)
	write(t, dir, "team.quiz.yaml", TemplateMaterial)
	incs, _, err := Load([]string{filepath.Join(dir, "team.txt")})
	if err != nil || len(incs) == 0 || incs[0].Material == nil {
		t.Fatalf("%v %d", err, len(incs))
	}
	m := incs[0].Material
	if len(incs[0].Evidence) < 3 || len(m.Distractors) < 3 {
		t.Fatalf("board of %d items, %d distractors", len(incs[0].Evidence), len(m.Distractors))
	}
	for i, d := range m.Distractors {
		why := strings.ToLower(d.WhyNot)
		if len(d.RuledOutBy) == 0 {
			t.Errorf("distractor %d: no ruled_out_by", i+1)
		}
		for _, fix := range []string{"the fix", "fixed", "resolution", "resolved"} {
			if strings.Contains(why, fix) {
				t.Errorf("distractor %d argues from the fix (%q): %s", i+1, fix, d.WhyNot)
			}
		}
	}
}
