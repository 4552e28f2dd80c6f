package gameday

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/view"
)

// pacing is how a realistic room answers: each player at a random moment
// within Spread of seeing the question, except one in Silent who never
// answers, so questions lock on the clock (TimePerQuestion).
type pacing struct {
	Players         int
	Questions       int
	TimePerQuestion time.Duration
	Spread          time.Duration
	Silent          int // every Silent-th player never answers; 0 = all answer
	// NoScreens leaves the players' screens out (ROOTCAUSE_BENCH_SCREENS=0):
	// what is left is the hub's own part, group commits included.
	NoScreens bool
}

// benchPacing reads ROOTCAUSE_BENCH_PLAYERS (2000), _QUESTIONS (3) and _TPQ
// (12s); answers spread over 80% of the clock, 10% of players silent.
func benchPacing(players int) pacing {
	envInt := func(name string, def int) int {
		if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
			return n
		}
		return def
	}
	p := pacing{Players: envInt("ROOTCAUSE_BENCH_PLAYERS", players), Questions: envInt("ROOTCAUSE_BENCH_QUESTIONS", 3), Silent: 10}
	p.TimePerQuestion = 12 * time.Second
	if d, err := time.ParseDuration(os.Getenv("ROOTCAUSE_BENCH_TPQ")); err == nil && d > 0 {
		p.TimePerQuestion = d
	}
	p.Spread = p.TimePerQuestion * 8 / 10
	p.NoScreens = os.Getenv("ROOTCAUSE_BENCH_SCREENS") == "0"
	return p
}

func (p pacing) silent(n int) bool { return p.Silent > 0 && n%p.Silent == p.Silent-1 }

// roomSeat is one simulated session without SSH: the player's real model,
// fed by its mailbox as pump feeds it, redrawn on every snapshot and on the
// countdown's tick, as the renderer would.
type roomSeat struct {
	n     int
	c     *client
	m     playerModel
	seen  []atomic.Int64 // per question: its screen rendered (unix ns)
	sent  []atomic.Int64 // the answer went to the hub
	acked []atomic.Int64 // the player's screen showed it locked in
}

func (s *roomSeat) run(h *hub, pace pacing, done <-chan struct{}) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case v := <-s.c.Updates():
			out := "Locked in" // without screens, the view itself is the acknowledgement
			if !pace.NoScreens {
				next, _ := s.m.Update(viewMsg(v))
				s.m = next.(playerModel)
				out = s.m.View()
			}
			q := v.Game.Index
			if v.Game.Phase != phaseQuestion || q < 0 || q >= pace.Questions {
				continue
			}
			now := time.Now().UnixNano()
			if s.seen[q].CompareAndSwap(0, now) && !pace.silent(s.n) {
				choice, delay := (s.n+q)%4, time.Duration(rand.Int64N(max(int64(pace.Spread), 1)))
				time.AfterFunc(delay, func() {
					s.sent[q].Store(time.Now().UnixNano())
					h.Answer(s.c, choice)
				})
			}
			if v.Me.Choice >= 0 && s.acked[q].Load() == 0 && strings.Contains(out, "Locked in") {
				s.acked[q].Store(now)
			}
		case <-tick.C:
			if !pace.NoScreens {
				s.m.now = time.Now()
				_ = s.m.View()
			}
		case <-done:
			return
		}
	}
}

// BenchmarkRoom2000 is the room and its screens without the SSH transport:
// 2,000 players (ROOTCAUSE_BENCH_PLAYERS) in one game, each a real player
// model rendering every snapshot and every countdown second at 80x24, the
// answers paced as a room answers (see benchPacing), every answer journaled
// and stored before its acknowledgement. It reports broadcast→screen
// (question opened → that player's question screen rendered), answer→own
// screen locked in, heap per player (hub, snapshots and models), and checks
// that the journal holds every answer given. Run it as
//
//	go test ./gameday -run '^$' -bench Room2000 -benchtime 1x
func BenchmarkRoom2000(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchRoom(b, benchPacing(2000))
	}
}

func benchRoom(b *testing.B, pace pacing) {
	b.StopTimer()
	st := &countingStore{}
	dir := b.TempDir()
	before := heapInUse()
	h, err := newHub(Config{Rounds: benchRounds(), MaxPlayers: pace.Players, TimePerQuestion: pace.TimePerQuestion,
		ResultsDir: dir, AutoAdvance: -1, Store: st})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Stop()
	styles := view.NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.ANSI256)))
	done := make(chan struct{})
	var wg sync.WaitGroup
	seats := make([]*roomSeat, pace.Players)
	for n := range seats {
		s := &roomSeat{n: n, c: newClient(nil), seen: make([]atomic.Int64, pace.Questions),
			sent: make([]atomic.Int64, pace.Questions), acked: make([]atomic.Int64, pace.Questions)}
		m, _ := newPlayerModel(h, s.c, styles).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		s.m = m.(playerModel)
		seats[n] = s
		if err := h.Join(joinRequest{KeyFP: fmt.Sprintf("SHA256:bench%05d", n), User: fmt.Sprintf("p%04d", n)}, s.c); err != nil {
			b.Fatal(err)
		}
		wg.Add(1)
		go func() { defer wg.Done(); s.run(h, pace, done) }()
	}
	perPlayer := float64(heapInUse()-before) / float64(pace.Players)
	b.StartTimer()
	var lat, ack []time.Duration
	answered := 0
	cpu0, wall0 := cpuTime(), time.Now()
	for q := 0; q < pace.Questions; q++ {
		h.Next()
		opened := h.State().OpenedAt
		waitPhase(b, h, phaseReveal, pace.TimePerQuestion+time.Minute)
		answered += sum(h.State().Reveal.Counts)
		time.Sleep(100 * time.Millisecond) // the last acknowledgements are on their way
		for _, s := range seats {
			if t := s.seen[q].Load(); t != 0 {
				lat = append(lat, time.Duration(t-opened.UnixNano()))
			}
			if a := s.acked[q].Load(); a != 0 {
				ack = append(ack, time.Duration(a-s.sent[q].Load()))
			}
		}
		h.Next() // leaderboard
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Since(wall0)), "cores")
	close(done)
	wg.Wait()
	reportLatency(b, "", lat)
	reportLatency(b, "ack-", ack)
	b.ReportMetric(perPlayer/1024, "KiB/player")
	// An answer sent after the lock (the machine too busy to deliver it
	// in time) is refused, as in play; every answer taken must be
	// acknowledged, stored and journaled.
	sent := 0
	for _, s := range seats {
		for q := range s.sent {
			if s.sent[q].Load() != 0 {
				sent++
			}
		}
	}
	b.ReportMetric(float64(answered), "answers")
	b.ReportMetric(float64(sent-answered), "late")
	if want := pace.Questions * (pace.Players - pace.Players/max(pace.Silent, 1)); sent != want {
		b.Errorf("%d answers sent, want %d", sent, want)
	}
	if len(lat) != pace.Questions*pace.Players || len(ack) != answered || st.n.Load() != int64(answered) {
		b.Errorf("%d question screens of %d; %d answers counted, %d acknowledged, %d stored",
			len(lat), pace.Questions*pace.Players, answered, len(ack), st.n.Load())
	}
	if got := journaledAnswers(b, dir); got != answered {
		b.Errorf("%d answers in the journal, %d counted", got, answered)
	}
}

// countingStore takes every batch, as a database that never fails would.
type countingStore struct{ n atomic.Int64 }

func (s *countingStore) SaveAnswers(a []StoredAnswer) error {
	for _, x := range a {
		if x.Choice >= 0 {
			s.n.Add(1)
		}
	}
	return nil
}

// waitPhase polls the hub until it reaches ph, for at most limit.
// It reads the phase alone: State builds the console's whole view, and at
// 2,000 players polling it took a second of the hub's time per game,
// delaying the very broadcasts and answers being measured.
func waitPhase(b *testing.B, h *hub, ph phase, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for hubPhase(h) != ph {
		if time.Now().After(deadline) {
			b.Fatalf("no %v after %v", ph, limit)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// hubPhase is the game's phase, read on the hub goroutine.
func hubPhase(h *hub) phase {
	var p phase
	h.do(func(g *game) { p = g.phase })
	return p
}

// journaledAnswers counts the answer records, less the voided ones, in
// the game journal in dir.
func journaledAnswers(b *testing.B, dir string) int {
	paths, _ := filepath.Glob(filepath.Join(dir, "game-*.jsonl"))
	if len(paths) != 1 {
		b.Fatalf("%d journals in %s, want 1", len(paths), dir)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		b.Fatal(err)
	}
	return bytes.Count(data, []byte(`{"t":"answer"`)) - bytes.Count(data, []byte(`{"t":"void"`))
}

// reportLatency reports the p50, p99 and max of l in ms, names prefixed.
func reportLatency(b *testing.B, prefix string, l []time.Duration) {
	if len(l) == 0 {
		return
	}
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	at := func(p float64) float64 { return float64(l[int(p*float64(len(l)-1))].Microseconds()) / 1000 }
	b.ReportMetric(at(0.50), prefix+"p50-ms")
	b.ReportMetric(at(0.99), prefix+"p99-ms")
	b.ReportMetric(at(1), prefix+"max-ms")
}
