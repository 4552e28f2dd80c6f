package gameday

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/view"
)

// questionPlayer is a player's program on a question with 37 of 200 answered.
func questionPlayer() playerModel {
	r := lipgloss.NewRenderer(nil, termenv.WithProfile(termenv.TrueColor))
	m := newPlayerModel(nil, nil, view.NewStyles(r))
	pub := &shared{Phase: phaseQuestion, Index: 0, Asked: askedOf(testRounds(1)[0]), Deadline: time.Now().Add(20 * time.Second),
		Settings: settings{Questions: 10, TimePerQuestion: 30 * time.Second}, Active: 200, Answered: 37}
	m.v = playerView{Game: pub, Me: selfView{Name: "alice", Choice: -1, Team: -1}}
	return m
}

// BenchmarkQuestionView is the cost of one player's question screen, which
// every player draws at once when a question opens.
func BenchmarkQuestionView(b *testing.B) {
	m := questionPlayer()
	b.ReportAllocs()
	for b.Loop() {
		*m.memo = viewMemo{} // a new question: nothing drawn before
		_ = m.render()       // not View: its memo would answer from the cache
	}
}

// BenchmarkQuestionRedraw is a player's redraw when only the clock and the
// room's counts moved, which every player does every second: the card and
// the footer come from the memo.
func BenchmarkQuestionRedraw(b *testing.B) {
	m := questionPlayer()
	b.ReportAllocs()
	for b.Loop() {
		m.v.Game.Answered++ // a new snapshot's counts
		_ = m.render()
	}
}

// BenchmarkRoomRedraw is one second of a question at 1,000 players (an
// op is the whole room): each program takes the same new snapshot (the room's counts
// moved) and draws its screen, through Update as Bubble Tea calls it, so
// the model's copy into an interface counts too. "shared" is the game
// server's way (one frame cache per game); "alone" draws every screen.
func BenchmarkRoomRedraw(b *testing.B) {
	for _, c := range []struct {
		name   string
		frames *frameCache
	}{{"shared", newFrameCache()}, {"alone", nil}} {
		b.Run(c.name, func(b *testing.B) {
			h := &hub{frames: c.frames}
			base := questionPlayer()
			players := make([]tea.Model, 1000)
			for i := range players {
				m := newPlayerModel(h, nil, base.st)
				m.v = base.v
				m.v.Me.Name, m.v.Me.Choice = fmt.Sprintf("player%d", i), i%5-1
				players[i] = m
			}
			pub := *base.v.Game
			b.ReportAllocs()
			for b.Loop() {
				pub.Seq++
				pub.Answered++
				snap := pub
				for i, p := range players {
					me := p.(playerModel).v.Me
					players[i], _ = p.Update(viewMsg(playerView{Game: &snap, Me: me}))
					_ = players[i].View()
				}
			}
		})
	}
}
