package gameday

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"testing"
)

const swarmEnv = "GAMEDAY_SWARM_ADDR"

// TestClientSwarmHelper is not a test: BenchmarkServerMemory200 runs this
// binary again with GAMEDAY_SWARM_ADDR set, so the 200 SSH clients live in
// another process and the benchmark's heap holds the server alone.
func TestClientSwarmHelper(t *testing.T) {
	addr := os.Getenv(swarmEnv)
	if addr == "" {
		t.Skip("helper process for BenchmarkServerMemory200")
	}
	n, _ := strconv.Atoi(os.Getenv("GAMEDAY_SWARM_N"))
	players, err := joinBenchPlayers(addr, n)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	fmt.Println("JOINED")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // hold the sessions until told
	runtime.KeepAlive(players)
}

// BenchmarkServerMemory200 measures the server's heap per connected player:
// 200 players from a separate process join one game and wait in the lobby.
//
//	go test ./gameday -run '^$' -bench ServerMemory200 -benchtime 1x
func BenchmarkServerMemory200(b *testing.B) {
	for i := 0; i < b.N; i++ {
		srv := startServer(b, Config{Rounds: benchRounds(), MaxPerIP: -1, MaxPlayers: benchPlayers})
		before, stackBefore := heapInUse(), stackInUse()
		cmd := exec.Command(os.Args[0], "-test.run=^TestClientSwarmHelper$")
		cmd.Env = append(os.Environ(), swarmEnv+"="+srv.Addr().String(), "GAMEDAY_SWARM_N="+strconv.Itoa(benchPlayers))
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		line, err := bufio.NewReader(stdout).ReadString('\n')
		if err != nil || line != "JOINED\n" {
			b.Fatalf("client swarm: %q %v", line, err)
		}
		waitState(b, srv.hub, "200 players", connectedCount(benchPlayers))
		after, stackAfter := heapInUse(), stackInUse()
		b.ReportMetric(float64(after-before)/float64(benchPlayers)/1024, "server-heap-KiB/player")
		// Goroutine stacks live outside the heap; count them too.
		b.ReportMetric(float64(after-before+stackAfter-stackBefore)/float64(benchPlayers)/1024, "server-KiB/player")
		_ = stdin.Close()
		_ = cmd.Wait()
		_ = srv.Close()
	}
}

func stackInUse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.StackInuse
}
