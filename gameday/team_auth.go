package gameday

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

const roleTrainer = "trainer"

var errSignIn = errors.New("not signed in")

// teamAuth is one connection's sign-in: the keys it offered that were not
// let in, so the refusal at the end can name them.
type teamAuth struct {
	t        *TeamServer
	conn     net.Conn // closed once the refusal is sent
	mu       sync.Mutex
	rejected []string
	refused  bool
}

type teamConnKey struct{}

// authConfig is the team server's ServerConfigCallback. Only public keys
// sign in (a key is the account). An allowed key is straight in; with a
// registration code, a new key is a partial success and the code is asked
// next, then the key is bound, so its later logins are not asked. A
// client with no allowed key reads why in a banner: "no key offered" (run
// ssh-keygen) or "this key is not allowed" (send it to the trainer).
func (t *TeamServer) authConfig(ctx ssh.Context) *gossh.ServerConfig {
	if st, ok := ctx.Value(connStateKey{}).(*connState); ok && st.refusal != "" {
		return refusedConfig(st.refusal)
	}
	a := &teamAuth{t: t}
	a.conn, _ = ctx.Value(teamConnKey{}).(net.Conn)
	return &gossh.ServerConfig{
		MaxAuthTries: maxAuthTries + 2, // agents often offer a few keys before the right one
		NoClientAuthCallback: func(gossh.ConnMetadata) (*gossh.Permissions, error) {
			return nil, errSignIn
		},
		PublicKeyCallback: a.publicKey,
		KeyboardInteractiveCallback: func(c gossh.ConnMetadata, _ gossh.KeyboardInteractiveChallenge) (*gossh.Permissions, error) {
			return nil, a.refuse(c)
		},
	}
}

func keyPerms(fp string, trainer bool) *gossh.Permissions {
	p := &gossh.Permissions{Extensions: map[string]string{extKeyFP: fp}}
	if trainer {
		p.Extensions[extRole] = roleTrainer
	}
	return p
}

// publicKey decides on one offered key. It also runs for a client's query
// ("would this key do?") before the key is proven: what it returns is only
// acted on once the signature checks out.
func (a *teamAuth) publicKey(c gossh.ConnMetadata, key gossh.PublicKey) (*gossh.Permissions, error) {
	t := a.t
	fp := gossh.FingerprintSHA256(key)
	if t.trainers.has(key) {
		return keyPerms(fp, true), nil
	}
	if t.allowed.has(key) || t.cfg.Open || !t.cfg.hasAccessRule() {
		return keyPerms(fp, false), nil
	}
	if t.cfg.Code != "" {
		_, bound, err := t.cfg.Accounts.Bound(fp)
		if err != nil {
			t.cfg.Log.Error("account lookup", "key", fp, "err", err)
			return nil, errSignIn
		}
		if bound {
			return keyPerms(fp, false), nil
		}
		return nil, &gossh.PartialSuccessError{Next: gossh.ServerAuthCallbacks{
			KeyboardInteractiveCallback: func(c gossh.ConnMetadata, ask gossh.KeyboardInteractiveChallenge) (*gossh.Permissions, error) {
				return a.register(c, fp, ask)
			},
			PasswordCallback: func(c gossh.ConnMetadata, pw []byte) (*gossh.Permissions, error) {
				return a.registerWith(c, fp, string(pw))
			},
		}}
	}
	a.mu.Lock()
	if len(a.rejected) < 4 {
		a.rejected = append(a.rejected, fp)
	}
	a.mu.Unlock()
	return nil, errSignIn
}

// register asks a new key's owner for the registration code, three times
// at most, saying what was wrong in plain words.
func (a *teamAuth) register(c gossh.ConnMetadata, fp string, ask gossh.KeyboardInteractiveChallenge) (*gossh.Permissions, error) {
	instruction := "rootcause team server: this key is new here. Give the registration code your trainer handed out (asked once: the key is then yours)."
	for try := 0; try < 3; try++ {
		ans, err := ask("", instruction, []string{"Registration code: "}, []bool{false})
		if err != nil {
			return nil, err
		}
		if len(ans) == 1 && a.codeOK(ans[0]) {
			return a.bind(c, fp)
		}
		instruction = "That registration code is wrong: ask your trainer for it."
	}
	a.t.cfg.Log.Warn("refused", "user", SanitizeName(c.User()), "remote", c.RemoteAddr().String(), "key", fp, "why", "wrong registration code three times")
	return nil, &gossh.BannerError{Err: errSignIn, Message: "rootcause: wrong registration code three times; ask your trainer for it and connect again.\r\n"}
}

func (a *teamAuth) registerWith(c gossh.ConnMetadata, fp, code string) (*gossh.Permissions, error) {
	if !a.codeOK(code) {
		a.t.cfg.Log.Warn("refused", "user", SanitizeName(c.User()), "remote", c.RemoteAddr().String(), "key", fp, "why", "wrong registration code")
		return nil, errSignIn
	}
	return a.bind(c, fp)
}

func (a *teamAuth) codeOK(given string) bool {
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(given)), []byte(a.t.cfg.Code)) == 1
}

// bind makes the key an account's now, so its next login is not asked.
func (a *teamAuth) bind(c gossh.ConnMetadata, fp string) (*gossh.Permissions, error) {
	name, err := a.t.cfg.Accounts.Bind(fp, accountName(c.User()))
	if err != nil {
		a.t.cfg.Log.Error("register key", "key", fp, "err", err)
		return nil, &gossh.BannerError{Err: err, Message: "rootcause: the server could not register your key (its database failed); try again later.\r\n"}
	}
	a.t.cfg.Log.Info("registered", "account", name, "key", fp, "remote", c.RemoteAddr().String())
	return keyPerms(fp, false), nil
}

// refuse ends a sign-in that no key passed with a banner saying why and
// what to do, once: it is reached through keyboard-interactive, which a
// client tries once its keys are used up (and would retry), so the
// connection is closed just after the banner is out. No password method
// is offered: a password prompt would only mislead.
func (a *teamAuth) refuse(c gossh.ConnMetadata) error {
	a.mu.Lock()
	rejected := append([]string(nil), a.rejected...)
	again := a.refused
	a.refused = true
	a.mu.Unlock()
	if again {
		return errSignIn
	}
	if a.conn != nil {
		time.AfterFunc(200*time.Millisecond, func() { a.conn.Close() })
	}
	user, remote := SanitizeName(c.User()), c.RemoteAddr().String()
	var msg string
	if len(rejected) == 0 {
		a.t.cfg.Log.Warn("refused", "user", user, "remote", remote, "why", "no key offered")
		msg = fmt.Sprintf("rootcause: this server signs you in with an SSH key, and your ssh offered none.\r\n"+
			"Run  ssh-keygen -t ed25519  (press enter at each question), then  ssh -p %s %s  again.\r\n", a.t.port(), a.t.hostHint())
	} else {
		a.t.cfg.Log.Warn("refused", "user", user, "remote", remote, "why", "key not allowed", "keys", strings.Join(rejected, " "))
		msg = fmt.Sprintf("rootcause: your key %s is not allowed on this server.\r\n"+
			"Send your public key (the .pub file, e.g. ~/.ssh/id_ed25519.pub) to your trainer, who adds it to the server's authorized keys.\r\n", rejected[0])
	}
	return &gossh.BannerError{Err: errSignIn, Message: msg}
}

// accountName is the display name a new account takes from the SSH user.
func accountName(user string) string {
	if n := SanitizeName(user); n != "" {
		return n
	}
	return "trainee"
}
