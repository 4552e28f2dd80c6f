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
	if len(blocks) != 2 {
		t.Fatalf("found %d example blocks, want 2", len(blocks))
	}
	dir := t.TempDir()
	text := blocks[0][2][:strings.Index(blocks[0][2], "=====")]
	write(t, dir, "acme.txt", text)
	write(t, dir, "acme.quiz.yaml", blocks[1][2])
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
