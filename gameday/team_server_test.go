package gameday

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"
)

// fakeApp is the app the tests sign into: it says who it is for and
// counts key presses; q quits.
type fakeApp struct {
	who  TeamSession
	keys int
}

func (m fakeApp) Init() tea.Cmd { return nil }

func (m fakeApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		if k.String() == "q" {
			return m, tea.Quit
		}
		m.keys++
	}
	return m, nil
}

func (m fakeApp) View() string {
	return fmt.Sprintf("hello %s trainer=%v keys=%d\n", m.who.Account, m.who.Trainer, m.keys)
}

// fakeAccounts binds keys in memory, naming accounts after the SSH user.
type fakeAccounts struct {
	mu sync.Mutex
	by map[string]string
}

func (a *fakeAccounts) Bound(fp string) (string, bool, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	n, ok := a.by[fp]
	return n, ok, nil
}

func (a *fakeAccounts) Bind(fp, user string) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n, ok := a.by[fp]; ok {
		return n, nil
	}
	a.by[fp] = user
	return user, nil
}

// teamFixture is a team server with the fake app; done receives the
// account of every session whose app ended.
type teamFixture struct {
	srv      *TeamServer
	done     chan string
	imported chan string
}

func startTeam(t testing.TB, cfg TeamConfig) *teamFixture {
	t.Helper()
	f := &teamFixture{done: make(chan string, 16), imported: make(chan string, 4)}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:0"
	}
	cfg.Accounts = &fakeAccounts{by: map[string]string{}}
	cfg.App = func(s TeamSession, _ *lipgloss.Renderer) (tea.Model, func(), error) {
		return fakeApp{who: s}, func() { f.done <- s.Account }, nil
	}
	cfg.Import = func(s TeamSession, in io.Reader, out io.Writer) error {
		b, _ := io.ReadAll(in)
		f.imported <- s.Account + ":" + string(b)
		_, err := fmt.Fprintln(out, "imported")
		return err
	}
	cfg.Report = func(s TeamSession, args []string, out io.Writer) error {
		_, err := fmt.Fprintln(out, "report", args)
		return err
	}
	srv, err := NewTeamServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.srv = srv
	go func() { _ = srv.Serve() }()
	t.Cleanup(func() { _ = srv.Close(time.Second) })
	return f
}

// teamTerm opens a PTY session whose stderr is kept apart.
func teamTerm(t *testing.T, addr, user string, key gossh.Signer) (*term, *syncBuffer) {
	t.Helper()
	c, err := dial(addr, user, key, "")
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &syncBuffer{}
	sess.Stderr = stderr
	tm := &term{t: t, client: c, sess: sess, notify: make(chan struct{}, 1), done: make(chan struct{})}
	out, _ := sess.StdoutPipe()
	tm.in, _ = sess.StdinPipe()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go tm.read(out)
	t.Cleanup(tm.close)
	return tm, stderr
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func waitDone(t *testing.T, done <-chan string, want string) {
	t.Helper()
	select {
	case got := <-done:
		if got != want {
			t.Fatalf("app of %q ended, want %q", got, want)
		}
	case <-time.After(waitLimit):
		t.Fatalf("the app of %q never ran its done", want)
	}
}

// TestTeamCloseTellsSessions: Close quits every app (its done runs, so
// queued answers are flushed) and tells the trainee in words.
func TestTeamCloseTellsSessions(t *testing.T) {
	f := startTeam(t, TeamConfig{})
	tm, stderr := teamTerm(t, f.srv.Addr().String(), "ana", newKey(t))
	tm.expect("hello ana trainer=false keys=0")
	tm.press("x")
	tm.expect("keys=1")
	if err := f.srv.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	waitDone(t, f.done, "ana")
	tm.waitClosed()
	_ = tm.sess.Wait() // stderr is copied by then
	if !strings.Contains(stderr.String(), "rootcause: the server is stopping; every answer you gave is saved.") {
		t.Fatalf("stderr %q: want the stopping sentence", stderr.String())
	}
}

// TestTeamIdle closes a session nobody types in.
func TestTeamIdle(t *testing.T) {
	f := startTeam(t, TeamConfig{IdleTimeout: 400 * time.Millisecond})
	tm, stderr := teamTerm(t, f.srv.Addr().String(), "bo", newKey(t))
	tm.expect("hello bo")
	waitDone(t, f.done, "bo")
	tm.waitClosed()
	_ = tm.sess.Wait()
	if !strings.Contains(stderr.String(), "closed after 400ms without a key press; every answer you gave is saved.") {
		t.Fatalf("stderr %q: want the idle sentence", stderr.String())
	}
}

// TestTeamRefusals: every request but the app, import and a trainer's
// report is refused in a sentence with a failing status; an import over
// the limit adds nothing.
func TestTeamRefusals(t *testing.T) {
	f := startTeam(t, TeamConfig{MaxImport: 16})
	c, err := dial(f.srv.Addr().String(), "cy", newKey(t), "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cases := []struct{ cmd, stdin, stderr string }{
		{"rm -rf /", "", `rootcause: "rm" is not a command here.`},
		{"report --format csv", "", "report is for trainers"},
		{"import", strings.Repeat("x", 17), "the log is over 0 MiB; nothing was imported"},
		{"", "", "the app needs a terminal"}, // a shell without a PTY
	}
	for _, tc := range cases {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		var errb bytes.Buffer
		sess.Stderr, sess.Stdin = &errb, strings.NewReader(tc.stdin)
		if tc.cmd == "" {
			err = sess.Shell()
			if err == nil {
				err = sess.Wait()
			}
		} else {
			err = sess.Run(tc.cmd)
		}
		var ee *gossh.ExitError
		if !errors.As(err, &ee) || ee.ExitStatus() != 1 || !strings.Contains(errb.String(), tc.stderr) {
			t.Errorf("%q: %v, stderr %q; want status 1 and %q", tc.cmd, err, errb.String(), tc.stderr)
		}
		sess.Close()
	}
	select {
	case got := <-f.imported:
		t.Fatalf("an import over the limit reached the handler: %q", got)
	default:
	}
	sess, _ := c.NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("sftp subsystem accepted")
	}
	sess.Close()
	sess, _ = c.NewSession()
	sess.Stdin = strings.NewReader("log")
	if out, err := sess.Output("import"); err != nil || string(out) != "imported\n" || <-f.imported != "cy:log" {
		t.Errorf("import: %q, %v", out, err)
	}
}

// TestTeamPerIPLimit: a connection over the per-address limit reads why.
func TestTeamPerIPLimit(t *testing.T) {
	f := startTeam(t, TeamConfig{MaxPerIP: 1})
	first, err := dial(f.srv.Addr().String(), "ana", newKey(t), "")
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	var banner string
	_, err = gossh.Dial("tcp", f.srv.Addr().String(), &gossh.ClientConfig{User: "bo", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: waitLimit, BannerCallback: func(m string) error { banner += m; return nil }})
	if err == nil || !strings.Contains(banner, "at most 1 connections from one address") {
		t.Fatalf("second connection: %v, banner %q", err, banner)
	}
}

// TestTeamTrainerKeys: a trainer key signs in as a trainer even when the
// allowed file does not list it.
func TestTeamTrainerKeys(t *testing.T) {
	dir := t.TempDir()
	boss, ana := newKey(t), newKey(t)
	allowed, trainers := dir+"/allowed", dir+"/trainers"
	writeAuthorized(t, allowed, ana)
	writeAuthorized(t, trainers, boss)
	f := startTeam(t, TeamConfig{AuthorizedKeys: allowed, TrainerKeys: trainers})
	tm, _ := teamTerm(t, f.srv.Addr().String(), "boss", boss)
	tm.expect("hello boss trainer=true")
	tm2, _ := teamTerm(t, f.srv.Addr().String(), "ana", ana)
	tm2.expect("hello ana trainer=false")
	if _, err := dial(f.srv.Addr().String(), "eve", newKey(t), ""); err == nil {
		t.Fatal("a key in neither file signed in")
	}
}

// TestTeamNeedsAccessRuleBeyondLoopback: no rule, no network.
func TestTeamNeedsAccessRuleBeyondLoopback(t *testing.T) {
	_, err := NewTeamServer(TeamConfig{Listen: "0.0.0.0:0", App: func(TeamSession, *lipgloss.Renderer) (tea.Model, func(), error) { return nil, nil, nil },
		Accounts: &fakeAccounts{}})
	if !errors.Is(err, ErrNoAccessRule) {
		t.Fatalf("err %v, want ErrNoAccessRule", err)
	}
	f := startTeam(t, TeamConfig{Listen: "0.0.0.0:0", Open: true})
	if tcp := f.srv.Addr().(*net.TCPAddr); !tcp.IP.IsUnspecified() {
		t.Fatalf("--open listens on %v", tcp)
	}
	if got := f.srv.Mode(); got != "access: every key (--open)" {
		t.Fatalf("mode %q", got)
	}
}
