package gameday

import (
	"bufio"
	"bytes"
	"crypto/subtle"
	"errors"
	"fmt"
	"os"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Permission extensions the auth callbacks hand to the session.
const (
	extKeyFP = "rootcause-key-fp"
	extRole  = "rootcause-role"
	roleFac  = "facilitator"
)

// maxAuthTries bounds join-code guesses per connection; the per-address
// connection limit bounds them further.
const maxAuthTries = 4

// authConfig builds the SSH auth rules:
//   - a facilitator key logs straight in and gets the console;
//   - any other public key is proven (signature checked) and becomes the
//     player's identity; with a join code it is only a partial success and
//     the code is asked next, so the identity survives the code check;
//   - a client with no key answers the join code (keyboard-interactive or
//     password), or gets in without a prompt when there is no code;
//   - "none" never succeeds, so clients always offer their keys first.
func (s *Server) authConfig(ctx ssh.Context) *gossh.ServerConfig {
	if st, ok := ctx.Value(connStateKey{}).(*connState); ok && st.refusal != "" {
		return refusedConfig(st.refusal)
	}
	code := s.cfg.JoinCode
	codeOK := func(given string) bool {
		return code == "" || subtle.ConstantTimeCompare([]byte(given), []byte(code)) == 1
	}
	perms := func(fp string) *gossh.Permissions {
		if fp == "" {
			return &gossh.Permissions{}
		}
		return &gossh.Permissions{Extensions: map[string]string{extKeyFP: fp}}
	}
	secondStep := func(fp string) gossh.ServerAuthCallbacks {
		return gossh.ServerAuthCallbacks{
			PasswordCallback: func(_ gossh.ConnMetadata, pw []byte) (*gossh.Permissions, error) {
				if !codeOK(string(pw)) {
					return nil, fmt.Errorf("wrong join code")
				}
				return perms(fp), nil
			},
			KeyboardInteractiveCallback: func(c gossh.ConnMetadata, ask gossh.KeyboardInteractiveChallenge) (*gossh.Permissions, error) {
				if code == "" {
					return perms(fp), nil
				}
				// Asked again with the reason in plain words: a bare
				// "Permission denied" tells a player nothing.
				instruction := "rootcause game day"
				for try := 0; try < 3; try++ {
					ans, err := ask("", instruction, []string{"Join code: "}, []bool{false})
					if err != nil {
						return nil, err
					}
					if len(ans) == 1 && codeOK(ans[0]) {
						return perms(fp), nil
					}
					instruction = "That join code is wrong: ask the facilitator for the code on their screen."
				}
				s.refused(fmt.Sprintf("refused %s@%s: wrong join code three times", c.User(), c.RemoteAddr()))
				return nil, fmt.Errorf("wrong join code")
			},
		}
	}
	keyless := secondStep("")
	banner := ""
	if code != "" {
		banner = "rootcause game day: this game has a join code; the facilitator shows it on their screen.\r\n"
	}
	return &gossh.ServerConfig{
		BannerCallback: func(gossh.ConnMetadata) string { return banner },
		MaxAuthTries:   maxAuthTries,
		NoClientAuthCallback: func(gossh.ConnMetadata) (*gossh.Permissions, error) {
			return nil, fmt.Errorf("no anonymous login")
		},
		PublicKeyCallback: func(_ gossh.ConnMetadata, key gossh.PublicKey) (*gossh.Permissions, error) {
			fp := gossh.FingerprintSHA256(key)
			if s.isFacilitator(key) {
				p := perms(fp)
				p.Extensions[extRole] = roleFac
				return p, nil
			}
			if code == "" {
				return perms(fp), nil
			}
			return nil, &gossh.PartialSuccessError{Next: secondStep(fp)}
		},
		PasswordCallback:            keyless.PasswordCallback,
		KeyboardInteractiveCallback: keyless.KeyboardInteractiveCallback,
	}
}

// refusedConfig lets a refused connection finish its handshake only to
// read why: the banner says it, every login fails.
func refusedConfig(why string) *gossh.ServerConfig {
	no := errors.New("refused")
	return &gossh.ServerConfig{
		MaxAuthTries:         1,
		BannerCallback:       func(gossh.ConnMetadata) string { return why + "\r\n" },
		NoClientAuthCallback: func(gossh.ConnMetadata) (*gossh.Permissions, error) { return nil, no },
		PublicKeyCallback:    func(gossh.ConnMetadata, gossh.PublicKey) (*gossh.Permissions, error) { return nil, no },
		PasswordCallback:     func(gossh.ConnMetadata, []byte) (*gossh.Permissions, error) { return nil, no },
	}
}

// refused logs a refused connection and shows it on the console.
func (s *Server) refused(why string) {
	s.cfg.Logf("%s", why)
	s.hub.post(func(g *game) { g.event(why) })
}

func (s *Server) isFacilitator(key gossh.PublicKey) bool {
	for _, k := range s.cfg.FacilitatorKeys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}

// LoadAuthorizedKeys reads an authorized_keys style file (one public key per
// line; blank lines and # comments skipped). Errors name the file and line.
func LoadAuthorizedKeys(path string) ([]ssh.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var keys []ssh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key: %w", path, n, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: no public keys in the file", path)
	}
	return keys, nil
}
