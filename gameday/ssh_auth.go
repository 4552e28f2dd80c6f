package gameday

import (
	"bufio"
	"bytes"
	"crypto/subtle"
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
func (s *Server) authConfig(ssh.Context) *gossh.ServerConfig {
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
				ans, err := ask("", "rootcause game day", []string{"Join code: "}, []bool{false})
				if err != nil || len(ans) != 1 || !codeOK(ans[0]) {
					return nil, fmt.Errorf("wrong join code")
				}
				return perms(fp), nil
			},
		}
	}
	keyless := secondStep("")
	return &gossh.ServerConfig{
		MaxAuthTries: maxAuthTries,
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
