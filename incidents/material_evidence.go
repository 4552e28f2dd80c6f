package incidents

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Limits that keep one evidence board small enough to draw and to read.
const (
	maxEvidenceItems = 40
	maxSeriesPoints  = 2000
	maxEvidenceLines = 200
)

// evParser reads one material entry's `evidence:` list into Evidence items,
// collecting problems as FILE:LINE: incident ID: msg. It never panics on
// input: every shape it does not expect becomes an error naming its line.
type evParser struct {
	file, id string
	probs    []Problem
	dirty    bool // control characters were removed somewhere
}

func (p *evParser) errAt(n *yNode, msg string, a ...any) {
	p.probs = append(p.probs, Problem{Pos: nodePos(p.file, n), IncidentID: p.id, Msg: fmt.Sprintf(msg, a...)})
}

// text is a scalar's text as written (numbers and booleans too), cleaned of
// control characters; ok is false for a mapping, a list or nothing.
func (p *evParser) text(n *yNode) (string, bool) {
	var s string
	switch n.kind {
	case yScalar:
		s = n.text
	case yNull:
		return "", true
	default:
		return "", false
	}
	c := Sanitize(strings.TrimRight(s, "\n"))
	if c != strings.TrimRight(s, "\n") {
		p.dirty = true
	}
	return c, true
}

// parseEvidence reads the list under an entry's `evidence:` key.
func parseEvidence(file, id string, n *yNode) ([]Evidence, []Problem) {
	p := &evParser{file: file, id: id}
	seq := n
	if seq.kind != ySeq {
		if n.kind != yNull {
			p.errAt(n, "evidence must be a list of items (- id: ..., kind: ..., title: ...)")
		}
		return nil, p.probs
	}
	if len(seq.items) > maxEvidenceItems {
		p.errAt(seq, "evidence has %d items, over the %d limit", len(seq.items), maxEvidenceItems)
		return nil, p.probs
	}
	var out []Evidence
	seen := map[string]int{}
	for _, item := range seq.items {
		ev, ok := p.item(item)
		if !ok {
			continue
		}
		if line, dup := seen[strings.ToLower(ev.ID)]; dup {
			p.errAt(item, "evidence id %q is used twice (first on line %d)", ev.ID, line)
			continue
		}
		seen[strings.ToLower(ev.ID)] = ev.Pos.Line
		out = append(out, ev)
	}
	if p.dirty {
		p.probs = append(p.probs, Problem{Pos: nodePos(file, n), IncidentID: id, Warning: true,
			Msg: "control characters removed from evidence"})
	}
	return out, p.probs
}

// item reads one evidence item; ok is false when it is unusable (reported).
func (p *evParser) item(n *yNode) (Evidence, bool) {
	ev := Evidence{Pos: nodePos(p.file, n)}
	pairs := n
	if pairs.kind != yMap {
		p.errAt(n, "an evidence item must be a mapping with id, kind, title and lines or series")
		return ev, false
	}
	before := len(p.probs)
	var csvName, unit string
	var csvNode *yNode
	for i, k := range pairs.keys {
		kv := yPair{k, pairs.items[i]}
		key := kv.Key.text
		switch key {
		case "id", "kind", "title", "at", "csv", "unit":
			s, ok := p.text(kv.Value)
			if !ok {
				p.errAt(kv.Value, "evidence %s must be a single value", key)
				continue
			}
			switch key {
			case "id":
				ev.ID = strings.TrimSpace(s)
			case "kind":
				ev.Kind = strings.ToLower(strings.TrimSpace(s))
			case "title":
				ev.Title = strings.Join(strings.Fields(s), " ")
			case "at":
				p.at(kv.Value, s, &ev.At, &ev.AtSet)
			case "csv":
				csvName, csvNode = strings.TrimSpace(s), kv.Value
			case "unit":
				unit = strings.TrimSpace(s)
			}
		case "lines":
			ev.Lines = p.lines(kv.Value)
		case "series":
			ev.Series = p.seriesList(kv.Value)
		case "after_answer":
			s, _ := p.text(kv.Value)
			ev.AfterAnswer = s == "true"
		default:
			p.probs = append(p.probs, Problem{Pos: nodePos(p.file, kv.Key), IncidentID: p.id, Warning: true,
				Msg: fmt.Sprintf("unknown key %q in an evidence item (want id, kind, title, at, lines, series, csv, unit, after_answer); ignored", truncate(keyText(kv.Key), 60))})
		}
	}
	if csvName != "" {
		ev.Series = append(ev.Series, p.csvSeries(csvNode, csvName, unit)...)
	}
	p.checkItem(n, &ev)
	return ev, !hasError(p.probs[before:])
}

// checkItem reports what an item needs by its kind.
func (p *evParser) checkItem(n *yNode, ev *Evidence) {
	switch {
	case ev.ID == "":
		p.errAt(n, "evidence item has no id (a short word such as alert, p99, deploys)")
	case strings.ContainsFunc(ev.ID, func(r rune) bool { return r <= ' ' || r == ',' }):
		p.errAt(n, "evidence id %q must be one word", truncate(ev.ID, 40))
	}
	switch {
	case ev.Kind == "":
		p.errAt(n, "evidence %q has no kind (want %s)", ev.ID, strings.Join(EvidenceKinds, ", "))
	case !slices.Contains(EvidenceKinds, ev.Kind):
		p.errAt(n, "evidence %q has unknown kind %q (want %s)", ev.ID, truncate(ev.Kind, 30), strings.Join(EvidenceKinds, ", "))
	}
	if ev.Title == "" {
		p.errAt(n, "evidence %q has no title", ev.ID)
	}
	switch {
	case ev.Kind == KindMetric && len(ev.Series) == 0:
		p.errAt(n, "metric evidence %q has no series (series: or csv:)", ev.ID)
	case ev.Kind != KindMetric && ev.Kind != "" && len(ev.Series) > 0:
		p.errAt(n, "evidence %q has series but kind %q; series belong to metric items", ev.ID, ev.Kind)
	case ev.Kind != KindMetric && ev.Kind != "" && len(ev.Lines) == 0:
		p.errAt(n, "evidence %q has no lines", ev.ID)
	}
}

// at parses an item's or mark's time into d and sets set.
func (p *evParser) at(n *yNode, s string, d *time.Duration, set *bool) bool {
	v, err := parseRelTime(s)
	if err != nil {
		p.errAt(n, "%v", err)
		return false
	}
	*d, *set = v, true
	return true
}

func (p *evParser) lines(n *yNode) []string {
	if s, ok := p.text(n); ok { // a block scalar: one entry a line
		if s == "" {
			return nil
		}
		return strings.Split(s, "\n")
	}
	seq := n
	if seq.kind != ySeq {
		p.errAt(n, "evidence lines must be a list of strings")
		return nil
	}
	if len(seq.items) > maxEvidenceLines {
		p.errAt(seq, "evidence has %d lines, over the %d limit", len(seq.items), maxEvidenceLines)
		return nil
	}
	out := make([]string, 0, len(seq.items))
	for _, v := range seq.items {
		s, ok := p.text(v)
		if !ok {
			p.errAt(v, "an evidence line must be a string (quote a line that holds ': ')")
			continue
		}
		out = append(out, s)
	}
	return out
}

// parseRelTime reads a time relative to the first alert: "0", "+4m",
// "-20m", "-1h30m", "+90s", "-2d", "-1d6h".
func parseRelTime(s string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	if t == "0" {
		return 0, nil
	}
	neg := strings.HasPrefix(t, "-")
	body := strings.TrimPrefix(strings.TrimPrefix(t, "-"), "+")
	if body != "" && (body[0] < '0' || body[0] > '9') {
		return 0, badTime(s)
	}
	var d time.Duration
	if i := strings.IndexByte(body, 'd'); i > 0 {
		days, err := strconv.Atoi(body[:i])
		if err != nil || days > 366 {
			return 0, badTime(s)
		}
		d, body = time.Duration(days)*24*time.Hour, body[i+1:]
	}
	if body != "" {
		v, err := time.ParseDuration(body)
		if err != nil || v < 0 {
			return 0, badTime(s)
		}
		d += v
	}
	if body == "" && d == 0 {
		return 0, badTime(s)
	}
	if neg {
		d = -d
	}
	return d, nil
}

func badTime(s string) error {
	return fmt.Errorf("bad time %q: want a time relative to the first alert such as -20m, +4m, 0, -1h30m or -2d", truncate(s, 30))
}

// number reads a point's value; NaN and infinities are refused, as a chart
// cannot place them.
func (p *evParser) number(n *yNode) (float64, bool) {
	s, ok := p.text(n)
	if !ok {
		p.errAt(n, "a point value must be a number")
		return 0, false
	}
	v, err := parseNumber(s)
	if err != nil {
		p.errAt(n, "point value %q is not a number", truncate(s, 30))
		return 0, false
	}
	return v, true
}

func parseNumber(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s), "_", ""), 64)
	if err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
		err = errors.New("not a finite number")
	}
	return v, err
}
