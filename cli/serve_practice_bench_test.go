package cli

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// BenchmarkPracticeSSH has ROOTCAUSE_BENCH_TRAINEES (default 50) trainees
// practise at once against a real `serve --practice` process, each over
// its own SSH connection with a PTY, answering a question every 2-4 s:
// it reports the answer→feedback latency (key sent to the feedback on the
// client's screen) and the server's RSS per session, and checks that
// every answer is in the database. Run with -benchtime=1x.
func BenchmarkPracticeSSH(b *testing.B) {
	n := 50
	if v, err := strconv.Atoi(os.Getenv("ROOTCAUSE_BENCH_TRAINEES")); err == nil && v > 0 {
		n = v
	}
	const answers = 5
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		pid, addr := launchPractice(b, dir, "--open", "--max-players", strconv.Itoa(n+10), "--max-per-ip", "0")
		base := rssKiB(b, pid)
		trainees := make([]*benchTrainee, n)
		var wg, ready sync.WaitGroup
		ready.Add(n)
		practise := make(chan struct{}) // closed once everyone is on question 1
		start := time.Now()
		for j := range trainees {
			trainees[j] = &benchTrainee{name: fmt.Sprintf("t%03d", j), notify: make(chan struct{}, 1)}
			wg.Add(1)
			go func(tr *benchTrainee) {
				defer wg.Done()
				tr.err = tr.run(addr, answers, &ready, practise)
			}(trainees[j])
			time.Sleep(20 * time.Millisecond) // a cohort logging in over a few seconds, not one instant
		}
		ready.Wait()
		close(practise)
		loggedIn := time.Since(start)
		wg.Wait()
		rss := rssKiB(b, pid)
		var lat []time.Duration
		for _, tr := range trainees {
			if tr.err != nil {
				b.Fatalf("%s: %v", tr.name, tr.err)
			}
			lat = append(lat, tr.lat...)
		}
		names := make([]string, n)
		for j := range names {
			names[j] = trainees[j].name
		}
		got := answersInDB(b, dir, names...)
		for _, nm := range names {
			if got[nm] != answers {
				b.Fatalf("%s has %d answers in the database, want %d", nm, got[nm], answers)
			}
		}
		sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
		b.ReportMetric(float64(rss-base)/float64(n), "KiB/session")
		b.ReportMetric(float64(rss)/1024, "server-MiB")
		b.Logf("%d trainees signed in and on question 1 in %v; %d answers each in %v; server RSS %d KiB idle, %d KiB with every session open", n, loggedIn.Round(100*time.Millisecond), answers, time.Since(start).Round(time.Second), base, rss)
		for _, tr := range trainees {
			tr.close()
		}
	}
}

// launchPractice starts `serve --practice` for a benchmark and returns its
// pid and address; it is killed when b ends.
func launchPractice(b *testing.B, dir string, extra ...string) (int, string) {
	bin, err := buildOnce()
	if err != nil {
		b.Fatal(err)
	}
	args := append([]string{"serve", "--practice", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key"),
		"--db", filepath.Join(dir, "progress.db")}, extra...)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+dir)
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if _, rest, ok := strings.Cut(sc.Text(), "team server on "); ok {
			go func() { _, _ = io.Copy(io.Discard, stderr) }()
			return cmd.Process.Pid, strings.TrimSuffix(strings.Fields(rest)[0], ":")
		}
	}
	b.Fatal("the server never said where it listens")
	return 0, ""
}

// benchTrainee is one trainee of the benchmark: a PTY session whose screen
// text is kept since the last key.
type benchTrainee struct {
	name   string
	cl     *gossh.Client
	in     io.Writer
	mu     sync.Mutex
	screen strings.Builder
	notify chan struct{}
	lat    []time.Duration
	err    error
}

// run signs in, opens a practice round and, once every trainee is on
// question 1 (so sign-ins do not weigh on the figures), answers.
func (tr *benchTrainee) run(addr string, answers int, ready *sync.WaitGroup, practise <-chan struct{}) error {
	signedIn := false
	defer func() {
		if !signedIn {
			ready.Done()
		}
	}()
	key := newSSHPlayer(nil, tr.name).key
	cl, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: tr.name, Auth: []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: serveWait})
	if err != nil {
		return err
	}
	tr.cl = cl
	sess, err := cl.NewSession()
	if err != nil {
		return err
	}
	out, _ := sess.StdoutPipe()
	tr.in, _ = sess.StdinPipe()
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	go tr.read(out)
	if err := tr.expect("Practice"); err != nil {
		return err
	}
	tr.press("p")
	if err := tr.expect("New round"); err != nil {
		return err
	}
	tr.press("\r")
	for q := 1; q <= answers; q++ {
		if err := tr.expect(fmt.Sprintf("Question %d/", q)); err != nil {
			return err
		}
		if q == 1 {
			signedIn = true
			ready.Done()
			<-practise
		}
		time.Sleep(time.Duration(2000+rand.IntN(2000)) * time.Millisecond) // reading the question
		sent := time.Now()
		tr.press("1")
		if err := tr.expect("you picked 1,", "Correct · answer 1"); err != nil {
			return err
		}
		tr.lat = append(tr.lat, time.Since(sent))
		tr.press("n")
	}
	return nil
}

// read keeps the screen text and answers the server's terminal query as a
// terminal would (background colour, then device attributes). Under a
// login flood the answer may come after the server stopped waiting; the
// server must then not read it as keys (teamInput).
func (tr *benchTrainee) read(r io.Reader) {
	buf := make([]byte, 32*1024)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if strings.Contains(string(buf[:n]), "\x1b[c") {
				_, _ = io.WriteString(tr.in, "\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;c")
			}
			tr.mu.Lock()
			tr.screen.WriteString(ansi.Strip(string(buf[:n])))
			tr.mu.Unlock()
			select {
			case tr.notify <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

func (tr *benchTrainee) press(k string) {
	tr.mu.Lock()
	tr.screen.Reset()
	tr.mu.Unlock()
	_, _ = io.WriteString(tr.in, k)
}

// expect waits until the screen shows one of wants.
func (tr *benchTrainee) expect(wants ...string) error {
	deadline := time.After(2 * serveWait)
	for {
		tr.mu.Lock()
		s := tr.screen.String()
		tr.mu.Unlock()
		for _, w := range wants {
			if strings.Contains(s, w) {
				return nil
			}
		}
		select {
		case <-tr.notify:
		case <-deadline:
			return fmt.Errorf("never saw %q; screen:\n%s", wants[0], s)
		}
	}
}

func (tr *benchTrainee) close() {
	if tr.cl != nil {
		tr.cl.Close()
	}
}

// rssKiB is a process's resident set from /proc.
func rssKiB(b *testing.B, pid int) int {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		b.Skip("no /proc here:", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	b.Fatal("no VmRSS in /proc status")
	return 0
}
