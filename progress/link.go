package progress

import (
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nexusflow/rootcause/incidents"
)

// Errors of renaming and linking accounts; test with errors.Is.
var (
	ErrNameTaken   = errors.New("name taken")
	ErrBadName     = errors.New("bad name")
	ErrNoUser      = errors.New("no such user")
	ErrLinkCode    = errors.New("no such link code")
	ErrLinkExpired = errors.New("link code expired")
	ErrSameAccount = errors.New("same account")
)

// LinkCodeTTL is how long a link code can be redeemed.
const LinkCodeTTL = 15 * time.Minute

// MaxNameLen is the longest display name, in characters.
const MaxNameLen = 32

// linkAlphabet has no 0/O, 1/I/L: a code is read off one screen and typed
// on another.
const linkAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// linkLen is a code's length: 31^8 codes, one live per account for 15 minutes.
const linkLen = 8

// CheckName returns name as it would be stored, or an ErrBadName error
// saying why it cannot be a display name.
func CheckName(name string) (string, error) {
	n := strings.TrimSpace(name)
	switch {
	case n == "":
		return "", fmt.Errorf("%w: a name cannot be empty", ErrBadName)
	case incidents.Sanitize(n) != n || strings.ContainsAny(n, "\n\r\t"):
		return "", fmt.Errorf("%w: %q has control characters", ErrBadName, incidents.Sanitize(n))
	case utf8.RuneCountInString(n) > MaxNameLen:
		return "", fmt.Errorf("%w: a name has at most %d characters", ErrBadName, MaxNameLen)
	}
	return n, nil
}

// Rename gives user's account the display name to. A name another account
// has, in any case ("Sam" when "sam" exists), is ErrNameTaken: the two
// would be told apart only by case in every report.
func (s *Store) Rename(user, to string) error {
	to, err := CheckName(to)
	if err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return classify(s.path, "rename "+user, err)
	}
	defer tx.Rollback()
	uid, err := userIn(tx, user)
	if err != nil {
		return s.userErr(user, err)
	}
	var other string
	err = tx.QueryRow(`SELECT name FROM users WHERE name = ? COLLATE NOCASE AND id <> ? LIMIT 1`, to, uid).Scan(&other)
	if err == nil {
		return fmt.Errorf("%w: %q is another account's name; choose another", ErrNameTaken, other)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return classify(s.path, "rename "+user, err)
	}
	if _, err := tx.Exec(`UPDATE users SET name = ? WHERE id = ?`, to, uid); err != nil {
		return classify(s.path, "rename "+user, err)
	}
	if err := tx.Commit(); err != nil {
		return classify(s.path, "rename "+user, err)
	}
	s.forget(user)
	return nil
}

// NewLinkCode makes a one-time code that links another SSH key to user's
// account, valid LinkCodeTTL from now; it replaces the account's earlier
// code. The code is shown as XXXX-XXXX.
func (s *Store) NewLinkCode(user string, now time.Time) (string, time.Time, error) {
	exp := now.Add(LinkCodeTTL)
	code, err := randomCode()
	if err != nil {
		return "", exp, err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return "", exp, classify(s.path, "link code", err)
	}
	defer tx.Rollback()
	uid, err := userIn(tx, user)
	if err != nil {
		return "", exp, s.userErr(user, err)
	}
	err = execArgs(tx, `DELETE FROM link_codes WHERE user_id = ? OR expires_at <= ?`, uid, toMS(now))
	if err == nil {
		err = execArgs(tx, `INSERT INTO link_codes(code, user_id, expires_at) VALUES(?, ?, ?)`, code, uid, toMS(exp))
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return "", exp, classify(s.path, "link code", err)
	}
	return code[:4] + "-" + code[4:], exp, nil
}

// randomCode draws linkLen letters of linkAlphabet from crypto/rand,
// rejecting the bytes that would make some letters likelier.
func randomCode() (string, error) {
	const fair = 256 / len(linkAlphabet) * len(linkAlphabet)
	out := make([]byte, 0, linkLen)
	buf := make([]byte, 2*linkLen)
	for len(out) < linkLen {
		if _, err := rand.Read(buf); err != nil {
			return "", err
		}
		for _, c := range buf {
			if int(c) < fair && len(out) < linkLen {
				out = append(out, linkAlphabet[int(c)%len(linkAlphabet)])
			}
		}
	}
	return string(out), nil
}

// NormalizeLinkCode is a typed code as stored: capitals, no dash or spaces.
func NormalizeLinkCode(code string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(code)))
}

// RedeemLinkCode links the account user is signed in with (typically a
// fresh one: a second machine's first login) into the account that made
// code: user's keys and answers move there, user's account is removed, and
// the code is used up. It returns the account's name, the one to go on as.
func (s *Store) RedeemLinkCode(code, user string, now time.Time) (string, error) {
	code = NormalizeLinkCode(code)
	tx, err := s.db.Begin()
	if err != nil {
		return "", classify(s.path, "link code", err)
	}
	defer tx.Rollback()
	from, err := userIn(tx, user)
	if err != nil {
		return "", s.userErr(user, err)
	}
	var into, exp int64
	var name string
	err = tx.QueryRow(`SELECT c.user_id, c.expires_at, u.name FROM link_codes c JOIN users u ON u.id = c.user_id
WHERE c.code = ?`, code).Scan(&into, &exp, &name)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", fmt.Errorf("%w: no account has the code %q; check it on your other machine", ErrLinkCode, incidents.Sanitize(code))
	case err != nil:
		return "", classify(s.path, "link code", err)
	case exp <= toMS(now):
		return "", fmt.Errorf("%w: the code expired at %s; show a new one on your other machine", ErrLinkExpired,
			fromMS(exp).In(now.Location()).Format("15:04"))
	case into == from:
		return "", fmt.Errorf("%w: this is the code of this account already", ErrSameAccount)
	}
	if err := execArgs(tx, `DELETE FROM link_codes WHERE code = ?`, code); err != nil {
		return "", classify(s.path, "link code", err)
	}
	if err := s.mergeTx(tx, from, into); err != nil {
		return "", classify(s.path, "link "+user+" into "+name, err)
	}
	if err := tx.Commit(); err != nil {
		return "", classify(s.path, "link "+user+" into "+name, err)
	}
	s.forget(user)
	return name, nil
}

// userIn is the id of an existing user, read in tx; sql.ErrNoRows when none.
func userIn(tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRow(`SELECT id FROM users WHERE name = ?`, strings.TrimSpace(name)).Scan(&id)
	return id, err
}

// userErr names an unknown user as ErrNoUser, and classifies the rest.
func (s *Store) userErr(user string, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: no account named %q in %s", ErrNoUser, incidents.Sanitize(user), s.path)
	}
	return classify(s.path, "user "+user, err)
}

// forget drops a name from the id cache after it was renamed or merged away,
// so recording under it again makes a new user instead of writing to the old id.
func (s *Store) forget(name string) {
	s.mu.Lock()
	delete(s.users, strings.TrimSpace(name))
	s.mu.Unlock()
}

// AccountSummary is an account's SSH keys and how many answers it holds.
type AccountSummary struct {
	Keys    []string // fingerprints, oldest first
	Answers int
}

// Summary describes user's account; an unknown user has no keys and no answers.
func (s *Store) Summary(user string) (AccountSummary, error) {
	var a AccountSummary
	uid, ok, err := s.lookupUser(user)
	if err != nil || !ok {
		return a, err
	}
	rows, err := s.db.Query(`SELECT fingerprint FROM account_keys WHERE user_id = ? ORDER BY added_at, fingerprint`, uid)
	if err != nil {
		return a, classify(s.path, "read keys of "+user, err)
	}
	defer rows.Close()
	for rows.Next() {
		var fp string
		if err := rows.Scan(&fp); err != nil {
			return a, classify(s.path, "read keys of "+user, err)
		}
		a.Keys = append(a.Keys, fp)
	}
	if err := rows.Err(); err != nil {
		return a, classify(s.path, "read keys of "+user, err)
	}
	err = s.db.QueryRow(`SELECT count(*) FROM answers WHERE user_id = ? AND not_reached = 0`, uid).Scan(&a.Answers)
	return a, classify(s.path, "read answers of "+user, err)
}
