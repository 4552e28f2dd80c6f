package tui

import (
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Store is what the app needs from wherever progress is kept: recording
// answers, planning reviews, and the numbers of the Stats screen. The app
// owns this interface and its types, so it does not depend on a database
// (cli adapts the SQLite progress store to it). Every call happens inside a
// tea.Cmd, never in Update or View.
type Store interface {
	StartSession(user string, info SessionInfo) (int64, error)
	RecordAnswer(sessionID int64, a Answer) error
	FinishSession(id int64, at time.Time) error
	// Plan picks up to n of ids for a review: due ones first, then new ones.
	Plan(user string, ids []string, now time.Time, n int) ([]string, error)
	Stats(user string, incs []incidents.Incident, now time.Time) (*Stats, error)
	// Where says where progress is kept (a file path), for Home.
	Where() string
}

// SessionInfo describes a session when it starts.
type SessionInfo struct {
	Mode, Difficulty string
	Total            int // questions planned
	Seed             int64
	At               time.Time
}

// Answer is one answered (or skipped) question.
type Answer struct {
	IncidentID string
	Kind       string
	Difficulty string
	Choice     int // -1 when skipped or timed out
	Correct    bool
	Clues      int
	Elapsed    time.Duration
	At         time.Time
	// NotReached marks an exam question the time ran out before it was
	// shown: stored, but never a miss.
	NotReached bool
	// Words is the question's length in words as first shown; the grade's
	// time bands scale with it (0: an average question).
	Words int
}

// Stats is one trainee's progress, as the Stats screen and Home show it.
type Stats struct {
	User                                   string
	Sessions, Unfinished, Answers, Correct int
	Corpus, Seen, Mature, New              int
	DueToday, DueWeek, Streak              int
	Days                                   []Day    // for the calendar heatmap, oldest first
	Weeks                                  []Period // accuracy per week, oldest first
	Platforms, Services                    []Mastery
	Weakest, Leeches                       []IncidentStat
	// Cards is the FSRS card of every incident the trainee has answered
	// (as `rootcause stats --json` lists them), for the incident page.
	Cards []Card
	// LeechLapses is how many lapses (misses after an incident was learnt,
	// on separate days) make it a persistent weak spot; HorizonDays how far
	// ahead mastery looks.
	LeechLapses, HorizonDays int
}

// Accuracy is the share of correct answers, 0 when there are none.
func (s *Stats) Accuracy() float64 { return ratio(s.Correct, s.Answers) }

// Day is one day's activity.
type Day struct {
	Date             time.Time
	Answers, Correct int
}

// Period is the activity of a week starting at Start.
type Period struct {
	Start            time.Time
	Answers, Correct int
}

// Accuracy is the share of correct answers, 0 when there are none.
func (p Period) Accuracy() float64 { return ratio(p.Correct, p.Answers) }

// Mastery summarizes a platform or a service; Mastery is 0..1.
type Mastery struct {
	Name                     string
	Incidents, Seen, Answers int
	Correct                  int
	Mastery                  float64
}

// IncidentStat is one incident's record for the trainee.
type IncidentStat struct {
	ID, Title        string
	Answers, Correct int
	Lapses           int
	Leech            bool
}

func ratio(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// Daily is what a Store adds for the daily loop: today's due count, goal
// and streak for Home, each incident's schedule for Results and the
// library, and the trainee's settings (Setup's last choices, the new-per-day
// cap). It is a separate interface so a Store without it (a test fake, a
// game server) still works: the screens then leave those lines out.
type Daily interface {
	Today(user string, ids []string, now time.Time) (Today, error)
	Cards(user string, now time.Time) ([]Card, error)
	Settings(user string) (Settings, error)
	SaveSettings(user string, s Settings) error
}

// Today is one trainee's day over the corpus.
type Today struct {
	Date     string // YYYY-MM-DD in the trainee's zone
	Due, New int    // incidents due by the end of today; never answered
	NewToday int    // incidents first answered today
	NewLeft  int    // new incidents the daily cap still allows; -1: no cap
	Answers  int    // answers today
	Goal     int    // answers a day the trainee aims for
	GoalMet  bool
	Streak   int // days in a row with answers, ending today or yesterday
}

// Card is one answered incident's FSRS card.
type Card struct {
	ID             string
	Stability      float64 // days until the chance of recall falls to 90%
	Difficulty     float64 // FSRS difficulty 1..10 (not the game's difficulty)
	Retrievability float64 // chance of recalling it now, 0..1
	Due            string  // YYYY-MM-DD in the trainee's zone
	Reps, Lapses   int
	LastReview     string // RFC 3339 in the trainee's zone
	Interval       int    // days between the last review and the due date
	Leech          bool
}

// Settings are a trainee's preferences; LastSetup is the Setup screen's
// last choices as the app wrote them.
type Settings struct {
	TimeZone             string
	DailyGoal, NewPerDay int
	LastSetup            string
}
