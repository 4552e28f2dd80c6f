package gameday

import (
	"flag"
	"fmt"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
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
func goldenState(phase phase) (playerView, time.Time) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	rounds := testRounds(5)
	pub := &shared{
		Seq: 7, Phase: phase, Index: 1, Asked: askedOf(rounds[1]), Deadline: now.Add(17 * time.Second),
		Settings: settings{Questions: 5, TimePerQuestion: 30 * time.Second, SpeedBonus: true, StreakBonus: true},
		Answered: 2, Active: 3,
		Seats: []seatRow{
			{Number: 1, Name: "alice", Team: -1, Connected: true, Score: 1890, Rank: 1},
			{Number: 2, Name: "bob", Team: -1, Connected: true, Score: 950, Rank: 2},
			{Number: 3, Name: "sam", Team: -1, Score: 0, Rank: 3},
		},
		Board: []boardRow{{Rank: 1, Name: "alice", Score: 1890, Gain: 940}, {Rank: 2, Name: "bob", Score: 950}, {Rank: 3, Name: "sam", Team: -1}},
	}
	switch phase {
	case phaseLobby:
		pub.Index, pub.Asked = -1, nil
	case phaseReveal, phaseBoard:
		pub.Reveal = &reveal{Answer: rounds[1].Answer, Choices: rounds[1].Choices, Counts: []int{1, 2, 0, 0}}
	case phaseFinal:
		pub.Asked, pub.Played = nil, []*incidents.Incident{rounds[0].Incident, rounds[1].Incident}
	}
	first := result{Question: 0, Incident: "INC-1", Answered: true, Elapsed: 3 * time.Second,
		Outcome: quiz.Outcome{Correct: true, Choice: 0, Answer: 0, Points: 950, Base: 500, Speed: 450, Streak: 1}}
	me := selfView{Seat: 2, Name: "bob", Team: -1, Score: 950, Rank: 2, Streak: 1, Choice: -1, History: []result{first}}
	if phase == phaseReveal || phase == phaseBoard || phase == phaseFinal {
		last := result{Question: 1, Incident: "INC-2", Answered: true, Elapsed: 4 * time.Second, Outcome: quiz.Outcome{Choice: 0, Answer: 1}}
		me.History = append(me.History, last)
		me.Last, me.Streak = &me.History[1], 0
	}
	return playerView{Game: pub, Me: me}, now
}

// goldenConsole is the console's view of the same game.
func goldenConsole(phase phase) (consoleView, time.Time) {
	v, now := goldenState(phase)
	rounds := testRounds(5)
	room := private{Players: []playerRow{
		{ID: "key:a", Name: "alice", Team: -1, Connected: true, Score: 1890, Rank: 1},
		{ID: "key:b", Name: "bob", Team: -1, Connected: true, Score: 950, Rank: 2, Answered: true},
		{ID: "name:sam", Name: "sam", Team: -1, Score: 0, Rank: 3},
	}}
	if v.Game.Asked != nil {
		room.Question = rounds[1]
	}
	if phase == phaseQuestion {
		room.Live = []int{1, 1, 0, 0}
	}
	return consoleView{shared: v.Game, private: room}, now
}

func asciiStyles() *view.Styles {
	return view.NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii)))
}

func TestPlayerScreensGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		phase phase
		tab   int
	}{
		{"lobby", phaseLobby, 0}, {"question", phaseQuestion, 0}, {"reveal", phaseReveal, 0},
		{"leaderboard", phaseBoard, 0}, {"podium", phaseFinal, 0}, {"summary", phaseFinal, 1}, {"debrief", phaseFinal, 2},
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
	m := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "127.0.0.1:2222", CodeSet: true, Local: true})
	v, now := goldenConsole(phaseQuestion)
	m.v, m.now, m.w, m.h = v, now, 80, 24
	checkGolden(t, "console-question-80x24", m.View(), 80, 24)
}

// TestLongScreensGolden draws real-length text: every choice and the card
// wrapped whole.
func TestLongScreensGolden(t *testing.T) {
	for _, ph := range []phase{phaseQuestion, phaseReveal} {
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
func longRound() *quiz.Question {
	q := testRounds(2)[1]
	inc := q.Incident
	inc.ID, inc.Severity, inc.Platform = "NFI-2024-0021", 2, "AthenaStream"
	inc.Date = time.Date(2024, 2, 21, 0, 0, 0, 0, time.UTC)
	inc.Services = []string{"Amazon CloudFront", "AWS WAF", "Application Load Balancer"}
	inc.Title = "Video playback failing for a third of viewers during the evening peak"
	inc.Summary = "Starting at 19:40 a third of playback sessions failed with HTTP 403 from the edge. " +
		"Error rates rose in every region at once, and retries from the players doubled the load on the origin."
	q.Choices = []quiz.Choice{
		{Text: "A logger set to record whole request and response bodies filled the disk of every edge node, so new sessions could not be written.", WhyNot: "The disks had room all evening: the edge logged nothing unusual."},
		{Text: "A web firewall rule meant to block one scraper matched a header every player sends, so a share of ordinary viewers was refused."},
		{Text: "The signing key for playback URLs was rotated at the edge before the origin, so freshly signed links failed the edge's check.", WhyNot: "No key was rotated that week."},
		{Text: "A certificate renewal replaced the chain with one that older televisions do not trust, so their connections were dropped.", WhyNot: "Newer clients failed as well."},
	}
	q.Answer = 1
	return q
}
