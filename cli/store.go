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
		Correct: x.Correct, Clues: x.Clues, Elapsed: x.Elapsed, At: x.At,
	})
}

func (a appStore) FinishSession(id int64, at time.Time) error { return a.st.FinishSession(id, at) }

func (a appStore) Plan(user string, ids []string, now time.Time, n int) ([]string, error) {
	return a.st.Plan(user, ids, now, n)
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
