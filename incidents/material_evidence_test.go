package incidents

import (
	"github.com/nexusflow/rootcause/seeds"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// boardMaterial is goodMaterial's shape with an evidence board; the
// distractors point at its items.
const boardMaterial = `  brief: A bad memory setting made the fleet churn.
  phrasings: [Every instance ran out of memory after boot and was replaced.]
  evidence:
    - {id: alert, kind: alert, title: Playback errors, at: "0", lines: ["5xx rate over 5% for 2 minutes"]}
    - id: hosts
      kind: metric
      title: Healthy hosts
      at: -30m
      series:
        - label: healthy
          unit: hosts
          start: -30m
          step: 5m
          points: [40, 40, 38, 12, 9]
          marks: [{at: -15m, label: deploy}]
        - label: launched
          unit: hosts/min
          points: [[-30m, 0], [-10m, 20], [+1h, 25]]
    - id: deploys
      kind: change
      title: Recent changes
      at: -15m
      lines: |
        19:10 recs release v42 rolling out
        18:00 CDN config unchanged
  distractors:
    - {text: A CDN push shortened cache lifetimes., why_not: The changes list shows no CDN push., ruled_out_by: [deploys]}
    - {text: An expired certificate broke handshakes., why_not: "Hosts went unhealthy, not handshakes.", ruled_out_by: hosts}
    - {text: The instance quota was hit at peak time., why_not: Launches kept climbing., ruled_out_by: [hosts, alert]}
`

func TestEvidenceBoardParses(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("T-1"))
	write(t, dir, "team.quiz.yaml", "T-1:\n"+boardMaterial)
	incs, probs, err := Load([]string{f})
	if err != nil || len(probs) != 0 || len(incs) != 1 {
		t.Fatalf("%v\n%s", err, messages(probs))
	}
	inc := incs[0]
	if got := len(inc.Evidence); got != 3 {
		t.Fatalf("%d items, want 3", got)
	}
	hosts := inc.Evidence[1]
	if hosts.ID != "hosts" || hosts.Kind != KindMetric || hosts.At != -30*time.Minute || !hosts.AtSet {
		t.Errorf("hosts item = %+v", hosts)
	}
	healthy := hosts.Series[0]
	if len(healthy.Points) != 5 || healthy.Points[4] != (Point{T: -10 * time.Minute, V: 9}) || healthy.Unit != "hosts" {
		t.Errorf("healthy series = %+v", healthy)
	}
	if len(healthy.Marks) != 1 || healthy.Marks[0] != (Mark{At: -15 * time.Minute, Label: "deploy"}) {
		t.Errorf("marks = %+v", healthy.Marks)
	}
	if got := hosts.Series[1].Points[2]; got != (Point{T: time.Hour, V: 25}) {
		t.Errorf("pair point = %+v", got)
	}
	if got := inc.Evidence[2].Lines; len(got) != 2 || got[1] != "18:00 CDN config unchanged" {
		t.Errorf("block lines = %q", got)
	}
	if !inc.Evidence[0].AtSet || inc.Evidence[0].At != 0 {
		t.Errorf("explicit zero time lost: %+v", inc.Evidence[0])
	}
	m := inc.Material
	if len(m.Phrasings) != 1 || strings.Join(m.Distractors[2].RuledOutBy, ",") != "hosts,alert" || m.Distractors[1].RuledOutBy[0] != "hosts" {
		t.Errorf("material = %+v", m)
	}
}

func TestEvidenceProblems(t *testing.T) {
	cases := []struct {
		name, board, want string
	}{
		{"unknown kind", `{id: a, kind: graph, title: T, lines: [x]}`, `:4: incident T-1: evidence "a" has unknown kind "graph" (want alert, metric, log, change, timeline, trace, config, note)`},
		{"missing id", `{kind: log, title: T, lines: [x]}`, `:4: incident T-1: evidence item has no id (a short word such as alert, p99, deploys)`},
		{"duplicate id", "{id: a, kind: log, title: T, lines: [x]}\n    - {id: a, kind: log, title: U, lines: [y]}", `:5: incident T-1: evidence id "a" is used twice (first on line 4)`},
		{"empty series", `{id: m, kind: metric, title: T, series: [{label: x, step: 1m, points: []}]}`, `:4: incident T-1: series "x" is empty`},
		{"no series", `{id: m, kind: metric, title: T}`, `:4: incident T-1: metric evidence "m" has no series (series: or csv:)`},
		{"bad time", `{id: a, kind: log, title: T, at: soon, lines: [x]}`, `:4: incident T-1: bad time "soon": want a time relative to the first alert such as -20m, +4m, 0, -1h30m or -2d`},
		{"plain points need a step", `{id: m, kind: metric, title: T, series: [{label: x, points: [1, 2]}]}`, `:4: incident T-1: points given as plain values need a positive step (step: 1m)`},
		{"backwards", `{id: m, kind: metric, title: T, series: [{label: x, points: [[+2m, 1], [+1m, 2]]}]}`, `:4: incident T-1: point times go backwards (+1m after +2m)`},
		{"not a number", `{id: m, kind: metric, title: T, series: [{label: x, step: 1m, points: [1, lots]}]}`, `:4: incident T-1: point value "lots" is not a number`},
		{"no lines", `{id: a, kind: log, title: T}`, `:4: incident T-1: evidence "a" has no lines`},
		{"missing ref", `{id: other, kind: log, title: T, lines: [x]}`, `:6: incident T-1: distractor 1 is ruled_out_by "a", which is not on the evidence board`},
		{"csv escapes the folder", `{id: m, kind: metric, title: T, csv: ../x.csv}`, `:4: incident T-1: csv "../x.csv" must be a file name next to the material file`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			f := write(t, dir, "team.txt", withID("T-1"))
			write(t, dir, "team.quiz.yaml", "T-1:\n  brief: A bad memory setting made the fleet churn.\n  evidence:\n    - "+tc.board+`
  distractors:
    - {text: A CDN push shortened cache lifetimes., why_not: w, ruled_out_by: [a]}
    - {text: An expired certificate broke handshakes., why_not: w, ruled_out_by: [a]}
    - {text: The instance quota was hit at peak time., why_not: w, ruled_out_by: [a]}
`)
			_, probs, err := Load([]string{f})
			if err != nil {
				t.Fatal(err)
			}
			want := filepath.Join(dir, "team.quiz.yaml") + tc.want
			if got := messages(probs); !strings.Contains(got, want+"\n") {
				t.Errorf("got\n%s\nwant a line\n%s", got, want)
			}
		})
	}
}

func TestDistractorWithoutRuledOutByWarns(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("T-1"))
	write(t, dir, "team.quiz.yaml", "T-1:\n"+strings.Replace(boardMaterial, ", ruled_out_by: [deploys]", "", 1))
	incs, probs, err := Load([]string{f})
	if err != nil || hasError(probs) || incs[0].Material == nil {
		t.Fatalf("%v\n%s", err, messages(probs))
	}
	want := filepath.Join(dir, "team.quiz.yaml") + ":28: warning: incident T-1: distractor 1 has no ruled_out_by: name the evidence items that rule it out\n"
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestEvidenceCSV(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("T-1"))
	write(t, dir, "p99.csv", "t,p50,p99\n-2m,100,300\n-1m,110,320\n0,120,900\n")
	write(t, dir, "team.quiz.yaml", "T-1:\n"+strings.Replace(boardMaterial,
		"- {id: alert,", "- {id: lat, kind: metric, title: Latency, csv: p99.csv, unit: ms}\n    - {id: alert,", 1))
	incs, probs, err := Load([]string{f})
	if err != nil || len(probs) != 0 {
		t.Fatalf("%v\n%s", err, messages(probs))
	}
	lat := incs[0].Evidence[0]
	if len(lat.Series) != 2 || lat.Series[1].Label != "p99" || lat.Series[1].Unit != "ms" ||
		lat.Series[1].Points[2] != (Point{T: 0, V: 900}) || lat.Series[0].Points[0] != (Point{T: -2 * time.Minute, V: 100}) {
		t.Errorf("csv series = %+v", lat.Series)
	}
}

func TestRelTime(t *testing.T) {
	cases := []struct {
		in   string
		want time.Duration
		out  string
	}{
		{"0", 0, "0"}, {"+4m", 4 * time.Minute, "+4m"}, {"-20m", -20 * time.Minute, "-20m"},
		{"-1h30m", -90 * time.Minute, "-1h30m"}, {"+90s", 90 * time.Second, "+1m30s"},
		{"-2d", -48 * time.Hour, "-2d"}, {"-1d6h", -30 * time.Hour, "-1d6h"}, {"+0m", 0, "0"},
	}
	for _, tc := range cases {
		got, err := parseRelTime(tc.in)
		if err != nil || got != tc.want || FormatRelTime(got) != tc.out {
			t.Errorf("%q: %v %v %q, want %v %q", tc.in, got, err, FormatRelTime(got), tc.want, tc.out)
		}
	}
	for _, bad := range []string{"", "soon", "+", "-m", "5x", "1000d", "--5m"} {
		if _, err := parseRelTime(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// unsafeMaterial puts terminal escapes (CSI colour, OSC title, C1 CSI, bidi
// override, BEL, backspace) in every text of an entry; YAML's double-quoted
// escapes carry them in.
const unsafeMaterial = `  brief: "A bad memory \e[31msetting\e[0m made the fleet churn."
  phrasings: ["Every \e]0;pwned\a instance ran out of memory."]
  timeline: "Playback \u202eerrors began at 19:15."
  evidence:
    - id: "al\x9bert"
      kind: alert
      title: "Playback \e[2Jerrors"
      lines: ["5xx rate \x08over 5%", "\e[1;1Hsecond line"]
    - id: m
      kind: metric
      title: "Hosts"
      series:
        - {label: "heal\e[5mthy", unit: "ho\x07sts", step: 1m, points: [1, 2], marks: [{at: "0", label: "dep\e[8mloy"}]}
  distractors:
    - {text: "A CDN push \e[31mshortened cache lifetimes.", why_not: "The \e[0mchanges list shows none.", ruled_out_by: [m]}
    - {text: An expired certificate broke handshakes., why_not: w, ruled_out_by: [m]}
    - {text: The instance quota was hit at peak time., why_not: w, ruled_out_by: [m]}
`

// TestMaterialTextIsSanitized is the guard issue 19 asks for: no text read
// from quiz material reaches a terminal with a control character in it.
// (Verified by breaking Sanitize and cleanInline to return their input: the
// test then fails on every field.)
func TestMaterialTextIsSanitized(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "team.txt", withID("T-1"))
	write(t, dir, "team.quiz.yaml", "T-1:\n"+unsafeMaterial)
	incs, probs, err := Load([]string{f})
	if err != nil || len(incs) != 1 {
		t.Fatalf("%v %v", err, probs)
	}
	warned := strings.Contains(messages(probs), "control characters removed")
	inc := incs[0]
	var texts []string
	if m := inc.Material; m != nil {
		texts = append(texts, m.Brief, m.Timeline)
		texts = append(texts, m.Phrasings...)
		for _, d := range m.Distractors {
			texts = append(append(texts, d.Text, d.WhyNot), d.RuledOutBy...)
		}
	}
	for _, ev := range inc.Evidence {
		texts = append(texts, ev.ID, EvidenceText(ev))
	}
	if len(texts) < 10 {
		t.Fatalf("material not loaded: %d texts\n%s", len(texts), messages(probs))
	}
	if !warned {
		t.Errorf("removing control characters was not reported:\n%s", messages(probs))
	}
	for _, s := range texts {
		for _, r := range s {
			if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("unsafe rune %U left in %q", r, s)
			}
		}
	}
}

// FuzzEvidence feeds arbitrary YAML to the material reader with a board:
// it must never panic, and whatever it accepts is clean and ordered.
func FuzzEvidence(f *testing.F) {
	f.Add([]byte("X-1:\n" + boardMaterial))
	f.Add([]byte("X-1:\n" + unsafeMaterial))
	f.Add([]byte("X-1:\n  brief: b\n  evidence:\n    - {id: m, kind: metric, title: t, series: [{points: [[+1m, 1], [0, 2]]}]}\n"))
	f.Add([]byte("X-1:\n  evidence: [{at: -9999999999d}, {id: a, at: \"+1h-5m\"}, 7, [x]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		mats, _ := parseMaterial("f.quiz.yaml", data)
		for _, e := range mats {
			for _, ev := range e.Evidence {
				if ev.ID == "" || !slices.Contains(EvidenceKinds, ev.Kind) {
					t.Fatalf("accepted item %+v", ev)
				}
				if s := EvidenceText(ev); Sanitize(s) != s {
					t.Fatalf("unsanitized text %q", s)
				}
				for _, sr := range ev.Series {
					if len(sr.Points) == 0 {
						t.Fatalf("accepted an empty series in %q", ev.ID)
					}
					for i := 1; i < len(sr.Points); i++ {
						if sr.Points[i].T < sr.Points[i-1].T {
							t.Fatalf("points go backwards in %q", ev.ID)
						}
					}
				}
			}
		}
	})
}

// A board from the incident file itself (no material) is leak-checked too,
// once; the built-in corpus loaded alongside adds no repeated warnings.
func TestReaderBoardLeakChecked(t *testing.T) {
	l := newLoader()
	l.builtin = seeds.FS
	l.addBuiltinFiles()
	l.incs = append(l.incs, Incident{ID: "R-1", Title: "t", Summary: "s",
		RootCause: "The cron job ran in the wrong time zone and skipped the nightly export.",
		Evidence:  []Evidence{{ID: "tl", Kind: KindTimeline, Title: "Timeline", Lines: []string{"02:10 found: cron job ran in the wrong zone"}, Pos: Pos{File: "r.md", Line: 7}}}})
	_, probs := l.finish()
	want := `r.md:7: warning: incident R-1: evidence "tl" repeats "cron job ran" from the root cause or brief: show what responders saw, not the cause` + "\n"
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
