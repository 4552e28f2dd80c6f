package progress

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRecordAnswersOneTransaction(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	a, _ := st.StartSession("ana", SessionInfo{Mode: "gameday", Difficulty: "normal", Total: 2, At: at})
	b, _ := st.StartSession("bo", SessionInfo{Mode: "gameday", Difficulty: "normal", Total: 2, At: at})
	err = st.RecordAnswers([]SessionAnswer{
		{a, Answer{IncidentID: "INC-1", Kind: "root_cause", Difficulty: "normal", Choice: 1, Correct: true, At: at, Key: "SHA256:a"}},
		{b, Answer{IncidentID: "INC-1", Kind: "root_cause", Difficulty: "normal", Choice: -1, At: at}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := st.db.QueryRow(`SELECT count(*) FROM answers WHERE key = 'SHA256:a' AND correct = 1`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("keyed right answers = %d (%v), want 1", n, err)
	}
	// A bad session fails the whole batch: nothing of it is kept.
	err = st.RecordAnswers([]SessionAnswer{
		{a, Answer{IncidentID: "INC-2", Kind: "root_cause", Choice: 0, At: at}},
		{999, Answer{IncidentID: "INC-2", Kind: "root_cause", Choice: 0, At: at}},
	})
	if err == nil {
		t.Fatal("a batch with an unknown session was stored")
	}
	if err := st.db.QueryRow(`SELECT count(*) FROM answers WHERE incident_id = 'INC-2'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("answers of the failed batch = %d (%v), want 0", n, err)
	}
}

func TestAccountsByKey(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.StartSession("sam", SessionInfo{Mode: "practice"}); err != nil { // the facilitator's own history
		t.Fatal(err)
	}
	for _, tc := range []struct{ fp, display, want string }{
		{"SHA256:abcdEF12", "sam", "sam (abcd)"},    // a player named like an existing user gets their own account
		{"SHA256:abcdEF12", "samuel", "sam (abcd)"}, // the same key: the same account, whatever name it gives
		{"SHA256:abcdZZ99", "sam", "sam (abcdZ)"},
		{"SHA256:qrst0000", "ana", "ana"},
	} {
		got, err := st.AccountFor(tc.fp, tc.display)
		if err != nil || got != tc.want {
			t.Errorf("AccountFor(%s, %s) = %q, %v; want %q", tc.fp, tc.display, got, err, tc.want)
		}
	}
	for _, tc := range []struct{ given, want, err string }{
		{"sam", "sam", ""},
		{"qrst", "ana", ""},
		{"SHA256:abcdE", "sam (abcd)", ""},
		{"abcd", "", `ambiguous user: "abcd" starts keys of sam (abcd), sam (abcdZ)`},
		{"newbie", "newbie", ""},
	} {
		got, err := st.ResolveUser(tc.given)
		if msg := errString(err); got != tc.want || !strings.HasPrefix(msg, tc.err) {
			t.Errorf("ResolveUser(%q) = %q, %q; want %q, %q", tc.given, got, msg, tc.want, tc.err)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
