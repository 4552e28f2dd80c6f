package incidents

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	yamlparser "github.com/goccy/go-yaml/parser"

	"github.com/nexusflow/rootcause/seeds"
)

// goYAMLTree is go-yaml's reading of data in the fast reader's shape, the
// reference the fast reader must agree with.
func goYAMLTree(t testing.TB, data []byte) (*yNode, bool) {
	file, err := yamlparser.ParseBytes(data, 0)
	if err != nil || len(file.Docs) != 1 {
		return nil, false
	}
	c := astConverter{anchors: map[string]*yNode{}}
	if file.Docs[0] == nil || file.Docs[0].Body == nil {
		return nil, true
	}
	return c.node(file.Docs[0].Body), true
}

// dumpTree writes a tree as text: kinds, texts and lines.
func dumpTree(b *strings.Builder, n *yNode, depth int) {
	pad := strings.Repeat("  ", depth)
	switch n.kind {
	case yNull:
		fmt.Fprintf(b, "%snull @%d\n", pad, n.line)
	case yScalar:
		fmt.Fprintf(b, "%s%q @%d\n", pad, n.text, n.line)
	case ySeq:
		fmt.Fprintf(b, "%slist @%d\n", pad, n.line)
		for _, v := range n.items {
			dumpTree(b, v, depth+1)
		}
	case yMap:
		fmt.Fprintf(b, "%smap @%d\n", pad, n.line)
		for i, k := range n.keys {
			fmt.Fprintf(b, "%s %q @%d:\n", pad, k.text, k.line)
			dumpTree(b, n.items[i], depth+1)
		}
	default:
		fmt.Fprintf(b, "%sother @%d\n", pad, n.line)
	}
}

func treeText(n *yNode) string {
	var b strings.Builder
	if n != nil {
		dumpTree(&b, n, 0)
	}
	return b.String()
}

// checkSameTree fails when the fast reader accepts data but reads it
// differently from go-yaml.
func checkSameTree(t testing.TB, data []byte) bool {
	fast, ok := readYAMLFast(data)
	if !ok {
		return false
	}
	ref, refOK := goYAMLTree(t, data)
	if !refOK {
		t.Fatalf("fast reader accepted what go-yaml refuses:\n%s", data)
	}
	if got, want := treeText(fast), treeText(ref); got != want {
		t.Fatalf("fast reader and go-yaml differ on\n%s\nfast:\n%s\ngo-yaml:\n%s", data, got, want)
	}
	return true
}

func TestFastYAMLReadsBundledMaterial(t *testing.T) {
	data, err := fs.ReadFile(seeds.FS, "nexusflow.quiz.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !checkSameTree(t, data) {
		t.Fatal("the fast reader gave up on the bundled material: start-up pays for go-yaml")
	}
}

// FuzzFastYAML: whatever the fast reader accepts, go-yaml reads the same
// (kinds, texts and lines); everything else goes to go-yaml anyway.
func FuzzFastYAML(f *testing.F) {
	for _, s := range fastYAMLSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, ok := checkEncoding("f", data); ok {
			checkSameTree(t, data)
		}
	})
}

// fastYAMLCases are the shapes material is written in, which the fast
// reader must read as go-yaml does (fast: true), and near misses it must
// hand to go-yaml.
var fastYAMLCases = []struct {
	src  string
	fast bool
}{
	{"X-1:\n" + boardMaterial, true},
	{"X-1:\n  brief: a, b # note\n  phrasings:\n  - one\n  - 'two ''quoted'''\n", true},
	{"X-1:\n  evidence:\n    - id: a\n      lines: |\n        one\n\n          two\n      at: -5m\n    - {id: b, at: \"0\"}\n", true},
	{"X-1:\n  s: |-\n    x\n\n  t: [[-1m, 2], [0, 3.5]]\n  u: {at: -1h, label: Fri 18:00}\n", true},
	{"X-1:\n  brief: \"a \\\"b\\\" \\n c\\t\\/ \\\\\"\n  k: ~\n  l:\n  m: []\n  n: {}\n  o: null # c\n", true},
	{"# head\n\n\"X-1\": # c\n  'b': |  # c\n    x\n  c: [ a , 'b' , \"c\" ]\n  d: { a: 1 , b: [2] }\n", true},
	{"X-1:\n  a:\n    b: c\n  d: e\nX-2:\n  f: g\n", true},
	{"X-1:\n  brief: ends here\n  lines: |\n    last\n", true},
	{"X-1:\n  lines: |\n    no newline at the end", true},
	{"X-1:\n  t:\n  - a\n  - b\n  u: c\n", true},
	{"X-1:\n  - a\n", true},
	{"X-1:\n  brief: a\n    continued\n", false},
	{"X-1: &a\n  brief: *a\n", false},
	{"X-1:\n  brief: a: b\n", false},
	{"- a\n- b\n", false},
	{"X-1:\n  brief: >\n    folded\n", false},
	{"X-1:\n  brief: a\n  brief: b\n", false},
	{"X-1:\n  t: [a, b,]\n", false},
	{"X-1:\n  t: [a,\n    b]\n", false},
	{"X-1:\n  t: {a: 1, a: 2}\n", false},
	{"X-1:\n  t: \"\\e[31m\"\n", false},
	{"X-1:\n  t: \"open\n", false},
	{"X-1:\n  t: 'open\n", false},
	{"X-1:\n  t: |+\n    keep\n", false},
	{"X-1:\n  t: |2\n    x\n", false},
	{"X-1:\n\tt: x\n", false},
	{"X-1:\r\n  t: x\r\n", false},
	{"---\nX-1:\n  t: x\n", false},
	{"X-1:\n  t: !!str x\n", false},
	{"X-1:\n  t: [a] b\n", false},
	{"X-1:\n  t: x\n  - y\n", false},
	{"X-1:\n  t:\n  -\n    y\n", false},
	{"X-1:\n  t: a [b]\n", false},
	{"X-1:\n   t: x\n  u: y\n", false},
	{"  X-1:\n    t: x\n", false},
	{"X-1:\n  t: - x\n", false},
	{"X-1:\n  a:b: c\n", false},
	{"X-1:\n  t: [{a:b: c}]\n", false},
	{"X-1:\n  t: |\n     \n    x\n", false},
	{"X-1:\n  t: |\n    x \n", false},
	{"X-1:\n  t: |\nX-2: y\n", false},
	{"X-1:\n  <<: x\n", false},
	{"X-1:\n  t:\n  - # c\n  - b\n", false},
	{"X-1:\n  t:\n  - - a\n", false},
	{"X-1:\n  t: |\n  u: x\n", false},
	{"X-1:\n  t: |\n      x\n     y\n  u: z\n", false},
	{"X-1:\n  t: \"a\"#c\n", false},
	{"X-1:\n  t: |\n    x\n\n\n  u: y\n", true},
	{"# only a comment\n", true},
	{"X-1:\n  - [a]: b\n", false},
}

var fastYAMLSeeds = func() (out []string) {
	for _, c := range fastYAMLCases {
		out = append(out, c.src)
	}
	return out
}()

// Each shape either reads as go-yaml reads it, or is left to go-yaml.
func TestFastYAMLAgreesWithGoYAML(t *testing.T) {
	for _, c := range fastYAMLCases {
		if got := checkSameTree(t, []byte(c.src)); got != c.fast {
			t.Errorf("fast reader took %q: %v, want %v", c.src, got, c.fast)
		}
	}
}
