package view

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/NimbleMarkets/ntcharts/canvas"
	"github.com/NimbleMarkets/ntcharts/canvas/graph"
	"github.com/NimbleMarkets/ntcharts/linechart"
	"github.com/nexusflow/rootcause/incidents"
)

// Chart draws one metric series w columns wide and h rows high: a braille
// line over time-since-the-alert on the x axis ("-20m" … "+10m"), values
// with their unit on the y axis, a dotted column at each mark, then a
// caption naming the series and the marks. Braille and labels carry it
// without color (NO_COLOR). Charts are cached per item, series, size and
// color profile: every game-day session drawing the same chart reuses one.
func Chart(s *Styles, ev incidents.Evidence, series, w, h int) []string {
	key := chartKey{pos: ev.Pos, id: ev.ID, series: series, w: w, h: h, profile: s.profile}
	if lines, ok := charts.get(key); ok {
		return lines
	}
	sr := ev.Series[series]
	sr.Marks = marksFor(ev, series)
	lines := drawChart(s, sr, w, h)
	charts.put(key, lines)
	return lines
}

// marksFor is every mark of the item that applies to its series i: a mark
// (the deploy, the failover) names a moment of the incident, not of the one
// series it was written under, so each panel whose time span holds it shows
// it. Series i's own marks always show; the others' only within its span,
// so a panel's axis is not stretched by another's moment.
func marksFor(ev incidents.Evidence, i int) []incidents.Mark {
	own := ev.Series[i]
	out := append([]incidents.Mark(nil), own.Marks...)
	if len(own.Points) == 0 {
		return out
	}
	from, to := own.Points[0].T, own.Points[0].T
	for _, p := range own.Points {
		from, to = min(from, p.T), max(to, p.T)
	}
	seen := map[incidents.Mark]bool{}
	for _, m := range out {
		seen[m] = true
	}
	for j, sr := range ev.Series {
		for _, m := range sr.Marks {
			if j != i && !seen[m] && m.At >= from && m.At <= to {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

func drawChart(s *Styles, sr incidents.Series, w, h int) []string {
	if len(sr.Points) == 0 {
		return []string{s.Ink.Muted("(no points in " + OneLine(sr.Label) + ")")}
	}
	minX, maxX, minY, maxY := bounds(sr)
	lc := linechart.New(max(w, 20), max(h, 5), minX, maxX, minY, maxY,
		linechart.WithXYSteps(max(w/12, 2), max(h/3, 1)),
		linechart.WithXLabelFormatter(func(_ int, v float64) string { return At(tick(v, maxX-minX)) }),
		linechart.WithYLabelFormatter(func(_ int, v float64) string { return number(v) }),
		linechart.WithStyles(s.Border, s.Muted, s.Text))
	lc.DrawXYAxisAndLabel()
	for _, m := range sr.Marks {
		x := m.At.Minutes()
		lc.DrawRuneLineWithStyle(canvas.Float64Point{X: x, Y: minY}, canvas.Float64Point{X: x, Y: maxY}, '┊', s.Notice)
	}
	drawLine(&lc, sr.Points, s)
	lines := strings.Split(lc.View(), "\n")
	caption := OneLine(sr.Label)
	if sr.Unit != "" {
		caption += " (" + OneLine(sr.Unit) + ")"
	}
	out := append(lines, s.Ink.Bold(caption))
	for _, m := range sr.Marks {
		out = append(out, s.Ink.Notice("┊ "+OneLine(m.Label)+" at "+At(m.At)))
	}
	return out
}

// drawLine draws the whole series into one braille grid and that onto the
// chart: linechart's DrawBrailleLine builds a grid per segment, which made
// a 120-point chart take milliseconds.
func drawLine(lc *linechart.Model, pts []incidents.Point, s *Styles) {
	grid := graph.NewBrailleGrid(lc.GraphWidth(), lc.GraphHeight(), lc.MinX(), lc.MaxX(), lc.MinY(), lc.MaxY())
	prev := grid.GridPoint(point(pts[0]))
	grid.Set(prev)
	for _, p := range pts[1:] {
		cur := grid.GridPoint(point(p))
		for _, gp := range graph.GetLinePoints(prev, cur) {
			grid.Set(gp)
		}
		prev = cur
	}
	// The graph starts right of the y axis (the chart always has one).
	graph.DrawBraillePatterns(&lc.Canvas, canvas.Point{X: lc.Origin().X + 1, Y: 0}, grid.BraillePatterns(), s.Selected)
}

// tick is an x axis label's time: whole minutes, or five minutes over a
// span of an hour or more ("-4h30m" rather than "-4h31m").
func tick(minutes, span float64) time.Duration {
	step := 1.0
	if span >= 60 {
		step = 5
	}
	return time.Duration(math.Round(minutes/step)*step) * time.Minute
}

func point(p incidents.Point) canvas.Float64Point {
	return canvas.Float64Point{X: p.T.Minutes(), Y: p.V}
}

// bounds is the series' range with a little headroom, marks included, so
// the line never sits on the frame.
func bounds(sr incidents.Series) (minX, maxX, minY, maxY float64) {
	minX, maxX = math.Inf(1), math.Inf(-1)
	minY, maxY = math.Inf(1), math.Inf(-1)
	for _, p := range sr.Points {
		minX, maxX = math.Min(minX, p.T.Minutes()), math.Max(maxX, p.T.Minutes())
		minY, maxY = math.Min(minY, p.V), math.Max(maxY, p.V)
	}
	for _, m := range sr.Marks {
		minX, maxX = math.Min(minX, m.At.Minutes()), math.Max(maxX, m.At.Minutes())
	}
	if maxX == minX {
		maxX++
	}
	pad := (maxY - minY) / 10
	if pad == 0 {
		pad = math.Max(math.Abs(maxY)/10, 1)
	}
	return minX, maxX, math.Max(0, minY-pad), maxY + pad
}

// number renders an axis value briefly: 1200 as "1.2k", 0.5 as "0.5".
func number(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 1, 64) + "M"
	case a >= 1e4:
		return strconv.FormatFloat(v/1e3, 'f', 0, 64) + "k"
	case a >= 1e3:
		return strconv.FormatFloat(v/1e3, 'f', 1, 64) + "k"
	case a >= 10 || a == 0:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// At renders a time relative to the first alert: "-20m", "+4m", "+0m",
// "+1h05m", "-30s".
func At(d time.Duration) string {
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	switch {
	case d < time.Minute && d%time.Second == 0 && d != 0:
		return fmt.Sprintf("%s%ds", sign, int(d/time.Second))
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		return fmt.Sprintf("%s%dd", sign, int(d/(24*time.Hour)))
	case d >= time.Hour && d.Round(time.Minute)%time.Hour == 0:
		return fmt.Sprintf("%s%dh", sign, int(d.Round(time.Minute)/time.Hour))
	case d >= time.Hour:
		d = d.Round(time.Minute)
		return fmt.Sprintf("%s%dh%02dm", sign, int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return fmt.Sprintf("%s%dm", sign, int(d.Round(time.Minute)/time.Minute))
}

// chartKey names one drawn chart.
type chartKey struct {
	pos       incidents.Pos
	id        string
	series, w int
	h         int
	profile   string
}

// chartCache holds drawn charts; it is cleared when full, which a corpus
// of boards drawn at a few sizes never reaches.
type chartCache struct {
	mu sync.Mutex
	m  map[chartKey][]string
}

const chartCacheMax = 1024

var charts = &chartCache{m: map[chartKey][]string{}}

func (c *chartCache) get(k chartKey) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.m[k]
	return l, ok
}

func (c *chartCache) put(k chartKey, lines []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= chartCacheMax {
		c.m = map[chartKey][]string{}
	}
	c.m[k] = lines
}
