package incidents

import (
	"strings"
	"testing"
	"time"
)

// Every shape the board reader refuses, with its message and line.
func TestEvidenceShapeErrors(t *testing.T) {
	for _, tc := range []struct{ name, evidence, want string }{
		{"board not a list", "    {id: a}\n", "4: incident X-1: evidence must be a list of items (- id: ..., kind: ..., title: ...)\n"},
		{"item not a mapping", "    - just words\n", "4: incident X-1: an evidence item must be a mapping with id, kind, title and lines or series\n"},
		{"title a list", "    - {id: a, kind: note, title: [t], lines: [x]}\n",
			"4: incident X-1: evidence title must be a single value\n4: incident X-1: evidence \"a\" has no title\n"},
		{"no kind", "    - {id: a, title: t, lines: [x]}\n",
			"4: incident X-1: evidence \"a\" has no kind (want alert, metric, log, change, timeline, trace, config, note)\n"},
		{"series on a log", "    - {id: a, kind: log, title: t, lines: [x], series: [{step: 1m, points: [1]}]}\n",
			"4: incident X-1: evidence \"a\" has series but kind \"log\"; series belong to metric items\n"},
		{"lines a mapping", "    - {id: a, kind: log, title: t, lines: {a: b}}\n",
			"4: incident X-1: evidence lines must be a list of strings\n4: incident X-1: evidence \"a\" has no lines\n"},
		{"a line a list", "    - {id: a, kind: log, title: t, lines: [x, [y]]}\n",
			"4: incident X-1: an evidence line must be a string (quote a line that holds ': ')\n"},
		{"series not a list", "    - {id: m, kind: metric, title: t, series: {a: b}}\n",
			"4: incident X-1: series must be a list (- label: ..., unit: ..., points: [...])\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"series not a mapping", "    - {id: m, kind: metric, title: t, series: [x]}\n",
			"4: incident X-1: a series must be a mapping with label, unit and points\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"series label a list", "    - {id: m, kind: metric, title: t, series: [{label: [x], step: 1m, points: [1]}]}\n",
			"4: incident X-1: series label must be a single value\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"bad step", "    - {id: m, kind: metric, title: t, series: [{label: x, step: often, points: [1]}]}\n",
			"4: incident X-1: bad time \"often\": want a time relative to the first alert such as -20m, +4m, 0, -1h30m or -2d\n" +
				"4: incident X-1: points given as plain values need a positive step (step: 1m)\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"no points", "    - {id: m, kind: metric, title: t, series: [{label: x}]}\n",
			"4: incident X-1: series \"x\" has no points\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"points not a list", "    - {id: m, kind: metric, title: t, series: [{label: x, points: 5}]}\n",
			"4: incident X-1: points must be a list of numbers or of [time, value] pairs\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"pair of three", "    - {id: m, kind: metric, title: t, series: [{label: x, points: [[0, 1, 2]]}]}\n",
			"4: incident X-1: a [time, value] point needs exactly two entries\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"pair value a list", "    - {id: m, kind: metric, title: t, series: [{label: x, points: [[0, [1]]]}]}\n",
			"4: incident X-1: a point value must be a number\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"pair bad time", "    - {id: m, kind: metric, title: t, series: [{label: x, points: [[soon, 1]]}]}\n",
			"4: incident X-1: bad time \"soon\": want a time relative to the first alert such as -20m, +4m, 0, -1h30m or -2d\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"not finite", "    - {id: m, kind: metric, title: t, series: [{label: x, step: 1m, points: [1, .nan]}]}\n",
			"4: incident X-1: point value \".nan\" is not a number\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n"},
		{"marks not a list", "    - {id: m, kind: metric, title: t, series: [{label: x, step: 1m, points: [1], marks: 5}]}\n",
			"4: incident X-1: marks must be a list of {at, label}\n"},
		{"mark not a mapping", "    - {id: m, kind: metric, title: t, series: [{label: x, step: 1m, points: [1], marks: [5]}]}\n",
			"4: incident X-1: a mark must be a mapping with at and label\n"},
		{"mark without label", "    - {id: m, kind: metric, title: t, series: [{label: x, step: 1m, points: [1], marks: [{at: 0}]}]}\n",
			"4: incident X-1: a mark needs both at and label\n"},
		{"mark without time", "    - {id: m, kind: metric, title: t, series: [{label: x, step: 1m, points: [1], marks: [{label: d}]}]}\n",
			"4: incident X-1: a mark needs both at and label\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := boardErrors(t, tc.evidence); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// What a good metric item reads as: start and step, a [t, v] series, marks,
// after_answer, numbers with underscores, and titles with runs of space.
func TestEvidenceMetricValues(t *testing.T) {
	src := "X-1:\n  brief: A bad memory setting made the fleet churn.\n  evidence:\n" +
		"    - id: m\n      kind: Metric\n      title: \"  Hosts   in service \"\n      at: -1h\n      after_answer: true\n      series:\n" +
		"        - {label: \" in   service\", unit: \" hosts \", start: -10m, step: 5m, points: [1_000, 2.5, -3], marks: [{at: -5m, label: \" a   deploy \"}]}\n" +
		"        - {label: pairs, points: [[-1m, 1], [-1m, 2], [+1d, 3]]}\n" + threeDistractors
	mats, probs := parseMaterial("m.quiz.yaml", []byte(src))
	if len(probs) != 0 || len(mats) != 1 || len(mats[0].Evidence) != 1 {
		t.Fatalf("%s", messages(probs))
	}
	ev := mats[0].Evidence[0]
	if ev.Kind != KindMetric || ev.Title != "Hosts in service" || ev.At != -time.Hour || !ev.AtSet || !ev.AfterAnswer {
		t.Errorf("item %+v", ev)
	}
	s := ev.Series[0]
	want := []Point{{-10 * time.Minute, 1000}, {-5 * time.Minute, 2.5}, {0, -3}}
	if s.Label != "in service" || s.Unit != "hosts" || len(s.Points) != 3 || s.Points[0] != want[0] || s.Points[1] != want[1] || s.Points[2] != want[2] {
		t.Errorf("series %+v", s)
	}
	if len(s.Marks) != 1 || s.Marks[0] != (Mark{At: -5 * time.Minute, Label: "a deploy"}) {
		t.Errorf("marks %+v", s.Marks)
	}
	p := ev.Series[1].Points
	if len(p) != 3 || p[1] != (Point{-time.Minute, 2}) || p[2] != (Point{24 * time.Hour, 3}) {
		t.Errorf("pairs %+v", p)
	}
}

// Relative times at the edges of what they accept.
func TestRelTimeEdges(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		out  string
	}{
		{"366d", 366 * 24 * time.Hour, "+366d"}, {"+500ms", 500 * time.Millisecond, "+500ms"},
		{" -5m ", -5 * time.Minute, "-5m"}, {"+1h0m1s", time.Hour + time.Second, "+1h1s"},
	} {
		got, err := parseRelTime(tc.in)
		if err != nil || got != tc.want || FormatRelTime(got) != tc.out {
			t.Errorf("%q: %v %v %q, want %v %q", tc.in, got, err, FormatRelTime(got), tc.want, tc.out)
		}
	}
	for _, bad := range []string{"367d", "xd", "1d-5m", "-", "+0d"} {
		if _, err := parseRelTime(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// A zero step, a one-column CSV and the CSV size limit at its edge.
func TestEvidenceStepAndCSVEdges(t *testing.T) {
	if got := boardErrors(t, "    - {id: m, kind: metric, title: t, series: [{label: x, step: 0, points: [1, 2]}]}\n"); got !=
		"4: incident X-1: points given as plain values need a positive step (step: 1m)\n4: incident X-1: metric evidence \"m\" has no series (series: or csv:)\n" {
		t.Errorf("step 0: %s", got)
	}
	dir := t.TempDir()
	mat := write(t, dir, "m.quiz.yaml", "")
	one := "t,value\n-1m,1\n0,2\n"
	write(t, dir, "one.csv", one)
	big := "t,value\n" + strings.Repeat("0,1\n", (maxCSVSize-8)/4)
	write(t, dir, "at.csv", big[:maxCSVSize-len("\n")]+"\n")
	write(t, dir, "over.csv", big+strings.Repeat("\n", maxCSVSize+1-len(big)))
	for _, tc := range []struct{ csv, want string }{
		{"one.csv", ""},
		{"at.csv", "csv at.csv: over 2000 rows"},
		{"over.csv", "cannot read csv over.csv: 1024 KB, over the 1024 KB limit"},
	} {
		src := "X-1:\n  brief: A bad memory setting made the fleet churn.\n  evidence:\n    - {id: m, kind: metric, title: t, csv: " + tc.csv + "}\n" + threeDistractors
		_, probs := parseMaterial(mat, []byte(src))
		got := messages(probs)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%s: %s", tc.csv, got)
		}
	}
}
