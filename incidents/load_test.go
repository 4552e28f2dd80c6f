package incidents

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/seeds"
)

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func withID(id string) string { return strings.ReplaceAll(clean, "NFI-2099-0001", id) }

const goodMaterial = `  brief: A bad memory setting made the fleet churn.
  distractors:
    - {text: A CDN push shortened cache lifetimes., why_not: The fix was a rollback on the instances.}
    - {text: An expired certificate broke handshakes., why_not: Renewing would have fixed it.}
    - {text: The instance quota was hit at peak time., why_not: Instances did launch.}
`

func TestLoadDefaultsToBuiltin(t *testing.T) {
	for _, paths := range [][]string{nil, {"builtin"}, {"builtin", "builtin"}} {
		incs, probs, err := LoadWith(paths, &Options{Builtin: seeds.FS})
		if err != nil || len(incs) != 30 || hasError(probs) {
			t.Errorf("Load(%q): %d incidents, %v, %v", paths, len(incs), probs, err)
		}
	}
	// Without the bundled corpus, naming it is a problem, not a panic.
	_, probs, err := Load(nil)
	if err != nil || len(probs) != 1 || probs[0].String() != "builtin: the bundled corpus is not available here (no Options.Builtin)" {
		t.Errorf("Load(nil) without Options.Builtin: %v %v", probs, err)
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", withID("A-1"))
	write(t, dir, "a.quiz.yaml", "A-1:\n"+goodMaterial)
	write(t, dir, "sub/b.TXT", withID("B-1"))
	write(t, dir, "sub/notes.json", "{}")
	write(t, dir, ".hidden/c.txt", withID("C-1"))
	incs, probs, err := Load([]string{dir})
	if err != nil || hasError(probs) {
		t.Fatalf("%v\n%s", err, messages(probs))
	}
	if len(incs) != 2 || incs[0].ID != "A-1" || incs[1].ID != "B-1" {
		t.Fatalf("got %v", incs)
	}
	if incs[0].Material == nil || incs[0].Material.Brief != "A bad memory setting made the fleet churn." || incs[0].Material.Pos.Line != 1 {
		t.Errorf("material not attached: %+v", incs[0].Material)
	}
}

func TestLoadCompanionMaterial(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("T-1"))
	write(t, dir, "team.quiz.yaml", "\"T-1\":\n"+goodMaterial)
	incs, probs, err := Load([]string{f})
	if err != nil || len(probs) != 0 || len(incs) != 1 || incs[0].Material == nil {
		t.Fatalf("%v %v %d", err, probs, len(incs))
	}
}

func TestLoadDuplicateAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", withID("D-1"))
	b := write(t, dir, "b.txt", "\n\n"+withID("D-1")+"=====\n"+withID("D-2"))
	incs, probs, err := Load([]string{a, b, a})
	if err != nil || len(incs) != 2 || incs[1].ID != "D-2" {
		t.Fatalf("%v, %d incidents", err, len(incs))
	}
	want := b + ":3: incident D-1: duplicate incident id (first defined at " + a + ":1); this one is skipped\n"
	if got := messages(probs); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestLoadMaterialProblems(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "m.txt", withID("M-1")+withID("M-2")+withID("M-3")+withID("M-4"))
	write(t, dir, "m.quiz.yaml", `M-1:
  brief: The real cause.
  distractors:
    - {text: "  the REAL   cause. ", why_not: x}
    - {text: A wrong cause., why_not: y}
    - {text: A false cause., why_not: z}
M-2:
  brief: `+strings.Repeat("x", BriefLimit+1)+`
  distractors: [{text: `+strings.Repeat("y", BriefLimit)+`, why_not: b}]
M-3:
  brief: ok
  hint: misspelt key
  distractors: []
M-9:
`+goodMaterial)
	_, probs, err := Load([]string{f})
	if err != nil {
		t.Fatal(err)
	}
	m := filepath.Join(dir, "m.quiz.yaml")
	want := []string{
		m + ":4: incident M-1: distractor 1 is the brief itself",
		m + ":7: incident M-2: quiz material has 1 distractors, want at least 3",
		m + ":8: incident M-2: brief is 161 characters, over the 160 limit",
		m + ":10: incident M-3: quiz material has 0 distractors, want at least 3",
		m + `:12: warning: incident M-3: unknown key "hint" in quiz material (want brief, phrasings, timeline, evidence, distractors, draft); ignored`,
		m + ":14: incident M-9: quiz material for an incident that is not loaded (typo in the id?)",
	}
	if got := messages(probs); got != strings.Join(want, "\n")+"\n" {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}

// An unknown key is a warning and the rest of the entry is still checked, so
// one run reports everything; material with errors for an id no incident has
// is reported as such too.
func TestLoadMaterialReportsAllInOneRun(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "fixed.txt", withID("TEAM-0002"))
	write(t, dir, "fixed.quiz.yaml", `TEAM-0002:
  brief: `+strings.Repeat("b", 180)+`
  bogus: 1
  distractors:
    - {text: `+strings.Repeat("x", 170)+`, why_not: a, hint: h}
    - text: `+strings.Repeat("y", 170)+`
    - {text: `+strings.Repeat("z", 170)+`, why_not: c}
TEAM-0009:
  brief: Something
  distractors: []
`)
	incs, probs, err := Load([]string{f})
	if err != nil {
		t.Fatal(err)
	}
	m := filepath.Join(dir, "fixed.quiz.yaml")
	want := []string{
		m + ":2: incident TEAM-0002: brief is 180 characters, over the 160 limit",
		m + `:3: warning: incident TEAM-0002: unknown key "bogus" in quiz material (want brief, phrasings, timeline, evidence, distractors, draft); ignored`,
		m + `:5: warning: incident TEAM-0002: unknown key "hint" in a distractor (want text, why_not, ruled_out_by); ignored`,
		m + ":6: incident TEAM-0002: distractor 2 has no why_not (say which clue rules it out)",
		m + ":8: incident TEAM-0009: quiz material has 0 distractors, want at least 3",
		m + ":8: incident TEAM-0009: quiz material for an incident that is not loaded (typo in the id?)",
	}
	if got := messages(probs); got != strings.Join(want, "\n")+"\n" {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	if len(incs) != 1 || incs[0].Material != nil {
		t.Errorf("material with errors attached: %+v", incs)
	}
}

func TestLoadMaterialStyle(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "s.txt", withID("S-1"))
	write(t, dir, "s.quiz.yaml", `S-1:
  brief: A bad memory setting made the fleet churn.
  distractors:
    - {text: A CDN push shortened cache lifetimes., why_not: a}
    - {text: A CDN push shortened cache lifetimes., why_not: b}
    - {text: Quota., why_not: c}
`)
	_, probs, _ := Load([]string{f})
	m := filepath.Join(dir, "s.quiz.yaml")
	want := m + ":5: incident S-1: distractor 2 repeats distractor 1\n" +
		m + ":6: warning: incident S-1: distractor 3 has 6 characters, the brief 42: keep options within ±20% of the brief, or length gives the answer away\n"
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestLoadMaterialSyntaxError(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "s.quiz.yaml", "X-1:\n  brief: ok\n  distractors: [unclosed\n")
	_, probs, err := Load([]string{f})
	if err != nil || len(probs) != 1 || !strings.HasPrefix(probs[0].String(), f+":3: YAML:") {
		t.Errorf("%v %v", err, probs)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := Load([]string{filepath.Join(dir, "nope.txt")}); err == nil || !strings.Contains(err.Error(), "nope.txt: no such file") {
		t.Errorf("missing file: %v", err)
	}
	empty := write(t, dir, "empty.txt", "")
	other := write(t, dir, "x.csv", "{}")
	_, probs, err := Load([]string{empty, other})
	if err != nil || messages(probs) != empty+": file is empty\n"+other+": no incidents found (each incident starts with a line like INCIDENT #: NFI-2023-0010)\n" {
		t.Errorf("%v\n%s", err, messages(probs))
	}
}

func TestAddParsedSanitizesProblems(t *testing.T) {
	l := newLoader()
	l.addParsed("README.md", nil, false, func(name string, _ []byte) ([]Incident, []Problem) {
		return nil, []Problem{{Pos: Pos{File: name}, Msg: "no incidents \x1b[31mfound"}}
	})
	if len(l.probs) != 1 || !l.probs[0].Warning || strings.ContainsRune(l.probs[0].Msg, 0x1b) {
		t.Errorf("%v", l.probs)
	}
}

func TestLoadScrubsOtherParsers(t *testing.T) {
	l := newLoader()
	l.addParsed("pm.md", nil, true, func(name string, _ []byte) ([]Incident, []Problem) {
		return []Incident{{ID: "MD-1", Title: "Evil\x1b[2J title", RootCause: "a\n\nb\x07", Pos: Pos{File: name, Line: 3}}}, nil
	})
	if len(l.incs) != 1 || l.incs[0].Title != "Evil title" || l.incs[0].RootCause != "a\n\nb" {
		t.Fatalf("%+v", l.incs)
	}
	if len(l.probs) != 1 || l.probs[0].String() != "pm.md:3: warning: incident MD-1: control characters or escape sequences removed" {
		t.Errorf("%v", l.probs)
	}
}

func TestLoadPlainYAMLIsNotMaterial(t *testing.T) {
	f := write(t, t.TempDir(), "quiz.yaml", "X-1:\n"+goodMaterial)
	_, probs, err := Load([]string{f})
	if err != nil || len(probs) != 1 || !strings.Contains(probs[0].Msg, "named *.quiz.yaml") {
		t.Errorf("%v %v", err, probs)
	}
}

func TestUsable(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "u.txt", withID("U-1")+withID("U-1")+"INCIDENT #: U-2\nTITLE: t\nSUMMARY: s\n"+
		"INCIDENT #: U-3\nDATE: Blursday\nTITLE: t\nSUMMARY: s\nROOT CAUSE: r\n")
	incs, probs, err := Load([]string{f})
	if err != nil {
		t.Fatal(err)
	}
	good, left := Usable(incs, probs)
	if left != 2 || len(good) != 2 || good[0].ID != "U-1" || good[1].ID != "U-3" {
		t.Errorf("left %d, good %+v", left, good)
	}
}
