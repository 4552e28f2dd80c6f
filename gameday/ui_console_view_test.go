package gameday

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// longConsole is the facilitator's console on the long question in phase ph.
func longConsole(ph phase, w, h int) consoleModel {
	m := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "127.0.0.1:2222", CodeSet: true, Local: true})
	v, now := goldenConsole(ph)
	r := longRound()
	v.shared = withRound(v.shared, r)
	v.Question, v.Live = r, []int{3, 1, 0, 0}
	m.v, m.now, m.w, m.h = v, now, w, h
	return m
}

// countAfterChoice is a choice's first line ending in a pick count.
var countAfterChoice = regexp.MustCompile(`(?m)^ [ ✓] \d\. .*\s\d+$`)

// TestConsoleShowsCardHidesAnswer: the console shows the incident's card
// and every choice whole, and keeps the right answer and the picks so far
// off a projected screen until the reveal, unless the facilitator peeks.
func TestConsoleShowsCardHidesAnswer(t *testing.T) {
	r := longRound()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		m := longConsole(phaseQuestion, size[0], size[1])
		out := m.View()
		checkFits(t, out, size[0], size[1])
		for _, want := range append([]string{r.Incident.Title, "NFI-2024-0021", "AthenaStream"}, texts(r.Choices)...) {
			if !strings.Contains(flat(out), want) {
				t.Errorf("%dx%d: %q not shown whole:\n%s", size[0], size[1], want, out)
			}
		}
		if size[0] >= 100 && !strings.Contains(flat(out), r.Incident.Summary) {
			t.Errorf("%dx%d: no summary:\n%s", size[0], size[1], out)
		}
		if strings.Contains(out, "✓") || countAfterChoice.MatchString(out) || strings.Contains(out, "…") {
			t.Errorf("%dx%d: the answer, the picks or a cut shows while answers are open:\n%s", size[0], size[1], out)
		}
	}
	m := longConsole(phaseQuestion, 100, 30)
	checkGolden(t, "console-question-long-100x30", m.View(), 100, 30)
	next, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	peek := next.View()
	if !strings.Contains(peek, "✓ 2. A web firewall rule") || !countAfterChoice.MatchString(peek) || !strings.Contains(peek, "peeking") {
		t.Errorf("a does not show the answer and the picks:\n%s", peek)
	}
	next, _ = next.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	if strings.Contains(next.View(), "✓") {
		t.Errorf("a second a does not hide the answer:\n%s", next.View())
	}
	// A peek ends with its question.
	next, _ = next.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	v := longConsole(phaseQuestion, 100, 30).v
	pub := *v.shared
	pub.Index++
	v.shared = &pub
	next, _ = next.Update(consoleMsg(v))
	if strings.Contains(next.View(), "✓") {
		t.Errorf("the peek outlived its question:\n%s", next.View())
	}
	if out := longConsole(phaseReveal, 100, 30).View(); !strings.Contains(out, "✓ 2. A web firewall rule") || !countAfterChoice.MatchString(out) {
		t.Errorf("the reveal hides the answer on the console:\n%s", out)
	}
}

// TestConsoleTooSmall: below its minimum the console asks for a larger
// window and keeps the join command whole.
func TestConsoleTooSmall(t *testing.T) {
	c := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "127.0.0.1:2222", CodeSet: true, Local: true})
	c.v, c.now = goldenConsole(phaseLobby)
	c.w, c.h = 50, 12
	out := c.View()
	for _, want := range []string{"Please enlarge the window need 80x24, have 50x12", "ssh -p 2222 NAME@127.0.0.1"} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("console 50x12: no %q in\n%s", want, out)
		}
	}
	checkFits(t, out, 50, 12)
}

// TestConsoleSummaryWholeAt80x24 (QA F34): at 80x24 a summary of a real
// incident's length shows whole on the console; the services line and the
// blank line above the players give way for it.
func TestConsoleSummaryWholeAt80x24(t *testing.T) {
	m := longConsole(phaseQuestion, 80, 24)
	r := longRound()
	r.Incident.Summary += " The team first suspected the origin, then the player release of that afternoon, and lost twenty minutes on both."
	m.v.shared, m.v.Question = withRound(m.v.shared, r), r
	out := m.View()
	checkFits(t, out, 80, 24)
	if !strings.Contains(flat(out), r.Incident.Summary) {
		t.Errorf("the summary is cut at 80x24:\n%s", out)
	}
	checkGolden(t, "console-question-summary-80x24", out, 80, 24)
}

// TestConsoleLongSummaryIsMarkedCut: a summary that cannot fit even so is
// cut at a line end and marked, never silently.
func TestConsoleLongSummaryIsMarkedCut(t *testing.T) {
	m := longConsole(phaseQuestion, 80, 24)
	r := longRound()
	r.Incident.Summary = strings.Repeat("The edge refused a third of the sessions while the origin looked healthy. ", 8)
	m.v.shared, m.v.Question = withRound(m.v.shared, r), r
	out := m.View()
	checkFits(t, out, 80, 24)
	if !strings.Contains(out, "…") || !strings.Contains(out, "Video playback failing") {
		t.Errorf("a cut summary is not marked, or the title gave way before it:\n%s", out)
	}
	for _, c := range r.Choices {
		if !strings.Contains(flat(out), c.Text) {
			t.Errorf("choice %q not whole:\n%s", c.Text, out)
		}
	}
}
