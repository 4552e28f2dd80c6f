package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/gameday"
	"github.com/nexusflow/rootcause/progress"
)

const serveWait = 30 * time.Second

// buildRootcause builds the binary once per test run.
var buildOnce = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "rootcause-bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "rootcause")
	out, err := exec.Command("go", "build", "-o", bin, "..").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// serveProc is a `rootcause serve` process driven through its stdin
// commands, its log read from stderr.
type serveProc struct {
	t      *testing.T
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	addr   string
	mu     sync.Mutex
	log    []string
	exit   chan struct{}
	onFail []func()
}

func startServe(t *testing.T, dir string, extra ...string) *serveProc {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"serve", "--listen", "127.0.0.1:0", "--count", "5", "--seed", "7", "--auto-advance", "0",
		"--time-per-question", "2m", "--results-dir", dir, "--host-key", filepath.Join(dir, "host_key"),
		"--db", filepath.Join(dir, "progress.db")}, extra...)
	p := &serveProc{t: t, cmd: exec.Command(bin, args...), exit: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
	p.stdin, _ = p.cmd.StdinPipe()
	stderr, _ := p.cmd.StderrPipe()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.cmd.Process.Kill(); <-p.exit })
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			p.mu.Lock()
			p.log = append(p.log, sc.Text())
			p.mu.Unlock()
		}
		_ = p.cmd.Wait()
		close(p.exit)
	}()
	line := p.waitLog("game day on ")
	p.addr = strings.Fields(line[strings.Index(line, "game day on ")+len("game day on "):])[0]
	p.addr = strings.TrimSuffix(p.addr, ":")
	return p
}

// waitLog waits for a log line containing s and returns it.
func (p *serveProc) waitLog(s string) string {
	p.t.Helper()
	deadline := time.Now().Add(serveWait)
	for time.Now().Before(deadline) {
		p.mu.Lock()
		for _, l := range p.log {
			if strings.Contains(l, s) {
				p.mu.Unlock()
				return l
			}
		}
		p.mu.Unlock()
		time.Sleep(10 * time.Millisecond)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, f := range p.onFail {
		f()
	}
	p.t.Fatalf("server never logged %q; log:\n%s", s, strings.Join(p.log, "\n"))
	return ""
}

func (p *serveProc) send(cmd string) { _, _ = io.WriteString(p.stdin, cmd+"\n") }

func readResults(t *testing.T, dir string) gameday.Results {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "results-*.json"))
	if len(paths) != 1 {
		t.Fatalf("results files %v, want exactly one (rewritten in place)", paths)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	var r gameday.Results
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// answersInDB counts each user's answered (not missed) rows.
func answersInDB(t testing.TB, dir string, users ...string) map[string]int {
	t.Helper()
	st, err := progress.Open(filepath.Join(dir, "progress.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := map[string]int{}
	for _, u := range users {
		err := st.ExportLog(u, func(r progress.LogRecord) error {
			if r.Choice >= 0 {
				n[u]++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// TestServeSurvivesCrashAndHangUp plays to question 3, kills the server
// there (kill -9, or SIGHUP as when its terminal closes), resumes it with
// --resume and has the same keys reconnect: every answer acknowledged
// before the stop is in the results and the database, scores come back,
// and the game finishes.
func TestServeSurvivesCrashAndHangUp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	for _, stop := range []syscall.Signal{syscall.SIGKILL, syscall.SIGHUP} {
		t.Run(stop.String(), func(t *testing.T) { playThroughStop(t, stop) })
	}
}

func playThroughStop(t *testing.T, stop syscall.Signal) {
	dir := t.TempDir()
	srv := startServe(t, dir)
	players := []*sshPlayer{newSSHPlayer(t, "ana"), newSSHPlayer(t, "bo"), newSSHPlayer(t, "cy")}
	for _, pl := range players {
		pl.connect(srv.addr)
		srv.waitLog(pl.name + " joined")
	}
	srv.send("start")
	for q := 1; q <= 2; q++ {
		srv.waitLog(fmt.Sprintf("question %d/5: answers open", q))
		for i, pl := range players {
			pl.answer(1 + (q+i)%4)
		}
		srv.waitLog(fmt.Sprintf("question %d/5 locked", q))
		srv.send("next")
		srv.send("next")
	}
	srv.waitLog("question 3/5: answers open")
	players[0].answer(1)
	players[1].answer(2) // cy has not answered when the server goes
	before := readResults(t, dir)
	_ = srv.cmd.Process.Signal(stop)
	<-srv.exit

	if got := answersInDB(t, dir, "ana", "bo", "cy"); got["ana"] != 3 || got["bo"] != 3 || got["cy"] != 2 {
		t.Fatalf("answers in the database after the stop = %v, want ana 3, bo 3, cy 2", got)
	}
	srv = startServe(t, dir, "--resume")
	srv.waitLog("resumed the game")
	for _, pl := range players {
		pl.connect(srv.addr)
		srv.waitLog(pl.name + " is back")
	}
	if stop == syscall.SIGKILL {
		players[2].answer(3) // question 3 is open again; the others are locked in
		srv.waitLog("question 3/5 locked")
		srv.send("next") // the reveal → the leaderboard, where a hang-up resumes
	} // else the hang-up scored question 3 with the two answers given
	q := 3
	for q++; q <= 5; q++ {
		if q > 4 {
			srv.send("next")
		}
		srv.send("next")
		srv.waitLog(fmt.Sprintf("question %d/5: answers open", q))
		for i, pl := range players {
			pl.answer(1 + (q+i)%4)
		}
		srv.waitLog(fmt.Sprintf("question %d/5 locked", q))
	}
	srv.send("end")
	srv.waitLog("game over")
	_ = srv.cmd.Process.Signal(syscall.SIGTERM)
	<-srv.exit

	after := readResults(t, dir)
	wantCy := 5
	if stop == syscall.SIGHUP {
		wantCy = 4
	}
	if got := answersInDB(t, dir, "ana", "bo", "cy"); got["ana"] != 5 || got["bo"] != 5 || got["cy"] != wantCy {
		t.Fatalf("answers in the database at the end = %v, want ana 5, bo 5, cy %d", got, wantCy)
	}
	if len(after.Questions) != 5 || len(after.Players) != 3 {
		t.Fatalf("final results: %d questions, %d players, want 5 and 3", len(after.Questions), len(after.Players))
	}
	for _, p := range after.Players {
		given, points := 0, 0
		for _, a := range p.Answers {
			points += a.Points
			if a.Choice >= 0 {
				given++
			}
		}
		want := 5
		if p.Name == "cy" {
			want = wantCy
		}
		if len(p.Answers) != 5 || given != want || points != p.Score {
			t.Errorf("%s: %d answers (%d given), points %d, score %d; want 5 (%d given), points = score", p.Name, len(p.Answers), given, points, p.Score, want)
		}
		for _, b := range before.Players {
			if b.Name == p.Name && (b.Answers[0] != p.Answers[0] || b.Answers[1] != p.Answers[1]) {
				t.Errorf("%s: questions 1-2 were %+v before the stop, %+v after", p.Name, b.Answers[:2], p.Answers[:2])
			}
		}
	}
}

// TestServeSaveThenStop: `save` mid-game, more answers, then a stop leaves
// results with every answer, the open question scored.
func TestServeSaveThenStop(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	srv := startServe(t, dir, "--no-save")
	ana, bo := newSSHPlayer(t, "ana"), newSSHPlayer(t, "bo")
	for _, pl := range []*sshPlayer{ana, bo} {
		pl.connect(srv.addr)
		srv.onFail = append(srv.onFail, func() { pl.mu.Lock(); t.Log(pl.out.String()); pl.mu.Unlock() })
		srv.waitLog(pl.name + " joined")
	}
	srv.send("start")
	srv.waitLog("question 1/5: answers open")
	ana.answer(2)
	bo.answer(3)
	srv.waitLog("question 1/5 locked")
	srv.send("save")
	srv.send("next")
	srv.send("next")
	srv.waitLog("question 2/5: answers open")
	ana.answer(4) // bo does not answer before the stop
	// Keep question 2 open well past question 1's answer times, so an
	// unanswered question's own time cannot equal the previous one's by chance.
	time.Sleep(400 * time.Millisecond)
	_ = srv.cmd.Process.Signal(syscall.SIGTERM)
	<-srv.exit
	r := readResults(t, dir)
	if len(r.Questions) != 2 || r.Questions[1].Skipped || sum(r.Questions[1].Counts) != 1 {
		t.Fatalf("questions %+v, want 2 with question 2 scored on 1 answer", r.Questions)
	}
	for _, p := range r.Players {
		if len(p.Answers) != 2 {
			t.Fatalf("%s has %d answers, want 2", p.Name, len(p.Answers))
		}
		if p.Name == "ana" && p.Answers[1].Choice != 3 || p.Name == "bo" && (p.Answers[1].Choice != -1 || p.Answers[1].ElapsedMS < 400) {
			t.Fatalf("%s question 2 = %+v", p.Name, p.Answers[1])
		}
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func TestServeMaxPerIP(t *testing.T) {
	for _, tc := range []struct {
		code string
		set  bool
		flag int
		want int
	}{
		{"", false, 32, 32},     // the default
		{"fox", false, 32, 200}, // a join code: the room may share one address
		{"fox", true, 5, 5},     // said explicitly
		{"", true, 0, -1},       // 0 = no limit
	} {
		f := &serveFlags{code: tc.code, maxPerIP: tc.flag, maxPerIPSet: tc.set, maxPlayers: 200, count: 1,
			perQuestion: time.Minute, difficulty: "normal", resultsDir: t.TempDir(), hostKey: "k"}
		cfg, _ := serveConfig(&Globals{NoSave: true}, f)
		if cfg.MaxPerIP != tc.want {
			t.Errorf("--code %q --max-per-ip %d (set %v): MaxPerIP %d, want %d", tc.code, tc.flag, tc.set, cfg.MaxPerIP, tc.want)
		}
	}
}

func TestServeIdentityFlag(t *testing.T) {
	for _, tc := range []struct {
		flag    string
		want    bool
		wantErr bool
	}{{"key", false, false}, {"name", true, false}, {"names", false, true}} {
		f := &serveFlags{identity: tc.flag, maxPlayers: 200, count: 1, perQuestion: time.Minute,
			difficulty: "normal", resultsDir: t.TempDir(), hostKey: "k"}
		cfg, err := serveConfig(&Globals{NoSave: true}, f)
		if (err != nil) != tc.wantErr || err == nil && cfg.NameIdentity != tc.want {
			t.Errorf("--identity %s: NameIdentity %v, error %v; want %v, error %v", tc.flag, cfg.NameIdentity, err, tc.want, tc.wantErr)
		}
	}
}

// TestServeResumesAPause: kill -9 while the facilitator has the question
// paused; --resume brings it back paused, with the time it had left and
// the answer given, and the game goes on once resumed.
func TestServeResumesAPause(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	srv := startServe(t, dir)
	players := []*sshPlayer{newSSHPlayer(t, "ana"), newSSHPlayer(t, "bo")}
	for _, pl := range players {
		pl.connect(srv.addr)
		srv.waitLog(pl.name + " joined")
	}
	srv.send("start")
	srv.waitLog("question 1/5: answers open")
	players[0].answer(2)
	srv.send("pause")
	srv.waitLog("question 1/5 paused with")
	_ = srv.cmd.Process.Signal(syscall.SIGKILL)
	<-srv.exit

	srv = startServe(t, dir, "--resume")
	line := srv.waitLog("question 1/5 is paused with ")
	left, err := time.ParseDuration(strings.Fields(line[strings.Index(line, "paused with ")+len("paused with "):])[0])
	if err != nil || left < 100*time.Second || left > 2*time.Minute {
		t.Fatalf("resumed paused with %v left (%v), want close to the 2m the question had", left, err)
	}
	for _, pl := range players {
		pl.connect(srv.addr)
		srv.waitLog(pl.name + " is back")
	}
	srv.send("resume")
	srv.waitLog("question 1/5: clock resumed")
	players[1].answer(3) // ana's answer from before the kill still counts
	srv.waitLog("question 1/5 locked: 2 answers")
}

// TestServeDiscussionZero: --discussion 0 means no discussion, not the
// Config's default of 15 s (a zero Config field takes the default).
func TestServeDiscussionZero(t *testing.T) {
	for _, tc := range []struct {
		flag, want time.Duration
	}{{0, -1}, {20 * time.Second, 20 * time.Second}} {
		f := &serveFlags{discussion: tc.flag, maxPlayers: 200, count: 1, perQuestion: time.Minute,
			difficulty: "normal", resultsDir: t.TempDir(), hostKey: "k"}
		cfg, err := serveConfig(&Globals{NoSave: true}, f)
		if err != nil || cfg.Discussion != tc.want {
			t.Errorf("--discussion %v: Discussion %v, error %v; want %v", tc.flag, cfg.Discussion, err, tc.want)
		}
	}
}
