package progress

import (
	"database/sql"
	"errors"
)

// BoundAccount is the name of the account SSH key fingerprint belongs to;
// ok is false when no account has it. It creates nothing (not even the
// keys table of a database no keyed login has seen yet), so a team server
// can ask it for every key a client offers before one signs in.
func (s *Store) BoundAccount(fingerprint string) (name string, ok bool, err error) {
	if s == nil {
		return "", false, nil
	}
	var tables int
	if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'account_keys'`).Scan(&tables); err != nil {
		return "", false, classify(s.path, "account of key "+fingerprint, err)
	}
	if tables == 0 {
		return "", false, nil
	}
	err = s.db.QueryRow(`SELECT u.name FROM account_keys k JOIN users u ON u.id = k.user_id WHERE k.fingerprint = ?`, fingerprint).Scan(&name)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	case err != nil:
		return "", false, classify(s.path, "account of key "+fingerprint, err)
	}
	return name, true, nil
}
