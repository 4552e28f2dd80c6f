package gameday

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// ipLimiter caps concurrent connections per remote address, so one machine
// cannot take every seat or flood the handshake.
type ipLimiter struct {
	max int
	mu  sync.Mutex
	n   map[string]int
}

func (l *ipLimiter) acquire(ip string) bool {
	if l.max < 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n[ip] >= l.max {
		return false
	}
	l.n[ip]++
	return true
}

func (l *ipLimiter) release(ip string) {
	if l.max < 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n[ip]--; l.n[ip] <= 0 {
		delete(l.n, ip)
	}
}

// countedConn gives its slot back exactly once, however often it is closed.
type countedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *countedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}

// connState is kept in the connection's context: the handshake timer closes
// connections that have not opened a session in time.
type connState struct{ sessionStarted atomic.Bool }

type connStateKey struct{}

// onConn is the server's ConnCallback: the per-address limit and the
// handshake deadline.
func (s *Server) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	ip := remoteIP(conn.RemoteAddr())
	if !s.limiter.acquire(ip) {
		s.cfg.Logf("refused a connection from %s: too many from that address", ip)
		return nil
	}
	st := &connState{}
	ctx.SetValue(connStateKey{}, st)
	cc := &countedConn{Conn: conn, release: func() { s.limiter.release(ip) }}
	time.AfterFunc(s.cfg.HandshakeTimeout, func() {
		if !st.sessionStarted.Load() {
			cc.Close()
		}
	})
	return cc
}

func remoteIP(a net.Addr) string {
	if tcp, ok := a.(*net.TCPAddr); ok {
		return tcp.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// Session requests that are refused: only a login shell (the game) with a
// PTY is served.
var refusedRequests = map[string]string{
	"exec":                       "rootcause: commands are not available here; connect with plain ssh to play",
	"subsystem":                  "rootcause: subsystems are not available here",
	"x11-req":                    "",
	"auth-agent-req@openssh.com": "",
}

// filteredSession is the "session" channel handler: it refuses exec,
// subsystems, X11 and agent forwarding before the default handler sees them.
func filteredSession(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, &filterChannel{NewChannel: ch}, ctx)
}

type filterChannel struct{ gossh.NewChannel }

func (f *filterChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			msg, refused := refusedRequests[r.Type]
			if !refused {
				out <- r
				continue
			}
			if msg != "" {
				_, _ = ch.Stderr().Write([]byte(msg + "\r\n"))
			}
			if r.WantReply {
				_ = r.Reply(false, nil)
			}
		}
	}()
	return ch, out, nil
}
