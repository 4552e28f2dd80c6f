package cli

import (
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

// appStore adapts the SQLite progress store to the interface the terminal
// app owns (tui.Store), converting between the two packages' types, so the
// app (and the game server drawn with it) never depends on a database.
type appStore struct{ st *progress.Store }

var _ tui.Store = appStore{}

func (a appStore) StartSession(user string, i tui.SessionInfo) (int64, error) {
	return a.st.StartSession(user, progress.SessionInfo{Mode: i.Mode, Difficulty: i.Difficulty, Total: i.Total, Seed: i.Seed, At: i.At})
}

func (a appStore) RecordAnswer(sid int64, x tui.Answer) error {
	return a.st.RecordAnswer(sid, progress.Answer{
		IncidentID: x.IncidentID, Kind: x.Kind, Difficulty: x.Difficulty, Choice: x.Choice,
		Correct: x.Correct, Clues: x.Clues, Elapsed: x.Elapsed, At: x.At, NotReached: x.NotReached, Words: x.Words,
	})
}

func (a appStore) FinishSession(id int64, at time.Time) error { return a.st.FinishSession(id, at) }

// Plan is the store's review plan with the trainee's new-per-day cap
// applied: the due incidents it picks all stay, new ones only as many as
// the cap still allows today (evidence makes questions longer, so a day's
// review should not grow with the corpus).
func (a appStore) Plan(user string, ids []string, now time.Time, n int) ([]string, error) {
	plan, err := a.st.Plan(user, ids, now, n)
	if err != nil || len(plan) == 0 {
		return plan, err
	}
	today, err := a.st.Today(user, ids, now)
	if err != nil || today.NewLeft < 0 {
		return plan, err
	}
	cards, err := a.st.Cards(user, now)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(cards))
	for _, c := range cards {
		seen[c.ID] = true
	}
	out, left := plan[:0:0], today.NewLeft
	for _, id := range plan {
		switch {
		case seen[id]:
			out = append(out, id)
		case left > 0:
			out = append(out, id)
			left--
		}
	}
	return out, nil
}

func (a appStore) Where() string { return a.st.Path() }

func (a appStore) Stats(user string, incs []incidents.Incident, now time.Time) (*tui.Stats, error) {
	st, err := a.st.Stats(user, incs, now)
	if err != nil || st == nil {
		return nil, err
	}
	return appStats(st), nil
}

// appStats converts the store's stats into the app's.
func appStats(st *progress.Stats) *tui.Stats {
	out := &tui.Stats{
		User: st.User, Sessions: st.Sessions, Unfinished: st.Unfinished, Answers: st.Answers, Correct: st.Correct,
		Corpus: st.Corpus, Seen: st.Seen, Mature: st.Mature, New: st.New,
		DueToday: st.DueToday, DueWeek: st.DueWeek, Streak: st.Streak,
		LeechLapses: progress.LeechLapses, HorizonDays: progress.MasteryHorizonDays,
	}
	for _, d := range st.Days {
		out.Days = append(out.Days, tui.Day{Date: d.Date, Answers: d.Answers, Correct: d.Correct})
	}
	for _, p := range st.Weeks {
		out.Weeks = append(out.Weeks, tui.Period{Start: p.Start, Answers: p.Answers, Correct: p.Correct})
	}
	out.Platforms, out.Services = appMastery(st.Platforms), appMastery(st.Services)
	out.Weakest, out.Leeches = appIncidents(st.Weakest), appIncidents(st.Leeches)
	for _, c := range st.Incidents {
		out.Cards = append(out.Cards, appCard(c))
	}
	return out
}

func appMastery(rows []progress.Mastery) []tui.Mastery {
	var out []tui.Mastery
	for _, r := range rows {
		out = append(out, tui.Mastery{Name: r.Name, Incidents: r.Incidents, Seen: r.Seen, Answers: r.Answers, Correct: r.Correct, Mastery: r.Mastery})
	}
	return out
}

func appIncidents(rows []progress.IncidentStat) []tui.IncidentStat {
	var out []tui.IncidentStat
	for _, r := range rows {
		out = append(out, tui.IncidentStat{ID: r.ID, Title: r.Title, Answers: r.Answers, Correct: r.Correct, Lapses: r.Lapses, Leech: r.Leech})
	}
	return out
}

var _ tui.Daily = appStore{}

func (a appStore) Today(user string, ids []string, now time.Time) (tui.Today, error) {
	t, err := a.st.Today(user, ids, now)
	return tui.Today{Date: t.Date, Due: t.Due, New: t.New, NewToday: t.NewToday, NewLeft: t.NewLeft,
		Answers: t.Answers, Goal: t.Goal, GoalMet: t.GoalMet, Streak: t.Streak}, err
}

func (a appStore) Cards(user string, now time.Time) ([]tui.Card, error) {
	cards, err := a.st.Cards(user, now)
	if err != nil {
		return nil, err
	}
	out := make([]tui.Card, 0, len(cards))
	for _, c := range cards {
		out = append(out, appCard(c))
	}
	return out, nil
}

// appCard converts one FSRS card; the screens get what `stats --json` says.
func appCard(c progress.Card) tui.Card {
	return tui.Card{ID: c.ID, Stability: c.Stability, Difficulty: c.Difficulty, Retrievability: c.Retrievability,
		Due: c.Due, Reps: c.Reps, Lapses: c.Lapses, LastReview: c.LastReview, Interval: cardInterval(c), Leech: c.Leech}
}

// cardInterval is the days from a card's last review to its due date (both
// in the trainee's zone), 0 when either cannot be read.
func cardInterval(c progress.Card) int {
	last, err1 := time.Parse(time.RFC3339, c.LastReview)
	due, err2 := time.Parse(time.DateOnly, c.Due)
	if err1 != nil || err2 != nil {
		return 0
	}
	day := time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, time.UTC)
	return max(0, int(due.Sub(day).Hours()/24+0.5))
}

func (a appStore) Settings(user string) (tui.Settings, error) {
	s, err := a.st.Settings(user)
	return tui.Settings{TimeZone: s.TimeZone, DailyGoal: s.DailyGoal, NewPerDay: s.NewPerDay, LastSetup: s.LastSetup}, err
}

func (a appStore) SaveSettings(user string, s tui.Settings) error {
	return a.st.SaveSettings(user, progress.Settings{TimeZone: s.TimeZone, DailyGoal: s.DailyGoal, NewPerDay: s.NewPerDay, LastSetup: s.LastSetup})
}

// loadNotice is Home's line about what loading the corpus left out and the
// errors it found, "" when there were none (warnings are only printed).
// An incident is counted left out when it has an error and is not among
// the usable ones. runTUI puts it in tui.Config.Notice, so the trainee
// reads it before playing rather than only after quitting.
func loadNotice(g *Globals, usable []incidents.Incident, probs []incidents.Problem) string {
	ok := make(map[string]bool, len(usable))
	for i := range usable {
		ok[usable[i].ID] = true
	}
	left, errs := map[string]bool{}, 0
	for _, p := range probs {
		if p.Warning {
			continue
		}
		errs++
		if p.IncidentID != "" && !ok[p.IncidentID] {
			left[p.IncidentID] = true
		}
	}
	return tui.LoadNotice(len(left), errs, "rootcause incidents validate"+g.pathArgs())
}
