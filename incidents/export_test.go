package incidents

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"github.com/nexusflow/rootcause/seeds"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// tricky holds values that need escaping to survive a round trip.
func tricky() Incident {
	inc := want()
	inc.ID = "X-1"
	inc.Summary = "Summary: looks like a key.\n\nINCIDENT #: looks like a new incident.\n\n===== looks like a rule"
	inc.RootCause = "A `**` run, a \\$ sign, *args and ** stars.\n\n- a dash paragraph\n\n1. a number paragraph"
	inc.Resolution = "user_id <b> [link](x) | ~x~ # hash *not emphasis* \\• bullet\n\n+ plus paragraph\n\n1) paren paragraph\n\n> quote"
	inc.Prevention = []string{"[ ] not a checkbox", "- not a bullet", "*emphasis*", ":colon first", "• bullet"}
	inc.Services = []string{"- dash", "1. one"}
	return inc
}

func TestRoundTrip(t *testing.T) {
	builtin, _ := LoadFS(seeds.FS)
	sparse := Incident{ID: "S-1", Title: "t", Summary: "s", RootCause: "r"}
	sets := map[string][]Incident{"builtin": builtin, "tricky": {tricky(), want()}, "sparse": {sparse, want(), sparse}}
	sets["sparse"][2].ID = "S-2"
	for name, incs := range sets {
		for fname, write := range map[string]func(*bytes.Buffer, []Incident) error{
			"text":  func(b *bytes.Buffer, i []Incident) error { return WriteText(b, i) },
			"md":    func(b *bytes.Buffer, i []Incident) error { return WriteMarkdown(b, i) },
			"draft": func(b *bytes.Buffer, i []Incident) error { return WriteTextDraft(b, i) },
		} {
			var buf bytes.Buffer
			if err := write(&buf, incs); err != nil {
				t.Fatal(err)
			}
			got, probs := Parse("rt", buf.Bytes())
			if hasError(probs) || len(got) != len(incs) {
				t.Fatalf("%s/%s: %d incidents, %v\n%s", name, fname, len(got), probs, buf.String())
			}
			for i := range incs {
				a := incs[i]
				a.Pos, a.Material, a.Evidence = Pos{}, nil, nil // the material's items stay in its file
				got[i].Pos = Pos{}
				if !reflect.DeepEqual(got[i], a) {
					t.Errorf("%s/%s: incident %d\n got %#v\nwant %#v", name, fname, i, got[i], a)
				}
			}
		}
	}
}

func TestWriteJSON(t *testing.T) {
	sparse := Incident{ID: "S-1", Title: "Only a title"}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Incident{want(), sparse}); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	keys := []string{"date", "id", "platform", "prevention", "resolution", "root_cause", "services", "severity", "summary", "title"}
	for _, obj := range out {
		var got []string
		for k := range obj {
			got = append(got, k)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, keys) {
			t.Errorf("keys %v, want %v", got, keys)
		}
	}
	if out[0]["date"] != "2023-10-26" || out[0]["severity"] != "SEV-1" || !reflect.DeepEqual(out[0]["services"], []any{"Amazon CloudFront", "EC2"}) {
		t.Errorf("first: %v", out[0])
	}
	for _, k := range []string{"date", "severity", "platform", "services", "summary", "root_cause", "resolution", "prevention"} {
		if v, ok := out[1][k]; !ok || v != nil {
			t.Errorf("sparse %s = %#v, want null", k, v)
		}
	}
	if !strings.Contains(buf.String(), "\n  {\n    \"id\": \"NFI-2099-0001\",\n    \"date\"") {
		t.Errorf("keys not in the documented order:\n%s", buf.String())
	}
}

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []Incident{want()}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 2 || rows[0][7] != "root_cause" || rows[1][4] != "Amazon CloudFront, EC2" ||
		rows[1][9] != "Use canary deployments.\nAdd memory health checks." {
		t.Errorf("%v %q", err, rows)
	}
}

func TestSortBy(t *testing.T) {
	incs, _ := LoadFS(seeds.FS)
	if !SortBy(incs, "severity") || incs[0].Severity != 1 || incs[len(incs)-1].Severity != 3 {
		t.Error("severity order")
	}
	if !SortBy(incs, "date") || incs[0].ID != "NFI-2023-0010" {
		t.Errorf("date order: first %s", incs[0].ID)
	}
	if SortBy(incs, "colour") {
		t.Error("unknown key accepted")
	}
}

// TestMarkdownExportReadsBackAsMarkdown: the bundled corpus exported with
// WriteMarkdown and read by the Markdown importer (as Load reads a .md
// file) gives the same records, literal stars included (NFI-2023-0013's
// "/*", NFI-2023-0014's "/assets/movie_123/*", NFI-2024-0015's "*").
func TestMarkdownExportReadsBackAsMarkdown(t *testing.T) {
	want, _ := LoadFS(seeds.FS)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, want); err != nil {
		t.Fatal(err)
	}
	got, probs := ParseMarkdown("export.md", buf.Bytes())
	if hasError(probs) || len(got) != len(want) {
		t.Fatalf("%d incidents read back, want %d; problems %v", len(got), len(want), probs)
	}
	stars := 0
	for i := range want {
		a, b := want[i], got[i]
		a.Pos, b.Pos, a.Material, a.Evidence = Pos{}, Pos{}, nil, nil
		stars += strings.Count(a.RootCause, "*")
		if !reflect.DeepEqual(a, b) {
			t.Errorf("incident %s differs:\n got %#v\nwant %#v", a.ID, b, a)
		}
	}
	if stars == 0 {
		t.Error("no root cause has a star: the test lost its point")
	}
}

// TestImportedMarkdownRoundTrips: incidents read from the Markdown test
// files (lists, code blocks, tables) survive WriteText and Parse exactly,
// as "incidents import" needs, and WriteMarkdown and ParseMarkdown too.
func TestImportedMarkdownRoundTrips(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "markdown", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatal("no Markdown test files", err)
	}
	lines := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		incs, _ := ParseMarkdown(f, data)
		if len(incs) == 0 {
			continue
		}
		for _, inc := range incs {
			if linesInParagraph(inc.RootCause) {
				lines++
			}
		}
		for _, rw := range []struct {
			write func(io.Writer, []Incident) error
			read  func(string, []byte) ([]Incident, []Problem)
		}{{WriteText, Parse}, {WriteMarkdown, ParseMarkdown}} {
			var buf bytes.Buffer
			if err := rw.write(&buf, incs); err != nil {
				t.Fatal(err)
			}
			back, probs := rw.read("back", buf.Bytes())
			if len(back) != len(incs) {
				t.Fatalf("%s: %d incidents written, %d read back; %v\n%s", f, len(incs), len(back), probs, buf.String())
			}
			for i := range incs {
				a, b := incs[i], back[i]
				a, b = withoutPlaces(a), withoutPlaces(b)
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%s incident %d changed:\n got %#v\nwant %#v\n%s", f, i+1, b, a, buf.String())
				}
			}
		}
	}
	if lines < 2 {
		t.Errorf("only %d root causes with lines (a list, a code block): the test lost its point", lines)
	}
}

// TestMarkdownExportReadsBackExactly: values that ParseMarkdown used to
// misread in WriteMarkdown's output come back unchanged, through both
// readers.
func TestMarkdownExportReadsBackExactly(t *testing.T) {
	base := Incident{ID: "X-1", Title: "t", Summary: "s", RootCause: "r"}
	for name, set := range map[string]func(*Incident){
		"code right after a bold-only label": func(i *Incident) { i.RootCause = "    $ df -h\n      nested\n\nText after." },
		"hard break after a bold label":      func(i *Incident) { i.Summary = "first line\nsecond line\nthird" },
		"escaped entity-like text":           func(i *Incident) { i.Summary = "a &amp; b &#35; c \\&amp; d" },
		"value ending in a pipe":             func(i *Incident) { i.Summary, i.Title = "ends in |", "ends in \\|" },
		"separator-like ends":                func(i *Incident) { i.Platform, i.RootCause = "P ·", "r;" },
		"text needing escapes":               func(i *Incident) { *i = tricky() },
		"a full record":                      func(i *Incident) { *i = want() },
	} {
		inc := base
		set(&inc)
		inc.Pos, inc.Material = Pos{}, nil
		var buf bytes.Buffer
		if err := WriteMarkdown(&buf, []Incident{inc}); err != nil {
			t.Fatal(err)
		}
		for reader, read := range map[string]func(string, []byte) ([]Incident, []Problem){"ParseMarkdown": ParseMarkdown, "Parse": Parse} {
			got, probs := read("x.md", buf.Bytes())
			if len(got) != 1 {
				t.Errorf("%s: %s read %d incidents, %v", name, reader, len(got), probs)
				continue
			}
			got[0].Pos = Pos{}
			if !reflect.DeepEqual(got[0], inc) {
				t.Errorf("%s: %s read\n got %#v\nwant %#v\n%s", name, reader, got[0], inc, buf.String())
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got, probs := ParseMarkdown("none.md", buf.Bytes()); len(got) != 0 || hasError(probs) {
		t.Errorf("no incidents written, %d read back, %v", len(got), probs)
	}
}

// The JSON export adds an evidence key only for a record with a board, in
// the documented shape: times as material writes them, points as
// [seconds, value].
func TestExportJSONEvidence(t *testing.T) {
	plain := Incident{ID: "E-1", Title: "t", Summary: "s", RootCause: "r"}
	board := plain
	board.ID = "E-2"
	board.Evidence = []Evidence{
		{ID: "alert", Kind: KindAlert, Title: "Page", AtSet: true, Lines: []string{"5xx \x1b[31mhigh"}},
		{ID: "p99", Kind: KindMetric, Title: "Latency", At: -2 * time.Minute, AtSet: true, Series: []Series{{
			Label: "p99", Unit: "ms", Points: []Point{{T: -2 * time.Minute, V: 120}, {T: 90 * time.Second, V: 900.5}},
			Marks: []Mark{{At: -time.Minute, Label: "deploy"}}}}},
		{ID: "later", Kind: KindNote, Title: "Found", Lines: []string{"x"}, AfterAnswer: true},
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Incident{plain, board}); err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "id": "E-1",
    "date": null,
    "severity": null,
    "platform": null,
    "services": null,
    "title": "t",
    "summary": "s",
    "root_cause": "r",
    "resolution": null,
    "prevention": null
  },
  {
    "id": "E-2",
    "date": null,
    "severity": null,
    "platform": null,
    "services": null,
    "title": "t",
    "summary": "s",
    "root_cause": "r",
    "resolution": null,
    "prevention": null,
    "evidence": [
      {
        "id": "alert",
        "kind": "alert",
        "title": "Page",
        "at": "0",
        "lines": [
          "5xx high"
        ]
      },
      {
        "id": "p99",
        "kind": "metric",
        "title": "Latency",
        "at": "-2m",
        "series": [
          {
            "label": "p99",
            "unit": "ms",
            "points": [
              [
                -120,
                120
              ],
              [
                90,
                900.5
              ]
            ],
            "marks": [
              {
                "at": "-1m",
                "label": "deploy"
              }
            ]
          }
        ]
      },
      {
        "id": "later",
        "kind": "note",
        "title": "Found",
        "at": null,
        "lines": [
          "x"
        ],
        "after_answer": true
      }
    ]
  }
]
`
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
