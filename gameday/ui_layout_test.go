package gameday

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// flat is a screen's text with the margin, hanging indents and line breaks
// folded into single spaces, so wrapped text can be searched whole.
func flat(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(s), "│", " ")), " ")
}

// longPlayer is a player model on the long question in phase ph.
func longPlayer(ph phase, w, h int) playerModel {
	m := newPlayerModel(nil, nil, asciiStyles())
	m.v, m.now = goldenState(ph)
	m.v.Game = withRound(m.v.Game, longRound())
	m.w, m.h = w, h
	return m
}

// withRound is a copy of pub asking q instead (revealed as pub is).
func withRound(pub *shared, q *quiz.Question) *shared {
	out := *pub
	out.Asked = askedOf(q)
	if pub.Reveal != nil {
		out.Reveal = &reveal{Answer: q.Answer, Choices: q.Choices, Counts: pub.Reveal.Counts}
	}
	return &out
}

func pressKey(m tea.Model, k tea.KeyType) tea.Model {
	m, _ = m.Update(tea.KeyMsg{Type: k})
	return m
}

// tally is the reveal's count and bar after a choice's first line.
var tally = regexp.MustCompile(`\s+\d+ ▇*$`)

// TestPlayerTextWrapsWhole: the card and every choice are wrapped at word
// boundaries, never cut, on the question and the reveal, at every size.
func TestPlayerTextWrapsWhole(t *testing.T) {
	r := longRound()
	inc := r.Incident
	whole := append([]string{inc.Title, inc.Summary, "AthenaStream", "2024-02-21", strings.Join(inc.Services, ", ")}, texts(r.Choices)...)
	for _, ph := range []phase{phaseQuestion, phaseReveal} {
		for _, size := range [][2]int{{60, 15}, {80, 24}, {120, 40}} {
			m := longPlayer(ph, size[0], size[1])
			p, _ := m.parts()
			var text []string
			for _, l := range p.body {
				text = append(text, tally.ReplaceAllString(ansi.Strip(l), ""))
			}
			body := flat(strings.Join(text, "\n"))
			for _, want := range whole {
				if ph == phaseReveal && (want == inc.Title || want == inc.Summary || want == "AthenaStream" || want == "2024-02-21" || strings.Contains(want, "CloudFront")) {
					continue // the reveal shows the choices, not the card
				}
				if !strings.Contains(body, want) {
					t.Errorf("%s %dx%d: %q is not shown whole in\n%s", ph, size[0], size[1], want, strings.Join(p.body, "\n"))
				}
			}
			if strings.Contains(m.View(), "…") {
				t.Errorf("%s %dx%d: something is cut:\n%s", ph, size[0], size[1], m.View())
			}
		}
	}
}

// TestPlayerScrollReachesEverything: in a short window the body scrolls
// (down, pgdn, end, pgup, home), every line of it can be brought into view,
// the clock and status stay put, and the first page starts with the card.
func TestPlayerScrollReachesEverything(t *testing.T) {
	m := longPlayer(phaseQuestion, 60, 15)
	p, _ := m.parts()
	first := m.View()
	checkGolden(t, "player-question-long-60x15", first, 60, 15)
	for _, want := range []string{"SEV-2", "Video playback failing", "↓", "↑↓/pgdn scroll", "17s", "2/3 answered"} {
		if !strings.Contains(first, want) {
			t.Errorf("first page lacks %q:\n%s", want, first)
		}
	}
	seen := map[string]bool{}
	var cur tea.Model = m
	for i := 0; i < len(p.body)+2; i++ {
		for _, l := range strings.Split(cur.View(), "\n") {
			seen[strings.TrimPrefix(l, " ")] = true
		}
		if v := cur.View(); !strings.Contains(v, "17s") || !strings.Contains(v, "2/3 answered") {
			t.Fatalf("clock or status scrolled away:\n%s", v)
		}
		cur = pressKey(cur, tea.KeyDown)
	}
	for _, l := range p.body {
		if !seen[l] {
			t.Errorf("line never shown: %q", l)
		}
	}
	last := cur.View()
	if !strings.Contains(last, "lines above") || strings.Contains(last, "below") || !strings.Contains(flat(last), "their connections were dropped.") {
		t.Errorf("the end of the body:\n%s", last)
	}
	if got := pressKey(pressKey(cur, tea.KeyPgUp), tea.KeyHome).View(); got != first {
		t.Errorf("home does not return to the first page:\n%s", got)
	}
	if got := pressKey(m, tea.KeyEnd).View(); got != last {
		t.Errorf("end does not show the last page:\n%s\nwant\n%s", got, last)
	}
	if got := pressKey(m, tea.KeyPgDown).View(); got == first || !strings.Contains(got, "lines above") {
		t.Errorf("pgdn does not scroll:\n%s", got)
	}
}

// TestTooSmallAsksToEnlarge: below the minimum a clear message says what
// size is needed.
func TestTooSmallAsksToEnlarge(t *testing.T) {
	for _, size := range [][2]int{{50, 12}, {59, 30}, {100, 14}, {30, 6}} {
		m := longPlayer(phaseQuestion, size[0], size[1])
		out := m.View()
		want := fmt.Sprintf("Please enlarge the window need 60x15, have %dx%d", size[0], size[1])
		if size[1] > 8 && !strings.Contains(flat(out), want) {
			t.Errorf("%dx%d: no %q in\n%s", size[0], size[1], want, out)
		}
		checkFits(t, out, size[0], size[1])
	}
}

func checkFits(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) > h {
		t.Errorf("%d lines for a %d-line window", len(lines), h)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("%d columns for a %d-column window: %q", ansi.StringWidth(l), w, l)
		}
	}
}

// TestFinalScreensScroll: a debrief longer than the window scrolls with
// markers instead of ending in a cut line, and keys pressed past the end
// are not stored up.
func TestFinalScreensScroll(t *testing.T) {
	m := newPlayerModel(nil, nil, asciiStyles())
	m.v, m.now = goldenState(phaseFinal)
	m.w, m.h = 60, 15
	m.final.tab = 2
	var played []*incidents.Incident
	for range 3 {
		inc := longRound().Incident
		inc.RootCause = inc.Summary
		inc.Prevention = []string{"Test new firewall rules in count mode against a day of real traffic before they block anything.", "Alarm on 403 rates."}
		played = append(played, inc)
	}
	pub := *m.v.Game
	pub.Played = played
	m.v.Game = &pub
	first := m.View()
	if strings.Contains(first, "…") || !strings.Contains(first, "lines below · pgdn") {
		t.Errorf("first page:\n%s", first)
	}
	var cur tea.Model = m
	for i := 0; i < 200; i++ {
		cur = pressKey(cur, tea.KeyDown)
	}
	last := cur.View()
	if strings.Contains(last, "below") || !strings.Contains(flat(last), "Alarm on 403 rates.") {
		t.Errorf("last page:\n%s", last)
	}
	if up := pressKey(cur, tea.KeyUp).View(); up == last || !strings.Contains(up, "below") {
		t.Errorf("one key up from the end does not scroll back:\n%s", up)
	}
	checkFits(t, last, 60, 15)
}

// TestPodiumFitsNarrowWindows: the three podium blocks shrink to the
// window rather than the third being cut off.
func TestPodiumFitsNarrowWindows(t *testing.T) {
	m := newPlayerModel(nil, nil, asciiStyles())
	m.v, m.now = goldenState(phaseFinal)
	m.w, m.h = 60, 15
	out := m.View()
	for _, want := range []string{"alice", "bob", "sam", "1,890", "3rd"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing from\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "╮") && !strings.HasSuffix(strings.TrimRight(l, " "), "╮") {
			t.Errorf("a block is cut: %q", l)
		}
	}
}
