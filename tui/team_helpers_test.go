package tui

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
)

// fakeTeam is an in-memory Team with fixed figures; it records the
// trainer actions and refuses a taken name and an unknown code as a store
// would.
type fakeTeam struct {
	mu      sync.Mutex
	name    string
	answers int
	calls   []string
}

func (f *fakeTeam) Account(user string, _ []incidents.Incident, _ time.Time) (Account, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return Account{Name: user, Keys: 2, Answers: f.answers, Join: "ssh -p 2222 training.example.com",
		Assignments: []Assignment{
			{Cohort: "October hires", Track: "5 incidents · DataNexus", Due: "2024-04-28", Done: 2, Count: 5, Overdue: true},
			{Cohort: "October hires", Track: "10 incidents · SEV-1", Due: "2024-05-10", Done: 3, Count: 10},
			{Cohort: "On-call", Track: "3 incidents", Due: "2024-05-20", Done: 3, Count: 3},
		}}, nil
}

func (f *fakeTeam) Rename(user, to string) error {
	f.call("rename %s %s", user, to)
	if strings.EqualFold(strings.TrimSpace(to), "ben") {
		return errors.New(`name taken: "ben" is another account's name; choose another`)
	}
	return nil
}

func (f *fakeTeam) NewLinkCode(user string, now time.Time) (LinkCode, error) {
	f.call("code %s", user)
	return LinkCode{Code: "K7QM-4PXR", Expires: now.Add(15 * time.Minute)}, nil
}

func (f *fakeTeam) RedeemLinkCode(code, user string, _ time.Time) (string, error) {
	f.call("redeem %s %s", code, user)
	if code != "K7QM-4PXR" {
		return "", fmt.Errorf("no such link code: no account has the code %q", code)
	}
	return "ana", nil
}

func (f *fakeTeam) Dashboard(cohort string, _ []incidents.Incident, _ time.Time) (*Dashboard, error) {
	d := teamDashboard()
	if cohort != "" {
		f.call("dashboard %s", cohort)
		d.Trainees, d.Cohorts = d.Trainees[:2], d.Cohorts[:1]
	}
	return d, nil
}

func (f *fakeTeam) CreateCohort(name string, _ time.Time) error {
	f.call("cohort %s", name)
	return nil
}

func (f *fakeTeam) AddMember(cohort, user string) error {
	f.call("add %s %s", cohort, user)
	if user == "zed" {
		return errors.New(`no such user: no trainee "zed"`)
	}
	return nil
}

func (f *fakeTeam) Assign(t TrackSpec, _ []incidents.Incident, _ time.Time) error {
	f.call("assign %s %s/%s/%s %d %s", t.Cohort, t.Platform, t.Service, t.Severity, t.Count, t.Due)
	return nil
}

func (f *fakeTeam) call(format string, a ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, fmt.Sprintf(format, a...))
}

func (f *fakeTeam) log() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.calls, "; ")
}

// teamDashboard is a cohort of five, two cohorts, three leeches.
func teamDashboard() *Dashboard {
	return &Dashboard{
		Trainees: []DashTrainee{
			{User: "ana", Cohorts: []string{"October hires"}, WeekAnswers: 42, WeekDays: 5, Answers: 120, Correct: 90, Mastery: 0.41, Weakest: "DataNexus", DueToday: 3},
			{User: "ben", Cohorts: []string{"October hires"}, WeekAnswers: 7, WeekDays: 1, Answers: 30, Correct: 12, Mastery: 0.08, Weakest: "CloudPulse", DueToday: 6, Leeches: 1},
			{User: "carla-with-a-rather-long-account-name", WeekAnswers: 0, Answers: 0},
			{User: "dev", Cohorts: []string{"On-call"}, WeekAnswers: 15, WeekDays: 3, Answers: 15, Correct: 14, Mastery: 0.22, Weakest: "StreamCore"},
			{User: "eve", Cohorts: []string{"On-call"}, WeekAnswers: 1, WeekDays: 1, Answers: 200, Correct: 151, Mastery: 0.77, DueToday: 11},
		},
		Leeches: []TeamLeech{
			{ID: "NFI-2023-0019", Title: "Data Loss Incident", Platform: "DataNexus", Misses: 9, Answers: 14, Trainees: 4},
			{ID: "NFI-2024-0018", Title: "Lambda Function Versioning Conflict", Platform: "StreamCore", Misses: 4, Answers: 9, Trainees: 2},
			{ID: "NFI-2020-0001", Misses: 1, Answers: 1, Trainees: 1},
		},
		Platform: []Mastery{{Name: "DataNexus", Incidents: 3, Mastery: 0.35}, {Name: "StreamCore", Incidents: 3, Mastery: 0.5}, {Name: "CloudPulse", Incidents: 2, Mastery: 0.05}},
		Service: []Mastery{{Name: "Amazon S3", Incidents: 4, Mastery: 0.3}, {Name: "AWS Lambda", Incidents: 3, Mastery: 0.6},
			{Name: "Amazon CloudFront", Incidents: 2, Mastery: 0.1}, {Name: "Amazon RDS", Incidents: 2}, {Name: "AWS Glue", Incidents: 1},
			{Name: "Amazon VPC", Incidents: 1}, {Name: "AWS IAM", Incidents: 1, Mastery: 1}, {Name: "Amazon EC2", Incidents: 1}},
		Cohorts: []CohortStatus{
			{Name: "October hires", Members: 2, Assignments: []AssignStatus{
				{Track: "5 incidents · DataNexus", Due: "2024-04-28", Count: 5, Complete: 0, Started: 2, Overdue: 2, MeanDone: 2.5},
				{Track: "10 incidents · SEV-1", Due: "2024-05-10", Count: 10, Complete: 1, Started: 2, MeanDone: 6},
			}},
			{Name: "On-call", Members: 2},
		},
	}
}

// newTeamModel is the app of a team-server session for user on the test corpus.
func newTeamModel(t testing.TB, team *fakeTeam, user string, trainer bool) Model {
	t.Helper()
	m, err := New(Config{Incidents: testCorpus(t), Progress: &fakeStore{}, User: user, Team: team, Trainer: trainer,
		Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m.c.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	return m
}
