package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

func TestPolishLiteral(t *testing.T) {
	for _, tc := range []struct{ val, want string }{
		{"All", `platform named "All"`},
		{"any", `platform named "any"`},
		{" NONE ", `platform named " NONE "`},
		{"DataNexus", "DataNexus"},
		{"Allstars", "Allstars"},
	} {
		if got := literal(tc.val, "platform"); got != tc.want {
			t.Errorf("literal(%q) = %q, want %q", tc.val, got, tc.want)
		}
	}
}

// allCorpus is the test corpus with one platform literally named "All".
func allCorpus(t testing.TB) []incidents.Incident {
	incs := testCorpus(t)
	for i := range incs {
		if incs[i].Platform == "Internal Tools" {
			incs[i].Platform = "All"
		}
	}
	return incs
}

// TestPolishSetupAllGolden: a platform named "All" beside "any platform"
// reads as a name, not a wildcard.
func TestPolishSetupAllGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m, err := New(Config{Incidents: allCorpus(t), User: "tester", Renderer: asciiRenderer(), Now: fixedClock})
		if err != nil {
			t.Fatal(err)
		}
		m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
		m, _ = drive(t, m, size(sz[0], sz[1]), keyRunes("p"), keyDown, keyDown, keyDown, keyRight)
		v := m.View()
		mustContain(t, v, `‹ platform named "All" ›`, "2 incidents match these filters: the round has 2 questions")
		t.Run(sizeName(sz), func(t *testing.T) { golden.RequireEqual(t, []byte(v)) })
	}
}

// One rule for too few matching incidents: an exam shrinks to what
// matches, like practice, instead of refusing to start.
func TestPolishExamShrinksToMatches(t *testing.T) {
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(100, 30), keyRunes("e"), keyDown, keyDown, keyDown, keyRight)
	mustContain(t, m.View(), "the round has 2 questions")
	if o := m.setup.options(); o.Count != 2 || o.Mode != quiz.Exam {
		t.Fatalf("options %+v, want an exam of 2", o)
	}
	m, _ = drive(t, m, keyEnter)
	mustContain(t, m.View(), "Question 1/2")
}
