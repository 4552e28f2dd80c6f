package cli

// The game-day player the serve tests drive: an OpenSSH-like client with
// a PTY, over golang.org/x/crypto/ssh.

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// sshPlayer is one player: an OpenSSH-like client with a PTY.
type sshPlayer struct {
	t    *testing.T
	name string
	key  gossh.Signer
	cl   *gossh.Client
	sess *gossh.Session
	in   io.Writer
	mu   sync.Mutex
	out  strings.Builder
}

func newSSHPlayer(t *testing.T, name string) *sshPlayer {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	s, _ := gossh.NewSignerFromKey(priv)
	return &sshPlayer{t: t, name: name, key: s}
}

func (pl *sshPlayer) connect(addr string) {
	pl.t.Helper()
	cl, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: pl.name, Auth: []gossh.AuthMethod{gossh.PublicKeys(pl.key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: serveWait})
	if err != nil {
		pl.t.Fatal(err)
	}
	sess, _ := cl.NewSession()
	out, _ := sess.StdoutPipe()
	pl.in, _ = sess.StdinPipe()
	if err := sess.RequestPty("xterm", 30, 100, gossh.TerminalModes{}); err != nil {
		pl.t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		pl.t.Fatal(err)
	}
	pl.mu.Lock()
	pl.cl, pl.sess, pl.out = cl, sess, strings.Builder{}
	pl.mu.Unlock()
	pl.t.Cleanup(func() { cl.Close() })
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := out.Read(buf)
			if strings.Contains(string(buf[:n]), "\x1b[c") { // answer as a terminal would, or the server waits
				_, _ = pl.in.Write([]byte("\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;c"))
			}
			pl.mu.Lock()
			pl.out.WriteString(ansi.Strip(string(buf[:n])))
			pl.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
}

// answer presses choice (1-based) and waits for the screen to confirm it:
// "Locked in", or the reveal when this answer was the last one in.
func (pl *sshPlayer) answer(choice int) {
	pl.t.Helper()
	pl.mu.Lock()
	pl.out.Reset()
	pl.mu.Unlock()
	wants := []string{fmt.Sprintf("Locked in: %d.", choice), fmt.Sprintf("you picked %d,", choice), fmt.Sprintf("Correct · answer %d", choice)}
	deadline := time.Now().Add(serveWait)
	for next := time.Now(); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(next) { // a key sent before the question drew is ignored: send again
			_, _ = fmt.Fprint(pl.in, choice)
			next = time.Now().Add(time.Second)
		}
		pl.mu.Lock()
		ok := false
		for _, w := range wants {
			ok = ok || strings.Contains(pl.out.String(), w)
		}
		pl.mu.Unlock()
		if ok {
			return
		}
	}
	pl.t.Fatalf("%s never saw %q", pl.name, wants[0])
}
