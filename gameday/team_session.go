package gameday

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	bm "github.com/charmbracelet/wish/bubbletea"
)

// teamSlot is one session of the team server: who signed in, the program
// once built, and why it was closed.
type teamSlot struct {
	who     TeamSession
	mu      sync.Mutex
	p       *tea.Program
	done    func()
	why     string       // set when the server closed it: said once the screen is back
	lastKey atomic.Int64 // unix nanos of the last input
}

// quit asks the session's program to end (Close, idle).
func (sl *teamSlot) quit(why string) {
	sl.mu.Lock()
	if sl.why == "" {
		sl.why = why
	}
	p := sl.p
	sl.mu.Unlock()
	if p != nil {
		p.Quit()
	}
}

type teamSlotKey struct{}

// sessionMiddleware runs around the Bubble Tea middleware: it signs the
// session in (the key's account, created on first login), serves the two
// commands, turns away the rest, and runs the app's done once its program
// has ended.
func (t *TeamServer) sessionMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if st, ok := sess.Context().Value(connStateKey{}).(*connState); ok {
			st.sessionStarted.Store(true)
		}
		sl, ok := t.enter(sess)
		if !ok {
			return
		}
		defer t.leave(sl)
		if sess.Subsystem() != "" { // teamSessionChannel refuses these; this is the backstop
			refuseCommand(sess, "rootcause: subsystems are not available here")
			return
		}
		if cmd := sess.Command(); len(cmd) > 0 {
			t.command(sess, sl.who, cmd)
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			refuseCommand(sess, "rootcause: the app needs a terminal: connect with plain  ssh -p "+t.port()+" "+t.hostHint()+"  (no -T); "+
				"the commands are  import < log.jsonl  and, for trainers,  report --format csv")
			return
		}
		sess.Context().SetValue(teamSlotKey{}, sl)
		start := time.Now()
		t.cfg.Log.Info("login", "account", sl.who.Account, "key", sl.who.Key, "trainer", sl.who.Trainer, "remote", sl.who.Remote)
		next(sess)
		if sl.done != nil {
			sl.done()
		}
		t.cfg.Log.Info("logout", "account", sl.who.Account, "after", time.Since(start).Round(time.Second))
		sl.mu.Lock()
		why := sl.why
		sl.mu.Unlock()
		if why != "" {
			fmt.Fprintf(sess.Stderr(), "rootcause: %s; every answer you gave is saved.\r\n", why)
		}
		_ = sess.Exit(0)
	}
}

// enter signs the session in and counts it live, or says why not.
func (t *TeamServer) enter(sess ssh.Session) (*teamSlot, bool) {
	perms := sess.Context().Permissions()
	var fp string
	var trainer bool
	if perms != nil && perms.Permissions != nil {
		fp, trainer = perms.Extensions[extKeyFP], perms.Extensions[extRole] == roleTrainer
	}
	if fp == "" { // authConfig lets no keyless client in; this is the backstop
		refuseCommand(sess, "rootcause: sign in with an SSH key")
		return nil, false
	}
	name, err := t.cfg.Accounts.Bind(fp, accountName(sess.User()))
	if err != nil {
		t.cfg.Log.Error("sign in", "key", fp, "err", err)
		refuseCommand(sess, "rootcause: the server could not open your account (its database failed); try again later")
		return nil, false
	}
	sl := &teamSlot{who: TeamSession{Account: name, Key: fp, User: SanitizeName(sess.User()), Remote: sess.RemoteAddr().String(), Trainer: trainer}}
	sl.lastKey.Store(time.Now().UnixNano())
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closing {
		refuseCommand(sess, "rootcause: the server is stopping; connect again in a minute")
		return nil, false
	}
	t.live[sl] = struct{}{}
	t.handlers.Add(1)
	return sl, true
}

func (t *TeamServer) leave(sl *teamSlot) {
	t.mu.Lock()
	delete(t.live, sl)
	t.mu.Unlock()
	t.handlers.Done()
}

// newProgram is the Bubble Tea middleware's ProgramHandler: the app of the
// signed-in account, drawn with the session's renderer.
func (t *TeamServer) newProgram(sess ssh.Session) *tea.Program {
	sl, ok := sess.Context().Value(teamSlotKey{}).(*teamSlot)
	if !ok {
		return nil
	}
	m, done, err := t.cfg.App(sl.who, bm.MakeRenderer(sess))
	if err != nil {
		t.cfg.Log.Error("app", "account", sl.who.Account, "err", err)
		refuseCommand(sess, "rootcause: the app could not start: "+err.Error())
		return nil
	}
	// Input is read through teamInput, so a session nobody types in is
	// closed after IdleTimeout even while its screen ticks (an exam clock),
	// and a late terminal answer is not taken for keys.
	// The server's signals are serve's business, not this session's.
	p := tea.NewProgram(m, tea.WithInput(&teamInput{r: sess, last: &sl.lastKey}), tea.WithOutput(sess),
		tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithoutSignalHandler())
	sl.mu.Lock()
	sl.p, sl.done = p, done
	closing := sl.why != ""
	sl.mu.Unlock()
	if closing {
		p.Quit()
	}
	go t.watchIdle(sess, sl)
	return p
}

// watchIdle quits a session whose last key press is IdleTimeout old.
func (t *TeamServer) watchIdle(sess ssh.Session, sl *teamSlot) {
	tick := time.NewTicker(max(t.cfg.IdleTimeout/8, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-sess.Context().Done():
			return
		case <-tick.C:
			if time.Since(time.Unix(0, sl.lastKey.Load())) >= t.cfg.IdleTimeout {
				t.cfg.Log.Info("idle", "account", sl.who.Account, "after", t.cfg.IdleTimeout)
				sl.quit(fmt.Sprintf("closed after %v without a key press", t.cfg.IdleTimeout))
				return
			}
		}
	}
}

// refuseCommand says why on stderr and ends the session with status 1, so
// `ssh HOST cmd` prints a sentence and fails rather than hanging or
// exiting 0.
func refuseCommand(sess ssh.Session, msg string) {
	fmt.Fprint(sess.Stderr(), msg+"\r\n")
	_ = sess.Exit(1)
}

// Broadcast sends msg to every signed-in session's app (a game day opening
// or ending, for Home's invitation). It never waits on a session: a busy
// or stuck program gets it when it can, or never once its session ends.
func (t *TeamServer) Broadcast(msg tea.Msg) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for sl := range t.live {
		sl.mu.Lock()
		p := sl.p
		sl.mu.Unlock()
		if p != nil {
			go p.Send(msg)
		}
	}
}
