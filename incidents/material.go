package incidents

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	yamlparser "github.com/goccy/go-yaml/parser"
)

// materialEntry is one incident's authored material as read from a file.
// An entry with errors is kept (Bad) so its id is still checked against the
// loaded incidents, but it is never attached.
type materialEntry struct {
	ID  string
	Mat *Material
	Bad bool
	// Evidence is the entry's board, attached to the incident with Mat.
	Evidence []Evidence
	// ruledLines are the lines of the distractors' ruled_out_by keys, for
	// pointing a reference to a missing item at its line.
	ruledLines, distractorLines []int
}

// parseMaterial reads a *.quiz.yaml file: a mapping from incident id to
// Material. Each entry is checked on its own, so one bad entry does not hide
// the others; invalid entries are reported and returned marked Bad.
func parseMaterial(name string, data []byte) (out []materialEntry, probs []Problem) {
	if p, ok := checkEncoding(name, data); !ok {
		return nil, []Problem{p}
	}
	// go-yaml is third-party code fed with user files: a panic in it must
	// become a problem report, not a crash.
	defer func() {
		if r := recover(); r != nil {
			msg, _ := cleanInline(fmt.Sprint(r))
			out, probs = nil, []Problem{{Pos: Pos{File: name}, Msg: "YAML: cannot read this file: " + msg}}
		}
	}()
	file, err := yamlparser.ParseBytes(data, 0)
	if err != nil {
		return nil, []Problem{yamlProblem(name, "", err)}
	}
	for _, doc := range file.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		pairs, ok := mappingPairs(doc.Body)
		if !ok {
			probs = append(probs, Problem{Pos: nodePos(name, doc.Body),
				Msg: "quiz material must be a mapping from incident id to brief, timeline and distractors"})
			continue
		}
		for _, kv := range pairs {
			e, ps := materialItem(name, kv)
			probs = append(probs, ps...)
			out = append(out, e)
		}
	}
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].Pos.Line < probs[j].Pos.Line })
	if len(out) == 0 && len(probs) == 0 {
		probs = append(probs, Problem{Pos: Pos{File: name}, Msg: "no quiz material found", Warning: true})
	}
	return out, probs
}

// materialItem decodes and checks one "ID: {brief, timeline, distractors}" entry.
func materialItem(name string, kv *ast.MappingValueNode) (materialEntry, []Problem) {
	id := keyText(kv.Key)
	pos := nodePos(name, kv.Key)
	var m Material
	var lines matLines
	// The hand walk is the fast path (go-yaml's reflective decoding was a
	// third of start-up); anything it does not know goes to go-yaml.
	var probs []Problem
	if !walkMaterial(kv.Value, &m, &lines) {
		m, lines = Material{}, matLines{unknown: lines.unknown, evidence: lines.evidence}
		if err := yaml.NodeToValue(kv.Value, &m); err != nil {
			return materialEntry{ID: id, Mat: &Material{Pos: pos}, Bad: true},
				append(unknownKeys(name, id, lines.unknown), yamlProblem(name, id, err))
		}
	}
	m.Pos = pos
	// Unknown keys are most likely typos: warn, and check the rest anyway.
	probs = append(probs, unknownKeys(name, id, lines.unknown)...)
	var board []Evidence
	if lines.evidence != nil {
		var ps []Problem
		board, ps = parseEvidence(name, id, lines.evidence)
		probs = append(probs, ps...)
	}
	bad := func(line int, msg string, a ...any) {
		at := pos
		if line > 0 {
			at.Line = line
		}
		probs = append(probs, Problem{Pos: at, IncidentID: id, Msg: fmt.Sprintf(msg, a...)})
	}
	warned := false
	clean := func(s string) string {
		if strings.ContainsAny(s, "\n\r\t") {
			s = strings.Join(strings.Fields(s), " ") // a YAML block scalar
		}
		c, dirty := cleanInline(s)
		if dirty && !warned { // once per entry: the fix is the same for every field
			warned = true
			probs = append(probs, Problem{Pos: pos, IncidentID: id, Warning: true, Msg: "control characters removed from quiz material"})
		}
		return c
	}
	m.Brief, m.Timeline = clean(m.Brief), clean(m.Timeline)
	for i := range m.Phrasings {
		m.Phrasings[i] = clean(m.Phrasings[i])
	}
	for i := range m.Distractors {
		d := &m.Distractors[i]
		d.Text, d.WhyNot = clean(d.Text), clean(d.WhyNot)
		for j := range d.RuledOutBy {
			d.RuledOutBy[j] = strings.TrimSpace(clean(d.RuledOutBy[j]))
		}
	}
	switch n := len([]rune(m.Brief)); {
	case n == 0:
		bad(0, "quiz material has no brief")
	case n > BriefLimit:
		bad(lines.brief, "brief is %d characters, over the %d limit", n, BriefLimit)
	}
	if len(m.Distractors) < MinDistractors {
		bad(0, "quiz material has %d distractors, want at least %d", len(m.Distractors), MinDistractors)
	}
	seen := map[string]int{foldSpace(m.Brief): 0}
	checkPhrasings(&m, lines.phrasings, seen, bad)
	probs = append(probs, checkDistractors(&m, lines.distractors, seen, pos, id, bad)...)
	return materialEntry{ID: id, Mat: &m, Bad: hasError(probs), Evidence: board, ruledLines: lines.ruled, distractorLines: lines.distractors}, probs
}

// checkDistractors reports distractors without text or why_not, repeating
// the brief, a phrasing or each other (errors, through bad), and those whose
// length gives the answer away (warnings, returned).
func checkDistractors(m *Material, lines []int, seen map[string]int, pos Pos, id string, bad func(int, string, ...any)) []Problem {
	var probs []Problem
	for i, d := range m.Distractors {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		key := foldSpace(d.Text)
		first, dup := seen[key]
		switch {
		case d.Text == "":
			bad(line, "distractor %d has no text", i+1)
		case dup && first == 0:
			bad(line, "distractor %d is the brief itself", i+1)
		case dup && first < 0:
			bad(line, "distractor %d repeats phrasing %d of the brief", i+1, -first)
		case dup:
			bad(line, "distractor %d repeats distractor %d", i+1, first)
		case d.WhyNot == "":
			bad(line, "distractor %d has no why_not (say which clue rules it out)", i+1)
		case m.Brief != "" && !similarLength(d.Text, m.Brief):
			at := pos
			at.Line = max(line, pos.Line)
			probs = append(probs, Problem{Pos: at, IncidentID: id, Warning: true, Msg: fmt.Sprintf(
				"distractor %d has %d characters, the brief %d: keep options within ±20%% of the brief, or length gives the answer away",
				i+1, utf8.RuneCountInString(d.Text), utf8.RuneCountInString(m.Brief))})
		}
		if !dup {
			seen[key] = i + 1
		}
	}
	return probs
}

// checkPhrasings reports phrasings that are empty, too long or repeat the
// brief or each other; they are recorded in seen with negative numbers, so a
// distractor repeating one is caught as the brief.
func checkPhrasings(m *Material, lines []int, seen map[string]int, bad func(int, string, ...any)) {
	for i, ph := range m.Phrasings {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		key := foldSpace(ph)
		_, dup := seen[key]
		switch n := len([]rune(ph)); {
		case n == 0:
			bad(line, "phrasing %d is empty", i+1)
		case n > BriefLimit:
			bad(line, "phrasing %d is %d characters, over the %d limit", i+1, n, BriefLimit)
		case dup:
			bad(line, "phrasing %d repeats the brief or another phrasing", i+1)
		}
		seen[key] = -(i + 1)
	}
}

// unknownKeys warns about keys the material format does not have.
func unknownKeys(name, id string, keys []keyAt) []Problem {
	probs := make([]Problem, 0, len(keys))
	for _, k := range keys {
		probs = append(probs, Problem{Pos: Pos{File: name, Line: k.line}, IncidentID: id, Warning: true,
			Msg: fmt.Sprintf("unknown key %q in %s (want %s); ignored", truncate(k.key, 60), k.in, k.want)})
	}
	return probs
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

// similarLength reports whether a distractor is within ±20% of the brief's
// length, as QUIZ-MATERIAL.md asks.
func similarLength(text, brief string) bool {
	t, b := utf8.RuneCountInString(text), utf8.RuneCountInString(brief)
	return t*10 >= b*8 && t*10 <= b*12
}

// matLines are where an entry's parts are, for pointing problems at them,
// and the keys the walk did not know.
type matLines struct {
	brief       int
	phrasings   []int
	distractors []int
	ruled       []int // each distractor's ruled_out_by line, 0 when none
	unknown     []keyAt
	// evidence is the `evidence:` list, read by parseEvidence whichever
	// way the rest of the entry is decoded.
	evidence ast.Node
}

// keyAt is an unknown key, where it is and what was expected there.
type keyAt struct {
	key, in, want string
	line          int
}

// walkMaterial decodes the common shape of a material entry (plain
// strings, a list of text/why_not mappings) straight from the syntax tree.
// Unknown keys are recorded in lines and skipped. It reports false for
// anything else (anchors, tags, wrong types), which the caller hands to
// go-yaml for decoding and its errors; the walk still goes through every
// key first, so all unknown keys are known either way.
func walkMaterial(n ast.Node, m *Material, lines *matLines) bool {
	pairs, ok := mappingPairs(n)
	if !ok {
		return false
	}
	all := true
	for _, kv := range pairs {
		ok := true
		switch key := kv.Key.String(); key {
		case "brief":
			m.Brief, ok = scalarText(kv.Value)
			lines.brief = kv.Key.GetToken().Position.Line
		case "timeline":
			m.Timeline, ok = scalarText(kv.Value)
		case "phrasings":
			m.Phrasings, lines.phrasings, ok = scalarList(kv.Value)
		case "evidence":
			lines.evidence = kv.Value
		case "distractors":
			ok = walkDistractors(kv.Value, m, lines)
		default:
			lines.unknown = append(lines.unknown, keyAt{key: keyText(kv.Key), in: "quiz material",
				want: "brief, timeline, distractors", line: nodePos("", kv.Key).Line})
		}
		all = all && ok
	}
	return all
}

func walkDistractors(n ast.Node, m *Material, lines *matLines) bool {
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		return false
	}
	for _, item := range seq.Values {
		pairs, ok := mappingPairs(item)
		if !ok {
			return false
		}
		var d Distractor
		ruled := 0
		for _, kv := range pairs {
			ok := true
			switch kv.Key.String() {
			case "text":
				d.Text, ok = scalarText(kv.Value)
			case "why_not":
				d.WhyNot, ok = scalarText(kv.Value)
			case "ruled_out_by":
				d.RuledOutBy, _, ok = scalarList(kv.Value)
				ruled = nodePos("", kv.Key).Line
			default:
				lines.unknown = append(lines.unknown, keyAt{key: keyText(kv.Key), in: "a distractor",
					want: "text, why_not", line: nodePos("", kv.Key).Line})
			}
			if !ok {
				return false
			}
		}
		m.Distractors = append(m.Distractors, d)
		lines.distractors = append(lines.distractors, item.GetToken().Position.Line)
		lines.ruled = append(lines.ruled, ruled)
	}
	return true
}

// keyText is an entry's incident id: the key's text, unquoted and cleaned.
func keyText(k ast.MapKeyNode) string {
	s, ok := scalarText(k)
	if !ok && k.GetToken() != nil {
		s = k.GetToken().Value
	}
	s, _ = cleanInline(strings.TrimSpace(s))
	return s
}

// scalarList reads a list of strings, or one string as a list of one
// (ruled_out_by: alert), with each entry's line.
func scalarList(n ast.Node) (out []string, lines []int, ok bool) {
	if s, ok := scalarText(n); ok {
		return []string{s}, []int{nodePos("", n).Line}, true
	}
	seq, isSeq := n.(*ast.SequenceNode)
	if !isSeq {
		return nil, nil, false
	}
	for _, v := range seq.Values {
		s, ok := scalarText(v)
		if !ok {
			return nil, nil, false
		}
		out, lines = append(out, s), append(lines, nodePos("", v).Line)
	}
	return out, lines, true
}

// scalarText is the text of a string scalar, plain, quoted or block.
func scalarText(n ast.Node) (string, bool) {
	switch n := n.(type) {
	case *ast.StringNode:
		return n.Value, true
	case *ast.LiteralNode:
		return n.Value.Value, true
	}
	return "", false
}

func nodePos(name string, n ast.Node) Pos {
	if n == nil || n.GetToken() == nil {
		return Pos{File: name}
	}
	return Pos{File: name, Line: n.GetToken().Position.Line}
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

// foldSpace is s lower-cased with runs of space collapsed, for comparing
// texts that differ only in case and spacing.
func foldSpace(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func hasError(probs []Problem) bool {
	for _, p := range probs {
		if !p.Warning {
			return true
		}
	}
	return false
}
