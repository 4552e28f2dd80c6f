package incidents

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// materialMessages is what parseMaterial reports for one file, one line
// each, without the file name.
func materialMessages(t *testing.T, src string) string {
	t.Helper()
	_, probs := parseMaterial("m.quiz.yaml", []byte(src))
	return strings.ReplaceAll(messages(probs), "m.quiz.yaml:", "")
}

const threeDistractors = `  distractors:
    - {text: A CDN push shortened cache lifetimes., why_not: a}
    - {text: An expired certificate broke handshakes., why_not: b}
    - {text: The instance quota was hit at peak time., why_not: c}
`

// Values of the wrong shape are errors at their own line, whichever reader
// (fast or go-yaml) read the file.
func TestMaterialWrongShapes(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"brief is a list", "X-1:\n  brief: [a, b]\n" + threeDistractors,
			"2: incident X-1: brief must be text, not a list or mapping\n" +
				"1: incident X-1: quiz material has no brief\n"},
		{"timeline is a mapping", "X-1:\n  brief: A bad memory setting made the fleet churn.\n  timeline: {a: b}\n" + threeDistractors,
			"3: incident X-1: timeline must be text, not a list or mapping\n"},
		{"entry is text", "X-1: just words\n",
			"1: incident X-1: quiz material must be a mapping with brief, phrasings, timeline, evidence, distractors, draft\n" +
				"1: incident X-1: quiz material has no brief\n" +
				"1: incident X-1: quiz material has 0 distractors, want at least 3\n"},
		{"distractors is text", "X-1:\n  brief: b\n  distractors: none\n",
			"3: incident X-1: distractors must be a list of mappings with text, why_not, ruled_out_by\n" +
				"1: incident X-1: quiz material has 0 distractors, want at least 3\n"},
		{"distractor is text", "X-1:\n  brief: A bad memory setting made the fleet churn.\n  distractors:\n    - just words\n" + threeDistractors[len("  distractors:\n"):],
			"4: incident X-1: a distractor must be a mapping with text, why_not, ruled_out_by\n"},
		{"phrasing is a list", "X-1:\n  brief: A bad memory setting made the fleet churn.\n  phrasings:\n    - [a]\n" + threeDistractors,
			"4: incident X-1: each entry of phrasings must be text\n"},
		{"ruled_out_by is a mapping", "X-1:\n  brief: A bad memory setting made the fleet churn.\n  distractors:\n    - {text: A DNS change sent users to the old region., why_not: a, ruled_out_by: {a: b}}\n" + threeDistractors[len("  distractors:\n"):],
			"4: incident X-1: ruled_out_by must be a list of text\n"},
		{"top level is a list", "- a\n- b\n",
			"1: quiz material must be a mapping from incident id to brief, timeline and distractors\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// sorted by line in parseMaterial; compare as sets of lines
			got, want := strings.Split(materialMessages(t, tc.src), "\n"), strings.Split(tc.want, "\n")
			if !sameLines(got, want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

func sameLines(a, b []string) bool {
	count := map[string]int{}
	for _, s := range a {
		count[s]++
	}
	for _, s := range b {
		count[s]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// Every unknown key names all the keys accepted where it is.
func TestMaterialUnknownKeysListAcceptedKeys(t *testing.T) {
	src := "X-1:\n  brief: A bad memory setting made the fleet churn.\n  hint: h\n  evidence:\n" +
		"    - {id: a, kind: alert, title: t, lines: [x], colour: red}\n" +
		"    - {id: m, kind: metric, title: t, series: [{label: l, step: 1m, points: [1], axis: y, marks: [{at: \"0\", label: d, size: 2}]}]}\n" +
		"  distractors:\n" +
		"    - {text: A CDN push shortened cache lifetimes., why_not: a, ruled_out_by: [a], note: n}\n" +
		"    - {text: An expired certificate broke handshakes., why_not: b, ruled_out_by: [a]}\n" +
		"    - {text: The instance quota was hit at peak time., why_not: c, ruled_out_by: [m]}\n"
	want := `3: warning: incident X-1: unknown key "hint" in quiz material (want brief, phrasings, timeline, evidence, distractors, draft); ignored
5: warning: incident X-1: unknown key "colour" in an evidence item (want id, kind, title, at, lines, series, csv, unit, after_answer); ignored
6: warning: incident X-1: unknown key "axis" in a series (want label, unit, start, step, points, marks); ignored
6: warning: incident X-1: unknown key "size" in a mark (want at, label); ignored
8: warning: incident X-1: unknown key "note" in a distractor (want text, why_not, ruled_out_by); ignored
`
	if got := materialMessages(t, src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Material the fast reader leaves to go-yaml (an anchor and alias, a folded
// block, an escape) reads the same as written plainly.
func TestMaterialGoYAMLFallbackReadsTheSame(t *testing.T) {
	plain := "X-1:\n  brief: A bad memory setting made the fleet churn.\n  timeline: Errors at 19:15.\n" + threeDistractors
	fancy := "X-1:\n  brief: &b A bad memory setting made the fleet churn.\n  timeline: >\n    Errors at\n    19:15.\n" +
		"  distractors:\n    - {text: \"A CDN push shortened cache\\x20lifetimes.\", why_not: a}\n" +
		"    - {text: An expired certificate broke handshakes., why_not: b}\n" +
		"    - {text: The instance quota was hit at peak time., why_not: c}\n"
	if _, ok := readYAMLFast([]byte(fancy)); ok {
		t.Fatal("the fast reader read an anchor; this test wants go-yaml")
	}
	a, pa := parseMaterial("m.quiz.yaml", []byte(plain))
	b, pb := parseMaterial("m.quiz.yaml", []byte(fancy))
	if len(pa) != 0 || len(pb) != 0 || len(a) != 1 || len(b) != 1 {
		t.Fatalf("%v %v", pa, pb)
	}
	a[0].distractorLines, b[0].distractorLines = nil, nil
	a[0].Mat.Pos, b[0].Mat.Pos = Pos{}, Pos{}
	if !reflect.DeepEqual(a[0].Mat, b[0].Mat) {
		t.Errorf("plain %+v\nfancy %+v", a[0].Mat, b[0].Mat)
	}
}

// Each check on the brief, phrasings and distractors, with its number and line.
func TestMaterialChecksNameTheirEntry(t *testing.T) {
	long := strings.Repeat("x", 161)
	src := "X-1:\n  brief: A bad memory setting made the fleet churn.\n  phrasings:\n" +
		"    - Every instance ran out of memory after boot.\n" +
		"    - \"\"\n" +
		"    - " + long + "\n" +
		"    - a bad memory   setting made the FLEET churn.\n" +
		"  distractors:\n" +
		"    - {text: A CDN push shortened cache lifetimes., why_not: a}\n" +
		"    - {why_not: b}\n" +
		"    - {text: every instance ran out of memory after boot., why_not: c}\n" +
		"    - {text: The instance quota was hit at peak time., why_not: d}\n" +
		"    - {text: A bad memory setting made the fleet churn., why_not: e}\n"
	want := `5: incident X-1: phrasing 2 is empty
6: incident X-1: phrasing 3 is 161 characters, over the 160 limit
7: incident X-1: phrasing 4 repeats the brief or another phrasing
10: incident X-1: distractor 2 has no text
11: incident X-1: distractor 3 repeats phrasing 1 of the brief
13: incident X-1: distractor 5 is the brief itself
`
	if got := materialMessages(t, src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// The ±20% length rule at its edges: against a 40-character brief,
// options of exactly 32 and 48 characters pass, 31 and 49 do not.
func TestMaterialLengthRuleEdges(t *testing.T) {
	for _, tc := range []struct {
		n    int
		warn bool
	}{{31, true}, {32, false}, {40, false}, {48, false}, {49, true}} {
		if got := similarLength(strings.Repeat("a", tc.n), strings.Repeat("b", 40)); got == tc.warn {
			t.Errorf("%d characters against 40: similar = %v", tc.n, got)
		}
	}
	if !similarLength("ééééé", "abcde") {
		t.Error("length is counted in characters, not bytes")
	}
}

// A ruled_out_by naming a missing item is reported at the ruled_out_by
// line, not at the distractor's first line.
func TestRuledOutByMissingItemAtItsLine(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("T-1"))
	src := "T-1:\n" + strings.Replace(boardMaterial,
		"    - {text: A CDN push shortened cache lifetimes., why_not: The changes list shows no CDN push., ruled_out_by: [deploys]}\n",
		"    - text: A CDN push shortened cache lifetimes.\n      why_not: The changes list shows no CDN push.\n      ruled_out_by: [deploy]\n", 1)
	write(t, dir, "team.quiz.yaml", src)
	_, probs, _ := Load([]string{f})
	want := filepath.Join(dir, "team.quiz.yaml") + `:30: incident T-1: distractor 1 is ruled_out_by "deploy", which is not on the evidence board` + "\n"
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// boardErrors is what the board reader reports for one evidence list.
func boardErrors(t *testing.T, evidence string) string {
	t.Helper()
	return materialMessages(t, "X-1:\n  brief: A bad memory setting made the fleet churn.\n  evidence:\n"+evidence+threeDistractors)
}

// The size limits hold at their edges: 40 items, 200 lines, 2,000 points.
func TestEvidenceLimitsAtTheirEdges(t *testing.T) {
	items := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "    - {id: n%d, kind: note, title: t, lines: [x]}\n", i)
		}
		return b.String()
	}
	lines := func(n int) string {
		return "    - {id: l, kind: log, title: t, lines: [" + strings.TrimSuffix(strings.Repeat("x, ", n), ", ") + "]}\n"
	}
	points := func(n int) string {
		return "    - {id: m, kind: metric, title: t, series: [{step: 1m, points: [" + strings.TrimSuffix(strings.Repeat("1, ", n), ", ") + "]}]}\n"
	}
	for _, tc := range []struct{ name, evidence, want string }{
		{"40 items", items(40), ""},
		{"41 items", items(41), "4: incident X-1: evidence has 41 items, over the 40 limit\n"},
		{"200 lines", lines(200), ""},
		{"201 lines", lines(201), "4: incident X-1: evidence has 201 lines, over the 200 limit\n4: incident X-1: evidence \"l\" has no lines\n"},
		{"2000 points", points(2000), ""},
		{"2001 points", points(2001), "4: incident X-1: series has 2001 points, over the 2000 limit\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"id with a space", "    - {id: a b, kind: note, title: t, lines: [x]}\n", "4: incident X-1: evidence id \"a b\" must be one word\n"},
		{"id with a comma", "    - {id: \"a,b\", kind: note, title: t, lines: [x]}\n", "4: incident X-1: evidence id \"a,b\" must be one word\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := boardErrors(t, tc.evidence); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
