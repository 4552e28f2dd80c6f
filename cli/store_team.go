package cli

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

// teamConfig fills the team-server fields of one session's app config: the
// signed-in account's store and, for a trainer key, the dashboard.
func teamConfig(cfg *tui.Config, st *progress.Store, trainer bool) {
	cfg.Trainer = trainer
	if st != nil {
		ts := &teamStore{st: st, trainer: trainer}
		if k, ok := cfg.Progress.(keyedStore); ok {
			ts.key = k.key
		}
		cfg.Team = ts
	}
}

// setTeamJoin tells a session's Home how another machine reaches the
// server ("ssh -p 2222 HOST"), shown with a link code.
func setTeamJoin(cfg *tui.Config, join string) {
	if t, ok := cfg.Team.(*teamStore); ok {
		t.join = join
	}
}

// maxLinkTries is how many wrong link codes one session may type: a code
// is 8 letters valid 15 minutes, and guessing needs a session per 5 tries.
const maxLinkTries = 5

// errNotTrainer refuses a trainer action from a trainee's session.
var errNotTrainer = errors.New("only a trainer key can do this")

// teamStore adapts the progress store to tui.Team for one SSH session.
type teamStore struct {
	st      *progress.Store
	trainer bool
	join    string
	key     string // the session's key fingerprint
	// trainerKeys are the trainer keys' fingerprints (setTeamTrainers).
	trainerKeys func() []string

	mu    sync.Mutex
	tries int // wrong link codes typed in this session
}

var _ tui.Team = (*teamStore)(nil)

func (t *teamStore) Account(user string, incs []incidents.Incident, now time.Time) (tui.Account, error) {
	sum, err := t.st.Summary(user)
	if err != nil {
		return tui.Account{}, err
	}
	as, err := t.st.Assignments(user, incs, now)
	if err != nil {
		return tui.Account{}, err
	}
	a := tui.Account{Name: user, Keys: len(sum.Keys), Answers: sum.Answers, Join: t.join}
	for _, x := range as {
		a.Assignments = append(a.Assignments, tui.Assignment{Cohort: x.Cohort, Track: x.Track.String(), Due: x.Due,
			Done: x.Done, Count: x.Track.Count, Overdue: x.Overdue})
	}
	return a, nil
}

func (t *teamStore) Rename(user, to string) error { return t.st.Rename(user, to) }

func (t *teamStore) NewLinkCode(user string, now time.Time) (tui.LinkCode, error) {
	code, exp, err := t.st.NewLinkCode(user, now)
	return tui.LinkCode{Code: code, Expires: exp}, err
}

func (t *teamStore) RedeemLinkCode(code, user string, now time.Time) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.tries >= maxLinkTries {
		return "", fmt.Errorf("%d wrong codes in this session; reconnect to try again", maxLinkTries)
	}
	name, err := t.st.RedeemLinkCode(code, user, now)
	if errors.Is(err, progress.ErrLinkCode) || errors.Is(err, progress.ErrLinkExpired) {
		t.tries++
	}
	return name, err
}

func (t *teamStore) Dashboard(cohort string, incs []incidents.Incident, now time.Time) (*tui.Dashboard, error) {
	if !t.trainer {
		return nil, errNotTrainer
	}
	d, err := t.st.DashboardWith(cohort, incs, now, t.dashOptions())
	if err != nil {
		return nil, err
	}
	return appDashboard(d), nil
}

func (t *teamStore) CreateCohort(name string, now time.Time) error {
	if !t.trainer {
		return errNotTrainer
	}
	return t.st.CreateCohort(name, now)
}

func (t *teamStore) AddMember(cohort, user string) error {
	if !t.trainer {
		return errNotTrainer
	}
	return inDashboard(cohort, t.st.AddMember(cohort, user))
}

func (t *teamStore) Assign(spec tui.TrackSpec, incs []incidents.Incident, now time.Time) error {
	if !t.trainer {
		return errNotTrainer
	}
	tr, err := parseTrack(splitComma(spec.Platform), splitComma(spec.Service), splitComma(spec.Severity), spec.Count)
	if err == nil {
		err = checkTrack(tr, incs)
	}
	if err != nil {
		return err
	}
	_, err = t.st.Assign(spec.Cohort, tr, spec.Due, now)
	return inDashboard(spec.Cohort, err)
}

// checkTrack refuses a track that asks for more incidents than the corpus
// has matching it: a typo in a platform would leave nothing to answer.
func checkTrack(tr progress.Track, incs []incidents.Incident) error {
	n := len(tr.Filter().Select(incs))
	switch {
	case n == 0:
		return fmt.Errorf("no loaded incident matches the track (%s); check the platform, service and severity", tr)
	case n == 1 && tr.Count > 1:
		return fmt.Errorf("only 1 incident matches the track (%s); ask for 1", tr)
	case n < tr.Count:
		return fmt.Errorf("only %d incidents match the track (%s); ask for at most %d", n, tr, n)
	}
	return nil
}

// parseTrack builds a track from flag or form values; a bad severity is
// an error naming it.
func parseTrack(platforms, services, severities []string, count int) (progress.Track, error) {
	tr := progress.Track{Platforms: platforms, Services: services, Count: count}
	for _, s := range severities {
		sev, err := incidents.ParseSeverity(s)
		if err != nil {
			return tr, err
		}
		tr.Severities = append(tr.Severities, sev)
	}
	return tr, nil
}

func splitComma(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// appDashboard converts the store's dashboard into the app's.
func appDashboard(d *progress.Dashboard) *tui.Dashboard {
	out := &tui.Dashboard{}
	for _, t := range d.Trainees {
		out.Trainees = append(out.Trainees, tui.DashTrainee{User: t.User, Cohorts: t.Cohorts, WeekAnswers: t.WeekAnswers,
			WeekDays: t.WeekDays, Answers: t.Answers, Correct: t.Correct, Mastery: t.Mastery, Weakest: weakest(t.Platforms),
			DueToday: t.DueToday, Leeches: t.Leeches})
	}
	for _, l := range d.Leeches {
		out.Leeches = append(out.Leeches, tui.TeamLeech{ID: l.ID, Title: l.Title, Platform: l.Platform,
			Misses: l.Misses, Answers: l.Answers, Trainees: l.Trainees})
	}
	for _, p := range d.Platform {
		out.Platform = append(out.Platform, tui.Mastery{Name: p.Name, Incidents: p.Incidents, Seen: p.Seen,
			Answers: p.Answers, Correct: p.Correct, Mastery: p.Mastery})
	}
	for _, p := range d.Service {
		out.Service = append(out.Service, tui.Mastery{Name: p.Name, Incidents: p.Incidents, Seen: p.Seen,
			Answers: p.Answers, Correct: p.Correct, Mastery: p.Mastery})
	}
	for _, c := range d.Cohorts {
		cs := tui.CohortStatus{Name: c.Name, Members: c.Members}
		for _, a := range c.Assignments {
			cs.Assignments = append(cs.Assignments, tui.AssignStatus{Track: a.Track.String(), Due: a.Due, Count: a.Track.Count,
				Complete: a.Complete, Started: a.Started, Overdue: a.Overdue, MeanDone: a.MeanDone})
		}
		out.Cohorts = append(out.Cohorts, cs)
	}
	return out
}

// weakest is the platform of lowest mastery among those the trainee has
// answered, "" when none.
func weakest(ms []progress.Mastery) string {
	name, low := "", 2.0
	for _, m := range ms {
		if m.Seen > 0 && m.Mastery < low {
			name, low = m.Name, m.Mastery
		}
	}
	return name
}
