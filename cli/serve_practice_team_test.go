package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/progress"
	gossh "golang.org/x/crypto/ssh"
)

// TestPracticeTeamServer runs the real binary with an authorized_keys file
// and a trainer key, and real SSH clients with PTYs: two trainees practise
// at once and each one's answers land under their own account in the real
// SQLite file; a key not in the file is refused in words; report is a
// trainer's and equals `rootcause report --db`; import binds records to
// the signed-in account; other commands are refused with status 1.
func TestPracticeTeamServer(t *testing.T) {
	dir := t.TempDir()
	ana, bo, cy, boss := newSSHPlayer(t, "ana"), newSSHPlayer(t, "bo"), newSSHPlayer(t, "cy"), newSSHPlayer(t, "boss")
	writeKeys(t, filepath.Join(dir, "allowed"), ana, bo)
	writeKeys(t, filepath.Join(dir, "trainers"), boss)
	srv := startPractice(t, dir, "--authorized-keys", filepath.Join(dir, "allowed"), "--trainer-keys", filepath.Join(dir, "trainers"))
	srv.waitLog("access: keys in " + filepath.Join(dir, "allowed") + "; trainers: keys in " + filepath.Join(dir, "trainers"))

	var wg sync.WaitGroup
	for i, pl := range []*sshPlayer{ana, bo} {
		pl.connect(srv.addr)
		wg.Add(1)
		go func() { defer wg.Done(); pl.practise(2 + i) }()
	}
	wg.Wait()
	if got := answersInDB(t, dir, "ana", "bo"); got["ana"] != 2 || got["bo"] != 3 {
		t.Fatalf("answers in the database %v, want ana 2 and bo 3", got)
	}
	if keys := keysInDB(t, dir, "bo"); len(keys) != 1 || !keys[gossh.FingerprintSHA256(bo.key.PublicKey())] {
		t.Fatalf("bo's answers carry keys %v, want only his", keys)
	}

	_, banner, err := dialWith(srv.addr, "cy", cy.key, gossh.KeyboardInteractive(noAnswers))
	if err == nil || !strings.Contains(banner, "rootcause: your key "+gossh.FingerprintSHA256(cy.key.PublicKey())+" is not allowed on this server.") ||
		!strings.Contains(banner, "Send your public key") {
		t.Fatalf("cy's key: err %v, banner %q; want a refusal naming the key", err, banner)
	}
	_, banner, err = dialWith(srv.addr, "nokey", nil, gossh.KeyboardInteractive(noAnswers))
	if err == nil || !strings.Contains(banner, "Run  ssh-keygen -t ed25519") {
		t.Fatalf("no key: err %v, banner %q; want the ssh-keygen hint", err, banner)
	}

	anaCl := mustDial(t, srv.addr, ana)
	if _, stderr, code := runCmd(t, anaCl, "report --format csv", nil); code != 1 || !strings.Contains(stderr, "report is for trainers") {
		t.Fatalf("ana's report: status %d, stderr %q; want 1 and the refusal", code, stderr)
	}
	if _, stderr, code := runCmd(t, anaCl, "ls -la", nil); code != 1 || !strings.Contains(stderr, `"ls" is not a command here`) {
		t.Fatalf("ls: status %d, stderr %q; want 1 and a sentence", code, stderr)
	}
	log := `{"user":"mallory","incident":"NFI-2023-0019","at":"2026-01-05T10:00:00.000Z","correct":true}
{"user":"zed","key":"SHA256:elsewhere","incident":"NFI-2024-0018","at":"2026-01-05T10:01:00.000Z","correct":false}
`
	out, stderr, code := runCmd(t, anaCl, "import", []byte(log))
	if code != 0 || !strings.Contains(out, `Imported 2 answer(s) into your account "ana"`) {
		t.Fatalf("import: status %d, out %q, stderr %q", code, out, stderr)
	}
	if got := answersInDB(t, dir, "ana", "mallory", "zed"); got["ana"] != 3 || got["mallory"] != 0 || got["zed"] != 0 {
		t.Fatalf("after import %v, want ana 3 (2 practised + 1 right imported; the miss has choice -1) and nobody else", got)
	}

	bossCl := mustDial(t, srv.addr, boss)
	got, stderr, code := runCmd(t, bossCl, "report --format csv", nil)
	bin, _ := buildOnce()
	want, err := exec.Command(bin, "report", "--db", filepath.Join(dir, "progress.db"), "--format", "csv").Output()
	if err != nil || code != 0 || got != string(want) {
		t.Fatalf("trainer report over ssh (status %d, stderr %q):\n%s\nrootcause report --db (%v):\n%s", code, stderr, got, err, want)
	}
	if !strings.Contains(got, "\nana,") || !strings.Contains(got, "\nbo,") {
		t.Fatalf("report without both trainees:\n%s", got)
	}

	// The trainer's Home has the dashboard, and it lists both trainees;
	// a trainee's Home has none.
	boss.connect(srv.addr)
	boss.waitFor("Dashboard")
	boss.press("d") // press starts the screen record afresh
	boss.waitFor("Team leeches")
	boss.mu.Lock()
	board := boss.out.String()
	boss.mu.Unlock()
	// Names are padded to their column, so " bo   " is bo's row, not boss.
	if !regexp.MustCompile(`\bana {2,}`).MatchString(board) || !regexp.MustCompile(`\bbo {2,}`).MatchString(board) {
		t.Fatalf("the trainer's dashboard does not list ana and bo:\n%s", board)
	}
	bo.mu.Lock()
	defer bo.mu.Unlock()
	if strings.Contains(bo.out.String(), "Dashboard") {
		t.Fatal("a trainee's Home offers the dashboard")
	}
}

// keysInDB is the set of keys user's answers were given with.
func keysInDB(t *testing.T, dir, user string) map[string]bool {
	t.Helper()
	st, err := progress.Open(filepath.Join(dir, "progress.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	keys := map[string]bool{}
	if err := st.ExportLog(user, func(r progress.LogRecord) error { keys[r.Key] = true; return nil }); err != nil {
		t.Fatal(err)
	}
	return keys
}

func noAnswers(string, string, []string, []bool) ([]string, error) { return nil, nil }

// TestPracticeReloadKeys adds a key to the authorized_keys file and takes
// another out while its owner is signed in: the new key gets in within a
// few seconds, the session stays, the removed key's next login is refused.
func TestPracticeReloadKeys(t *testing.T) {
	dir := t.TempDir()
	ana, cy := newSSHPlayer(t, "ana"), newSSHPlayer(t, "cy")
	keys := filepath.Join(dir, "allowed")
	writeKeys(t, keys, ana)
	srv := startPractice(t, dir, "--authorized-keys", keys)
	ana.connect(srv.addr)
	ana.waitFor("Practice")
	if _, _, err := dialWith(srv.addr, "cy", cy.key); err == nil {
		t.Fatal("cy got in before her key was added")
	}
	writeKeys(t, keys, cy)
	// A second later than the first write: an mtime in the same second
	// with the same size would read as unchanged on a coarse clock.
	_ = os.Chtimes(keys, time.Now().Add(time.Second), time.Now().Add(time.Second))
	srv.waitLog("reloaded authorized keys")
	if _, banner, err := dialWith(srv.addr, "cy", cy.key); err != nil {
		t.Fatalf("cy after the reload: %v (%q)", err, banner)
	}
	ana.press("p")
	ana.waitFor("New round") // the session signed in before the reload still works
	if _, _, err := dialWith(srv.addr, "ana", ana.key); err == nil {
		t.Fatal("ana's removed key still signs in")
	}
}

// TestPracticeCode registers a key with --code once: its later logins are
// not asked, and a wrong code gets nobody in.
func TestPracticeCode(t *testing.T) {
	dir := t.TempDir()
	srv := startPractice(t, dir, "--code", "blue-otter")
	ana, bo := newSSHPlayer(t, "ana"), newSSHPlayer(t, "bo")
	asked := 0
	code := func(answer string) gossh.AuthMethod {
		return gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
			if len(qs) == 0 {
				return nil, nil
			}
			asked++
			return []string{answer}, nil
		})
	}
	if _, _, err := dialWith(srv.addr, "bo", bo.key, code("wrong")); err == nil {
		t.Fatal("a wrong code got bo in")
	}
	cl, banner, err := dialWith(srv.addr, "ana", ana.key, code("blue-otter"))
	if err != nil || asked < 1 {
		t.Fatalf("first login with the code: %v (%q), asked %d", err, banner, asked)
	}
	cl.Close()
	asked = 0
	cl, _, err = dialWith(srv.addr, "ana", ana.key, code("never asked"))
	if err != nil || asked != 0 {
		t.Fatalf("second login: %v, asked for the code %d times; want straight in", err, asked)
	}
	cl.Close()
	srv.waitLog("registered account=ana")
}

// TestPracticeRefusesBeyondLoopback: no access rule, no network.
func TestPracticeRefusesBeyondLoopback(t *testing.T) {
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cmd := exec.Command(bin, "serve", "--practice", "--listen", "0.0.0.0:0", "--db", filepath.Join(dir, "p.db"), "--host-key", filepath.Join(dir, "hk"))
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Fatalf("exit %v, want status 2; output %s", err, out)
	}
	for _, w := range []string{"refusing to listen on", "--authorized-keys FILE", "--code CODE", "--open"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// TestPracticeSIGHUP: SIGHUP re-reads the key file even when its size and
// mtime look unchanged (the poll would not notice).
func TestPracticeSIGHUP(t *testing.T) {
	dir := t.TempDir()
	ana, cy := newSSHPlayer(t, "ana"), newSSHPlayer(t, "cy")
	keys := filepath.Join(dir, "allowed")
	writeKeys(t, keys, ana)
	info, err := os.Stat(keys)
	if err != nil {
		t.Fatal(err)
	}
	srv := startPractice(t, dir, "--authorized-keys", keys)
	writeKeys(t, keys, cy) // same length: one ed25519 key, no comment
	if err := os.Chtimes(keys, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2500 * time.Millisecond) // past one poll, which must see nothing new
	if _, _, err := dialWith(srv.addr, "cy", cy.key); err == nil {
		t.Fatal("cy got in before SIGHUP: the poll read a file that looked unchanged")
	}
	if err := srv.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	srv.waitLog("reloaded authorized keys")
	if _, banner, err := dialWith(srv.addr, "cy", cy.key); err != nil {
		t.Fatalf("cy after SIGHUP: %v (%q)", err, banner)
	}
}
