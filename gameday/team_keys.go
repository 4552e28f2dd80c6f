package gameday

import (
	"os"
	"sync"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// keyFile is an authorized_keys file that is re-read when it changes. A
// reload that fails (a half-written file, a typo) keeps the keys it had
// and logs why: an editor's save must not lock everybody out.
type keyFile struct {
	path string
	log  *log.Logger
	what string // "authorized keys" or "trainer keys", for the log

	mu    sync.RWMutex
	keys  []ssh.PublicKey
	mtime time.Time
	size  int64
}

// newKeyFile reads path at start, where an error stops the server; "" is
// an empty set.
func newKeyFile(path, what string, l *log.Logger) (*keyFile, error) {
	k := &keyFile{path: path, what: what, log: l}
	if path == "" {
		return k, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	keys, err := LoadAuthorizedKeys(path)
	if err != nil {
		return nil, err
	}
	k.keys, k.mtime, k.size = keys, info.ModTime(), info.Size()
	return k, nil
}

// has reports whether key is in the file.
func (k *keyFile) has(key ssh.PublicKey) bool {
	k.mu.RLock()
	defer k.mu.RUnlock()
	for _, c := range k.keys {
		if ssh.KeysEqual(c, key) {
			return true
		}
	}
	return false
}

// reload re-reads the file when its mtime or size changed, or always when
// force is set (SIGHUP).
func (k *keyFile) reload(force bool) {
	if k.path == "" {
		return
	}
	info, err := os.Stat(k.path)
	if err != nil {
		k.log.Error("reload "+k.what+": keeping the keys read before", "file", k.path, "err", err)
		return
	}
	k.mu.RLock()
	same := info.ModTime().Equal(k.mtime) && info.Size() == k.size
	k.mu.RUnlock()
	if same && !force {
		return
	}
	keys, err := LoadAuthorizedKeys(k.path)
	k.mu.Lock()
	k.mtime, k.size = info.ModTime(), info.Size() // a bad file is not re-read every poll
	if err == nil {
		k.keys = keys
	}
	k.mu.Unlock()
	if err != nil {
		k.log.Error("reload "+k.what+": keeping the keys read before", "err", err)
		return
	}
	k.log.Info("reloaded "+k.what, "file", k.path, "keys", len(keys))
}

// fingerprints are the SHA256 fingerprints of the keys as last read.
func (k *keyFile) fingerprints() []string {
	k.mu.RLock()
	defer k.mu.RUnlock()
	out := make([]string, len(k.keys))
	for i, key := range k.keys {
		out[i] = gossh.FingerprintSHA256(key)
	}
	return out
}
