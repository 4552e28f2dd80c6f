package gameday

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/seeds"
	"github.com/nexusflow/rootcause/tui"
)

// TestPlayerAndAppShowTheSameQuestion: the same question at the same window
// size reads the same in the local app and on a game-day player's screen —
// the card, the prompt and the choices, line for line, at the same columns
// (both lay out the presentation layer's view.Question).
func TestPlayerAndAppShowTheSameQuestion(t *testing.T) {
	incs, probs := incidents.LoadFS(seeds.FS)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for _, d := range []quiz.Difficulty{quiz.Easy, quiz.Normal} {
		o := quiz.Options{Count: 1, Seed: 7, Difficulty: d}
		rounds, err := BuildRounds(incs, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range [][2]int{{80, 24}, {120, 40}, {100, 30}} {
			t.Run(fmt.Sprintf("%s-%dx%d", d, size[0], size[1]), func(t *testing.T) {
				r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
				app, err := tui.New(tui.Config{Incidents: incs, Start: &o, Renderer: r, Now: func() time.Time { return now }})
				if err != nil {
					t.Fatal(err)
				}
				next, _ := app.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				appBlock := questionBlock(next.View())

				p := newPlayerModel(nil, nil, asciiStyles())
				p.w, p.h, p.now = size[0], size[1], now
				p.v = playerView{Game: &shared{Phase: phaseQuestion, Asked: askedOf(rounds[0]), Deadline: now.Add(time.Minute),
					Settings: settings{Questions: 1, TimePerQuestion: time.Minute}}, Me: selfView{Choice: 0, Team: -1}}
				playerBlock := questionBlock(p.View())

				if len(appBlock) < 8 {
					t.Fatalf("no question found in the app's screen:\n%s", next.View())
				}
				if strings.Join(appBlock, "\n") != strings.Join(playerBlock, "\n") {
					t.Errorf("the app shows\n%s\nthe player sees\n%s", strings.Join(appBlock, "\n"), strings.Join(playerBlock, "\n"))
				}
			})
		}
	}
}

// questionBlock is the card, prompt and choices of a question screen: from
// the card's top edge to the first blank line after it, trailing blanks
// trimmed.
func questionBlock(screen string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(screen, "\n") {
		l = strings.TrimRight(l, " ")
		switch {
		case strings.Contains(l, "╭"):
			in = true
		case in && l == "":
			return out
		}
		if in {
			out = append(out, l)
		}
	}
	return out
}
