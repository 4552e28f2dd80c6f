package gameday

import (
	"sort"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// phase is where the game stands.
type phase int

// Phases in play order.
const (
	phaseLobby    phase = iota // waiting for the facilitator to start
	phaseDiscuss               // team mode: the question is shown, answers not open yet
	phaseQuestion              // answers open, the clock runs
	phaseReveal                // answers locked: the right cause, counts, points
	phaseBoard                 // the leaderboard between questions
	phaseFinal                 // podium, summary, debrief
)

func (p phase) String() string {
	switch p {
	case phaseLobby:
		return "lobby"
	case phaseDiscuss:
		return "discussion"
	case phaseQuestion:
		return "question"
	case phaseReveal:
		return "reveal"
	case phaseBoard:
		return "leaderboard"
	case phaseFinal:
		return "final"
	}
	return "unknown"
}

// settings are the game's fixed rules, shown in the lobby.
type settings struct {
	Questions       int
	TimePerQuestion time.Duration
	SpeedBonus      bool
	StreakBonus     bool
	Anonymous       bool
	Teams           []string
	Discussion      time.Duration
}

// The snapshots come in two types, so that what only the facilitator may see
// cannot reach a player by mistake: a player's program receives a
// playerView, whose shared part holds nothing secret (no answer before the
// reveal, no identity or address of another player); a console receives a
// consoleView, which adds the private part.

// shared is what every player may see: built once per change and shared by
// every client. Never modified after it is sent.
type shared struct {
	Seq      uint64
	Phase    phase
	Paused   bool
	Deadline time.Time     // end of the running countdown (discussion or question)
	Left     time.Duration // time left when paused
	Index    int           // current question, 0-based; -1 in the lobby
	// Asked is the current question as players see it: no answer, no
	// why-nots, no hint of which choice is the incident's own. nil in the
	// lobby and the final.
	Asked *asked
	// Reveal is the answer and how the room picked, once answers are
	// locked (reveal and leaderboard); nil before.
	Reveal   *reveal
	Answered int        // answers in for the open question
	Active   int        // connected players
	Seats    []seatRow  // join order
	Board    []boardRow // ranked
	Teams    []TeamRow  // ranked; nil without team mode
	// Played is every incident asked and scored, for the debrief (final
	// only).
	Played   []*incidents.Incident
	Settings settings
	Closing  string // non-empty when the server is shutting down: why
	// Evidence is what the facilitator revealed of the current question's
	// board so far, in board order; EvidenceTotal is the board's size.
	Evidence      []incidents.Evidence
	EvidenceTotal int
}

// asked is a question as players see it while answering: the engine's card
// (what the question holds back stays hidden), the prompt and the choices'
// text.
type asked struct {
	Card    quiz.Card
	Date    time.Time
	Note    string
	Prompt  string
	Choices []string
}

// askedOf is question q as players see it.
func askedOf(q *quiz.Question) *asked {
	a := &asked{Card: q.Card(0), Note: q.Note, Prompt: q.Prompt(), Choices: make([]string, len(q.Choices))}
	if q.Incident != nil {
		a.Date = q.Incident.Date
	}
	for i, c := range q.Choices {
		a.Choices[i] = c.Text
	}
	return a
}

// reveal is the locked question's answer: the right choice, every choice
// with why it was not the cause, and the room's picks.
type reveal struct {
	Answer  int
	Choices []quiz.Choice
	Counts  []int
}

// seatRow is one player as everyone sees them: no identity, no address.
// Number tells a player which seat is theirs (selfView.Seat).
type seatRow struct {
	Number    int
	Name      string
	Team      int // index into Settings.Teams; -1 = none
	Connected bool
	Score     int
	Rank      int
}

// boardRow is one line of the shared leaderboard. Name is "" in anonymous
// mode; each player finds their own line by Rank.
type boardRow struct {
	Rank  int
	Name  string
	Team  int
	Score int
	Gain  int // points from the last revealed question
	Move  int // places gained (+) or lost (−) with the last question
}

// TeamRow is one team's standing: the mean of its members' scores.
type TeamRow struct {
	Rank    int    `json:"rank"`
	Name    string `json:"name"`
	Members int    `json:"members"`
	Score   int    `json:"score"`
}

// result is one player's outcome on one question: the engine's scored
// outcome (points, speed and streak bonus, the streak count) and when.
type result struct {
	Question int    // 0-based
	Incident string // the question's incident ID
	Answered bool   // false: no answer before the lock
	Elapsed  time.Duration
	quiz.Outcome
}

// selfView is what only this player sees of themselves.
type selfView struct {
	Seat    int
	Name    string
	Team    int
	Score   int
	Rank    int // 1-based, ties share a rank
	Streak  int // consecutive right answers (the engine's count)
	Choice  int // answer given to the open question; -1 = none yet
	Last    *result
	History []result
	Removed string // non-empty: this session is being closed, and why
	Problem string // non-empty: the last answer was taken back, and why
}

// playerView is what a player's program receives after each change.
type playerView struct {
	Game *shared
	Me   selfView
}

// consoleView is what a facilitator's console receives: the shared
// snapshot and the room behind it.
type consoleView struct {
	*shared
	private
}

// private is what only the facilitator sees: the question with its answer
// before the reveal, the live picks, each player's identity and address,
// where results were saved.
type private struct {
	Question *quiz.Question // current question; nil in the lobby and the final
	OpenedAt time.Time      // when answers opened for it
	Live     []int          // picks so far while answers are open
	Players  []playerRow    // join order
	Saved    string         // last results file written
	Notice   string         // e.g. whether the progress database took the results
	Events   []event        // latest last: joins, leaves, refusals
	Removed  string         // non-empty: this console is being closed, and why
}

// playerRow is one seat as the console lists it.
type playerRow struct {
	ID        string // identity: "key:SHA256:…" or "name:…"
	Name      string
	Team      int
	Connected bool
	Answered  bool // has answered the open question
	Score     int
	Rank      int
	Remote    string // address of the current connection
}

// rankPlayers orders seats by score (ties by name) and sets competition
// ranks: 1, 2, 2, 4. The folded names are computed once, not in every
// comparison: the hub ranks a 2,000-seat room on every snapshot.
func rankPlayers(ps []*player) []*player {
	type entry struct {
		p   *player
		key string
	}
	es := make([]entry, len(ps))
	for i, p := range ps {
		es[i] = entry{p, nameKey(p.name)}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].p.score != es[j].p.score {
			return es[i].p.score > es[j].p.score
		}
		return es[i].key < es[j].key
	})
	out := make([]*player, len(es))
	for i, e := range es {
		p := e.p
		out[i] = p
		p.rank = i + 1
		if i > 0 && out[i-1].score == p.score {
			p.rank = out[i-1].rank
		}
	}
	return out
}
