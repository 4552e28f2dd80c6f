package incidents

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// maxCSVSize bounds a metric CSV file: a chart needs hundreds of points, not
// a monitoring export.
const maxCSVSize = 1 << 20

// seriesList reads a metric item's `series:` list.
func (p *evParser) seriesList(n *yNode) []Series {
	seq := n
	if seq.kind != ySeq {
		p.errAt(n, "series must be a list (- label: ..., unit: ..., points: [...])")
		return nil
	}
	var out []Series
	for _, item := range seq.items {
		if s, ok := p.series(item); ok {
			out = append(out, s)
		}
	}
	return out
}

// series reads one {label, unit, start, step, points, marks} mapping.
// Points are values at start, start+step, … or [t, v] pairs.
func (p *evParser) series(n *yNode) (Series, bool) {
	var s Series
	pairs := n
	if pairs.kind != yMap {
		p.errAt(n, "a series must be a mapping with label, unit and points")
		return s, false
	}
	var start, step time.Duration
	var startSet, stepSet, good = false, false, true
	var pts *yNode
	for i, k := range pairs.keys {
		kv := yPair{k, pairs.items[i]}
		switch key := kv.Key.text; key {
		case "label", "unit", "start", "step":
			v, ok := p.text(kv.Value)
			if !ok {
				p.errAt(kv.Value, "series %s must be a single value", key)
				good = false
				continue
			}
			switch key {
			case "label":
				s.Label = strings.Join(strings.Fields(v), " ")
			case "unit":
				s.Unit = strings.TrimSpace(v)
			case "start":
				good = p.at(kv.Value, v, &start, &startSet) && good
			case "step":
				good = p.at(kv.Value, v, &step, &stepSet) && good
			}
		case "points":
			pts = kv.Value
		case "marks":
			s.Marks = p.marks(kv.Value)
		default:
			p.probs = append(p.probs, Problem{Pos: nodePos(p.file, kv.Key), IncidentID: p.id, Warning: true,
				Msg: fmt.Sprintf("unknown key %q in a series (want label, unit, start, step, points, marks); ignored", truncate(keyText(kv.Key), 60))})
		}
	}
	if pts == nil {
		p.errAt(n, "series %q has no points", s.Label)
		return s, false
	}
	var ok bool
	s.Points, ok = p.points(pts, start, step, stepSet)
	if ok && len(s.Points) == 0 {
		p.errAt(pts, "series %q is empty", s.Label)
		ok = false
	}
	return s, ok && good
}

// points reads a list of values (evenly spaced from start by step) or of
// [t, v] pairs; times must not go backwards.
func (p *evParser) points(n *yNode, start, step time.Duration, stepSet bool) ([]Point, bool) {
	seq := n
	if seq.kind != ySeq {
		p.errAt(n, "points must be a list of numbers or of [time, value] pairs")
		return nil, false
	}
	if len(seq.items) > maxSeriesPoints {
		p.errAt(seq, "series has %d points, over the %d limit", len(seq.items), maxSeriesPoints)
		return nil, false
	}
	out := make([]Point, 0, len(seq.items))
	for i, v := range seq.items {
		var pt Point
		var ok bool
		if pair := v; pair.kind == ySeq {
			if len(pair.items) != 2 {
				p.errAt(v, "a [time, value] point needs exactly two entries")
				return nil, false
			}
			t, _ := p.text(pair.items[0])
			var set bool
			if !p.at(pair.items[0], t, &pt.T, &set) {
				return nil, false
			}
			if pt.V, ok = p.number(pair.items[1]); !ok {
				return nil, false
			}
		} else {
			if !stepSet || step <= 0 {
				p.errAt(n, "points given as plain values need a positive step (step: 1m)")
				return nil, false
			}
			pt.T = start + time.Duration(i)*step
			if pt.V, ok = p.number(v); !ok {
				return nil, false
			}
		}
		if len(out) > 0 && pt.T < out[len(out)-1].T {
			p.errAt(v, "point times go backwards (%s after %s)", fmtRel(pt.T), fmtRel(out[len(out)-1].T))
			return nil, false
		}
		out = append(out, pt)
	}
	return out, true
}

func (p *evParser) marks(n *yNode) []Mark {
	seq := n
	if seq.kind != ySeq {
		p.errAt(n, "marks must be a list of {at, label}")
		return nil
	}
	var out []Mark
	for _, item := range seq.items {
		pairs := item
		if pairs.kind != yMap {
			p.errAt(item, "a mark must be a mapping with at and label")
			continue
		}
		var m Mark
		var set bool
		for i, k := range pairs.keys {
			kv := yPair{k, pairs.items[i]}
			v, _ := p.text(kv.Value)
			switch kv.Key.text {
			case "at":
				p.at(kv.Value, v, &m.At, &set)
			case "label":
				m.Label = strings.Join(strings.Fields(v), " ")
			default:
				p.probs = append(p.probs, Problem{Pos: nodePos(p.file, kv.Key), IncidentID: p.id, Warning: true,
					Msg: fmt.Sprintf("unknown key %q in a mark (want at, label); ignored", truncate(keyText(kv.Key), 60))})
			}
		}
		if !set || m.Label == "" {
			p.errAt(item, "a mark needs both at and label")
			continue
		}
		out = append(out, m)
	}
	return out
}

// csvSeries reads a metric CSV beside the material file: a header row, then
// rows of a time and one value per series (t,value or t,label1,label2…).
func (p *evParser) csvSeries(n *yNode, name, unit string) []Series {
	if filepath.IsAbs(name) || strings.Contains(filepath.ToSlash(name), "..") {
		p.errAt(n, "csv %q must be a file name next to the material file", truncate(name, 60))
		return nil
	}
	fp := filepath.Join(filepath.Dir(p.file), name)
	st, err := os.Stat(fp)
	if err == nil && st.Size() > maxCSVSize {
		err = fmt.Errorf("%d KB, over the %d KB limit", st.Size()>>10, maxCSVSize>>10)
	}
	var data []byte
	if err == nil {
		data, err = os.ReadFile(fp)
	}
	if err != nil {
		p.errAt(n, "cannot read csv %s: %v", truncate(name, 60), unwrapPathErr(err))
		return nil
	}
	out, err := parseSeriesCSV(data, unit)
	if err != nil {
		p.errAt(n, "csv %s: %v", truncate(name, 60), err)
		return nil
	}
	return out
}

// parseSeriesCSV turns CSV text into series named by the header row.
func parseSeriesCSV(data []byte, unit string) ([]Series, error) {
	if _, ok := checkEncoding("", data); !ok {
		return nil, errors.New("not UTF-8 text")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.TrimLeadingSpace = true
	head, err := r.Read()
	if err != nil || len(head) < 2 {
		return nil, errors.New("want a header row such as t,value or t,p50,p99")
	}
	out := make([]Series, len(head)-1)
	for i := range out {
		out[i] = Series{Label: Sanitize(strings.TrimSpace(head[i+1])), Unit: unit}
	}
	for row := 2; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("row %d: %v", row, err)
		}
		t, err := parseRelTime(rec[0])
		if err != nil {
			return nil, fmt.Errorf("row %d: %v", row, err)
		}
		for i := range out {
			v, err := parseCSVValue(rec[i+1])
			if err != nil {
				return nil, fmt.Errorf("row %d: %v", row, err)
			}
			if n := len(out[i].Points); n > 0 && t < out[i].Points[n-1].T {
				return nil, fmt.Errorf("row %d: times go backwards", row)
			}
			out[i].Points = append(out[i].Points, Point{T: t, V: v})
		}
		if len(out[0].Points) > maxSeriesPoints {
			return nil, fmt.Errorf("over %d rows", maxSeriesPoints)
		}
	}
	if len(out[0].Points) == 0 {
		return nil, errors.New("no rows under the header")
	}
	return out, nil
}

func parseCSVValue(s string) (float64, error) {
	v, err := parseNumber(s)
	if err != nil {
		return 0, fmt.Errorf("value %q is not a number", truncate(Sanitize(s), 30))
	}
	return v, nil
}

// fmtRel writes a relative time the way material writes it: "+4m", "-1h30m", "-2d", "0".
func fmtRel(d time.Duration) string {
	if d == 0 {
		return "0"
	}
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	var b strings.Builder
	b.WriteString(sign)
	for _, u := range []struct {
		n    time.Duration
		name string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if d >= u.n {
			fmt.Fprintf(&b, "%d%s", d/u.n, u.name)
			d %= u.n
		}
	}
	if d > 0 { // below a second: rare, but never lost
		b.WriteString(d.String())
	}
	return b.String()
}

// FormatRelTime writes an evidence time as material writes it ("+4m",
// "-1h30m", "0"), for output and exports.
func FormatRelTime(d time.Duration) string { return fmtRel(d) }
