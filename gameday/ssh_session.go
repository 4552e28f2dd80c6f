package gameday

import (
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/nexusflow/rootcause/view"
	gossh "golang.org/x/crypto/ssh"
)

// noPTYMessage is the one line a session without a terminal gets.
const noPTYMessage = "rootcause: this is an interactive game: connect with a terminal (plain `ssh -p PORT NAME@HOST`, no command, no -T)."

// execRefusal is what `ssh HOST cmd` reads on stderr, with exit status 1.
const execRefusal = "rootcause: commands are not available here; connect with plain ssh (no command) to play"

// killAfter is how long a removed session's program gets to quit by itself.
const killAfter = 3 * time.Second

// slot is one session's link to the hub. It is kept per session, not in
// the connection's context: one SSH connection may carry several sessions.
type slot struct {
	done chan struct{} // closed when the session's program has ended
	// leave detaches the session's player or console from the hub, and
	// removed says why the hub closed it ("" when it did not); both nil
	// until the session is seated.
	leave   func()
	removed func() string
	// restore gives the terminal back (main screen, cursor) after a
	// program that drew its own screen; nil when Bubble Tea's renderer did.
	restore func()
}

// sessionMiddleware runs around the Bubble Tea middleware: it turns away
// sessions without a PTY, marks the connection as past its handshake, and
// detaches the session's client from the hub when the program ends.
func (s *Server) sessionMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if st, ok := sess.Context().Value(connStateKey{}).(*connState); ok {
			st.sessionStarted.Store(true)
		}
		if len(sess.Command()) > 0 || sess.Subsystem() != "" {
			// filteredSession already refuses these; this is the backstop,
			// in words and with a failing status.
			refuseCommand(sess, execRefusal)
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			wish.Println(sess, noPTYMessage)
			_ = sess.Exit(1)
			return
		}
		sl := &slot{done: make(chan struct{})}
		s.slots.Store(sess, sl)
		go s.keepAlive(sess, sl.done)
		next(sess)
		if sl.restore != nil {
			sl.restore()
		}
		close(sl.done)
		s.slots.Delete(sess)
		if sl.leave == nil {
			return
		}
		sl.leave()
		// The alternate screen is gone now: say it once more in plain text.
		if why := sl.removed(); why != "" {
			wish.Println(sess, "rootcause: session closed: "+why+".")
			_ = sess.Exit(1)
		}
	}
}

// newProgram is the Bubble Tea middleware's ProgramHandler: it seats the
// session in the hub (or attaches a facilitator's console) and builds its
// program, or explains why not and returns nil.
func (s *Server) newProgram(sess ssh.Session) *tea.Program {
	perms := sess.Context().Permissions()
	var fp string
	var facilitator bool
	if perms != nil && perms.Permissions != nil {
		fp = perms.Extensions[extKeyFP]
		facilitator = perms.Extensions[extRole] == roleFac
	}
	v, ok := s.slots.Load(sess)
	if !ok {
		return nil
	}
	sl := v.(*slot)
	var p *tea.Program
	// The program quits by itself on its last view; a program stuck on a
	// dead connection is killed.
	kill := func() {
		time.AfterFunc(killAfter, func() {
			if p != nil {
				p.Kill()
			}
		})
	}
	styles := view.NewStyles(bm.MakeRenderer(sess))
	// The server process's signals are not this session's business: a
	// Ctrl+C on the server is handled once, by serve.
	// The console draws at 30 frames a second, not Bubble Tea's 60: its
	// screen changes at most once a second besides its own keys. Players'
	// programs have no frame ticker at all (see liveScreen).
	opts := append(bm.MakeOptions(sess), tea.WithAltScreen(), tea.WithoutSignalHandler(), tea.WithFPS(30))
	var err error
	if facilitator {
		c := newConsoleClient(kill)
		p = tea.NewProgram(newConsole(s.hub, c, styles, consoleInfo{Addr: s.JoinAddr(), CodeSet: s.cfg.JoinCode != "", Code: s.cfg.JoinCode, Warning: s.Warning()}), opts...)
		if err = s.hub.Attach(c, sess.RemoteAddr().String()); err == nil {
			sl.leave, sl.removed = func() { s.hub.Detach(c) }, c.Removed
			go pump(sl.done, &c.mailbox, p, func(v consoleView) tea.Msg { return consoleMsg(v) })
		}
	} else {
		c := newClient(kill)
		var out io.Writer = sess
		if wrap := s.cfg.wrapIO; wrap != nil {
			var in io.Reader
			in, out = wrap(sess)
			opts = append(opts, tea.WithInput(in), tea.WithOutput(out))
		}
		// A player's screen is drawn by liveScreen, as soon as it changes.
		p = tea.NewProgram(newLiveScreen(newPlayerModel(s.hub, c, styles), out), append(opts, tea.WithoutRenderer())...)
		if err = s.hub.Join(joinRequest{KeyFP: fp, User: sess.User(), Remote: sess.RemoteAddr().String()}, c); err == nil {
			sl.leave, sl.removed = func() { s.hub.Leave(c) }, c.Removed
			sl.restore = func() { _, _ = io.WriteString(out, liveLeave) }
			go pump(sl.done, &c.mailbox, p, func(v playerView) tea.Msg { return viewMsg(v) })
		}
	}
	if err != nil {
		wish.Println(sess, "rootcause: "+err.Error()+".")
		_ = sess.Exit(1)
		return nil
	}
	return p
}

// pump forwards a client's latest snapshot into its program. p.Send blocks
// while the program is busy; the one-slot mailbox behind it keeps the hub
// from ever waiting on this session.
func pump[T any](done <-chan struct{}, m *mailbox[T], p *tea.Program, msg func(T) tea.Msg) {
	// Taking from m.out is what tells the hub this client reads (see
	// mailbox.stalled): p.Send blocks while the program is stuck.
	for {
		select {
		case v := <-m.out:
			p.Send(msg(v))
		case <-done:
			return
		}
	}
}

// keepAlive pings the client while its session lasts. A player may sit in
// a quiet lobby longer than the idle timeout: the ping's traffic keeps a live
// connection open, while a dead one fails to answer and is dropped.
func (s *Server) keepAlive(sess ssh.Session, done <-chan struct{}) {
	conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	t := time.NewTicker(max(s.cfg.IdleTimeout/3, 10*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-t.C:
			// OpenSSH answers unknown requests with a failure: any answer
			// proves the peer is there.
			if _, _, err := conn.SendRequest("keepalive@rootcause", true, nil); err != nil {
				return
			}
		case <-done:
			return
		}
	}
}

// requestFilter accepts a session channel and drops the requests in
// refused before the session handler sees them, writing the message (if
// any) on the channel's stderr and failing the request.
type requestFilter struct {
	gossh.NewChannel
	refused map[string]string
}

func (f *requestFilter) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			msg, refused := f.refused[r.Type]
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
