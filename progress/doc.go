// Package progress remembers a trainee's answers in an embedded SQLite
// database and schedules incidents for review with FSRS.
//
// One file holds a whole cohort: users, sessions (one never finished counts
// as unfinished: interrupted, or still running in another window), every
// answer, an FSRS review state per user and incident (with running totals),
// and activity per user and day. Each answer is committed in its own
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
//	r, _ := st.Report(corpus, since, time.Now()) // `rootcause report`; ReportFor limits it to some trainees
//
// Commands that only read open with OpenWith(path, Options{SkipWriteCheck:
// true}), so they work while another process holds the write lock.
//
// Opening checks the file before writing anything: a file that is not a
// SQLite database, is truncated, belongs to another program, lacks the
// tables its schema version promises, fails PRAGMA quick_check (run before
// a migration), or has a newer schema than this binary is refused with an
// *Error and left byte for byte as it was. Migrations run in order, in one
// transaction, up to SchemaVersion.
//
// A nil *Store is valid and records nothing (--no-save): its write methods
// return nil, Plan returns the corpus order, Stats and Report are empty.
//
// The package depends on incidents only; callers convert quiz results to
// Answer values.
package progress
