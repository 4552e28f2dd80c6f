package progress

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// storageCmd runs storageChild with op on db and the extra environment.
func storageCmd(t *testing.T, exe, op, db string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), append([]string{"PROGRESS_TEST_CHILD=storage", "PROGRESS_OP=" + op, "PROGRESS_DB=" + db}, env...)...)
	return cmd
}

func selfExe(t *testing.T) string {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

// headerShortfall reports whether path's header counts more pages than the
// file holds: what the old size check called "truncated".
func headerShortfall(t *testing.T, path string) bool {
	data, err := os.ReadFile(path)
	if err != nil || len(data) < 100 {
		t.Fatalf("read %s: %v (%d bytes)", path, err, len(data))
	}
	pageSize := int(binary.BigEndian.Uint16(data[16:18]))
	pages := int(binary.BigEndian.Uint32(data[28:32]))
	return bytes.Equal(data[24:28], data[92:96]) && len(data) < pages*pageSize
}

// TestDiskFullKeepsEveryAnswer reproduces B2 with a file-size limit in a
// child process (as a full disk): a checkpoint cut short leaves a main file
// whose header counts pages that are still only in the WAL. SQLite reads
// that pair fine, so Open must too, with every acknowledged answer.
func TestDiskFullKeepsEveryAnswer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	out, err := storageCmd(t, selfExe(t), "fill", path, "PROGRESS_FSIZE="+strconv.Itoa(192<<10)).Output()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	last := lines[len(lines)-1]
	if !strings.Contains(last, "disk is full") && !strings.Contains(last, "reading or writing it failed") {
		t.Fatalf("child stopped with %q, want a full disk", last)
	}
	acked := len(lines) - 1
	if wal, err := os.Stat(path + "-wal"); err != nil || wal.Size() == 0 {
		t.Fatalf("no -wal file after the full disk (%v): the scenario did not happen", err)
	}
	if !headerShortfall(t, path) {
		t.Fatalf("the main file's header does not count more pages than it holds: the scenario did not happen")
	}
	st, err := Open(path)
	if err != nil {
		t.Fatalf("after a full disk, Open: %v", err)
	}
	defer st.Close()
	if n := count(t, st.db, `SELECT count(*) FROM answers`); n < acked {
		t.Errorf("%d answers in the database, %d were acknowledged", n, acked)
	}
	if err := st.quickCheck(); err != nil {
		t.Errorf("after reopening: %v", err)
	}
}

// cohort is a shared training directory for the two-user tests: owned by
// the trainer (uid 1001, group 1001), group-writable, so a trainee in the
// group (uid 1003) can write and anyone else (uid 1002) can only read.
type cohort struct {
	t   *testing.T
	exe string // a copy of the test binary every user may run
	db  string
}

func newCohort(t *testing.T) *cohort {
	if os.Getuid() != 0 {
		t.Skip("needs root to run children as other OS users")
	}
	base := sharedTempDir(t)
	src, err := os.ReadFile(selfExe(t))
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(base, "progress.test")
	if err := os.WriteFile(exe, src, 0o755); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(base, "training")
	if err := os.Mkdir(shared, 0o775); err != nil {
		t.Fatal(err)
	}
	os.Chmod(shared, 0o775)
	os.Chown(shared, 1001, 1001)
	return &cohort{t: t, exe: exe, db: filepath.Join(shared, "progress.db")}
}

// sharedTempDir makes a directory other users can reach: under the first
// of the usual temporary directories whose every ancestor they may enter
// (t.TempDir makes 0700 directories, and /tmp itself may be 0700).
func sharedTempDir(t *testing.T) string {
	for _, root := range []string{os.TempDir(), "/var/tmp", "/dev/shm"} {
		if !traversable(root) {
			continue
		}
		dir, err := os.MkdirTemp(root, "rootcause-cohort-")
		if err != nil {
			continue
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		os.Chmod(dir, 0o755)
		return dir
	}
	t.Fatal("no temporary directory other users may enter (tried $TMPDIR, /var/tmp, /dev/shm)")
	return ""
}

// traversable reports whether every directory from / to dir lets others in.
func traversable(dir string) bool {
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil || fi.Mode().Perm()&0o001 == 0 {
			return false
		}
		if d == "/" {
			return true
		}
	}
}

// as runs op as uid:gid and returns its output lines.
func (c *cohort) as(uid, gid int, op string, env ...string) string {
	c.t.Helper()
	cmd := c.cmd(uid, gid, op, env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		c.t.Fatalf("%s as %d: %v\n%s%s", op, uid, err, out, stderr.Bytes())
	}
	return strings.TrimSpace(string(out))
}

func (c *cohort) cmd(uid, gid int, op string, env ...string) *exec.Cmd {
	cmd := storageCmd(c.t, c.exe, op, c.db, env...)
	cmd.Dir = filepath.Dir(c.exe)
	// Under go test -cover the child would write coverage into a directory
	// only this user may enter, and fail.
	kept := cmd.Env[:0]
	for _, e := range cmd.Env {
		if !strings.HasPrefix(e, "GOCOVERDIR=") {
			kept = append(kept, e)
		}
	}
	cmd.Env = kept
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	return cmd
}

func (c *cohort) sideFiles() []string {
	var out []string
	for _, suf := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(c.db + suf); err == nil {
			out = append(out, suf)
		}
	}
	return out
}

// TestSharedFileTwoUsers reproduces B4 (and B3's read-only directory) with
// real OS users: the file takes the umask, a user who may not write is
// told so when opening, a reader needs no write access and never leaves a
// -shm file that locks the owner out, and sees answers still in the WAL.
func TestSharedFileTwoUsers(t *testing.T) {
	c := newCohort(t)
	const owner, reader, member = 1001, 1002, 1003
	if got := c.as(owner, owner, "record", "PROGRESS_N=5", "PROGRESS_UMASK=002"); got != "ok" {
		t.Fatalf("owner: %s", got)
	}
	if fi, err := os.Stat(c.db); err != nil || fi.Mode().Perm() != 0o664 {
		t.Fatalf("created with umask 002: %v %v, want -rw-rw-r--", fi.Mode(), err)
	}
	if got := c.as(reader, reader, "read"); got != "answers 5" {
		t.Errorf("reader in a read-only directory: %q, want answers 5", got)
	}
	if side := c.sideFiles(); len(side) > 0 {
		t.Errorf("the reader left %v behind", side)
	}
	if got := c.as(reader, reader, "open"); !strings.HasPrefix(got, "error [database not writable]") {
		t.Errorf("opening for writing without write access: %q, want refused at open", got)
	}
	// In a directory anyone may write (as /tmp), SQLite opens the file it
	// may not write read-only without a word, and BEGIN IMMEDIATE succeeds:
	// only a real write tells.
	os.Chmod(filepath.Dir(c.db), 0o777)
	if got := c.as(reader, reader, "open"); !strings.HasPrefix(got, "error [database not writable]") {
		t.Errorf("opening for writing a file it may not write, in a writable directory: %q, want refused at open", got)
	}
	os.Chmod(filepath.Dir(c.db), 0o775)
	for _, suf := range []string{"-wal", "-shm"} { // what that attempt left, owned by the reader
		os.Remove(c.db + suf)
	}
	if got := c.as(member, owner, "record", "PROGRESS_N=2"); got != "ok" {
		t.Errorf("a trainee in the group: %q", got)
	}

	// The owner keeps playing: the reader must see answers still in the WAL
	// and must not lock the owner out.
	hold := c.cmd(owner, owner, "hold", "PROGRESS_N=3")
	stdin, _ := hold.StdinPipe()
	stdout, _ := hold.StdoutPipe()
	if err := hold.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	if !sc.Scan() || sc.Text() != "held" {
		t.Fatalf("owner: %q", sc.Text())
	}
	if got := c.as(reader, reader, "read"); got != "answers 10" {
		t.Errorf("reader while the owner plays: %q, want answers 10", got)
	}
	stdin.Close()
	if !sc.Scan() || sc.Text() != "ok" {
		t.Errorf("owner after the reader: %q, want ok", sc.Text())
	}
	hold.Wait()
	if got := c.as(reader, reader, "read"); got != "answers 11" {
		t.Errorf("reader at the end: %q", got)
	}
}

func TestReadOnlyErrorsGiveReadAdvice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	_, err := OpenWith(path, Options{ReadOnly: true})
	if !errors.Is(err, ErrReadOnly) || strings.Contains(err.Error(), "--no-save") || !strings.Contains(err.Error(), path) {
		t.Errorf("read-only open of a missing file: %v; want ErrReadOnly naming the file, without --no-save", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a read-only open created the file")
	}
}

// TestReadOnlyOpenMigratesAnOlderSchemaFirst: stats on a database from an
// older rootcause brings it up to date through a writable handle, then
// reads through a read-only one.
func TestReadOnlyOpenMigratesAnOlderSchemaFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	buildAt(t, path, 4)
	st, err := OpenWith(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := count(t, st.db, `PRAGMA user_version`); got != SchemaVersion {
		t.Errorf("user_version %d, want %d", got, SchemaVersion)
	}
	if _, err := st.db.Exec(`DELETE FROM answers`); err == nil {
		t.Error("the read-only handle could write")
	}
	s, err := st.Stats("ana", corpus(3), t0)
	if err != nil || s.Answers != 5 { // ana's five in history, the follow-up included
		t.Errorf("stats through the read-only handle: %v, %d answers, want 5", err, s.Answers)
	}
}

// TestDamagedFileAdviceMovesTheWAL (B2): the advice for a damaged file moves
// its -wal and -shm with it, under names SQLite pairs with the moved file.
func TestDamagedFileAdviceMovesTheWAL(t *testing.T) {
	msg := (&Error{Path: "/srv/p.db", Kind: ErrCorrupt, Detail: "it is damaged"}).Error()
	for _, want := range []string{`mv "/srv/p.db" "/srv/p.db.bad"`, `mv "/srv/p.db-wal" "/srv/p.db.bad-wal"`, `mv "/srv/p.db-shm" "/srv/p.db.bad-shm"`, "--no-save"} {
		if !strings.Contains(msg, want) {
			t.Errorf("advice lacks %q: %s", want, msg)
		}
	}
	read := (&Error{Path: "/srv/p.db", Kind: ErrCorrupt, Detail: "it is damaged", reading: true}).Error()
	if strings.Contains(read, "--no-save") || !strings.Contains(read, "p.db.bad-wal") {
		t.Errorf("advice to a command that only reads: %s", read)
	}
	for _, k := range []error{ErrLocked, ErrReadOnly, ErrNewerSchema, nil} {
		if m := (&Error{Path: "/p", Kind: k, reading: true}).Error(); strings.Contains(m, "--no-save") {
			t.Errorf("%v, reading: %s", k, m)
		}
		if m := (&Error{Path: "/p", Kind: k}).Error(); !strings.Contains(m, "--no-save") {
			t.Errorf("%v, playing: %s", k, m)
		}
	}
}
