package progress

import "time"

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
