package progress

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// An account is a user (its name is the display name) and the SSH keys it
// plays with: a game day records a player under the account of their key,
// never under a display name another player may share. The tables are
// schema 6's (migrate6); renaming, linking and merging are in link.go.

// AccountFor returns the name of the account of SSH key fingerprint,
// creating it on first sight under display (or, when a user of that name
// exists already, display and the key's first characters: another "sam"
// never writes into sam's history).
func (s *Store) AccountFor(fingerprint, display string) (string, error) {
	if s == nil {
		return display, nil
	}
	var name string
	err := s.db.QueryRow(`SELECT u.name FROM account_keys k JOIN users u ON u.id = k.user_id WHERE k.fingerprint = ?`, fingerprint).Scan(&name)
	if err == nil {
		return name, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", classify(s.path, "account of key "+fingerprint, err)
	}
	tx, err := s.db.Begin()
	if err != nil {
		return "", classify(s.path, "new account", err)
	}
	defer tx.Rollback()
	name = strings.TrimSpace(display)
	if name == "" {
		name = "player"
	}
	short := strings.TrimPrefix(fingerprint, "SHA256:")
	for n := 0; ; n++ {
		cand := name
		if n > 0 {
			cand = fmt.Sprintf("%s (%s)", name, short[:min(len(short), 3+n)])
		}
		var taken int
		if err := tx.QueryRow(`SELECT count(*) FROM users WHERE name = ?`, cand).Scan(&taken); err != nil {
			return "", classify(s.path, "new account", err)
		}
		if taken == 0 {
			name = cand
			break
		}
		if n > len(short) {
			return "", fmt.Errorf("progress database %s: no free account name for %q", s.path, display)
		}
	}
	now := time.Now().UnixMilli()
	res, err := tx.Exec(`INSERT INTO users(name, created_at) VALUES(?, ?)`, name, now)
	if err != nil {
		return "", classify(s.path, "new account "+name, err)
	}
	uid, _ := res.LastInsertId()
	if _, err := tx.Exec(`INSERT INTO account_keys(fingerprint, user_id, added_at) VALUES(?, ?, ?)`, fingerprint, uid, now); err != nil {
		return "", classify(s.path, "new account "+name, err)
	}
	return name, classify(s.path, "new account "+name, tx.Commit())
}

// ErrAmbiguousUser is returned by ResolveUser when a prefix fits more than
// one key.
var ErrAmbiguousUser = errors.New("ambiguous user")

// ResolveUser turns what --user was given into a user name: a user's name
// as it is, or the start of one of its keys' fingerprints (with or without
// "SHA256:", at least 4 characters). A prefix fitting keys of two accounts
// is an error that lists them.
func (s *Store) ResolveUser(given string) (string, error) {
	given = strings.TrimSpace(given)
	if s == nil || given == "" {
		return given, nil
	}
	if _, ok, err := s.lookupUser(given); err != nil || ok {
		return given, err
	}
	prefix := strings.TrimPrefix(given, "SHA256:")
	if len(prefix) < 4 {
		return given, nil // a new user of that name
	}
	rows, err := s.db.Query(`SELECT DISTINCT u.name FROM account_keys k JOIN users u ON u.id = k.user_id
WHERE substr(k.fingerprint, 8, ?) = ? ORDER BY u.name`, len(prefix), prefix)
	if err != nil {
		return "", classify(s.path, "user "+given, err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return "", classify(s.path, "user "+given, err)
		}
		names = append(names, n)
	}
	switch len(names) {
	case 0:
		return given, rows.Err()
	case 1:
		return names[0], rows.Err()
	}
	return "", fmt.Errorf("%w: %q starts keys of %s; give more of the fingerprint or the name", ErrAmbiguousUser, given, strings.Join(names, ", "))
}

// SessionAnswer is one answer of a session, for RecordAnswers.
type SessionAnswer struct {
	Session int64
	Answer
}

// RecordAnswers stores answers of one or more sessions in a single
// transaction, committed before it returns: a game day's group commit,
// where one fsync covers every answer that arrived in the same few
// milliseconds. Either all are stored or none.
func (s *Store) RecordAnswers(batch []SessionAnswer) error {
	if s == nil || len(batch) == 0 {
		return nil
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "record answers", err)
	}
	defer tx.Rollback()
	for _, a := range batch {
		if a.At.IsZero() {
			a.At = time.Now()
		}
		if err := s.recordTx(tx, a.Session, a.Answer); err != nil {
			return classify(s.path, "record answer for incident "+a.IncidentID, err)
		}
	}
	return classify(s.path, "record answers", tx.Commit())
}
