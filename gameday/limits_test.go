package gameday

import (
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestConnectionsPerAddressAreCapped(t *testing.T) {
	srv := startServer(t, Config{MaxPerIP: 2})
	addr := srv.Addr().String()
	var held []net.Conn
	for i := 0; i < 2; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
		readBanner(t, c) // the server has accepted and counted it
	}
	if _, err := dial(addr, "third", newKey(t), ""); err == nil {
		t.Fatal("a third connection from one address got in")
	}
	held[0].Close()
	// The slot comes back once the server sees the close.
	deadline := time.Now().Add(waitLimit)
	for {
		c, err := dial(addr, "again", newKey(t), "")
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("slot never freed: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	held[1].Close()
}

func TestSilentConnectionTimesOut(t *testing.T) {
	srv := startServer(t, Config{HandshakeTimeout: 100 * time.Millisecond})
	c, err := net.Dial("tcp", srv.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	readBanner(t, c)
	_ = c.SetReadDeadline(time.Now().Add(waitLimit))
	if _, err := io.ReadAll(c); err != nil {
		t.Fatalf("the server did not close a silent connection: %v", err)
	}
}

// readBanner reads the server's SSH version line.
func readBanner(t *testing.T, c net.Conn) {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(waitLimit))
	buf := make([]byte, 64)
	if n, err := c.Read(buf); err != nil || n < 4 || string(buf[:4]) != "SSH-" {
		t.Fatalf("no SSH banner: %q %v", buf[:n], err)
	}
	_ = c.SetReadDeadline(time.Time{})
}

func TestHostKeyIsCreatedOnceAndPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "ssh_host_ed25519")
	first, err := loadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode %v, want 0600", info.Mode().Perm())
	}
	again, err := loadHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if gossh.FingerprintSHA256(first.PublicKey()) != gossh.FingerprintSHA256(again.PublicKey()) {
		t.Fatal("the host key changed between runs: players' known_hosts would break")
	}
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadHostKey(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("a broken key file: err = %v, want one naming the file", err)
	}
}
