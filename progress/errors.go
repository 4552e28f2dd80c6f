package progress

import (
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Kinds of database trouble; test with errors.Is(err, progress.ErrCorrupt).
var (
	ErrCorrupt     = errors.New("not a usable progress database")
	ErrLocked      = errors.New("database locked")
	ErrReadOnly    = errors.New("database not writable")
	ErrNewerSchema = errors.New("database from a newer rootcause")
)

// Error is a problem with the progress database file. Its message names the
// file, says what is wrong and what to do; the file is never changed when
// Open returns one.
type Error struct {
	Path   string
	Kind   error  // ErrCorrupt, ErrLocked, ErrReadOnly or ErrNewerSchema
	Detail string // what is wrong, in words
	Err    error  // underlying error, if any

	reading bool // met by a command that only reads: --no-save is no advice there
}

func (e *Error) Error() string {
	return fmt.Sprintf("progress database %s: %s; %s", e.Path, e.Detail, hint(e.Kind, e.Path, e.reading))
}

// Is lets errors.Is match the kind.
func (e *Error) Is(target error) bool { return target == e.Kind }

func (e *Error) Unwrap() error { return e.Err }

func hint(kind error, path string, reading bool) string {
	noSave := ", or play without recording with --no-save"
	if reading {
		noSave = ""
	}
	switch kind {
	case ErrCorrupt:
		// The -wal file may hold the latest answers and the -shm file
		// indexes it: moving the database alone would lose the one and
		// pair a stale other with the next file.
		return fmt.Sprintf("it was left untouched: to start afresh, move it aside with its -wal and -shm files "+
			"if they exist, so the answers they hold stay with it (mv %q %q; mv %q %q; mv %q %q), "+
			"or choose another file with --db%s", path, path+".bad", path+"-wal", path+".bad-wal",
			path+"-shm", path+".bad-shm", noSave)
	case ErrLocked:
		return "another program has held it locked too long: close other rootcause windows and retry" + noSave
	case ErrReadOnly:
		if reading {
			return "check that it exists and is readable, or choose another file with --db"
		}
		return "choose a writable file with --db" + noSave
	case ErrNewerSchema:
		return "upgrade rootcause, or choose another file with --db" + noSave
	}
	if reading {
		return "choose another file with --db"
	}
	return "play without recording with --no-save"
}

// classify turns a driver error into an *Error when it is about the file;
// other errors are returned wrapped with the path.
func classify(path, op string, err error) error {
	if err == nil {
		return nil
	}
	var pe *Error
	if errors.As(err, &pe) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return &Error{Path: path, Kind: ErrCorrupt, Detail: "the file is damaged or is not a SQLite database", Err: err}
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return &Error{Path: path, Kind: ErrLocked, Detail: "the database is locked (while trying to " + op + ")", Err: err}
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			return &Error{Path: path, Kind: ErrReadOnly, Detail: "cannot open it for writing", Err: err}
		case sqlite3.SQLITE_FULL:
			return &Error{Path: path, Kind: ErrReadOnly, Detail: "the disk is full", Err: err}
		case sqlite3.SQLITE_IOERR:
			return &Error{Path: path, Kind: ErrReadOnly, Detail: "reading or writing it failed (" + sqliteMsg(err) + ")", Err: err}
		}
	}
	return fmt.Errorf("progress database %s: %s: %w", path, op, err)
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
}

// sqliteMsg is the driver's message without its numeric code suffix.
func sqliteMsg(err error) string {
	var se *sqlite.Error
	if errors.As(err, &se) {
		err = se
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, " ("); i > 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	return strings.TrimPrefix(msg, "SQL logic error: ")
}
