package quiz

import (
	"fmt"
	"time"
)

// EndReason says how a session ended, for a results screen ("time is up")
// and for the record.
type EndReason int

// End reasons. EndNone is the zero value: the session is still running, or
// it ended without [Session.End] being called.
const (
	EndNone      EndReason = iota
	EndCompleted           // every question was taken: practice or review ran past the last one
	EndSubmitted           // an exam was handed in before its time ran out
	EndTimedOut            // an exam's TimeLimit ran out
	EndQuit                // the trainee left before the end
)

func (r EndReason) String() string {
	switch r {
	case EndNone:
		return "none"
	case EndCompleted:
		return "completed"
	case EndSubmitted:
		return "submitted"
	case EndTimedOut:
		return "timed out"
	case EndQuit:
		return "quit"
	}
	return fmt.Sprintf("EndReason(%d)", int(r))
}

// End ends the session as [Session.Finish] does (an exam is scored) and
// records why and how long it took by the caller's clock: wall is the real
// time from the first question to the end, feedback screens and pauses
// included (the engine has no clock; [Result.Elapsed] only sums the times
// passed to [Session.Answer]). It may follow Finish, or Next running past
// the last question; only the first End counts, later calls change
// nothing. A negative wall counts as 0 (unknown).
func (s *Session) End(reason EndReason, wall time.Duration) {
	s.Finish()
	if s.reason != EndNone {
		return
	}
	s.reason, s.wall = reason, max(wall, 0)
	if s.reason == EndNone {
		s.reason = EndCompleted // a caller passing no reason still ended it
	}
}

// Ended is the reason given to [Session.End]; EndNone before it is called.
func (s *Session) Ended() EndReason { return s.reason }
