package gameday

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/view"
)

var update = flag.Bool("update", false, "rewrite the golden screens in testdata/")

// goldenState is a game in a fixed state: three players, question 2 of 5.
func goldenState(phase Phase) (View, time.Time) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	rounds := testRounds(5)
	pub := &Public{
		Seq: 7, Phase: phase, Index: 1, Round: &rounds[1], Deadline: now.Add(17 * time.Second),
		Settings: Settings{Questions: 5, TimePerQuestion: 30 * time.Second, SpeedBonus: true, StreakBonus: true},
		Answered: 2, Active: 3, Counts: []int{1, 2, 0, 0},
		Players: []PlayerRow{
			{ID: "key:a", Name: "alice", Team: -1, Connected: true, Score: 1890, Rank: 1},
			{ID: "key:b", Name: "bob", Team: -1, Connected: true, Score: 950, Rank: 2, Answered: true},
			{ID: "name:sam", Name: "sam", Team: -1, Score: 0, Rank: 3},
		},
		Board: []BoardRow{{Rank: 1, Name: "alice", Score: 1890, Gain: 940}, {Rank: 2, Name: "bob", Score: 950}, {Rank: 3, Name: "sam", Team: -1}},
	}
	if phase == PhaseLobby {
		pub.Index, pub.Round = -1, nil
	}
	if phase == PhaseFinal {
		pub.Round, pub.Rounds = nil, rounds[:2]
	}
	me := Self{ID: "key:b", Name: "bob", Team: -1, Score: 950, Rank: 2, Choice: -1,
		History: []Result{{Question: 0, Incident: "INC-1", Answered: true, Choice: 0, Correct: true, Elapsed: 3 * time.Second, Points: 950, Speed: 450}}}
	if phase == PhaseReveal || phase == PhaseBoard || phase == PhaseFinal {
		last := Result{Question: 1, Incident: "INC-2", Answered: true, Choice: 0, Elapsed: 4 * time.Second}
		me.History = append(me.History, last)
		me.Last = &me.History[1]
	}
	return View{Game: pub, Me: me}, now
}

func asciiStyles() *view.Styles {
	return view.NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii)))
}

func TestPlayerScreensGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		phase Phase
		tab   int
	}{
		{"lobby", PhaseLobby, 0}, {"question", PhaseQuestion, 0}, {"reveal", PhaseReveal, 0},
		{"leaderboard", PhaseBoard, 0}, {"podium", PhaseFinal, 0}, {"summary", PhaseFinal, 1}, {"debrief", PhaseFinal, 2},
	} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("player-%s-%dx%d", tc.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				m := newPlayerModel(nil, nil, asciiStyles())
				m.v, m.now = goldenState(tc.phase)
				m.w, m.h = size[0], size[1]
				m.final.tab = tc.tab
				checkGolden(t, name, m.View(), size[0], size[1])
			})
		}
	}
}

func TestConsoleScreenGolden(t *testing.T) {
	m := newConsole(nil, nil, asciiStyles(), ConsoleInfo{Addr: "127.0.0.1:2222", CodeSet: true, Local: true})
	v, now := goldenState(PhaseQuestion)
	v.Me = Self{Facilitator: true, Team: -1, Choice: -1}
	m.v, m.now, m.w, m.h = v, now, 80, 24
	checkGolden(t, "console-question-80x24", m.View(), 80, 24)
}

// TestLongScreensGolden draws real-length text: every choice and the card
// wrapped whole.
func TestLongScreensGolden(t *testing.T) {
	for _, ph := range []Phase{PhaseQuestion, PhaseReveal} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("player-%s-long-%dx%d", ph, size[0], size[1])
			checkGolden(t, name, longPlayer(ph, size[0], size[1]).View(), size[0], size[1])
		}
	}
}

// checkGolden compares a screen with testdata/NAME.golden and checks that it
// fits the window: no line wider, no more lines.
func checkGolden(t *testing.T, name, got string, w, h int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) > h {
		t.Errorf("%d lines for a %d-line window", len(lines), h)
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("line %d is %d wide for a %d-column window: %q", i+1, lipgloss.Width(l), w, l)
		}
	}
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./gameday -run Golden -update)", err)
	}
	if got != string(want) {
		t.Errorf("screen differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// longRound is a question with real-length text: a long service list,
// summary and choices of about 140 characters, as the corpus has.
func longRound() Round {
	r := testRounds(2)[1]
	r.IncidentID, r.Severity, r.Platform = "NFI-2024-0021", 2, "AthenaStream"
	r.Date = time.Date(2024, 2, 21, 0, 0, 0, 0, time.UTC)
	r.Services = []string{"Amazon CloudFront", "AWS WAF", "Application Load Balancer"}
	r.Title = "Video playback failing for a third of viewers during the evening peak"
	r.Summary = "Starting at 19:40 a third of playback sessions failed with HTTP 403 from the edge. " +
		"Error rates rose in every region at once, and retries from the players doubled the load on the origin."
	r.Choices = []string{
		"A logger set to record whole request and response bodies filled the disk of every edge node, so new sessions could not be written.",
		"A web firewall rule meant to block one scraper matched a header every player sends, so a share of ordinary viewers was refused.",
		"The signing key for playback URLs was rotated at the edge before the origin, so freshly signed links failed the edge's check.",
		"A certificate renewal replaced the chain with one that older televisions do not trust, so their connections were dropped.",
	}
	r.WhyNot = []string{"The disks had room all evening: the edge logged nothing unusual.", "", "No key was rotated that week.", "Newer clients failed as well."}
	r.Answer = 1
	return r
}
