package gameday

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/charmbracelet/keygen"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"
)

// Server is a game-day SSH server: one hub, one listener, one Bubble Tea
// program per session.
type Server struct {
	hub     *hub
	cfg     Config
	srv     *ssh.Server
	ln      *readyListener
	limiter *ipLimiter
	slots   sync.Map // ssh.Session → *slot

	// mu orders Serve and Close: the ssh server registers its listener
	// (a WaitGroup Add) inside Serve, and a Shutdown that runs at the same
	// time waits on that group, which the race detector rightly flags. So
	// Serve does not start once Close has begun, and Close waits until a
	// started Serve is accepting.
	mu               sync.Mutex
	serving, closing bool
}

// readyListener says when Serve first accepts, which is after the ssh
// server has registered it.
type readyListener struct {
	net.Listener
	once  sync.Once
	ready chan struct{}
}

func (l *readyListener) Accept() (net.Conn, error) {
	l.once.Do(func() { close(l.ready) })
	return l.Listener.Accept()
}

// NewServer checks cfg, starts the hub and binds the listener (so Addr is
// known before Serve). The host key is loaded from cfg.HostKeyPath, created
// there on first run; with no path a throwaway key is used (tests).
func NewServer(cfg Config) (*Server, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: c, limiter: &ipLimiter{max: c.MaxPerIP, n: map[string]int{}}}
	var ln net.Listener
	s.srv, ln, err = sshSetup{
		listen: c.Listen, hostKeyPath: c.HostKeyPath, idle: c.IdleTimeout,
		program: s.newProgram, middleware: s.sessionMiddleware,
		auth: s.authConfig, onConn: s.onConn, channel: filteredSession,
	}.start()
	if err != nil {
		return nil, err
	}
	s.ln = &readyListener{Listener: ln, ready: make(chan struct{})}
	if s.hub, err = newHub(c); err != nil {
		s.ln.Close()
		return nil, err
	}
	return s, nil
}

// sshSetup is the wish server both servers run: one host key, their auth
// and connection callbacks, sessions through their channel handler (which
// filters requests), no port forwarding and no subsystems.
type sshSetup struct {
	listen, hostKeyPath string
	idle                time.Duration
	program             bm.ProgramHandler
	middleware          wish.Middleware
	auth                func(ssh.Context) *gossh.ServerConfig
	onConn              ssh.ConnCallback
	channel             ssh.ChannelHandler
}

// start builds the server and binds its listener (so the address is known
// before Serve).
func (c sshSetup) start() (*ssh.Server, net.Listener, error) {
	hostKey, err := loadHostKey(c.hostKeyPath)
	if err != nil {
		return nil, nil, err
	}
	srv, err := wish.NewServer(
		wish.WithAddress(c.listen),
		// The minimum profile is Ascii: never force colors on a terminal
		// that did not ask for them.
		wish.WithMiddleware(bm.MiddlewareWithProgramHandler(c.program, termenv.Ascii), c.middleware),
		func(srv *ssh.Server) error {
			srv.AddHostKey(hostKey)
			srv.ServerConfigCallback = c.auth
			srv.ConnCallback = c.onConn
			srv.IdleTimeout = c.idle
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": c.channel}
			srv.RequestHandlers = map[string]ssh.RequestHandler{} // no port forwarding
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			return nil
		},
	)
	if err != nil {
		return nil, nil, fmt.Errorf("ssh server: %w", err)
	}
	ln, err := net.Listen("tcp", c.listen)
	if err != nil {
		return nil, nil, fmt.Errorf("listen on %s: %w", c.listen, err)
	}
	return srv, ln, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Serve accepts connections until Close. It returns nil after Close.
func (s *Server) Serve() error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return nil
	}
	s.serving = true
	s.mu.Unlock()
	err := s.srv.Serve(s.ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Close ends the game (players are told, results saved if a game was
// played), then stops listening and drops every connection.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closing = true
	serving := s.serving
	s.mu.Unlock()
	if serving {
		select {
		case <-s.ln.ready:
		case <-time.After(5 * time.Second): // Serve failed before accepting
		}
	} else {
		s.ln.Close() // Serve never ran, so the ssh server does not know this listener
	}
	s.hub.Stop()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return s.srv.Close()
	}
	return nil
}

// loadHostKey reads the ed25519 host key at path, creating it (0600, in a
// 0700 directory) on first run.
func loadHostKey(path string) (gossh.Signer, error) {
	if path == "" {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return gossh.NewSignerFromKey(priv)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("host key: %w", err)
		}
		if _, err := keygen.New(path, keygen.WithKeyType(keygen.Ed25519), keygen.WithWrite()); err != nil {
			return nil, fmt.Errorf("host key %s: %w", path, err)
		}
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, nil
}

// Warning is a one-line caution for the facilitator, or "": a server
// reachable beyond this machine without a join code lets anyone who can
// reach the port take a seat.
func (s *Server) Warning() string {
	tcp, ok := s.Addr().(*net.TCPAddr)
	if !ok || tcp.IP.IsLoopback() || s.cfg.JoinCode != "" {
		return ""
	}
	return "listening beyond loopback with no join code: anyone who can reach " + s.Addr().String() + " can join (set --code)"
}

// JoinAddr is the address players should type: the listening address, or,
// listening on every interface (0.0.0.0, ::), this machine's first
// non-loopback address, never "NAME@0.0.0.0".
func (s *Server) JoinAddr() string {
	tcp, ok := s.Addr().(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return s.Addr().String()
	}
	return net.JoinHostPort(reachableIP(), fmt.Sprint(tcp.Port))
}

// reachableIP is the first global unicast address of this machine's
// interfaces, IPv4 first; "localhost" when it has none.
func reachableIP() string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return "localhost"
	}
	var v6 string
	for _, a := range addrs {
		ipn, ok := a.(*net.IPNet)
		if !ok || !ipn.IP.IsGlobalUnicast() {
			continue
		}
		if ipn.IP.To4() != nil {
			return ipn.IP.String()
		}
		if v6 == "" {
			v6 = ipn.IP.String()
		}
	}
	if v6 != "" {
		return v6
	}
	return "localhost"
}
