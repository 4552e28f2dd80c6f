package incidents

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// Length limits per field, in bytes: generous for real postmortems, small
// enough to catch a missing key line that swallowed the rest of a file.
var fieldLimits = [...]int{fID: 64, fPlatform: 100, fServices: 1000,
	fTitle: 300, fSummary: 10000, fRootCause: 20000, fResolution: 10000, fPrevention: 2000, fTimeline: 2000, fLog: 2000}

// Parse reads the native RCA text format (see seeds/FORMAT.md). It accepts
// the variants people write by hand: CRLF, a BOM, tabs, keys in any case,
// values on the next line, multi-paragraph values, numbered or bulleted
// prevention lists, several date and severity spellings and Markdown noise.
// Every incident found is returned, even one with errors, so that a caller
// can show all problems at once; Problems with Warning false are errors.
func Parse(name string, data []byte) ([]Incident, []Problem) {
	if p, ok := CheckEncoding(name, data); !ok {
		return nil, []Problem{p}
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []Problem{{Pos: Pos{File: name}, Msg: "file is empty"}}
	}
	// Presizing the result from a quick count saves most of its regrowth.
	p := textParser{name: name, out: make([]Incident, 0, bytes.Count(data, []byte("INCIDENT"))+1)}
	p.run(string(data))
	// Problems are found per incident, then per file; list them by line.
	sort.SliceStable(p.probs, func(i, j int) bool { return p.probs[i].Pos.Line < p.probs[j].Pos.Line })
	if len(p.out) == 0 && !hasError(p.probs) {
		p.probs = append(p.probs, Problem{Pos: Pos{File: name},
			Msg: "no incidents found (each incident starts with a line like INCIDENT #: NFI-2023-0010)"})
	}
	return p.out, p.probs
}

// textParser is the line-by-line state of one Parse call.
type textParser struct {
	name  string
	line  int
	out   []Incident
	probs []Problem

	open    bool    // an incident is being built in cur
	cur     draft   // the incident being built
	closed  bool    // a rule was seen since the last key
	sawHash bool    // an INCIDENT # line was seen; what came before is preamble
	orphans []draft // incidents started by other keys before any INCIDENT # line

	fld     field    // the field whose lines are being collected
	fldLine int      // line of the field's key
	buf     []string // the field's lines; "" marks a blank line
	dirty   bool     // control characters were removed from the field
	inFence bool     // inside a ``` fence of a LOG value

	// A multi-paragraph field's lines are read as they come: buf holds
	// each line's text and seps what goes before it (see addLine).
	lineInd   int        // indentation of the line being handled
	keyInd    int        // indentation of the field's key line
	vs        valueState // line structure of the field so far
	seps      []byte
	blankSeen bool     // a blank line since the last line kept
	lastRole  lineRole // the last line kept
	lastHard  bool     // it ended in a hard break
}

// draft is an incident being built, with the problems found in it so far.
type draft struct {
	inc     Incident
	have    uint32 // bit per field whose key was seen
	hashed  bool   // started by an INCIDENT # line
	probs   []Problem
	skipped []string // keys of fields found before any INCIDENT # line
	rows    []string // TIMELINE rows
	rowsPos Pos
	logs    []Evidence // one per LOG key
}

func (p *textParser) run(s string) {
	for len(s) > 0 {
		var raw string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			raw, s = s[:i], s[i+1:]
		} else {
			raw, s = s, ""
		}
		p.line++
		p.handle(raw)
	}
	p.endIncident()
	// Without any INCIDENT # line, incidents started by other keys are all
	// there is: keep them so their missing ids are reported.
	for _, d := range p.orphans {
		p.keep(d)
	}
}

func (p *textParser) handle(raw string) {
	raw = trimRightBlank(raw)
	ind, t := indentOf(raw)
	para := p.fld.paragraphs()
	switch {
	case t == "" && para:
		p.vs.blank()
		p.blankSeen = true
		return
	case t == "":
		if p.fld != fNone {
			p.buf = append(p.buf, "")
		}
		return
	}
	p.lineInd = ind
	if p.fld == fLog && (ind > p.keyInd || p.inFence || isFence(t)) {
		// A log's lines are kept as written, even "ERROR: ..." lines.
		p.inFence = p.inFence != isFence(t)
		p.buf = append(p.buf, raw)
		return
	}
	if para && p.vs.isCode(max(ind-p.keyInd, 0)) {
		p.codeLine(t)
		return
	}
	kind, f, val := classify(t)
	if kind == lUnknownKey && (p.fld == fTimeline || p.fld == fPrevention) && isMarkerLine(t) {
		kind = lText // "- Detection: a user report" is a row, not a key
	}
	switch kind {
	case lRule:
		p.endField()
		p.closed = true
	case lKey:
		p.key(f, val)
	case lUnknownKey:
		if !p.open { // a preamble line such as "CONFIDENTIAL: ..."
			return
		}
		p.endField()
		k, _ := cleanInline(val)
		p.warn(p.line, fmt.Sprintf("unknown key %q; its text is ignored (known keys: INCIDENT #, DATE, SEVERITY, PLATFORM, SERVICES, TITLE, SUMMARY, ROOT CAUSE, RESOLUTION, PREVENTION)", k))
		p.fld = fSkip
	default:
		switch {
		case para:
			p.addText(t, max(ind-p.keyInd, 0))
		case p.fld != fNone && p.fld != fSkip:
			p.buf = append(p.buf, raw)
		}
	}
}

// codeLine keeps a code line of a multi-paragraph value, even one that reads
// like a key. A key this incident has not had yet is worth a warning: it may
// be a misindented field. (Keys it has are common in quoted logs and config.)
func (p *textParser) codeLine(t string) {
	if kind, f, _ := classify(t); kind == lKey && p.cur.have&(1<<f) == 0 {
		p.warn(p.line, "this "+f.String()+" line is indented as code inside "+p.fld.String()+", so it is read as code; unindent it if it starts a field")
	}
	ind := max(p.lineInd-p.keyInd, 0)
	c, dirty := codeLine(t, ind)
	p.dirty = p.dirty || dirty
	if len(c) > ind { // not just control characters, which leave no line
		p.addLine(p.vs.step("", ind, false), c)
	}
}

// key starts field f, and a new incident when f is the id, when no incident
// is open, or when a rule was followed by a field the open incident has.
func (p *textParser) key(f field, val string) {
	bit := uint32(1) << f
	switch {
	case f == fID:
		p.endIncident()
		p.begin(true)
	case !p.open:
		p.begin(false)
	case p.cur.have&bit != 0 && p.closed:
		p.endIncident()
		p.begin(false)
	case p.cur.have&bit != 0 && f == fLog:
		p.endField() // an incident may quote several logs
	case p.cur.have&bit != 0:
		p.endField()
		p.fail(p.line, f.String()+" appears twice in this incident; the second is ignored (is an INCIDENT # line missing?)")
		p.fld = fSkip
		return
	default:
		p.endField()
	}
	p.closed = false
	p.cur.have |= bit
	p.fld, p.fldLine = f, p.line
	p.buf, p.seps, p.blankSeen, p.dirty, p.inFence = p.buf[:0], p.seps[:0], false, false, false
	p.keyInd, p.vs = p.lineInd, newValueState()
	switch {
	case val == "":
	case f.paragraphs():
		p.addText(val, 0)
	default:
		p.buf = append(p.buf, val)
	}
}

func (p *textParser) begin(hashed bool) {
	if hashed && !p.sawHash {
		p.sawHash = true
		p.dropOrphans()
	}
	p.open = true
	p.cur = draft{hashed: hashed, inc: Incident{Pos: Pos{File: p.name, Line: p.line}}}
}

// dropOrphans turns key lines found before the first INCIDENT # line into
// warnings: they are preamble, not incidents.
func (p *textParser) dropOrphans() {
	for _, d := range p.orphans {
		p.probs = append(p.probs, Problem{Pos: d.inc.Pos, Warning: true,
			Msg: "text before the first INCIDENT # line is ignored (it has keys: " + strings.Join(d.skipped, ", ") + ")"})
	}
	p.orphans = nil
}

func (p *textParser) endIncident() {
	p.endField()
	if !p.open {
		return
	}
	p.open, p.closed = false, false
	d := p.cur
	p.cur = draft{}
	d.probs = append(d.probs, checkIncident(&d.inc)...)
	// The timeline is split where the cause was found, so it is built once
	// the root cause is known, wherever the keys were written.
	d.inc.Evidence = append(TimelineEvidence("timeline", "Timeline", d.rows, d.inc.RootCause, d.rowsPos), d.logs...)
	if !d.hashed && !p.sawHash {
		for f := fID; f < fSkip; f++ {
			if d.have&(1<<f) != 0 {
				d.skipped = append(d.skipped, f.String())
			}
		}
		p.orphans = append(p.orphans, d)
		return
	}
	p.keep(d)
}

// keep adds a finished incident and its problems, naming the incident in
// each problem now that its id is known.
func (p *textParser) keep(d draft) {
	id := truncate(d.inc.ID, 64) // an over-long id is reported once, not repeated in full
	for i := range d.probs {
		d.probs[i].IncidentID = id
	}
	p.probs = append(p.probs, d.probs...)
	p.out = append(p.out, d.inc)
}

func (p *textParser) warn(line int, msg string) {
	p.cur.probs = append(p.cur.probs, Problem{Pos: Pos{File: p.name, Line: line}, Msg: msg, Warning: true})
}

func (p *textParser) fail(line int, msg string) {
	p.cur.probs = append(p.cur.probs, Problem{Pos: Pos{File: p.name, Line: line}, Msg: msg})
}

// isFence reports a Markdown code fence line, as the Markdown export writes
// around a LOG value.
func isFence(t string) bool { return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") }
