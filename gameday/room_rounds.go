package gameday

import (
	"errors"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// validRound reports a question the game cannot play.
func validRound(q *quiz.Question) error {
	switch {
	case q == nil || q.Incident == nil:
		return errors.New("a question needs its incident")
	case len(q.Choices) < 2 || len(q.Choices) > 9:
		return errors.New("a question needs 2 to 9 choices")
	case q.Answer < 0 || q.Answer >= len(q.Choices):
		return errors.New("a question's answer is not one of its choices")
	}
	return nil
}

// BuildRounds picks a game's questions with the quiz engine: the options'
// count, difficulty, filter and seed decide which incidents and which wrong
// choices, so the same seed replays the same game. The game is built as one
// quiz session, so the engine keeps every round's wrong choices off the
// causes of incidents asked later (what [quiz.Engine.QuestionFor] does for
// one round): a question shown to the whole room never gives a later one
// away. Game day has no clues: players see each card as it starts.
func BuildRounds(incs []incidents.Incident, o quiz.Options) ([]*quiz.Question, error) {
	return RoundsFrom(quiz.NewEngine(incs), o)
}

// RoundsFrom is BuildRounds with an engine already built over the corpus
// (a team server's, shared by its sessions), which it does not index again.
func RoundsFrom(e *quiz.Engine, o quiz.Options) ([]*quiz.Question, error) {
	sess, err := e.NewSession(o)
	if err != nil {
		return nil, err
	}
	rounds := make([]*quiz.Question, 0, sess.Len())
	for i := 0; i < sess.Len(); i++ {
		if rec, ok := sess.Record(i); ok && rec.Question != nil {
			rounds = append(rounds, rec.Question)
		}
	}
	return rounds, nil
}
