package gameday

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestRealOpenSSHClient plays a question with the OpenSSH client players
// actually use (skipped where it is not installed): -tt forces the PTY
// request a terminal would make.
func TestRealOpenSSHClient(t *testing.T) {
	bin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("no OpenSSH client here")
	}
	srv := startServer(t, Config{})
	keyFile := writeOpenSSHKey(t)
	port := srv.Addr().String()[strings.LastIndex(srv.Addr().String(), ":")+1:]
	cmd := exec.Command(bin, "-tt", "-F", "/dev/null", "-p", port, "-i", keyFile,
		"-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "dana@127.0.0.1")
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, in: in, notify: make(chan struct{}, 1), done: make(chan struct{})}
	tm.stop = func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
	t.Cleanup(tm.close)
	go tm.read(out)

	tm.expect("Welcome, dana.")
	st := waitState(t, srv.hub, "dana", connectedCount(1))
	if !strings.HasPrefix(st.Players[0].ID, "key:SHA256:") {
		t.Fatalf("identity %q, want her key", st.Players[0].ID)
	}
	srv.hub.Next()
	tm.expect("alpha cause")
	tm.press("1")
	tm.expect("✓ Correct")
	tm.press("q") // leaving keeps the seat
	tm.waitClosed()
	waitState(t, srv.hub, "dana away", connectedCount(0))
}

// TestRealOpenSSHExecRefused: `ssh HOST uname` on a game-day server prints
// the refusal sentence (not OpenSSH's bare "exec request failed") and exits 1.
func TestRealOpenSSHExecRefused(t *testing.T) {
	bin, err := exec.LookPath("ssh")
	if err != nil {
		if os.Getenv("ROOTCAUSE_REQUIRE_TOOLS") != "" {
			t.Fatal("ROOTCAUSE_REQUIRE_TOOLS is set and there is no OpenSSH client")
		}
		t.Skip("no OpenSSH client here")
	}
	srv := startServer(t, Config{})
	port := srv.Addr().String()[strings.LastIndex(srv.Addr().String(), ":")+1:]
	cmd := exec.Command(bin, "-F", "/dev/null", "-p", port, "-i", writeOpenSSHKey(t),
		"-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "dana@127.0.0.1", "uname", "-a")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("ssh exited with %v, want status 1; stderr %q", err, stderr.String())
	}
	if want := "commands are not available here; connect with plain ssh (no command) to play"; !strings.Contains(stderr.String(), want) {
		t.Fatalf("stderr %q, want it to say %q", stderr.String(), want)
	}
}

func writeOpenSSHKey(t *testing.T) string {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
