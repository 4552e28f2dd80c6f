// Package progress remembers a trainee's answers in an embedded SQLite
// database and schedules incidents for review with FSRS.
//
// One file holds a whole cohort: users, sessions (a session whose
// FinishedAt is unset was interrupted), every answer, and an FSRS review
// state per user and incident. Each answer is committed in its own
// transaction the moment it is recorded, so killing the process loses nothing
// already answered. Several processes may share one file (WAL mode and a busy
// timeout).
//
// Typical use by the terminal app:
//
//	st, err := progress.Open(g.DB)         // "" = DefaultPath()
//	if err != nil { ... }                  // *progress.Error: names the file, says what to do
//	defer st.Close()
//	ids, _ := st.Plan(user, progress.IDs(corpus), time.Now(), 10) // review mode: due, then new
//	sid, _ := st.StartSession(user, progress.SessionInfo{Mode: "review", Total: len(ids)})
//	_ = st.RecordAnswer(sid, progress.Answer{IncidentID: id, Correct: true, Clues: 1, Elapsed: 14 * time.Second})
//	_ = st.FinishSession(sid, time.Now())
//	s, _ := st.Stats(user, corpus, time.Now()) // for the Stats screen and `rootcause stats`
//
// A nil *Store is valid and records nothing (--no-save): its write methods
// return nil, Plan returns the corpus order, Stats and Report are empty.
//
// The package depends on incidents only; callers convert quiz results to
// Answer values.
package progress
