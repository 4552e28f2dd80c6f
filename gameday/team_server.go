package gameday

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
)

// TeamServer is the team training server: the app for every trainee over
// SSH, with the game-day transport's limits and refusals.
type TeamServer struct {
	cfg      TeamConfig
	srv      *ssh.Server
	ln       *readyListener
	perIP    *ipLimiter
	total    *ipLimiter // one key, "": every connection
	allowed  *keyFile
	trainers *keyFile
	stop     chan struct{} // closed by Close: the key-file poller ends

	// mu orders Serve and Close as Server's does (see there), and guards
	// the live sessions Close tells to quit.
	mu               sync.Mutex
	serving, closing bool
	live             map[*teamSlot]struct{}
	handlers         sync.WaitGroup
}

// NewTeamServer checks cfg, reads the key files and binds the listener
// (so Addr is known before Serve). Listening beyond loopback needs an
// access rule (ErrNoAccessRule).
func NewTeamServer(cfg TeamConfig) (*TeamServer, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	t := &TeamServer{cfg: c, perIP: &ipLimiter{max: c.MaxPerIP, n: map[string]int{}},
		total: &ipLimiter{max: c.MaxSessions, n: map[string]int{}}, stop: make(chan struct{}), live: map[*teamSlot]struct{}{}}
	if t.allowed, err = newKeyFile(c.AuthorizedKeys, "authorized keys", c.Log); err != nil {
		return nil, fmt.Errorf("--authorized-keys: %w", err)
	}
	if t.trainers, err = newKeyFile(c.TrainerKeys, "trainer keys", c.Log); err != nil {
		return nil, fmt.Errorf("--trainer-keys: %w", err)
	}
	var ln net.Listener
	t.srv, ln, err = sshSetup{
		listen: c.Listen, hostKeyPath: c.HostKeyPath, idle: c.IdleTimeout,
		program: t.newProgram, middleware: t.sessionMiddleware,
		auth: t.authConfig, onConn: t.onConn, channel: teamSessionChannel,
	}.start()
	if err != nil {
		return nil, err
	}
	if err := c.checkReach(ln.Addr()); err != nil {
		ln.Close()
		return nil, err
	}
	t.ln = &readyListener{Listener: ln, ready: make(chan struct{})}
	go t.pollKeys()
	return t, nil
}

// Addr is the address the server listens on.
func (t *TeamServer) Addr() net.Addr { return t.ln.Addr() }

// TrainerKeys are the trainer keys' SHA256 fingerprints as last read (the
// dashboard leaves their accounts out of the trainees).
func (t *TeamServer) TrainerKeys() []string { return t.trainers.fingerprints() }

// Mode is the one line saying who may sign in.
func (t *TeamServer) Mode() string { return t.cfg.Mode() }

// JoinAddr is the address trainees should type (see Server.JoinAddr).
func (t *TeamServer) JoinAddr() string {
	tcp, ok := t.Addr().(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return t.Addr().String()
	}
	return net.JoinHostPort(reachableIP(), fmt.Sprint(tcp.Port))
}

func (t *TeamServer) port() string {
	a := t.JoinAddr()
	return a[strings.LastIndex(a, ":")+1:]
}

func (t *TeamServer) hostHint() string {
	a := t.JoinAddr()
	return strings.Trim(a[:strings.LastIndex(a, ":")], "[]")
}

// Reload re-reads both key files now (SIGHUP). Sessions already signed in
// stay: a key file decides who may sign in, not who is in.
func (t *TeamServer) Reload() {
	t.allowed.reload(true)
	t.trainers.reload(true)
}

// pollKeys re-reads a key file whose mtime or size changed.
func (t *TeamServer) pollKeys() {
	tick := time.NewTicker(t.cfg.ReloadEvery)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			t.allowed.reload(false)
			t.trainers.reload(false)
		case <-t.stop:
			return
		}
	}
}

// Serve accepts connections until Close. It returns nil after Close.
func (t *TeamServer) Serve() error {
	t.mu.Lock()
	if t.closing {
		t.mu.Unlock()
		return nil
	}
	t.serving = true
	t.mu.Unlock()
	err := t.srv.Serve(t.ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Close stops listening, tells every session's app to quit (its answers
// are committed as given; what a quit left queued is flushed by the app's
// done), waits up to wait for them to end, then drops what is left.
func (t *TeamServer) Close(wait time.Duration) error {
	t.mu.Lock()
	if t.closing {
		t.mu.Unlock()
		return nil
	}
	t.closing = true
	serving := t.serving
	live := make([]*teamSlot, 0, len(t.live))
	for sl := range t.live {
		live = append(live, sl)
	}
	t.mu.Unlock()
	close(t.stop)
	if serving {
		select {
		case <-t.ln.ready:
		case <-time.After(5 * time.Second): // Serve failed before accepting
		}
	} else {
		t.ln.Close()
	}
	for _, sl := range live {
		sl.quit("the server is stopping")
	}
	done := make(chan struct{})
	go func() { t.handlers.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(wait):
		t.cfg.Log.Warn("sessions still open after the shutdown wait; dropping them", "wait", wait)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := t.srv.Shutdown(ctx); err != nil {
		return t.srv.Close()
	}
	return nil
}

// onConn is the ConnCallback: the total and per-address limits, and the
// handshake deadline, as Server.onConn for a game.
func (t *TeamServer) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	ip := remoteIP(conn.RemoteAddr())
	st := &connState{}
	ctx.SetValue(connStateKey{}, st)
	ctx.SetValue(teamConnKey{}, conn)
	switch {
	case !t.total.acquire(""):
		t.cfg.Log.Warn("refused", "remote", ip, "why", "server full", "max", t.total.max)
		st.refusal = fmt.Sprintf("rootcause: the server is full (%d connections); try again in a few minutes.", t.total.max)
	case !t.perIP.acquire(ip):
		t.total.release("")
		t.cfg.Log.Warn("refused", "remote", ip, "why", "per-address limit", "max", t.perIP.max)
		st.refusal = fmt.Sprintf("rootcause: this server takes at most %d connections from one address, and %s has them all.", t.perIP.max, ip)
	}
	if st.refusal != "" {
		// The handshake goes on so the client reads why (see Server.onConn).
		time.AfterFunc(t.cfg.HandshakeTimeout, func() { conn.Close() })
		return conn
	}
	cc := &countedConn{Conn: conn, release: func() { t.perIP.release(ip); t.total.release("") }}
	time.AfterFunc(t.cfg.HandshakeTimeout, func() {
		if !st.sessionStarted.Load() {
			cc.Close()
		}
	})
	return cc
}
