package gameday

import (
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"
)

// The team server (team_*.go) is the long-lived `serve --practice`: one SSH
// server where every trainee gets the whole app under the account of their
// key. It shares the game-day transport (host key, limits, request filter,
// listener ordering) and knows nothing of the app or the database: cli
// injects the app, the accounts, import and report.

// Defaults of TeamConfig fields left zero.
const (
	DefaultTeamMaxSessions = 400
	DefaultTeamMaxPerIP    = 64
	DefaultMaxImport       = 16 << 20
	DefaultReloadEvery     = 2 * time.Second
)

// TeamSession is one signed-in SSH session, as the team server hands it to
// the app, import and report.
type TeamSession struct {
	Account string // the account's name (its display name)
	Key     string // SHA256 fingerprint of the key it signed in with
	User    string // the SSH user name, sanitized
	Remote  string // the client's address
	Trainer bool   // the key is in the trainer keys file
}

// TeamAccounts binds SSH keys to accounts.
type TeamAccounts interface {
	// Bound is the account key fingerprint is bound to; ok is false when
	// none is. It creates nothing.
	Bound(fingerprint string) (name string, ok bool, err error)
	// Bind is the account of fingerprint, created on first sight and named
	// after user.
	Bind(fingerprint, user string) (string, error)
}

// TeamApp builds the app of one signed-in session, drawn with r (the
// session's own renderer: its terminal's colours). done runs once the
// session's program has ended, before the session closes (flush what a
// quit left queued); it may be nil.
type TeamApp func(s TeamSession, r *lipgloss.Renderer) (m tea.Model, done func(), err error)

// TeamImport reads a review log (ssh HOST import < log.jsonl) into s's
// account and writes one line of what it did to out.
type TeamImport func(s TeamSession, in io.Reader, out io.Writer) error

// TeamReport writes the trainer report (ssh HOST report ARGS…) to out.
type TeamReport func(s TeamSession, args []string, out io.Writer) error

// TeamConfig is everything a team server needs. App and Accounts are
// required; zero limits take the defaults.
type TeamConfig struct {
	Listen      string // host:port; loopback unless an access rule is given
	HostKeyPath string // created (ed25519, 0600) when missing; "" = throwaway

	// Access: at least one, or the server stays on loopback.
	AuthorizedKeys string // OpenSSH authorized_keys file of allowed keys
	Code           string // self-registration: a new key's first login gives it
	Open           bool   // every key is let in (a trusted network)
	TrainerKeys    string // authorized_keys file of trainers (report, dashboard)

	App      TeamApp
	Accounts TeamAccounts
	Import   TeamImport // nil refuses import
	Report   TeamReport // nil refuses report

	MaxSessions      int   // concurrent connections in all
	MaxPerIP         int   // concurrent connections from one address; negative = no limit
	MaxImport        int64 // bytes an import may send
	HandshakeTimeout time.Duration
	IdleTimeout      time.Duration // a session without a key press for this long is closed
	ReloadEvery      time.Duration // how often the key files' mtimes are checked
	Log              *log.Logger   // nil = discard
}

// ErrNoAccessRule is why a team server will not listen beyond loopback.
var ErrNoAccessRule = errors.New("no access rule")

func (c *TeamConfig) withDefaults() (TeamConfig, error) {
	out := *c
	if out.App == nil || out.Accounts == nil {
		return out, errors.New("team server: App and Accounts are required")
	}
	if out.Listen == "" {
		out.Listen = DefaultListen
	}
	if out.MaxSessions <= 0 {
		out.MaxSessions = DefaultTeamMaxSessions
	}
	if out.MaxPerIP == 0 {
		out.MaxPerIP = DefaultTeamMaxPerIP
	}
	if out.MaxImport <= 0 {
		out.MaxImport = DefaultMaxImport
	}
	setDur(&out.HandshakeTimeout, DefaultHandshakeTimeout)
	setDur(&out.IdleTimeout, DefaultIdleTimeout)
	setDur(&out.ReloadEvery, DefaultReloadEvery)
	if out.Log == nil {
		out.Log = log.New(io.Discard)
	}
	return out, nil
}

// hasAccessRule reports whether the operator said who may sign in.
func (c *TeamConfig) hasAccessRule() bool {
	return c.AuthorizedKeys != "" || c.Code != "" || c.Open
}

// checkReach refuses an address beyond loopback when no access rule says
// who may sign in: a forgotten flag must not open the server to a network.
func (c *TeamConfig) checkReach(addr net.Addr) error {
	tcp, ok := addr.(*net.TCPAddr)
	if c.hasAccessRule() || ok && tcp.IP.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%w: refusing to listen on %s, beyond this machine, without saying who may sign in: "+
		"give --authorized-keys FILE (allowed keys), --code CODE (a new key registers with the code) "+
		"or --open (every key, on a network you trust)", ErrNoAccessRule, addr)
}

// Mode is the one line stating who may sign in, said at start.
func (c *TeamConfig) Mode() string {
	var rules []string
	if c.AuthorizedKeys != "" {
		rules = append(rules, "keys in "+c.AuthorizedKeys)
	}
	if c.Code != "" {
		rules = append(rules, "new keys that give the registration code (once; then the key is bound)")
	}
	if c.Open {
		rules = append(rules, "every key (--open)")
	}
	if len(rules) == 0 {
		rules = append(rules, "every key from this machine (loopback only: no --authorized-keys, --code or --open)")
	}
	s := "access: " + rules[0]
	for _, r := range rules[1:] {
		s += ", or " + r
	}
	if c.TrainerKeys != "" {
		s += "; trainers: keys in " + c.TrainerKeys
	}
	return s
}
