package tui

import "github.com/nexusflow/rootcause/quiz"

// screen names the screen the router shows.
type screen int

const (
	screenHome screen = iota
	screenSetup
	screenQuestion
	screenFeedback
	screenResults
	screenLibrary
	screenStats
)

func (s screen) String() string {
	switch s {
	case screenHome:
		return "home"
	case screenSetup:
		return "setup"
	case screenQuestion:
		return "question"
	case screenFeedback:
		return "feedback"
	case screenResults:
		return "results"
	case screenLibrary:
		return "library"
	case screenStats:
		return "stats"
	}
	return "unknown"
}

// Messages screens send the router (by returning cmd(msg)) to move around.
type (
	// goHomeMsg returns to Home, ending any session.
	goHomeMsg struct{}
	// openSetupMsg opens Setup for a mode.
	openSetupMsg struct{ mode quiz.Mode }
	// startMsg starts a session with these options.
	startMsg struct{ opts quiz.Options }
	// reviewMsg starts a review of due incidents, then new ones; opts
	// carries the difficulty, the filter and the count (0: reviewSize).
	reviewMsg struct{ opts quiz.Options }
	// feedbackMsg shows feedback for the answer just given.
	feedbackMsg struct {
		outcome  quiz.Outcome
		timedOut bool
	}
	// nextMsg moves to the next question, or to Results when none is left.
	nextMsg struct{}
	// finishMsg ends the session for reason and shows Results; the router
	// is the only place a session is finished.
	finishMsg struct{ reason quiz.EndReason }
	// openLibraryMsg opens the study library.
	openLibraryMsg struct{}
	// openStatsMsg opens the progress screen.
	openStatsMsg struct{}
	// leaveMsg asks to end the session and go Home; the router confirms.
	leaveMsg struct{}
	// freshMsg starts a fresh round with the last session's settings.
	freshMsg struct{}
	// quitMsg asks to quit; the router confirms while a session runs.
	quitMsg struct{}
)
