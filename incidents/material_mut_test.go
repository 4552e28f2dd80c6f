package incidents

import (
	"math"
	"strings"
	"testing"
	"time"
)

// The draft warning lists up to five entries by id, then "…".
func TestDraftProblemListsFive(t *testing.T) {
	entries := func(ids ...string) []materialEntry {
		var es []materialEntry
		for i, id := range ids {
			es = append(es, materialEntry{ID: id, Mat: &Material{Pos: Pos{File: "ops.quiz.yaml", Line: 3 + 10*i}}, Draft: true})
		}
		return es
	}
	tests := []struct {
		ids  []string
		want string
	}{
		{[]string{"A-1"}, "ops.quiz.yaml:3: warning: incident A-1: 1 draft entry not yet reviewed (A-1): they play with generated options until you replace the TODO lines, review them and delete their draft: true line"},
		{[]string{"A-1", "A-2", "A-3", "A-4", "A-5"}, "ops.quiz.yaml:3: warning: incident A-1: 5 draft entries not yet reviewed (A-1, A-2, A-3, A-4, A-5): they play with generated options until you replace the TODO lines, review them and delete their draft: true line"},
		{[]string{"A-1", "A-2", "A-3", "A-4", "A-5", "A-6"}, "ops.quiz.yaml:3: warning: incident A-1: 6 draft entries not yet reviewed (A-1, A-2, A-3, A-4, A-5, …): they play with generated options until you replace the TODO lines, review them and delete their draft: true line"},
	}
	for _, tt := range tests {
		if got := draftProblem(entries(tt.ids...)).String(); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

// A point value is a finite number; "_" may group digits.
func TestParseNumberFinite(t *testing.T) {
	for _, bad := range []string{"NaN", "nan", "+Inf", "-inf", "Infinity", "", "12 ms"} {
		if v, err := parseNumber(bad); err == nil {
			t.Errorf("parseNumber(%q) = %v, want an error", bad, v)
		}
	}
	for in, want := range map[string]float64{"1_000": 1000, " 0.25 ": 0.25, "-3e2": -300, "1e308": 1e308} {
		if v, err := parseNumber(in); err != nil || v != want || math.IsInf(v, 0) {
			t.Errorf("parseNumber(%q) = %v, %v, want %v", in, v, err, want)
		}
	}
}

// A CSV series names the row of its first fault, counting the header as
// row 1, and holds at most maxSeriesPoints rows.
func TestSeriesCSVRowsAndLimit(t *testing.T) {
	_, err := parseSeriesCSV([]byte("t,p99\n0,120\n+1m,130\n+2m,slow\n"), "ms")
	if err == nil || err.Error() != `row 4: value "slow" is not a number` {
		t.Errorf("got %v", err)
	}
	rows := func(n int) []byte {
		b := []byte("t,v\n")
		for i := range n {
			b = append(b, FormatRelTime(time.Duration(i)*time.Second)+",1\n"...)
		}
		return b
	}
	if s, err := parseSeriesCSV(rows(2000), ""); err != nil || len(s) != 1 || len(s[0].Points) != 2000 {
		t.Errorf("2000 rows: %v", err)
	}
	if _, err := parseSeriesCSV(rows(2001), ""); err == nil || err.Error() != "over 2000 rows" {
		t.Errorf("2001 rows: %v", err)
	}
}

// The fast YAML reader reads a block scalar whose "|" carries a comment
// itself, as go-yaml reads it.
func TestFastYAMLCommentAfterBlockHeader(t *testing.T) {
	data := []byte("OPS-1:\n  brief: | # one sentence\n    The disk filled.\n  timeline: x\n")
	if !checkSameTree(t, data) {
		t.Errorf("fast reader gave up on %q", data)
	}
}

// go-yaml's tree is followed 200 levels deep; deeper nodes are "other"
// (reported where used), so a hostile file cannot exhaust the stack.
func TestYAMLDepthLimit(t *testing.T) {
	innermost := func(n int) yKind {
		root, ok := goYAMLTree(t, []byte(strings.Repeat("[", n)+strings.Repeat("]", n)))
		if !ok {
			t.Fatalf("go-yaml refused %d levels", n)
		}
		for len(root.items) > 0 {
			root = root.items[0]
		}
		return root.kind
	}
	if k := innermost(200); k != ySeq {
		t.Errorf("200 levels: innermost kind %v, want a list", k)
	}
	if k := innermost(201); k != yOther {
		t.Errorf("201 levels: innermost kind %v, want other", k)
	}
}

// An alias of a scalar or null reads as its anchor's value; an alias of a
// list or mapping is not followed.
func TestYAMLAliases(t *testing.T) {
	root, ok := goYAMLTree(t, []byte("base: &b disk full\nuse: *b\nlist: &l [1, 2]\nuse2: *l\nnothing: &n ~\nuse3: *n\n"))
	if !ok {
		t.Fatal("refused")
	}
	want := "map @1\n \"base\" @1:\n  \"disk full\" @1\n \"use\" @2:\n  \"disk full\" @2\n \"list\" @3:\n  list @3\n    \"1\" @3\n    \"2\" @3\n \"use2\" @4:\n  other @4\n \"nothing\" @5:\n  null @5\n \"use3\" @6:\n  null @6\n"
	if got := treeText(root); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A lone "-" as a block value is left to go-yaml, without the fast reader
// looking past its end; inside brackets it is the text "-", as go-yaml
// reads it.
func TestFastYAMLLoneDash(t *testing.T) {
	if root, ok := readYAMLFast([]byte("OPS-1:\n  brief: -\n")); ok {
		t.Errorf("fast reader accepted a lone dash: %s", treeText(root))
	}
	for _, data := range []string{"OPS-1: [-]\n", "OPS-1: {a: -}\n", "OPS-1: [a, -]\n"} {
		if !checkSameTree(t, []byte(data)) {
			t.Errorf("%q: fast reader gave up", data)
		}
	}
}
