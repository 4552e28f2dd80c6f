package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// startPractice runs `rootcause serve --practice` on a free loopback port
// with its database and host key in dir.
func startPractice(t *testing.T, dir string, extra ...string) *serveProc {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"serve", "--practice", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key"),
		"--db", filepath.Join(dir, "progress.db")}, extra...)
	p := &serveProc{t: t, cmd: exec.Command(bin, args...), exit: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
	stderr, _ := p.cmd.StderrPipe()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.cmd.Process.Kill(); <-p.exit })
	go p.collect(stderr)
	line := p.waitLog("team server on ")
	p.addr = strings.TrimSuffix(strings.Fields(line[strings.Index(line, "team server on ")+len("team server on "):])[0], ":")
	return p
}

func (p *serveProc) collect(stderr interface{ Read([]byte) (int, error) }) {
	buf, rest := make([]byte, 4096), ""
	for {
		n, err := stderr.Read(buf)
		rest += string(buf[:n])
		lines := strings.Split(rest, "\n")
		rest = lines[len(lines)-1]
		p.mu.Lock()
		p.log = append(p.log, lines[:len(lines)-1]...)
		p.mu.Unlock()
		if err != nil {
			_ = p.cmd.Wait()
			close(p.exit)
			return
		}
	}
}

// writeKeys writes an authorized_keys file of the players' keys.
func writeKeys(t *testing.T, path string, pls ...*sshPlayer) {
	t.Helper()
	var b strings.Builder
	for _, pl := range pls {
		b.Write(gossh.MarshalAuthorizedKey(pl.key.PublicKey()))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// waitFor waits until the screen since the last reset shows s.
func (pl *sshPlayer) waitFor(s string) {
	pl.t.Helper()
	deadline := time.Now().Add(serveWait)
	for time.Now().Before(deadline) {
		pl.mu.Lock()
		ok := strings.Contains(pl.out.String(), s)
		pl.mu.Unlock()
		if ok {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	pl.mu.Lock()
	defer pl.mu.Unlock()
	pl.t.Fatalf("%s never saw %q; screen:\n%s", pl.name, s, pl.out.String())
}

func (pl *sshPlayer) press(keys string) {
	pl.mu.Lock()
	pl.out.Reset()
	pl.mu.Unlock()
	_, _ = fmt.Fprint(pl.in, keys)
}

// practise opens a practice round from Home and answers n questions with 1.
func (pl *sshPlayer) practise(n int) {
	pl.t.Helper()
	pl.waitFor("Practice")
	pl.press("p")
	pl.waitFor("New round")
	pl.press("\r")
	for q := 1; q <= n; q++ {
		pl.waitFor(fmt.Sprintf("Question %d/", q))
		pl.press("1")
		pl.answerSeen()
		time.Sleep(readDebrief) // a "next" right after a digit answer is taken as meant for the question
		pl.press("n")
	}
}

// readDebrief is how long a trainee reads the feedback before "next": more
// than the app's guard against an Enter typed with the answer (0.4 s).
const readDebrief = 500 * time.Millisecond

// answerSeen waits for the feedback of choice 1, right or wrong.
func (pl *sshPlayer) answerSeen() {
	pl.t.Helper()
	deadline := time.Now().Add(serveWait)
	for time.Now().Before(deadline) {
		pl.mu.Lock()
		s := pl.out.String()
		pl.mu.Unlock()
		if strings.Contains(s, "you picked 1,") || strings.Contains(s, "Correct · answer 1") {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	pl.t.Fatalf("%s never saw the feedback of answer 1", pl.name)
}

// dialWith signs in with key and the given extra methods, recording the
// banners the server sends.
func dialWith(addr, user string, key gossh.Signer, extra ...gossh.AuthMethod) (*gossh.Client, string, error) {
	var mu sync.Mutex
	var banner strings.Builder
	var auth []gossh.AuthMethod
	if key != nil {
		auth = append(auth, gossh.PublicKeys(key))
	}
	cfg := &gossh.ClientConfig{User: user, Auth: append(auth, extra...), HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: serveWait,
		BannerCallback: func(m string) error { mu.Lock(); banner.WriteString(m); mu.Unlock(); return nil }}
	cl, err := gossh.Dial("tcp", addr, cfg)
	mu.Lock()
	defer mu.Unlock()
	return cl, banner.String(), err
}

// runCmd executes cmd over a session of cl, with stdin, and returns stdout,
// stderr and the exit status.
func runCmd(t *testing.T, cl *gossh.Client, cmd string, stdin []byte) (string, string, int) {
	t.Helper()
	sess, err := cl.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out, errb bytes.Buffer
	sess.Stdout, sess.Stderr, sess.Stdin = &out, &errb, bytes.NewReader(stdin)
	err = sess.Run(cmd)
	code := 0
	var ee *gossh.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitStatus()
	case err != nil:
		t.Fatalf("%s: %v", cmd, err)
	}
	return out.String(), errb.String(), code
}

func mustDial(t *testing.T, addr string, pl *sshPlayer) *gossh.Client {
	t.Helper()
	cl, banner, err := dialWith(addr, pl.name, pl.key)
	if err != nil {
		t.Fatalf("%s: %v (banner %q)", pl.name, err, banner)
	}
	t.Cleanup(func() { cl.Close() })
	return cl
}
