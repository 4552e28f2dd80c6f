package gameday

import (
	"fmt"
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
type connState struct {
	sessionStarted atomic.Bool
	refusal        string // non-empty: the connection is refused, and this is why (shown as the banner)
}

type connStateKey struct{}

// onConn is the server's ConnCallback: the per-address limit and the
// handshake deadline.
func (s *Server) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	ip := remoteIP(conn.RemoteAddr())
	st := &connState{}
	if !s.limiter.acquire(ip) {
		// Not dropped before the handshake (OpenSSH would only say
		// "kex_exchange_identification: Connection closed"): the
		// handshake goes on so the player reads why, then auth fails.
		why := fmt.Sprintf("refused a connection from %s: %d connections from that address already (raise --max-per-ip; 0 = no limit)", ip, s.limiter.max)
		s.refused(why)
		st.refusal = fmt.Sprintf("rootcause: this game takes at most %d connections from one address, and %s has them all. Ask the facilitator to raise --max-per-ip.", s.limiter.max, ip)
		ctx.SetValue(connStateKey{}, st)
		time.AfterFunc(s.cfg.HandshakeTimeout, func() { conn.Close() })
		return conn
	}
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
	"subsystem":                  "rootcause: subsystems are not available here",
	"x11-req":                    "",
	"auth-agent-req@openssh.com": "",
}

// filteredSession is the "session" channel handler: it refuses subsystems,
// X11 and agent forwarding before the default handler sees them. An exec
// goes through: the session handler answers it in words with exit status 1
// (refused here, OpenSSH would print only "exec request failed").
func filteredSession(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, &requestFilter{NewChannel: ch, refused: refusedRequests}, ctx)
}
