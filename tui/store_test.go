package tui

import (
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
)

// realStore puts a real SQLite store behind the app's Store, for tests
// that read back what the app wrote (the CLI's adapter, cli/store.go, is
// the one the binary uses; this one converts only what the tests read).
type realStore struct{ *progress.Store }

func (r realStore) StartSession(user string, i SessionInfo) (int64, error) {
	return r.Store.StartSession(user, progress.SessionInfo{Mode: i.Mode, Difficulty: i.Difficulty, Total: i.Total, Seed: i.Seed, At: i.At})
}

func (r realStore) RecordAnswer(sid int64, a Answer) error {
	return r.Store.RecordAnswer(sid, progress.Answer{IncidentID: a.IncidentID, Kind: a.Kind, Difficulty: a.Difficulty,
		Choice: a.Choice, Correct: a.Correct, Clues: a.Clues, Elapsed: a.Elapsed, At: a.At, Words: a.Words})
}

func (r realStore) Where() string { return r.Path() }

func (r realStore) Stats(user string, incs []incidents.Incident, now time.Time) (*Stats, error) {
	st, err := r.Store.Stats(user, incs, now)
	if err != nil {
		return nil, err
	}
	out := &Stats{User: st.User, Sessions: st.Sessions, Unfinished: st.Unfinished, Answers: st.Answers, Correct: st.Correct,
		Corpus: st.Corpus, Seen: st.Seen, Mature: st.Mature, New: st.New, DueToday: st.DueToday, DueWeek: st.DueWeek,
		Streak: st.Streak, LeechLapses: progress.LeechLapses, HorizonDays: progress.MasteryHorizonDays}
	for _, d := range st.Days {
		out.Days = append(out.Days, Day{Date: d.Date, Answers: d.Answers, Correct: d.Correct})
	}
	for _, p := range st.Weeks {
		out.Weeks = append(out.Weeks, Period{Start: p.Start, Answers: p.Answers, Correct: p.Correct})
	}
	for _, rows := range []struct {
		in  []progress.Mastery
		out *[]Mastery
	}{{st.Platforms, &out.Platforms}, {st.Services, &out.Services}} {
		for _, m := range rows.in {
			*rows.out = append(*rows.out, Mastery{Name: m.Name, Incidents: m.Incidents, Seen: m.Seen, Answers: m.Answers, Correct: m.Correct, Mastery: m.Mastery})
		}
	}
	for _, rows := range []struct {
		in  []progress.IncidentStat
		out *[]IncidentStat
	}{{st.Weakest, &out.Weakest}, {st.Leeches, &out.Leeches}} {
		for _, i := range rows.in {
			*rows.out = append(*rows.out, IncidentStat{ID: i.ID, Title: i.Title, Answers: i.Answers, Correct: i.Correct, Lapses: i.Lapses, Leech: i.Leech})
		}
	}
	for _, c := range st.Incidents {
		out.Cards = append(out.Cards, Card{ID: c.ID, Stability: c.Stability, Difficulty: c.Difficulty, Retrievability: c.Retrievability,
			Due: c.Due, Reps: c.Reps, Lapses: c.Lapses, LastReview: c.LastReview, Leech: c.Leech})
	}
	return out, nil
}
