package gameday

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	gossh "golang.org/x/crypto/ssh"
)

// waitLimit bounds every wait in these tests. It is a safety net against a
// hang, never a timing assertion: passing runs take milliseconds.
const waitLimit = 15 * time.Second

// testRounds is n questions on made-up incidents: four choices, the answer
// moving along them.
func testRounds(n int) []*quiz.Question {
	var out []*quiz.Question
	for i := 0; i < n; i++ {
		inc := &incidents.Incident{
			ID:         fmt.Sprintf("INC-%d", i+1),
			Title:      fmt.Sprintf("Checkout outage number %d", i+1),
			Summary:    "Orders failed for forty minutes after a deploy.",
			RootCause:  "The real root cause.",
			Resolution: "Rolled back the deploy.",
			Prevention: []string{"Canary deploys."},
		}
		q := &quiz.Question{Incident: inc, Kind: quiz.KindRootCause, Answer: i % 4}
		for j, text := range []string{"alpha", "bravo", "charlie", "delta"} {
			why := text + " is wrong because"
			if j == q.Answer {
				why = ""
			}
			q.Choices = append(q.Choices, quiz.Choice{Text: text + " cause", WhyNot: why})
		}
		out = append(out, q)
	}
	return out
}

func startServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	cfg.Listen = "127.0.0.1:0"
	if cfg.Rounds == nil {
		cfg.Rounds = testRounds(3)
	}
	if cfg.ResultsDir == "" {
		cfg.ResultsDir = t.TempDir()
	}
	if cfg.AutoAdvance == 0 {
		cfg.AutoAdvance = -1 // tests drive the game through the hub
	}
	srv, err := NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve() }()
	t.Cleanup(func() { _ = srv.Close() })
	return srv
}

func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial connects as user, offering key (if any), then code as both password
// and keyboard-interactive answer.
func dial(addr, user string, key gossh.Signer, code string) (*gossh.Client, error) {
	var auths []gossh.AuthMethod
	if key != nil {
		auths = append(auths, gossh.PublicKeys(key))
	}
	auths = append(auths,
		gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
			ans := make([]string, len(qs))
			for i := range ans {
				ans[i] = code
			}
			return ans, nil
		}),
		gossh.Password(code),
	)
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: user, Auth: auths, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: waitLimit,
	})
}

// term is a test player: an SSH session with a PTY whose output is kept as
// plain text (escape sequences stripped).
type term struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	mu     sync.Mutex
	text   strings.Builder // output with escape sequences stripped
	raw    strings.Builder // output as sent
	pos    int
	notify chan struct{}
	done   chan struct{}
	stop   func() // ends a terminal that is not a gossh session
}

func connect(t testing.TB, srv *Server, user string, key gossh.Signer) *term {
	t.Helper()
	tm, err := tryConnect(t, srv.Addr().String(), user, key, "")
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func tryConnect(t testing.TB, addr, user string, key gossh.Signer, code string) (*term, error) {
	return tryConnectTerm(t, addr, user, key, code, "xterm-256color")
}

// tryConnectTerm is tryConnect with the terminal type the PTY request names.
func tryConnectTerm(t testing.TB, addr, user string, key gossh.Signer, code, termName string) (*term, error) {
	c, err := dial(addr, user, key, code)
	if err != nil {
		return nil, err
	}
	sess, err := c.NewSession()
	if err != nil {
		c.Close()
		return nil, err
	}
	tm := &term{t: t, client: c, sess: sess, notify: make(chan struct{}, 1), done: make(chan struct{})}
	out, _ := sess.StdoutPipe()
	tm.in, _ = sess.StdinPipe()
	if err := sess.RequestPty(termName, 24, 80, gossh.TerminalModes{}); err != nil {
		c.Close()
		return nil, err
	}
	if err := sess.Shell(); err != nil {
		c.Close()
		return nil, err
	}
	go tm.read(out)
	t.Cleanup(tm.close)
	return tm, nil
}

// read keeps the screen text and answers the terminal queries a real
// terminal would (background color, device attributes), so the server does
// not wait for its query timeout.
func (tm *term) read(r io.Reader) {
	defer close(tm.done)
	buf := make([]byte, 32*1024)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			if bytes.Contains(chunk, []byte("\x1b[c")) {
				_, _ = tm.in.Write([]byte("\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;c"))
			}
			tm.mu.Lock()
			tm.text.WriteString(ansi.Strip(string(chunk)))
			tm.raw.Write(chunk)
			tm.mu.Unlock()
			select {
			case tm.notify <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// expect waits until s shows up after the last thing expected.
func (tm *term) expect(s string) {
	tm.t.Helper()
	deadline := time.After(waitLimit)
	for {
		tm.mu.Lock()
		all := tm.text.String()
		i := strings.Index(all[tm.pos:], s)
		if i >= 0 {
			tm.pos += i + len(s)
		}
		tm.mu.Unlock()
		if i >= 0 {
			return
		}
		select {
		case <-tm.notify:
		case <-tm.done:
			tm.mu.Lock()
			final := strings.Contains(tm.text.String()[tm.pos:], s)
			tm.mu.Unlock()
			if !final {
				tm.t.Fatalf("session ended before %q appeared; output:\n%s", s, tm.tail())
			}
		case <-deadline:
			tm.t.Fatalf("%q never appeared; output:\n%s", s, tm.tail())
		}
	}
}

func (tm *term) tail() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	s := tm.text.String()
	return s[max(len(s)-1500, 0):]
}

func (tm *term) press(keys string) {
	tm.t.Helper()
	if _, err := tm.in.Write([]byte(keys)); err != nil {
		tm.t.Fatalf("typing %q: %v", keys, err)
	}
}

// waitClosed waits for the server to end the session.
func (tm *term) waitClosed() {
	tm.t.Helper()
	select {
	case <-tm.done:
	case <-time.After(waitLimit):
		tm.t.Fatal("session was not closed")
	}
}

func (tm *term) close() {
	if tm.stop != nil {
		tm.stop()
		return
	}
	_ = tm.sess.Close()
	_ = tm.client.Close()
}

// waitState polls the hub until ok holds.
func waitState(t testing.TB, h *hub, what string, ok func(consoleView) bool) consoleView {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		st := h.State()
		if ok(st) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; phase %s, players %+v", what, st.Phase, st.Players)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func connectedCount(n int) func(consoleView) bool {
	return func(p consoleView) bool { return p.Active == n }
}
