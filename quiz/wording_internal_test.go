package quiz

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
)

// Library near-misses carry the entry's why-not, which argues from what a
// board would show ("CPU on the board stayed under half") without knowing
// the incident's board: the debrief gives it as the check that rules the
// option out, and says so when the record has no board at all. Borrowed
// causes and authored near-misses keep their own why-nots.
func TestLibraryWhyNotIsTheCheckNotASighting(t *testing.T) {
	const none, check = noBoardWhyNot, "What would rule it out: "
	team := teamIncidents(t)
	withBoard := make([]incidents.Incident, len(team))
	copy(withBoard, team)
	for k := range withBoard {
		withBoard[k].Evidence = []incidents.Evidence{
			{ID: "logs", Kind: incidents.KindLog, Title: "Service logs", Lines: []string{"12:01 request failed"}},
			{ID: "changes", Kind: incidents.KindChange, Title: "Changes", Lines: []string{"11:40 deploy"}},
		}
	}
	for _, c := range []struct {
		incs   []incidents.Incident
		prefix string
	}{{team, none}, {withBoard, check}} {
		e, framed := NewEngine(c.incs), 0
		for _, d := range []Difficulty{Normal, Hard} {
			for k := range c.incs {
				q, err := e.Question(c.incs[k].ID, d, 1)
				if err != nil {
					t.Fatal(err)
				}
				for n, ch := range q.Choices {
					if n == q.Answer {
						continue
					}
					library := ch.IncidentID == ""
					if got := strings.HasPrefix(ch.WhyNot, c.prefix); got != library {
						t.Errorf("%s %v, %d board items: choice %q has why-not %q", c.incs[k].ID, d, len(c.incs[k].Evidence), ch.Text, ch.WhyNot)
					}
					if library {
						framed++
					}
					if rest := strings.TrimPrefix(ch.WhyNot, c.prefix); library && len(rest) > 1 && unicode.IsLower(rune(rest[0])) && unicode.IsUpper(rune(rest[1])) {
						t.Errorf("%s: an acronym lower-cased in %q", c.incs[k].ID, ch.WhyNot) // "ruled out if cPU stayed…"
					}
					if library && c.prefix == none && strings.Contains(ch.WhyNot, "on the board") {
						t.Errorf("%s: a record without a board told of one: %q", c.incs[k].ID, ch.WhyNot)
					}
				}
			}
		}
		if framed == 0 {
			t.Errorf("%q: no library near-miss in any question", c.prefix)
		}
	}
	bundled, _ := incidents.LoadFS(seeds.FS)
	e := NewEngine(bundled)
	for k := range bundled {
		q, _ := e.Question(bundled[k].ID, Hard, 1)
		for _, ch := range q.Choices {
			if strings.HasPrefix(ch.WhyNot, check) || strings.HasPrefix(ch.WhyNot, none) {
				t.Errorf("%s: authored near-miss %q framed as a library one", bundled[k].ID, ch.Text)
			}
		}
	}
}

// The trainer's note names an incident whose cause has one wording (the
// sentence a reviewing trainee meets every time), and only such a one: a
// bundled incident has a brief and one or two phrasings, and a team's
// cause the engine can reword, or tell with its card's impact, has two or
// more.
func TestAuthorNoteNamesOneWording(t *testing.T) {
	const note = "Only one wording of the cause for "
	te := NewEngine(teamIncidents(t))
	for id, one := range map[string]bool{"TEAM-058": true, "TEAM-001": false, "TEAM-010": false} { // TEAM-001 reworded by the engine, TEAM-010 told with its impact
		q, err := te.Question(id, Hard, 1)
		if err != nil || strings.Contains(q.AuthorNote, note+id) != one || (len(te.phr[te.byID[id]]) == 1) != one {
			t.Errorf("%s (one wording: %v): %d wordings, author note %q (%v)", id, one, len(te.phr[te.byID[id]]), q.AuthorNote, err)
		}
	}
	bundled, _ := incidents.LoadFS(seeds.FS)
	e := NewEngine(bundled)
	for k := range bundled {
		q, _ := e.Question(bundled[k].ID, Hard, 1)
		if strings.Contains(q.AuthorNote, note) {
			t.Errorf("%s (%d phrasings): author note %q", bundled[k].ID, len(bundled[k].Material.Phrasings), q.AuthorNote)
		}
	}
}

// A session asks the brief half the time and the phrasings share the rest:
// each near-miss of six is offered about half the time, and a phrasing met
// less often than any of them would be the sentence a reviewing trainee
// had seen least.
func TestPhrasingIndexFavoursTheBrief(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4} {
		counts := make([]int, n)
		const draws = 40000
		for range draws {
			counts[phrasingIndex(n, rng)]++
		}
		for k, c := range counts {
			want := 0.5
			switch {
			case n == 1:
				want = 1
			case k > 0:
				want = 0.5 / float64(n-1)
			}
			if got := float64(c) / draws; math.Abs(got-want) > 0.01 {
				t.Errorf("%d texts: text %d drawn %.3f of the time, want %.3f", n, k, got, want)
			}
		}
	}
}
