package tui

import (
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Team is what a team server's store adds to Store for one signed-in
// account: its name and keys, renaming, linking a second machine's key, the
// trainee's assignments and, for trainers, the dashboard and its actions.
// The app works without it (the local app, game days): every screen element
// built on it is behind Config.Team != nil. Like Store, every call happens
// inside a tea.Cmd.
type Team interface {
	// Account is the signed-in account user's name, keys and assignments
	// (progress over the corpus incs).
	Account(user string, incs []incidents.Incident, now time.Time) (Account, error)
	// Rename gives the account another display name; a taken one is an
	// error that says so.
	Rename(user, to string) error
	// NewLinkCode makes a one-time code that links another SSH key to user.
	NewLinkCode(user string, now time.Time) (LinkCode, error)
	// RedeemLinkCode moves user's (fresh) account into the one whose code
	// it is and returns that account's name, the one the app goes on as.
	RedeemLinkCode(code, user string, now time.Time) (string, error)

	// Dashboard is the trainer's view of the cohort's members ("" for
	// every trainee); it and the trainer calls below fail for a
	// trainee's session.
	Dashboard(cohort string, incs []incidents.Incident, now time.Time) (*Dashboard, error)
	CreateCohort(name string, now time.Time) error
	AddMember(cohort, user string) error
	// Assign gives a cohort a track; one that matches fewer incidents of
	// the corpus incs than it asks for is refused.
	Assign(t TrackSpec, incs []incidents.Incident, now time.Time) error
}

// Account is the signed-in account at a glance.
type Account struct {
	Name    string
	Keys    int // SSH keys bound to it
	Answers int // 0: a fresh account, offered to link into an existing one
	// Join is how another machine reaches this server ("ssh -p 2222
	// host"), shown with a link code; "" when the server does not know.
	Join        string
	Assignments []Assignment
}

// Assignment is a track given to one of the trainee's cohorts.
type Assignment struct {
	Cohort, Track string // Track: "10 incidents · AWS · SEV-1"
	Due           string // YYYY-MM-DD, the last day
	Done, Count   int    // incidents of the track answered since it was assigned, of Count
	Overdue       bool
}

// LinkCode is a one-time code and when it stops working.
type LinkCode struct {
	Code    string
	Expires time.Time
}

// TrackSpec is a trainer's assignment as typed in the dashboard's form;
// the store parses and checks it.
type TrackSpec struct {
	Cohort                      string
	Platform, Service, Severity string // comma-separated; "" any
	Count                       int
	Due                         string // YYYY-MM-DD
}

// Dashboard is a trainer's view of the trainees.
type Dashboard struct {
	Trainees []DashTrainee
	Leeches  []TeamLeech // the incidents the team misses most
	Platform []Mastery   // the trainees' mean mastery per platform
	Service  []Mastery   // the same per service, most incidents first
	Cohorts  []CohortStatus
}

// DashTrainee is one trainee's line: the last 7 days, all-time accuracy,
// mastery and what is due.
type DashTrainee struct {
	User                  string
	Cohorts               []string
	WeekAnswers, WeekDays int
	Answers, Correct      int
	Mastery               float64 // 0..1 over the corpus
	Weakest               string  // the platform they know least, "" when none
	DueToday, Leeches     int
}

// Accuracy is the share of correct answers, 0 when there are none.
func (t DashTrainee) Accuracy() float64 { return ratio(t.Correct, t.Answers) }

// TeamLeech is an incident the team keeps missing.
type TeamLeech struct {
	ID, Title, Platform       string
	Misses, Answers, Trainees int
}

// CohortStatus is one cohort's assignments across its members.
type CohortStatus struct {
	Name        string
	Members     int
	Assignments []AssignStatus
}

// AssignStatus is one assignment across a cohort.
type AssignStatus struct {
	Track, Due                 string
	Count                      int
	Complete, Started, Overdue int // members
	MeanDone                   float64
}
