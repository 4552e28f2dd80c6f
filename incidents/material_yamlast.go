package incidents

import (
	"errors"
	"fmt"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	yamlparser "github.com/goccy/go-yaml/parser"
)

// readYAML returns the documents of a material file: the fast reader's
// tree when it can read the file, else go-yaml's, converted. A syntax error
// is one problem with go-yaml's line.
func readYAML(name string, data []byte) (docs []*yNode, probs []Problem) {
	if root, ok := readYAMLFast(data); ok {
		if root == nil {
			return nil, nil
		}
		return []*yNode{root}, nil
	}
	// go-yaml is third-party code fed with user files: a panic in it must
	// become a problem report, not a crash.
	defer func() {
		if r := recover(); r != nil {
			msg, _ := cleanInline(fmt.Sprint(r))
			docs, probs = nil, []Problem{{Pos: Pos{File: name}, Msg: "YAML: cannot read this file: " + msg}}
		}
	}()
	file, err := yamlparser.ParseBytes(data, 0)
	if err != nil {
		return nil, []Problem{yamlProblem(name, "", err)}
	}
	c := astConverter{anchors: map[string]*yNode{}}
	for _, doc := range file.Docs {
		if doc != nil && doc.Body != nil {
			docs = append(docs, c.node(doc.Body))
		}
	}
	return docs, nil
}

// astConverter turns go-yaml's tree into yNodes. An alias of a scalar is
// its anchor's text; an alias of a list or mapping is not followed (it
// becomes yOther, reported where it is used), so nested aliases cannot make
// the walk exponential.
type astConverter struct {
	anchors map[string]*yNode
	depth   int
}

func (c *astConverter) node(n ast.Node) *yNode {
	if n == nil {
		return &yNode{kind: yNull}
	}
	out := &yNode{line: nodeLine(n)}
	if c.depth++; c.depth > 200 { // go-yaml nests as deep as the input does
		out.kind = yOther
		return out
	}
	defer func() { c.depth-- }()
	switch n := n.(type) {
	case *ast.StringNode:
		out.kind, out.text = yScalar, n.Value
	case *ast.LiteralNode:
		out.kind, out.text = yScalar, n.Value.Value
	case *ast.NullNode:
		out.kind, out.text = yNull, tokenText(n)
	case *ast.AnchorNode:
		v := c.node(n.Value)
		c.anchors[tokenText(n.Name)] = v
		return v
	case *ast.AliasNode:
		out.kind = yOther
		if v, ok := c.anchors[tokenText(n.Value)]; ok && (v.kind == yScalar || v.kind == yNull) {
			out.kind, out.text = v.kind, v.text
		}
	case *ast.TagNode:
		return c.node(n.Value)
	case ast.ScalarNode:
		out.kind, out.text = yScalar, tokenText(n)
	case *ast.SequenceNode:
		out.kind = ySeq
		for _, v := range n.Values {
			out.items = append(out.items, c.node(v))
		}
	case *ast.MappingNode, *ast.MappingValueNode:
		out.kind = yMap
		pairs, _ := mappingPairs(n)
		for _, kv := range pairs {
			out.keys = append(out.keys, c.node(kv.Key))
			out.items = append(out.items, c.node(kv.Value))
		}
	case *ast.MappingKeyNode: // "? key"
		return c.node(n.Value)
	default:
		out.kind = yOther
	}
	return out
}

func tokenText(n ast.Node) string {
	if n == nil || n.GetToken() == nil {
		return ""
	}
	return n.GetToken().Value
}

func nodeLine(n ast.Node) int {
	if n == nil || n.GetToken() == nil {
		return 0
	}
	return n.GetToken().Position.Line
}

// mappingPairs returns a mapping's entries; go-yaml gives a one-entry
// mapping as a bare MappingValueNode.
func mappingPairs(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch n := n.(type) {
	case *ast.MappingNode:
		return n.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{n}, true
	}
	return nil, false
}

// yamlProblem turns a go-yaml error into a Problem with its line number.
func yamlProblem(name, id string, err error) Problem {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		msg, _ := cleanInline(ye.GetMessage())
		return Problem{Pos: Pos{File: name, Line: ye.GetToken().Position.Line}, IncidentID: id, Msg: "YAML: " + msg}
	}
	msg, _ := cleanInline(err.Error())
	return Problem{Pos: Pos{File: name}, IncidentID: id, Msg: "YAML: " + msg}
}
