package gameday

import (
	"errors"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// Round is one question of a game as the server keeps it: what players see,
// the right answer, and what the debrief teaches. It is copied out of a
// quiz.Question so the game never depends on the engine's internals.
type Round struct {
	IncidentID string
	Date       time.Time
	Severity   incidents.Severity
	Platform   string
	Services   []string // nil when the question holds them back
	Title      string   // "" when the question holds it back
	Summary    string
	Prompt     string
	Choices    []string
	WhyNot     []string // per choice; "" for the right one
	Answer     int

	// Debrief material.
	RootCause  string
	Resolution string
	Prevention []string
}

// RoundFromQuestion copies what a game needs out of a quiz question. The card
// is the one shown before any clue: game day has no clues.
func RoundFromQuestion(q *quiz.Question) Round {
	card := q.Card(0)
	r := Round{
		IncidentID: card.ID,
		Severity:   card.Severity,
		Platform:   card.Platform,
		Services:   card.Services,
		Title:      card.Title,
		Summary:    card.Summary,
		Prompt:     q.Prompt(),
		Answer:     q.Answer,
	}
	if inc := q.Incident; inc != nil {
		r.Date = inc.Date
		r.RootCause = inc.RootCause
		r.Resolution = inc.Resolution
		r.Prevention = inc.Prevention
	}
	for _, c := range q.Choices {
		r.Choices = append(r.Choices, c.Text)
		r.WhyNot = append(r.WhyNot, c.WhyNot)
	}
	return r
}

// validate reports a round the game cannot play.
func (r *Round) validate() error {
	if len(r.Choices) < 2 || len(r.Choices) > 9 {
		return errors.New("a question needs 2 to 9 choices")
	}
	if r.Answer < 0 || r.Answer >= len(r.Choices) {
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
// away.
func BuildRounds(incs []incidents.Incident, o quiz.Options) ([]Round, error) {
	sess, err := quiz.NewEngine(incs).NewSession(o)
	if err != nil {
		return nil, err
	}
	rounds := make([]Round, 0, sess.Len())
	for i := 0; i < sess.Len(); i++ {
		rec, ok := sess.Record(i)
		if !ok || rec.Question == nil {
			continue
		}
		rounds = append(rounds, RoundFromQuestion(rec.Question))
	}
	return rounds, nil
}
