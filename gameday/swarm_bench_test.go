package gameday

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const swarmPlayEnv = "GAMEDAY_SWARM_PLAY"

// swarmReport is what the client swarm tells the benchmark at the end,
// per player and question, in unix ns (one machine, one clock).
type swarmReport struct {
	Seen  [][]int64 // the question screen complete
	Sent  [][]int64 // the answer key sent; 0 = none
	Acked [][]int64 // the player's own screen confirmed it
}

// TestSwarmPlayHelper is not a test: BenchmarkSwarm runs this binary again
// with GAMEDAY_SWARM_PLAY=addr, so that the SSH clients live in another
// process: the benchmark's RSS is the server's alone. The players answer
// as paced by benchPacing; after each question's leaderboard reached every
// player it prints "BOARD q", at the end one line of JSON (swarmReport).
func TestSwarmPlayHelper(t *testing.T) {
	addr := os.Getenv(swarmPlayEnv)
	if addr == "" {
		t.Skip("helper process for BenchmarkSwarm")
	}
	pace := benchPacing(0)
	players, err := joinBenchPlayers(addr, pace.Players)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	for _, p := range players {
		p.spread, p.silent = pace.Spread, pace.silent(p.n)
	}
	fmt.Println("JOINED")
	for q := 0; q < pace.Questions; q++ {
		for _, p := range players {
			<-p.boards
		}
		fmt.Println("BOARD", q)
	}
	var r swarmReport
	for _, p := range players {
		seen, sent, acked := make([]int64, pace.Questions), make([]int64, pace.Questions), make([]int64, pace.Questions)
		for q := range seen {
			if !p.seen[q].IsZero() {
				seen[q] = p.seen[q].UnixNano()
			}
			sent[q], acked[q] = p.sent[q].Load(), p.acked[q].Load()
		}
		r.Seen, r.Sent, r.Acked = append(r.Seen, seen), append(r.Sent, sent), append(r.Acked, acked)
	}
	line, _ := json.Marshal(r)
	fmt.Println(string(line))
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // hold the sessions until told
}

// BenchmarkSwarm plays one game over real SSH on loopback: the players
// (ROOTCAUSE_BENCH_PLAYERS, default 1000) are SSH clients with a PTY in a
// second process, paced as benchPacing says (answers spread over 80% of
// the clock, 10% never answering, so questions lock on the clock). It
// reports broadcast→screen (the question opened → that client holding the
// complete question screen), answer key→own screen confirming it, the
// server's RSS per player (peak during play less before the server), and
// checks that every answer given is counted, stored and journaled.
//
//	ROOTCAUSE_BENCH_PLAYERS=1000 go test ./gameday -run '^$' -bench Swarm -benchtime 1x
//
// With ROOTCAUSE_SWARM_CPUS=1 and the command under taskset -c 0, server
// and clients run on separate cores.
func BenchmarkSwarm(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchSwarm(b, benchPacing(1000))
	}
}

func benchSwarm(b *testing.B, pace pacing) {
	b.StopTimer()
	rss0 := rssKiB()
	st := &countingStore{}
	dir := b.TempDir()
	acks := &serverAcks{}
	srv := startServer(b, Config{Rounds: benchRounds(), MaxPerIP: -1, MaxPlayers: pace.Players,
		TimePerQuestion: pace.TimePerQuestion, ResultsDir: dir, Store: st, wrapIO: acks.wrap})
	cmd := exec.Command(os.Args[0], "-test.run=^TestSwarmPlayHelper$")
	if cpus := os.Getenv("ROOTCAUSE_SWARM_CPUS"); cpus != "" {
		// The clients on cores of their own (the benchmark itself under
		// taskset -c on the others), as players' ssh runs on their own
		// machines: the key→hub share of an acknowledgement is then the
		// server's, not the swarm's decrypting of 1,000 screens.
		cmd = exec.Command("taskset", "-c", cpus, os.Args[0], "-test.run=^TestSwarmPlayHelper$")
	}
	cmd.Env = append(os.Environ(), swarmPlayEnv+"="+srv.Addr().String(), "ROOTCAUSE_BENCH_PLAYERS="+strconv.Itoa(pace.Players))
	cmd.Stderr = os.Stderr
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = stdin.Close(); _ = cmd.Wait() }()
	out := bufio.NewReaderSize(stdout, 1<<20)
	expect := func(want string) string {
		line, err := out.ReadString('\n')
		if err != nil || !strings.HasPrefix(line, want) {
			b.Fatalf("client swarm said %q (%v), want %q", line, err, want)
		}
		return line
	}
	expect("JOINED")
	waitPhaseFor(b, srv.hub, func(v consoleView) bool { return v.Active == pace.Players }, time.Minute)
	peak := rssKiB()
	opened := make([]time.Time, pace.Questions)
	answered := 0
	cpu0, wall0 := cpuTime(), time.Now()
	b.StartTimer()
	for q := 0; q < pace.Questions; q++ {
		srv.hub.Next()
		opened[q] = srv.hub.State().OpenedAt
		waitPhase(b, srv.hub, phaseReveal, pace.TimePerQuestion+time.Minute)
		answered += sum(srv.hub.State().Reveal.Counts)
		peak = max(peak, rssKiB())
		srv.hub.Next() // leaderboard
		expect(fmt.Sprintf("BOARD %d", q))
	}
	b.StopTimer()
	// The server's share of the machine while playing: on a shared machine
	// the latencies above follow from whether it got that much.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Since(wall0)), "server-cores")
	var r swarmReport
	if err := json.Unmarshal([]byte(expect("{")), &r); err != nil {
		b.Fatal(err)
	}
	var lat, ack []time.Duration
	sent := 0
	for p := range r.Seen {
		for q := range r.Seen[p] {
			if r.Seen[p][q] != 0 {
				lat = append(lat, time.Duration(r.Seen[p][q]-opened[q].UnixNano()))
			}
			if r.Sent[p][q] != 0 {
				sent++
				if r.Acked[p][q] != 0 {
					ack = append(ack, time.Duration(r.Acked[p][q]-r.Sent[p][q]))
				}
			}
		}
	}
	reportLatency(b, "", lat)
	reportLatency(b, "ack-", ack)
	toHub, fromHub := splitAcks(b, dir, r)
	reportLatency(b, "key→hub-", toHub)
	reportLatency(b, "hub→screen-", fromHub)
	acks.mu.Lock()
	reportLatency(b, "server-ack-", acks.got)
	acks.mu.Unlock()
	b.ReportMetric(float64(peak-rss0)/float64(pace.Players), "server-RSS-KiB/player")
	b.ReportMetric(float64(sent), "answers")
	// An answer sent after the lock (the machine too busy to carry it in
	// time) is refused, as in play; every answer taken must be stored and
	// journaled.
	b.ReportMetric(float64(sent-answered), "late")
	if len(lat) != pace.Questions*pace.Players || st.n.Load() != int64(answered) {
		b.Errorf("%d question screens of %d; %d answers sent, %d counted, %d stored, %d acknowledged",
			len(lat), pace.Questions*pace.Players, sent, answered, st.n.Load(), len(ack))
	}
	if got := journaledAnswers(b, dir); got != answered {
		b.Errorf("%d answers in the journal, %d counted", got, answered)
	}
}

// waitPhaseFor polls the hub until ok holds, for at most limit.
func waitPhaseFor(b *testing.B, h *hub, ok func(consoleView) bool, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for !ok(h.State()) {
		if time.Now().After(deadline) {
			b.Fatalf("the hub did not get there in %v", limit)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// rssKiB is this process's resident set (VmRSS), in KiB.
func rssKiB() int64 {
	data, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}

// splitAcks splits each acknowledged answer's time at the hub taking it
// (the journal's answer record): the key's way in (SSH, the program, the
// hub's queue) and the way back (group commit, the program's redraw, SSH).
func splitAcks(b *testing.B, dir string, r swarmReport) (toHub, fromHub []time.Duration) {
	paths, _ := filepath.Glob(filepath.Join(dir, "game-*.jsonl"))
	if len(paths) != 1 {
		b.Fatalf("%d journals in %s", len(paths), dir)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		var rec journalRec
		if json.Unmarshal([]byte(line), &rec) != nil || rec.T != recAnswer {
			continue
		}
		n, err := strconv.Atoi(strings.TrimPrefix(rec.ID, "name:p"))
		if err != nil || n >= len(r.Sent) || rec.Q >= len(r.Sent[n]) || r.Acked[n][rec.Q] == 0 {
			continue
		}
		at := rec.At.UnixNano()
		toHub = append(toHub, time.Duration(at-r.Sent[n][rec.Q]))
		fromHub = append(fromHub, time.Duration(r.Acked[n][rec.Q]-at))
	}
	return toHub, fromHub
}
