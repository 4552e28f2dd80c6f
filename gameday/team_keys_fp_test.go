package gameday

import (
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestKeyFileFingerprints: the trainer keys' fingerprints, as the dashboard
// gets them to leave trainers out, are those of the file's keys.
func TestKeyFileFingerprints(t *testing.T) {
	path := filepath.Join(t.TempDir(), "trainers")
	var want []string
	var file []byte
	for range 2 {
		pub, _, _ := ed25519.GenerateKey(rand.Reader)
		k, _ := gossh.NewPublicKey(pub)
		file = append(file, gossh.MarshalAuthorizedKey(k)...)
		want = append(want, gossh.FingerprintSHA256(k))
	}
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	k, err := newKeyFile(path, "trainer keys", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := k.fingerprints()
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("fingerprints %v, want %v", got, want)
	}
	if none, _ := newKeyFile("", "trainer keys", nil); len(none.fingerprints()) != 0 {
		t.Fatal("no file gave fingerprints")
	}
}
