package progress

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/adrg/xdg"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// Store is an open progress database. Its methods are safe for concurrent use.
// A nil *Store records nothing (see the package doc).
type Store struct {
	db   *sql.DB
	path string
	busy time.Duration // busy timeout
	stmts

	mu     sync.Mutex
	users  map[string]int64         // user name -> id, filled as users are seen
	zones  map[int64]*time.Location // user id -> time zone, filled as users are seen
	params Params                   // scheduler parameters, from the meta table
}

// Options tune Open; the zero value is the default.
type Options struct {
	// BusyTimeout is how long to wait for another process's lock before
	// giving up with ErrLocked (default 5 s).
	BusyTimeout time.Duration
	// SkipWriteCheck is for callers that only read (stats, reports): Open
	// does not take the write lock to prove the file writable, so it works
	// while another process holds that lock. An older schema is still
	// migrated, which writes.
	SkipWriteCheck bool
	// ReadOnly opens the file read-only (SQLite mode=ro; immutable=1 when
	// there is no -wal file, so nothing is created beside it): for stats,
	// reports and exports, which then work on a read-only mount or
	// directory and never leave a -shm file behind that locks out the file's
	// owner. A file whose schema is older is first migrated through a
	// writable handle; that fails when it cannot be written.
	ReadOnly bool
}

// DefaultBusyTimeout is how long a write waits for another process's lock.
const DefaultBusyTimeout = 5 * time.Second

// DefaultPath is $XDG_DATA_HOME/rootcause/progress.db (on Linux usually
// ~/.local/share/rootcause/progress.db). It creates nothing: Open makes the
// directory when it creates the database.
func DefaultPath() (string, error) {
	if xdg.DataHome == "" {
		return "", errors.New("progress database: no data directory ($XDG_DATA_HOME or $HOME) is set; " +
			"choose a file with --db, or play without recording with --no-save")
	}
	return filepath.Join(xdg.DataHome, "rootcause", "progress.db"), nil
}

// DefaultUser is the OS user name, the trainee name when --user is not given.
func DefaultUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "LOGNAME", "USERNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "trainee"
}

// Open opens (creating if needed) the progress database at path, "" meaning
// DefaultPath, and brings its schema up to date.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options.
//
// Before anything is written the file is checked: a file that is not a
// SQLite database, is truncated or fails PRAGMA quick_check, or whose schema
// is newer than this binary knows, is reported as an *Error and left exactly
// as it was.
func OpenWith(path string, o Options) (*Store, error) {
	if path == "" {
		p, err := DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if err := sniff(path); err != nil {
		return nil, err
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = DefaultBusyTimeout
	}
	if o.ReadOnly {
		return openReadOnly(path, o)
	}
	if err := create(path); err != nil {
		return nil, err
	}
	return openDSN(path, dsn(path, o.BusyTimeout), o)
}

// openDSN opens, checks and migrates.
func openDSN(path, source string, o Options) (*Store, error) {
	db, err := sql.Open("sqlite", source)
	if err != nil {
		return nil, classify(path, "open", err)
	}
	s := &Store{db: db, path: path, busy: o.BusyTimeout, users: map[string]int64{}, zones: map[int64]*time.Location{}}
	err = s.prepare(o)
	if err == nil {
		s.params, err = loadParams(s.db)
	}
	if err == nil && !o.ReadOnly {
		err = s.prepareStmts()
	}
	if err != nil {
		s.Close()
		return nil, unusable(path, err)
	}
	return s, nil
}

// openReadOnly opens path for reading only. An older schema is migrated
// first through a writable handle.
func openReadOnly(path string, o Options) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, &Error{Path: path, Kind: ErrReadOnly, Detail: "cannot read it", Err: err, reading: true}
	}
	s, err := openDSN(path, dsnRO(path, o.BusyTimeout), o)
	if err == nil || !errors.Is(err, errOlderSchema) {
		return s, readingErr(err)
	}
	w, err := OpenWith(path, Options{BusyTimeout: o.BusyTimeout, SkipWriteCheck: true})
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) && pe.Kind == ErrReadOnly {
			pe.Detail = "its schema is older than this rootcause's and it cannot be written to bring it up to date (" + pe.Detail + ")"
		}
		return nil, readingErr(err)
	}
	w.Close()
	s, err = openDSN(path, dsnRO(path, o.BusyTimeout), o)
	return s, readingErr(err)
}

// errOlderSchema stops a read-only open that needs a migration.
var errOlderSchema = errors.New("older schema")

// readingErr marks an *Error as met by a command that only reads, whose
// advice then leaves out --no-save.
func readingErr(err error) error {
	var pe *Error
	if errors.As(err, &pe) {
		pe.reading = true
	}
	return err
}

// create makes a missing database file, 0666 less the umask (so a cohort
// file in a group directory is group-writable when the umask says so), and
// its directory 0777 less the umask. SQLite would make it 0644 whatever the
// umask.
func create(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return &Error{Path: path, Kind: ErrReadOnly, Detail: "cannot create its directory (" + err.Error() + ")", Err: err}
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return &Error{Path: path, Kind: ErrReadOnly, Detail: "cannot create it (" + err.Error() + ")", Err: err}
	}
	return f.Close()
}

// unusable makes any failure to open an *Error: one that is not about locks
// or permissions means the tables are not what this rootcause expects.
func unusable(path string, err error) error {
	var pe *Error
	if errors.As(err, &pe) {
		return err
	}
	return &Error{Path: path, Kind: ErrCorrupt, Detail: "its tables are not what this rootcause expects (" + sqliteMsg(err) + ")", Err: err}
}

// dsn builds a file: URI (so any character in the path is safe) with the
// per-connection settings. journal_mode is not among them: it writes to the
// file, and the file must be checked first (see prepare).
func dsn(path string, busy time.Duration) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	// NORMAL in WAL mode: a commit survives the process being killed (the WAL
	// is in the OS page cache); only an OS crash could lose the last commits.
	q.Add("_pragma", "synchronous(NORMAL)")
	// Writers take the lock at BEGIN, so two processes never deadlock
	// upgrading read locks; they queue on the busy timeout instead.
	q.Set("_txlock", "immediate")
	return u.String() + "?" + q.Encode()
}

// dsnRO is the read-only URI. immutable=1 (no locks, no -shm) only when no
// -wal file exists: with one, recent answers may live in it and must be read.
func dsnRO(path string, busy time.Duration) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	q := url.Values{}
	q.Set("mode", "ro")
	if fi, err := os.Stat(path + "-wal"); err != nil || fi.Size() == 0 {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	return u.String() + "?" + q.Encode()
}

// sqliteMagic starts every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// sniff rejects, without opening it for writing, a file that cannot be a
// healthy SQLite database: not a regular file, not SQLite, or shorter than
// its header says. A missing or empty file is fine: it becomes a new database.
func sniff(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return &Error{Path: path, Kind: ErrReadOnly, Detail: "cannot read it", Err: err}
	}
	if !fi.Mode().IsRegular() {
		return &Error{Path: path, Kind: ErrCorrupt, Detail: "it is not a regular file"}
	}
	if fi.Size() == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return &Error{Path: path, Kind: ErrReadOnly, Detail: "cannot read it", Err: err}
	}
	defer f.Close()
	hdr := make([]byte, 100)
	n, err := io.ReadFull(f, hdr)
	if n >= len(sqliteMagic) && !bytes.Equal(hdr[:len(sqliteMagic)], sqliteMagic) || n < len(sqliteMagic) && !bytes.HasPrefix(sqliteMagic, hdr[:n]) {
		return &Error{Path: path, Kind: ErrCorrupt, Detail: "it is not a SQLite database"}
	}
	if err != nil {
		return &Error{Path: path, Kind: ErrCorrupt, Detail: fmt.Sprintf("it is truncated (%d bytes, shorter than a database header)", fi.Size())}
	}
	pageSize := int64(hdr[16])<<8 | int64(hdr[17])
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(hdr[28])<<24 | int64(hdr[29])<<16 | int64(hdr[30])<<8 | int64(hdr[31])
	// The in-header size is only valid when the two change counters agree.
	valid := bytes.Equal(hdr[24:28], hdr[92:96])
	// With a -wal file the header may count pages that live only in the WAL
	// (a checkpoint cut short by a full disk leaves exactly that): SQLite
	// reads such a pair fine, so the size says nothing then.
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		valid = false
	}
	if valid && pages > 0 && fi.Size() < pages*pageSize {
		return &Error{Path: path, Kind: ErrCorrupt, Detail: fmt.Sprintf(
			"it is truncated (%d bytes, its header says %d)", fi.Size(), pages*pageSize)}
	}
	return nil
}

// Path is the database file.
func (s *Store) Path() string {
	if s == nil {
		return ""
	}
	return s.path
}

// Close closes the database.
func (s *Store) Close() error {
	if s == nil {
		return nil
	}
	s.stmts.close()
	return s.db.Close()
}

// userID returns the id of the named user, creating the user if needed.
// An empty name means DefaultUser.
func (s *Store) userID(name string) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = DefaultUser()
	}
	s.mu.Lock()
	id, ok := s.users[name]
	s.mu.Unlock()
	if ok {
		return id, nil
	}
	_, err := s.db.Exec(`INSERT INTO users(name, created_at) VALUES(?, ?) ON CONFLICT(name) DO NOTHING`,
		name, time.Now().UnixMilli())
	if err == nil {
		err = s.db.QueryRow(`SELECT id FROM users WHERE name = ?`, name).Scan(&id)
	}
	if err != nil {
		return 0, classify(s.path, "user "+name, err)
	}
	s.mu.Lock()
	s.users[name] = id
	s.mu.Unlock()
	return id, nil
}

// lookupUser is userID without creating: ok is false for an unknown user.
func (s *Store) lookupUser(name string) (id int64, ok bool, err error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = DefaultUser()
	}
	err = s.db.QueryRow(`SELECT id FROM users WHERE name = ?`, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, classify(s.path, "user "+name, err)
	}
	return id, true, nil
}
