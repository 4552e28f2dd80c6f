package gameday

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func writeAuthorized(t *testing.T, path string, keys ...gossh.Signer) {
	t.Helper()
	var b []byte
	for _, k := range keys {
		b = append(b, gossh.MarshalAuthorizedKey(k.PublicKey())...)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestTeamRealOpenSSH signs in with the OpenSSH client trainees use: -tt
// gets the app; a key not in the allowed file reads the refusal in
// OpenSSH's own output; `ssh HOST nonsense` prints a sentence and fails.
func TestTeamRealOpenSSH(t *testing.T) {
	bin, err := exec.LookPath("ssh")
	if err != nil {
		if os.Getenv("ROOTCAUSE_REQUIRE_TOOLS") != "" {
			t.Fatal("no OpenSSH client here, and ROOTCAUSE_REQUIRE_TOOLS is set")
		}
		t.Skip("no OpenSSH client here")
	}
	dir := t.TempDir()
	keyFile, strangerFile := writeOpenSSHKey(t), writeOpenSSHKey(t)
	pem, _ := os.ReadFile(keyFile)
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		t.Fatal(err)
	}
	writeAuthorized(t, dir+"/allowed", signer)
	f := startTeam(t, TeamConfig{AuthorizedKeys: dir + "/allowed"})
	port := f.srv.Addr().String()[strings.LastIndex(f.srv.Addr().String(), ":")+1:]
	sshArgs := func(key string, extra ...string) []string {
		return append([]string{"-F", "/dev/null", "-p", port, "-i", key, "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no",
			"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=INFO"}, extra...)
	}

	cmd := exec.Command(bin, sshArgs(keyFile, "-tt", "-o", "BatchMode=yes", "dana@127.0.0.1")...)
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
	tm.expect("hello dana trainer=false keys=0")
	tm.press("x")
	tm.expect("keys=1")
	tm.press("q")
	waitDone(t, f.done, "dana")
	tm.waitClosed()

	// Keyboard-interactive is how the refusal is read: no BatchMode here.
	stranger := exec.Command(bin, sshArgs(strangerFile, "-T", "eve@127.0.0.1")...)
	stranger.Stdin = strings.NewReader("")
	got, _ := runWithin(t, stranger)
	if !strings.Contains(got, "is not allowed on this server.") || !strings.Contains(got, "Send your public key") {
		t.Fatalf("stranger's ssh printed:\n%s", got)
	}
	nonsense := exec.Command(bin, sshArgs(keyFile, "-o", "BatchMode=yes", "dana@127.0.0.1", "uname", "-a")...)
	got, code := runWithin(t, nonsense)
	if code != 1 || !strings.Contains(got, `rootcause: "uname" is not a command here.`) {
		t.Fatalf("ssh HOST uname: status %d, output:\n%s", code, got)
	}
}

// runWithin runs cmd with a deadline and returns its combined output and
// exit status.
func runWithin(t *testing.T, cmd *exec.Cmd) (string, int) {
	t.Helper()
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(waitLimit):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("%v did not end; output:\n%s", cmd.Args, out.String())
	}
	return out.String(), cmd.ProcessState.ExitCode()
}
