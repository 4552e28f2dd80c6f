package gameday

import (
	"sort"
	"time"
)

// Phase is where the game stands.
type Phase int

// Phases in play order.
const (
	PhaseLobby    Phase = iota // waiting for the facilitator to start
	PhaseDiscuss               // team mode: the question is shown, answers not open yet
	PhaseQuestion              // answers open, the clock runs
	PhaseReveal                // answers locked: the right cause, counts, points
	PhaseBoard                 // the leaderboard between questions
	PhaseFinal                 // podium, summary, debrief
)

func (p Phase) String() string {
	switch p {
	case PhaseLobby:
		return "lobby"
	case PhaseDiscuss:
		return "discussion"
	case PhaseQuestion:
		return "question"
	case PhaseReveal:
		return "reveal"
	case PhaseBoard:
		return "leaderboard"
	case PhaseFinal:
		return "final"
	}
	return "unknown"
}

// Settings are the game's fixed rules, shown in the lobby.
type Settings struct {
	Questions       int
	TimePerQuestion time.Duration
	SpeedBonus      bool
	StreakBonus     bool
	Anonymous       bool
	Teams           []string
	Discussion      time.Duration
}

// PlayerRow is one seat as the lobby and the console list it.
type PlayerRow struct {
	ID        string // identity: "key:SHA256:…" or "name:…"
	Name      string
	Team      int // index into Settings.Teams; -1 = none
	Connected bool
	Answered  bool // has answered the open question
	Score     int
	Rank      int
	Remote    string // address of the current connection, for the console
}

// BoardRow is one line of the shared leaderboard. Name is "" in anonymous
// mode; each player finds their own line by Rank.
type BoardRow struct {
	Rank  int
	Name  string
	Team  int
	Score int
	Gain  int // points from the last revealed question
}

// TeamRow is one team's standing: the mean of its members' scores.
type TeamRow struct {
	Rank    int
	Name    string
	Members int
	Score   int
}

// Public is the shared part of a snapshot: built once per change and read by
// every client. Never modified after it is sent.
type Public struct {
	Seq      uint64
	Phase    Phase
	Paused   bool
	Deadline time.Time     // end of the running countdown (discussion or question)
	Left     time.Duration // time left when paused
	OpenedAt time.Time     // when answers opened for the current question
	Index    int           // current question, 0-based; -1 in the lobby
	Round    *Round        // current question; nil in the lobby and the final
	Counts   []int         // picks per choice, once revealed
	Live     []int         // picks so far while answers are open: consoles only draw it
	Answered int           // answers in for the open question
	Active   int           // connected players
	Players  []PlayerRow   // join order
	Board    []BoardRow    // ranked
	Teams    []TeamRow     // ranked; nil without team mode
	Rounds   []Round       // every question played, for the debrief (final only)
	Settings Settings
	Closing  string // non-empty when the server is shutting down: why
	Saved    string // last results file written, for the console
	Notice   string // e.g. whether the progress database took the results
}

// Result is one player's outcome on one question.
type Result struct {
	Question int    // 0-based
	Incident string // the question's incident ID
	Answered bool   // false: no answer before the lock
	Choice   int
	Correct  bool
	Elapsed  time.Duration
	Points   int
	Speed    int
	Streak   int // streak bonus points
}

// Self is the private part of a snapshot: what only this client sees.
type Self struct {
	ID          string
	Name        string
	Team        int
	Score       int
	Rank        int // 1-based, ties share a rank
	Streak      int // consecutive right answers
	Choice      int // answer given to the open question; -1 = none yet
	Last        *Result
	History     []Result
	Facilitator bool
	Removed     string // non-empty: this session is being closed, and why
}

// View is what a client's program receives after each change.
type View struct {
	Game *Public
	Me   Self
}

// rankPlayers orders seats by score (ties by name) and sets competition
// ranks: 1, 2, 2, 4.
func rankPlayers(ps []*player) []*player {
	out := append([]*player(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return nameKey(out[i].name) < nameKey(out[j].name)
	})
	for i, p := range out {
		p.rank = i + 1
		if i > 0 && out[i-1].score == p.score {
			p.rank = out[i-1].rank
		}
	}
	return out
}
