package progress

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// migrations bring the schema from version i to i+1 (PRAGMA user_version).
// They run in order, all in one transaction, when a database is opened.
// Append only: never edit a step that has shipped.
var migrations = []func(tx *sql.Tx) error{
	migrate1, // users, sessions, answers
	migrate2, // FSRS review state, rebuilt from the answers
	migrate3, // leech flag
	migrate4, // per-user totals kept as answers arrive, for fast stats
	migrate5, // FSRS-6: ratings stored, reviews rebuilt; settings; scheduler parameters
	migrate6, // accounts: SSH keys, link codes; cohorts, members, assignments
	migrate7, // assignment ids never reused
}

// SchemaVersion is the schema this binary writes.
var SchemaVersion = len(migrations)

func migrate1(tx *sql.Tx) error {
	return execAll(tx, `
CREATE TABLE users (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL -- unix ms
);
CREATE TABLE sessions (
	id          INTEGER PRIMARY KEY,
	user_id     INTEGER NOT NULL REFERENCES users(id),
	mode        TEXT NOT NULL,
	difficulty  TEXT NOT NULL,
	total       INTEGER NOT NULL,
	seed        INTEGER NOT NULL,
	started_at  INTEGER NOT NULL, -- unix ms
	finished_at INTEGER           -- NULL: interrupted or still running
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE answers (
	id          INTEGER PRIMARY KEY,
	session_id  INTEGER NOT NULL REFERENCES sessions(id),
	incident_id TEXT NOT NULL,
	kind        TEXT NOT NULL,    -- question kind, e.g. "cause"
	difficulty  TEXT NOT NULL,
	choice      INTEGER NOT NULL, -- index picked, -1 skipped or timed out
	correct     INTEGER NOT NULL,
	clues       INTEGER NOT NULL,
	elapsed_ms  INTEGER NOT NULL,
	at          INTEGER NOT NULL  -- unix ms
);
CREATE INDEX answers_session ON answers(session_id);`)
}

// migrate2 once also replayed the answers into reviews; migrate5 drops and
// rebuilds that table with FSRS-6, so the replay here was removed as work
// thrown away (the end state of every upgrade is unchanged).
func migrate2(tx *sql.Tx) error {
	return execAll(tx, `
CREATE TABLE reviews (
	user_id     INTEGER NOT NULL REFERENCES users(id),
	incident_id TEXT NOT NULL,
	stability   REAL NOT NULL,
	difficulty  REAL NOT NULL,
	due         INTEGER NOT NULL, -- unix ms
	reps        INTEGER NOT NULL,
	lapses      INTEGER NOT NULL,
	last_review INTEGER NOT NULL, -- unix ms
	PRIMARY KEY (user_id, incident_id)
) WITHOUT ROWID;`)
}

func migrate3(tx *sql.Tx) error {
	return execAll(tx, `
ALTER TABLE reviews ADD COLUMN leech INTEGER NOT NULL DEFAULT 0;
UPDATE reviews SET leech = lapses >= 8;`)
}

// migrate4 keeps totals up to date as answers are recorded, so Stats reads
// one row per incident and per day instead of every answer: per-incident
// totals in reviews, activity per day in daily, and each answer's user (with
// a covering index) for period queries in reports.
func migrate4(tx *sql.Tx) error {
	err := execAll(tx, `
ALTER TABLE answers ADD COLUMN user_id INTEGER REFERENCES users(id);
UPDATE answers SET user_id = (SELECT user_id FROM sessions WHERE sessions.id = answers.session_id);
CREATE INDEX answers_user_incident ON answers(user_id, incident_id, at, correct);
ALTER TABLE reviews ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN correct INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN last_correct INTEGER NOT NULL DEFAULT 0;
UPDATE reviews SET
	answers = (SELECT count(*) FROM answers a WHERE a.user_id = reviews.user_id AND a.incident_id = reviews.incident_id),
	correct = (SELECT coalesce(sum(a.correct), 0) FROM answers a WHERE a.user_id = reviews.user_id AND a.incident_id = reviews.incident_id),
	last_correct = coalesce((SELECT a.correct FROM answers a WHERE a.user_id = reviews.user_id AND a.incident_id = reviews.incident_id
		ORDER BY a.at DESC, a.id DESC LIMIT 1), 0);
CREATE TABLE daily (
	user_id INTEGER NOT NULL REFERENCES users(id),
	day     INTEGER NOT NULL, -- local calendar day of the answer, days since 1970-01-01
	answers INTEGER NOT NULL,
	correct INTEGER NOT NULL,
	PRIMARY KEY (user_id, day)
) WITHOUT ROWID;`)
	// The daily table is filled by migrate5's replay (it once was here too:
	// work thrown away since, with the same end state).
	return err
}

// migrate6 makes users accounts: a user row is an account's display name,
// account_keys its SSH keys (one key, one account), link_codes the one-time
// codes that bind a second key. It is the one migration that changes what a
// user is; the users table itself keeps its columns, so every older query
// and --user name keeps working. account_keys was made on first use by
// builds of schema 5, hence IF NOT EXISTS. Cohorts group trainees; an
// assignment gives a cohort a track (a filter, a number of incidents, a
// due date).
func migrate6(tx *sql.Tx) error {
	return execAll(tx, `
CREATE TABLE IF NOT EXISTS account_keys (
	fingerprint TEXT PRIMARY KEY,  -- SHA256:… as ssh-keygen -l prints it
	user_id     INTEGER NOT NULL REFERENCES users(id),
	added_at    INTEGER NOT NULL   -- unix ms
);
CREATE INDEX IF NOT EXISTS account_keys_user ON account_keys(user_id);
CREATE TABLE link_codes (
	code       TEXT PRIMARY KEY,  -- as shown, without the dash
	user_id    INTEGER NOT NULL REFERENCES users(id),
	expires_at INTEGER NOT NULL   -- unix ms
) WITHOUT ROWID;
CREATE TABLE cohorts (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL   -- unix ms
);
CREATE TABLE cohort_members (
	cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
	user_id   INTEGER NOT NULL REFERENCES users(id),
	added_at  INTEGER NOT NULL,   -- unix ms
	PRIMARY KEY (cohort_id, user_id)
) WITHOUT ROWID;
CREATE INDEX cohort_members_user ON cohort_members(user_id);
CREATE TABLE assignments (
	id         INTEGER PRIMARY KEY,
	cohort_id  INTEGER NOT NULL REFERENCES cohorts(id),
	platforms  TEXT NOT NULL DEFAULT '', -- the track's filter, comma-separated, '' any
	services   TEXT NOT NULL DEFAULT '',
	severities TEXT NOT NULL DEFAULT '', -- SEV-1,SEV-2
	count      INTEGER NOT NULL,         -- incidents of the track to answer
	due        TEXT NOT NULL,            -- YYYY-MM-DD, the last day
	created_at INTEGER NOT NULL          -- unix ms, answers from then on count
);
CREATE INDEX assignments_cohort ON assignments(cohort_id);`)
}

// migrate7 gives assignments AUTOINCREMENT ids. Without it SQLite hands a
// deleted newest assignment's id to the next one, and `cohort unassign ID`
// typed from an older `cohort list` removed the wrong track.
func migrate7(tx *sql.Tx) error {
	return execAll(tx, `
CREATE TABLE assignments7 (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	cohort_id  INTEGER NOT NULL REFERENCES cohorts(id),
	platforms  TEXT NOT NULL DEFAULT '',
	services   TEXT NOT NULL DEFAULT '',
	severities TEXT NOT NULL DEFAULT '',
	count      INTEGER NOT NULL,
	due        TEXT NOT NULL,
	created_at INTEGER NOT NULL
);
INSERT INTO assignments7 SELECT id, cohort_id, platforms, services, severities, count, due, created_at FROM assignments;
DROP TABLE assignments;
ALTER TABLE assignments7 RENAME TO assignments;
CREATE INDEX assignments_cohort ON assignments(cohort_id);`)
}

func execAll(tx *sql.Tx, script string) error {
	for _, stmt := range strings.Split(script, ";") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := tx.Exec(stmt); err != nil {
			return fmt.Errorf("%w (in %q)", err, firstLine(stmt))
		}
	}
	return nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// prepare checks the opened file and migrates it. Nothing is written until
// the file has been read successfully and found healthy and not too new.
func (s *Store) prepare(o Options) error {
	v, names, err := s.schemaState()
	if err != nil {
		return err
	}
	if v > SchemaVersion {
		return &Error{Path: s.path, Kind: ErrNewerSchema, Detail: fmt.Sprintf(
			"its schema is version %d, this rootcause knows up to %d", v, SchemaVersion)}
	}
	if err := s.checkTables(v, names); err != nil {
		return err
	}
	if o.ReadOnly {
		if v < SchemaVersion {
			return errOlderSchema
		}
		return nil
	}
	if v < SchemaVersion {
		if err := s.quickCheck(); err != nil {
			return err
		}
	}
	if err := s.enableWAL(); err != nil {
		return err
	}
	if v == SchemaVersion && o.SkipWriteCheck {
		return nil
	}
	return s.migrate()
}

// tablesAdded lists the tables each schema version adds.
var tablesAdded = map[int][]string{1: {"users", "sessions", "answers"}, 2: {"reviews"}, 4: {"daily"}, 5: {"settings", "meta"},
	6: {"account_keys", "link_codes", "cohorts", "cohort_members", "assignments"}}

// schemaState reads the schema version and the table names in one
// statement, so one snapshot: read apart, another process's migration
// committing in between made a fresh file look like another program's.
func (s *Store) schemaState() (int, []string, error) {
	var v int
	var list sql.NullString
	err := s.db.QueryRow(`SELECT (SELECT user_version FROM pragma_user_version),
	(SELECT group_concat(name, char(10)) FROM (SELECT name FROM sqlite_master
		WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name))`).Scan(&v, &list)
	if err != nil {
		return 0, nil, unreadable(s.path, err)
	}
	var names []string
	if list.String != "" {
		names = strings.Split(list.String, "\n")
	}
	return v, names, nil
}

// checkTables checks, before anything is written, that the file holds the
// tables its schema version promises, and that a file without a version is
// empty rather than another program's database.
func (s *Store) checkTables(v int, names []string) error {
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	if v == 0 && len(names) > 0 {
		return &Error{Path: s.path, Kind: ErrCorrupt, Detail: fmt.Sprintf(
			"it is another program's SQLite database (tables %s), not a rootcause progress database",
			firstLine(strings.Join(names, ", ")))}
	}
	for i := 1; i <= v; i++ {
		for _, t := range tablesAdded[i] {
			if !have[t] {
				return &Error{Path: s.path, Kind: ErrCorrupt, Detail: fmt.Sprintf(
					"it says schema version %d but has no %s table", v, t)}
			}
		}
	}
	return nil
}

// unreadable classifies a failure of the first read of a file: whatever is
// not a lock or a permission problem means SQLite cannot use the file
// (e.g. "unsupported file format" from a damaged header).
func unreadable(path string, err error) error {
	c := classify(path, "read schema version", err)
	var pe *Error
	if errors.As(c, &pe) {
		return c
	}
	return &Error{Path: path, Kind: ErrCorrupt, Detail: "SQLite cannot read it (" + sqliteMsg(err) + ")", Err: err}
}

// enableWAL switches the file to write-ahead logging, so readers and one
// writer in different processes do not block each other. SQLite does not
// apply the busy timeout to this switch, so a race with another process
// doing the same is retried here until the timeout.
func (s *Store) enableWAL() error {
	deadline := time.Now().Add(s.busy)
	for {
		var mode string
		err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
		if err == nil && mode == "wal" {
			return nil
		}
		if err == nil {
			err = s.db.QueryRow(`PRAGMA journal_mode=WAL`).Scan(&mode)
		}
		if err == nil && mode == "wal" {
			return nil
		}
		if err == nil {
			return &Error{Path: s.path, Kind: ErrReadOnly, Detail: "cannot switch it to WAL mode (got " + mode + ")"}
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return classify(s.path, "switch it to WAL mode", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// quickCheck runs PRAGMA quick_check; anything but "ok" means damage.
func (s *Store) quickCheck() error {
	rows, err := s.db.Query(`PRAGMA quick_check`)
	if err != nil {
		return classify(s.path, "check", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return classify(s.path, "check", err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return classify(s.path, "check", err)
	}
	if len(msgs) != 1 || msgs[0] != "ok" {
		return &Error{Path: s.path, Kind: ErrCorrupt, Detail: "it is damaged (" + firstLine(strings.Join(msgs, "; ")) + ")"}
	}
	return nil
}

// migrate applies the missing steps in one write transaction. The version is
// read again inside it: another process may have migrated meanwhile. An
// up-to-date file still takes (and releases) the write lock, which proves
// the file is writable before a trainee's first answer depends on it.
func (s *Store) migrate() error {
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "lock it for writing", err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return classify(s.path, "read schema version", err)
	}
	if v > SchemaVersion {
		return &Error{Path: s.path, Kind: ErrNewerSchema, Detail: fmt.Sprintf(
			"its schema is version %d, this rootcause knows up to %d", v, SchemaVersion)}
	}
	if v == SchemaVersion {
		// A real write, rolled back: SQLite opens a file it may not write
		// read-only without saying so, and BEGIN IMMEDIATE succeeds there.
		_, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, SchemaVersion))
		return classify(s.path, "write to it", err)
	}
	for i := v; i < SchemaVersion; i++ {
		if err := migrations[i](tx); err != nil {
			return classify(s.path, fmt.Sprintf("migrate schema %d to %d", i, i+1), err)
		}
	}
	// PRAGMA takes no bound parameters; the value is our own integer.
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, SchemaVersion)); err != nil {
		return classify(s.path, "set schema version", err)
	}
	return classify(s.path, "commit migration", tx.Commit())
}
