package gameday

import (
	"bytes"
	"fmt"
	"github.com/nexusflow/rootcause/quiz"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

const benchQuestions = 10

// benchPlayers is 200 unless ROOTCAUSE_BENCH_PLAYERS says otherwise;
// ROOTCAUSE_BENCH_SPREAD (a duration) spreads each player's answer over
// that long after their screen is complete, as a room does.
var benchPlayers, benchSpread = func() (int, time.Duration) {
	n, _ := strconv.Atoi(os.Getenv("ROOTCAUSE_BENCH_PLAYERS"))
	d, _ := time.ParseDuration(os.Getenv("ROOTCAUSE_BENCH_SPREAD"))
	if n <= 0 {
		n = 200
	}
	return n, d
}()

// benchPlayer is a simulated player: a real SSH client with a PTY that
// watches its screen for each new question, notes when the whole question
// screen has arrived, and answers it.
type benchPlayer struct {
	n      int
	client *gossh.Client
	sess   *gossh.Session
	in     io.Writer
	seen   []time.Time    // per question: when its screen arrived
	sent   []atomic.Int64 // per question: when the answer key went (unix ns)
	acked  []atomic.Int64 // per question: when its own screen confirmed it
	lobby  chan struct{}
	asked  chan int
	boards chan int // question numbers whose leaderboard has arrived
	spread time.Duration
	silent bool
}

func (p *benchPlayer) read(r io.Reader) {
	buf := make([]byte, 32*1024)
	var window []byte
	q, boards, inLobby, sawHead := 0, 0, false, false
	for {
		n, err := r.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			if bytes.Contains(chunk, []byte("\x1b[c")) {
				_, _ = p.in.Write([]byte("\x1b[?62;c"))
			}
			// Searched raw: the renderer writes each changed line whole and
			// styles wrap whole strings, so the markers arrive contiguous;
			// stripping escapes would only spend the clients' CPU, which
			// shares this process with the server.
			window = append(window, chunk...)
			if !inLobby && bytes.Contains(window, []byte("Welcome,")) {
				inLobby = true
				close(p.lobby)
			}
			// The header names the question and comes first; the last
			// choice is unique to the question (see benchRounds), so the
			// renderer always repaints it, and only the status line and
			// the footer follow it.
			if !sawHead {
				if i := bytes.Index(window, fmt.Appendf(nil, "question %d/%d", q+1, benchQuestions)); i >= 0 {
					sawHead, window = true, window[i:]
				}
			}
			if a := q - 1; a >= 0 && p.acked[a].Load() == 0 && p.sent[a].Load() != 0 &&
				(bytes.Contains(window, []byte("Locked in: ")) || bytes.Contains(window, []byte("Correct")) || bytes.Contains(window, []byte("Wrong"))) {
				p.acked[a].Store(time.Now().UnixNano())
			}
			if sawHead && bytes.Contains(window, []byte(lastChoice(q))) {
				p.seen[q] = time.Now()
				p.asked <- q
				q, sawHead, window = q+1, false, window[:0]
			}
			if q > 0 && q > boards && bytes.Contains(window, fmt.Appendf(nil, "Leaderboard after question %d/", q)) {
				boards++
				p.boards <- q
			}
			if len(window) > 16384 {
				window = append(window[:0], window[len(window)-64:]...)
			}
		}
		if err != nil {
			close(p.asked)
			return
		}
	}
}

// benchRounds are test rounds whose choices name their question, so no two
// question screens share a line the renderer could skip.
func benchRounds() []*quiz.Question {
	rounds := testRounds(benchQuestions)
	for q, r := range rounds {
		for i, text := range []string{fmt.Sprintf("alpha cause #%d", q+1), fmt.Sprintf("bravo cause #%d", q+1),
			fmt.Sprintf("charlie cause #%d", q+1), lastChoice(q)} {
			r.Choices[i].Text = text
		}
	}
	return rounds
}

func lastChoice(q int) string { return fmt.Sprintf("delta cause #%d", q+1) }

// answer answers each question as soon as its screen is complete, or
// within spread of it; a silent player never answers.
func (p *benchPlayer) answer() {
	for q := range p.asked {
		if p.silent {
			continue
		}
		if p.spread > 0 {
			time.Sleep(time.Duration(rand.Int64N(int64(p.spread))))
		}
		p.sent[q].Store(time.Now().UnixNano())
		_, _ = p.in.Write([]byte{byte('1' + (p.n+q)%4)})
	}
}

// joinBenchPlayers connects n players to addr, 16 handshakes at a time, and
// waits until each sees the lobby.
func joinBenchPlayers(addr string, n int) ([]*benchPlayer, error) {
	players := make([]*benchPlayer, n)
	sem := make(chan struct{}, 16)
	var wg sync.WaitGroup
	var failed error
	var mu sync.Mutex
	for i := range players {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			p, err := newBenchPlayer(addr, i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed = err
				return
			}
			players[i] = p
		}()
	}
	wg.Wait()
	if failed != nil {
		return nil, failed
	}
	for _, p := range players {
		<-p.lobby
	}
	return players, nil
}

func newBenchPlayer(addr string, n int) (*benchPlayer, error) {
	c, err := dial(addr, fmt.Sprintf("p%03d", n), nil, "")
	if err != nil {
		return nil, err
	}
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	p := &benchPlayer{n: n, client: c, sess: sess, seen: make([]time.Time, benchQuestions),
		sent: make([]atomic.Int64, benchQuestions), acked: make([]atomic.Int64, benchQuestions),
		lobby: make(chan struct{}), asked: make(chan int, benchQuestions), boards: make(chan int, benchQuestions), spread: benchSpread}
	out, _ := sess.StdoutPipe()
	p.in, _ = sess.StdinPipe()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	if err := sess.Shell(); err != nil {
		return nil, err
	}
	go p.read(out)
	go p.answer()
	return p, nil
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// BenchmarkGameDay200 plays whole games on loopback: 200 players join one
// game and answer 10 questions. It reports the p50/p99/max time from the
// hub's broadcast of a question to each client holding the complete question
// screen, and heap per connected player (server and simulated clients share
// this process, so it is an upper bound for the server). Run it as
//
//	go test ./gameday -run '^$' -bench GameDay200 -benchtime 1x
func BenchmarkGameDay200(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchOneGame(b)
	}
}

func benchOneGame(b *testing.B) {
	b.StopTimer()
	before := heapInUse()
	srv := startServer(b, Config{Rounds: benchRounds(), MaxPerIP: -1, MaxPlayers: benchPlayers, TimePerQuestion: time.Minute})
	players, err := joinBenchPlayers(srv.Addr().String(), benchPlayers)
	if err != nil {
		b.Fatal(err)
	}
	waitState(b, srv.hub, "200 players", connectedCount(benchPlayers))
	perPlayer := float64(heapInUse()-before) / float64(benchPlayers)
	b.StartTimer()

	var lat, ack []time.Duration
	cpu0 := cpuTime()
	for q := 0; q < benchQuestions; q++ {
		srv.hub.Next() // the first question, then the next one after each leaderboard
		opened := srv.hub.State().OpenedAt
		st := waitState(b, srv.hub, "every answer", func(p consoleView) bool { return p.Phase == phaseReveal })
		if got := sum(st.Reveal.Counts); got != benchPlayers {
			b.Fatalf("question %d: %d answers counted, want %d", q+1, got, benchPlayers)
		}
		for _, p := range players {
			lat = append(lat, p.seen[q].Sub(opened))
		}
		time.Sleep(50 * time.Millisecond) // the last confirmations are on their way
		for _, p := range players {
			if a := p.acked[q].Load(); a != 0 {
				ack = append(ack, time.Duration(a-p.sent[q].Load()))
			}
		}
		srv.hub.Next() // leaderboard
		// Like a facilitator, open the next question once the room has
		// seen the leaderboard, so only the question's own broadcast is
		// measured.
		for _, p := range players {
			<-p.boards
		}
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	pct := func(l []time.Duration, p float64) float64 {
		if len(l) == 0 {
			return -1
		}
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		return float64(l[int(p*float64(len(l)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(lat, 0.50), "p50-ms")
	b.ReportMetric(pct(lat, 0.99), "p99-ms")
	b.ReportMetric(pct(lat, 1), "max-ms")
	// Answer key → that player's own screen confirming it, the answer
	// durable (journal fsync) in between.
	b.ReportMetric(pct(ack, 0.50), "ack-p50-ms")
	b.ReportMetric(pct(ack, 0.99), "ack-p99-ms")
	b.ReportMetric(float64(len(ack)), "acks")
	b.ReportMetric(perPlayer/1024, "KiB/player")
	// CPU spent by the whole process (server and 200 clients) per question:
	// on a busy machine latency follows from the CPU share this gets.
	b.ReportMetric(float64(cpu.Milliseconds())/benchQuestions, "cpu-ms/question")
	for _, p := range players {
		_ = p.client.Close()
	}
	_ = srv.Close()
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
