package incidents

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
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
	// Draft marks an entry not yet reviewed: draft-material's "draft: true",
	// or a board still holding its "TODO:" stubs. It is checked but never
	// attached, so its stubs do not play as authored material.
	Draft bool
}

// parseMaterial reads a *.quiz.yaml file: a mapping from incident id to
// Material. Each entry is checked on its own, so one bad entry does not hide
// the others; invalid entries are reported and returned marked Bad.
func parseMaterial(name string, data []byte) (out []materialEntry, probs []Problem) {
	if p, ok := checkEncoding(name, data); !ok {
		return nil, []Problem{p}
	}
	docs, probs := readYAML(name, data)
	for _, doc := range docs {
		if doc.kind != yMap {
			probs = append(probs, Problem{Pos: Pos{File: name, Line: doc.line},
				Msg: "quiz material must be a mapping from incident id to brief, timeline and distractors"})
			continue
		}
		for i, k := range doc.keys {
			e, ps := materialItem(name, k, doc.items[i])
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

// materialItem reads and checks one "ID: {brief, timeline, distractors}" entry.
func materialItem(name string, key, val *yNode) (materialEntry, []Problem) {
	id := keyText(key)
	pos := Pos{File: name, Line: key.line}
	var m Material
	var lines matLines
	var probs []Problem
	bad := func(line int, msg string, a ...any) {
		at := pos
		if line > 0 {
			at.Line = line
		}
		probs = append(probs, Problem{Pos: at, IncidentID: id, Msg: fmt.Sprintf(msg, a...)})
	}
	walkMaterial(val, &m, &lines, bad)
	m.Pos = pos
	// Unknown keys are most likely typos: warn, and check the rest anyway.
	probs = append(probs, unknownKeys(name, id, lines.unknown)...)
	var board []Evidence
	if lines.evidence != nil {
		var ps []Problem
		board, ps = parseEvidence(name, id, lines.evidence)
		probs = append(probs, ps...)
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
	return materialEntry{ID: id, Mat: &m, Bad: hasError(probs), Evidence: board, ruledLines: lines.ruled, distractorLines: lines.distractors,
		Draft: lines.draft || hasTODO(board)}, probs
}

// hasTODO reports whether a board still holds a stub line draft-material
// wrote for the trainer to replace ("TODO: paste the log lines…").
func hasTODO(board []Evidence) bool {
	for _, ev := range board {
		for _, l := range ev.Lines {
			if strings.HasPrefix(strings.TrimSpace(l), "TODO:") {
				return true
			}
		}
	}
	return false
}

// checkDistractors reports distractors without text or why_not, repeating
// the brief, a phrasing or each other (errors, through bad), and those whose
// length gives the answer away (warnings, returned).
func checkDistractors(m *Material, lines []int, seen map[string]int, pos Pos, id string, bad func(int, string, ...any)) []Problem {
	var probs []Problem
	for i, d := range m.Distractors {
		line := lines[i] // walkDistractors records one line per distractor
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
		line := lines[i] // wantList records one line per entry
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
		if !dup { // a repeat keeps the first's number, so a distractor is told which one it repeats
			seen[key] = -(i + 1)
		}
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

// similarLength reports whether a distractor is within ±20% of the brief's
// length, as docs/quiz-material.md asks.
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
	draft       bool // draft: true
	// evidence is the `evidence:` list, read by parseEvidence whichever
	// way the rest of the entry is decoded.
	evidence *yNode
}

// keyAt is an unknown key, where it is and what was expected there.
type keyAt struct {
	key, in, want string
	line          int
}

// Accepted keys, listed in unknown-key warnings.
const (
	materialKeys   = "brief, phrasings, timeline, evidence, distractors, draft"
	distractorKeys = "text, why_not, ruled_out_by"
)

// walkMaterial reads an entry's mapping into m. A value of the wrong shape
// is an error through bad; unknown keys are recorded in lines and skipped.
func walkMaterial(n *yNode, m *Material, lines *matLines, bad func(int, string, ...any)) {
	if n.kind == yNull {
		return // reported as having no brief and no distractors
	}
	if n.kind != yMap {
		bad(n.line, "quiz material must be a mapping with %s", materialKeys)
		return
	}
	for i, k := range n.keys {
		v := n.items[i]
		switch k.text {
		case "brief":
			m.Brief = wantText(v, "brief", bad)
			lines.brief = k.line
		case "timeline":
			m.Timeline = wantText(v, "timeline", bad)
		case "phrasings":
			m.Phrasings, lines.phrasings = wantList(v, "phrasings", bad)
		case "evidence":
			lines.evidence = v
		case "distractors":
			walkDistractors(v, m, lines, bad)
		case "draft":
			lines.draft = strings.EqualFold(strings.TrimSpace(wantText(v, "draft", bad)), "true")
		default:
			lines.unknown = append(lines.unknown, keyAt{key: keyText(k), in: "quiz material", want: materialKeys, line: k.line})
		}
	}
}

func walkDistractors(n *yNode, m *Material, lines *matLines, bad func(int, string, ...any)) {
	if n.kind == yNull {
		return
	}
	if n.kind != ySeq {
		bad(n.line, "distractors must be a list of mappings with %s", distractorKeys)
		return
	}
	for _, item := range n.items {
		if item.kind != yMap {
			bad(item.line, "a distractor must be a mapping with %s", distractorKeys)
			continue
		}
		var d Distractor
		ruled := 0
		for i, k := range item.keys {
			v := item.items[i]
			switch k.text {
			case "text":
				d.Text = wantText(v, "distractor text", bad)
			case "why_not":
				d.WhyNot = wantText(v, "why_not", bad)
			case "ruled_out_by":
				d.RuledOutBy, _ = wantList(v, "ruled_out_by", bad)
				ruled = k.line
			default:
				lines.unknown = append(lines.unknown, keyAt{key: keyText(k), in: "a distractor", want: distractorKeys, line: k.line})
			}
		}
		m.Distractors = append(m.Distractors, d)
		lines.distractors = append(lines.distractors, item.line)
		lines.ruled = append(lines.ruled, ruled)
	}
}

// keyText is an entry's incident id: the key's text, unquoted and cleaned.
func keyText(k *yNode) string {
	s, _ := cleanInline(strings.TrimSpace(k.text))
	return s
}

// wantText is a scalar's text ("" for none); anything else is an error.
func wantText(n *yNode, what string, bad func(int, string, ...any)) string {
	switch n.kind {
	case yScalar:
		return n.text
	case yNull:
		return ""
	}
	bad(n.line, "%s must be text, not a list or mapping", what)
	return ""
}

// wantList reads a list of strings, or one string as a list of one
// (ruled_out_by: alert), with each entry's line.
func wantList(n *yNode, what string, bad func(int, string, ...any)) (out []string, lines []int) {
	switch n.kind {
	case yNull:
		return nil, nil
	case yScalar:
		return []string{n.text}, []int{n.line}
	case ySeq:
		for _, v := range n.items {
			if v.kind != yScalar && v.kind != yNull {
				bad(v.line, "each entry of %s must be text", what)
				continue
			}
			out, lines = append(out, wantText(v, what, bad)), append(lines, v.line)
		}
		return out, lines
	}
	bad(n.line, "%s must be a list of text", what)
	return nil, nil
}

func nodePos(name string, n *yNode) Pos {
	return Pos{File: name, Line: n.line}
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
