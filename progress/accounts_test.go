package progress

import (
	"path/filepath"
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
