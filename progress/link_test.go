package progress

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestRenameRefusesTakenNames(t *testing.T) {
	st, _ := openTemp(t)
	mustSession(t, st, "ana", t0)
	mustSession(t, st, "sam", t0)
	for _, tc := range []struct {
		user, to string
		err      error
		msg      string
	}{
		{"ana", "Sam", ErrNameTaken, `name taken: "sam" is another account's name; choose another`},
		{"ana", "  ", ErrBadName, "bad name: a name cannot be empty"},
		{"ana", "a\x1b[31mb", ErrBadName, "bad name: "},
		{"ana", strings.Repeat("x", 33), ErrBadName, "bad name: a name has at most 32 characters"},
		{"nobody", "zed", ErrNoUser, `no such user: no account named "nobody"`},
		{"sam", "SAM", nil, ""}, // its own name in another case
		{"ana", " Ana B ", nil, ""},
	} {
		err := st.Rename(tc.user, tc.to)
		if !errors.Is(err, tc.err) || tc.err == nil && err != nil || !strings.HasPrefix(errString(err), tc.msg) {
			t.Errorf("Rename(%q, %q) = %v, want %v %q", tc.user, tc.to, err, tc.err, tc.msg)
		}
	}
	if got := userNames(t, st); got != "Ana B,SAM" {
		t.Errorf("users = %s, want Ana B,SAM", got)
	}
	// The old name is free again and no longer points at the renamed id.
	mustSession(t, st, "ana", t0)
	if got := userNames(t, st); got != "Ana B,SAM,ana" {
		t.Errorf("users = %s, want Ana B,SAM,ana", got)
	}
}

func userNames(t *testing.T, st *Store) string {
	t.Helper()
	var s string
	if err := st.db.QueryRow(`SELECT group_concat(name, ',') FROM (SELECT name FROM users ORDER BY name)`).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLinkCodeExpiresAndIsUsedOnce(t *testing.T) {
	st, _ := openTemp(t)
	for _, fp := range []string{"SHA256:aaaa", "SHA256:bbbb", "SHA256:cccc"} {
		if _, err := st.AccountFor(fp, "u"+fp[7:8]); err != nil {
			t.Fatal(err)
		}
	}
	code, exp, err := st.NewLinkCode("ua", t0)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$`).MatchString(code) {
		t.Errorf("code %q is not XXXX-XXXX of the unambiguous letters", code)
	}
	if want := t0.Add(15 * time.Minute); !exp.Equal(want) {
		t.Errorf("expires %v, want %v", exp, want)
	}
	if _, err := st.RedeemLinkCode(code, "ub", t0.Add(15*time.Minute)); !errors.Is(err, ErrLinkExpired) ||
		!strings.Contains(err.Error(), "expired at 15:15") {
		t.Errorf("redeemed at expiry: %v", err)
	}
	if _, err := st.RedeemLinkCode(code, "ua", t0); !errors.Is(err, ErrSameAccount) {
		t.Errorf("own code: %v", err)
	}
	typed := strings.ToLower(strings.ReplaceAll(code, "-", " "))
	if got, err := st.RedeemLinkCode(typed, "ub", t0.Add(15*time.Minute-time.Second)); err != nil || got != "ua" {
		t.Fatalf("redeem %q = %q, %v; want ua", typed, got, err)
	}
	if _, err := st.RedeemLinkCode(code, "uc", t0.Add(time.Minute)); !errors.Is(err, ErrLinkCode) {
		t.Errorf("a code used twice: %v", err)
	}
	first, _, _ := st.NewLinkCode("ua", t0)
	if _, _, err := st.NewLinkCode("ua", t0); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RedeemLinkCode(first, "uc", t0); !errors.Is(err, ErrLinkCode) {
		t.Errorf("a replaced code still works: %v", err)
	}
}

func TestRedeemMovesKeysAndAnswers(t *testing.T) {
	st, _ := openTemp(t)
	if _, err := st.AccountFor("SHA256:laptop", "ana"); err != nil {
		t.Fatal(err)
	}
	mustAnswer(t, st, mustSession(t, st, "ana", t0), "INC-AA", true, t0)
	fresh, err := st.AccountFor("SHA256:desktop", "ana") // the second machine's first login
	if err != nil || fresh != "ana (desk)" {
		t.Fatalf("fresh account %q, %v", fresh, err)
	}
	mustAnswer(t, st, mustSession(t, st, fresh, t0), "INC-AB", false, t0.Add(time.Hour))
	code, _, err := st.NewLinkCode("ana", t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := st.RedeemLinkCode(code, fresh, t0.Add(time.Hour+5*time.Minute)); err != nil || got != "ana" {
		t.Fatalf("redeem = %q, %v", got, err)
	}
	if got, err := st.AccountFor("SHA256:desktop", "whatever"); err != nil || got != "ana" {
		t.Errorf("the second key's account = %q, %v; want ana", got, err)
	}
	if got := userNames(t, st); got != "ana" {
		t.Errorf("users = %s, want ana (the fresh account is gone)", got)
	}
	if sum, err := st.Summary("ana"); err != nil || len(sum.Keys) != 2 || !strings.Contains(strings.Join(sum.Keys, ","), "SHA256:laptop") || sum.Answers != 2 {
		t.Errorf("ana's summary: %+v, %v", sum, err)
	}
	s, err := st.Stats("ana", corpus(3), t0.Add(3*time.Hour))
	if err != nil || s.Answers != 2 || s.Correct != 1 || s.Sessions != 2 {
		t.Errorf("ana after linking: %d answers, %d right, %d sessions (%v); want 2, 1, 2", s.Answers, s.Correct, s.Sessions, err)
	}
}

// TestMergeKeepsEveryAnswerAndReplays: history recorded across two
// accounts and merged ends in the state the same history recorded under
// one account has (the reference), answers and days included.
func TestMergeKeepsEveryAnswerAndReplays(t *testing.T) {
	st, _ := openTemp(t)
	type ans struct {
		acct, inc string
		ok        bool
		day       int
	}
	hist := []ans{
		{"ana", "INC-AA", true, 0}, {"work", "INC-AA", false, 3}, {"ana", "INC-AB", true, 1},
		{"work", "INC-AA", true, 4}, {"work", "INC-AC", false, 4}, {"ana", "INC-AA", true, 9},
	}
	for i, h := range hist {
		at := t0.AddDate(0, 0, h.day).Add(time.Duration(i) * time.Minute)
		mustAnswer(t, st, mustSession(t, st, h.acct, at), h.inc, h.ok, at)
		mustAnswer(t, st, mustSession(t, st, "reference", at), h.inc, h.ok, at)
	}
	if err := st.MergeAccounts("work", "ana"); err != nil {
		t.Fatal(err)
	}
	if err := st.MergeAccounts("ana", "ana"); !errors.Is(err, ErrSameAccount) {
		t.Errorf("merge into itself: %v", err)
	}
	if err := st.MergeAccounts("work", "ana"); !errors.Is(err, ErrNoUser) {
		t.Errorf("merge of a merged account: %v", err)
	}
	if n := count(t, st.db, `SELECT count(*) FROM answers WHERE user_id = (SELECT id FROM users WHERE name = 'ana')`); n != 6 {
		t.Errorf("ana has %d answers, want 6", n)
	}
	got, _, err := st.reviews("ana", t0)
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := st.reviews("reference", t0)
	if len(got) != 3 {
		t.Errorf("%d review states, want 3", len(got))
	}
	for id, w := range want {
		g := got[id]
		if !g.Due.Equal(w.Due) || g.Reps != w.Reps || g.Lapses != w.Lapses || g.Answers != w.Answers ||
			fmt.Sprintf("%.9f", g.Stability) != fmt.Sprintf("%.9f", w.Stability) {
			t.Errorf("%s merged %+v, one account %+v", id, g, w)
		}
	}
	if g := got["INC-AA"]; g.Reps != 4 || g.Lapses != 1 || g.Answers != 4 || g.Correct != 3 {
		t.Errorf("INC-AA: reps %d lapses %d answers %d correct %d; want 4 1 4 3", g.Reps, g.Lapses, g.Answers, g.Correct)
	}
	if got, want := allDaysOf(t, st, "ana"), allDaysOf(t, st, "reference"); got != want || got != "0:1/1 1:1/1 3:1/0 4:2/1 9:1/1" {
		t.Errorf("days merged %q, one account %q", got, want)
	}
}

// allDaysOf lists user's active days as "day-since-t0:answers/correct".
func allDaysOf(t *testing.T, st *Store, user string) string {
	t.Helper()
	s, err := st.Stats(user, corpus(3), t0.AddDate(0, 0, 10))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range s.Days {
		if d.Answers > 0 {
			out = append(out, fmt.Sprintf("%d:%d/%d", int(d.Date.Sub(startOfDay(t0)).Hours()/24), d.Answers, d.Correct))
		}
	}
	return strings.Join(out, " ")
}
