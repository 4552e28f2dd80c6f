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

// fastYAMLSeeds are the shapes material is written in, and near misses the
// fast reader must hand to go-yaml.
var fastYAMLSeeds = []string{
	"X-1:\n" + boardMaterial,
	"X-1:\n  brief: a, b # note\n  phrasings:\n  - one\n  - 'two ''quoted'''\n",
	"X-1:\n  evidence:\n    - id: a\n      lines: |\n        one\n\n          two\n      at: -5m\n    - {id: b, at: \"0\"}\n",
	"X-1:\n  s: |-\n    x\n  t: [[-1m, 2], [0, 3.5]]\n  u: {at: -1h, label: Fri 18:00}\n",
	"X-1:\n  brief: a\n    continued\n",
	"X-1:\n  brief: \"a \\\"b\\\" \\n c\"\n  k: ~\n  l:\n  m: []\n  n: {}\n",
	"X-1: &a\n  brief: *a\n",
	"X-1:\n  brief: a: b\n",
	"- a\n- b\n",
	"X-1:\n  brief: >\n    folded\n",
}

func TestFastYAMLAgreesWithGoYAML(t *testing.T) {
	accepted := 0
	for _, s := range fastYAMLSeeds {
		if checkSameTree(t, []byte(s)) {
			accepted++
		}
	}
	if accepted < 5 {
		t.Errorf("the fast reader accepted %d of the common shapes, want at least 5", accepted)
	}
}
