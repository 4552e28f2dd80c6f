package progress

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// assertFileError checks err is an *Error of the kind, naming the file and
// offering --no-save.
func assertFileError(t *testing.T, err error, kind error, path string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %v", kind)
	}
	var pe *Error
	if !errors.As(err, &pe) || !errors.Is(err, kind) {
		t.Fatalf("error %v (%T), want kind %v", err, err, kind)
	}
	msg := err.Error()
	if !strings.Contains(msg, path) || !strings.Contains(msg, "--no-save") {
		t.Errorf("message %q should name %s and offer --no-save", msg, path)
	}
}

// filledDB makes a healthy database with some answers and returns its path,
// closed (and so checkpointed into the main file).
func filledDB(t *testing.T) string {
	st, path := openTemp(t)
	sid := mustSession(t, st, "ana", t0)
	for i := 0; i < 200; i++ {
		mustAnswer(t, st, sid, incID(i%30), i%3 != 0, t0.Add(time.Duration(i)*time.Second))
	}
	st.Close()
	return path
}

func TestDamagedFilesAreRefusedUntouched(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	noise := make([]byte, 8192)
	rnd.Read(noise)
	cases := []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"random bytes", func(t *testing.T, path string) { os.WriteFile(path, noise, 0o644) }},
		{"text file", func(t *testing.T, path string) { os.WriteFile(path, []byte("my notes\n"), 0o644) }},
		{"few bytes", func(t *testing.T, path string) { os.WriteFile(path, []byte("SQLi"), 0o644) }},
		{"truncated header", func(t *testing.T, path string) {
			data, _ := os.ReadFile(filledDB(t))
			os.WriteFile(path, data[:50], 0o644)
		}},
		{"truncated half", func(t *testing.T, path string) {
			data, _ := os.ReadFile(filledDB(t))
			os.WriteFile(path, data[:len(data)/2], 0o644)
		}},
		{"directory", func(t *testing.T, path string) { os.Mkdir(path, 0o755) }},
		{"unknown file format", func(t *testing.T, path string) {
			data, _ := os.ReadFile(filledDB(t))
			data[18], data[19] = 9, 9 // read/write format versions SQLite does not know
			os.WriteFile(path, data, 0o644)
		}},
		{"damaged schema page", func(t *testing.T, path string) {
			data, _ := os.ReadFile(filledDB(t))
			for i := 100; i < 4096; i += 7 { // page 1 after the header holds sqlite_master
				data[i] ^= 0x5a
			}
			os.WriteFile(path, data, 0o644)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "progress.db")
			tc.damage(t, path)
			before, _ := os.ReadFile(path)
			st, err := Open(path)
			if err == nil {
				st.Close()
			}
			assertFileError(t, err, ErrCorrupt, path)
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("damaged file was modified")
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + side); err == nil {
					t.Errorf("%s created next to a damaged file", side)
				}
			}
		})
	}
}

// TestDamagedPagesOnMigration: a file with a good header but damaged pages is
// caught by quick_check before any migration writes to it.
func TestDamagedPagesOnMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	buildAt(t, path, 1)
	data, _ := os.ReadFile(path)
	if len(data) < 3*4096 {
		t.Skipf("fixture too small (%d bytes)", len(data))
	}
	for i := 4096 + 100; i < 2*4096; i++ { // scribble over page 2
		data[i] = 0xA5
	}
	os.WriteFile(path, data, 0o644)
	_, err := Open(path)
	assertFileError(t, err, ErrCorrupt, path)
	after, _ := os.ReadFile(path)
	if !bytes.Equal(data, after) {
		t.Error("damaged file was modified")
	}
}

// TestForeignDatabasesAreRefusedUntouched: a SQLite file that is not ours,
// or that lacks the tables its version promises, is never migrated into.
func TestForeignDatabasesAreRefusedUntouched(t *testing.T) {
	for _, tc := range []struct{ name, script, want string }{
		{"another program's", `CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)`, "another program's SQLite database (tables photos)"},
		{"version without tables", `PRAGMA user_version = 2; CREATE TABLE users(id INTEGER PRIMARY KEY)`, "has no sessions table"},
		{"latest version without its tables", `PRAGMA user_version = 5; CREATE TABLE users(id); CREATE TABLE sessions(id);
CREATE TABLE answers(id); CREATE TABLE reviews(id); CREATE TABLE daily(id); CREATE TABLE settings(id)`, "has no meta table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "other.db")
			db := rawDB(t, path)
			if _, err := db.Exec(tc.script); err != nil {
				t.Fatal(err)
			}
			db.Close()
			before, _ := os.ReadFile(path)
			_, err := Open(path)
			assertFileError(t, err, ErrCorrupt, path)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q lacks %q", err, tc.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("foreign database was modified")
			}
		})
	}
}

// readOnlyPath returns a database path in a directory this process cannot
// write: a chmod 0555 temp dir, or for root (who ignores modes) /sys.
func readOnlyPath(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o755)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	probe := filepath.Join(dir, "probe")
	if f, err := os.Create(probe); err == nil { // running as root
		f.Close()
		os.Remove(probe)
		dir = "/sys"
		if f, err := os.Create(filepath.Join(dir, "rootcause-probe")); err == nil {
			f.Close()
			t.Skip("no read-only directory available")
		}
	}
	return filepath.Join(dir, "rootcause-progress.db")
}

func TestReadOnlyDirectory(t *testing.T) {
	path := readOnlyPath(t)
	_, err := Open(path)
	assertFileError(t, err, ErrReadOnly, path)
	if _, err := Open(filepath.Join(path, "deeper", "x.db")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("nested path: %v, want ErrReadOnly", err)
	}
}

func TestLockedForLong(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	st, err := OpenWith(path, Options{BusyTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sid := mustSession(t, st, "ana", t0)

	holder := rawDB(t, path)
	conn, err := holder.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}

	other, err := OpenWith(path, Options{BusyTimeout: 50 * time.Millisecond})
	if other != nil {
		other.Close()
	}
	assertFileError(t, err, ErrLocked, path)
	err = st.RecordAnswer(sid, Answer{IncidentID: "INC-AA", Correct: true, At: t0})
	assertFileError(t, err, ErrLocked, path)
	reader, err := OpenWith(path, Options{BusyTimeout: 50 * time.Millisecond, SkipWriteCheck: true})
	if err != nil {
		t.Errorf("opening to read while another process writes: %v", err)
	} else {
		reader.Close()
	}
	if _, err := st.Stats("ana", corpus(3), t0); err != nil {
		t.Errorf("reading while another process writes: %v", err)
	}

	if _, err := conn.ExecContext(t.Context(), `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	mustAnswer(t, st, sid, "INC-AA", true, t0)
	if n := count(t, st.db, `SELECT count(*) FROM answers`); n != 1 {
		t.Errorf("answers = %d, want 1 (the failed one must not be half-written)", n)
	}
}
