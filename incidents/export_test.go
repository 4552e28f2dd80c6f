package incidents

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/seeds"
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
