package quiz

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// A team incident without an evidence board gets library near-misses whose
// why-nots argue from a board ("CPU on the board stayed under half"): the
// debrief must say that is the check to make, not evidence this record
// showed. Borrowed causes keep their own why-not; boards keep the entry's.
func TestWhyNotWithoutBoardSaysSo(t *testing.T) {
	incs := teamIncidents(t)
	e := NewEngine(incs)
	framed := 0
	for _, d := range []Difficulty{Normal, Hard} {
		for k := range incs {
			if len(incs[k].Evidence) > 0 {
				t.Fatalf("%s: the team corpus has no boards", incs[k].ID)
			}
			q, err := e.Question(incs[k].ID, d, 1)
			if err != nil {
				t.Fatal(err)
			}
			for n, c := range q.Choices {
				if n == q.Answer {
					continue
				}
				library := c.IncidentID == ""
				if got := strings.HasPrefix(c.WhyNot, "This record has no evidence board; what would rule it out: "); got != library {
					t.Errorf("%s %v choice %q: why-not %q", incs[k].ID, d, c.Text, c.WhyNot)
				}
				if library {
					framed++
				}
			}
		}
	}
	if framed == 0 {
		t.Fatal("no library near-miss in any team question")
	}
	// With a board the entry's argument stands as written.
	bundled, _ := incidents.LoadFS(seeds.FS)
	board := NewEngine(bundled)
	for k := range board.incs {
		if len(board.incs[k].Evidence) == 0 {
			t.Fatalf("%s: a bundled incident without a board", board.incs[k].ID)
		}
		q, _ := board.Question(board.incs[k].ID, Hard, 1)
		for _, c := range q.Choices {
			if strings.HasPrefix(c.WhyNot, "This record has no evidence board") {
				t.Errorf("%s: a board's near-miss %q framed as having none", board.incs[k].ID, c.Text)
			}
		}
	}
}
