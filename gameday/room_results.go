package gameday

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"
)

// teamRows ranks teams by the mean score of their members, so a big team
// has no edge over a small one.
func (g *game) teamRows() []TeamRow {
	if len(g.cfg.Teams) == 0 {
		return nil
	}
	rows := make([]TeamRow, len(g.cfg.Teams))
	totals := make([]int, len(g.cfg.Teams))
	for i, name := range g.cfg.Teams {
		rows[i].Name = name
	}
	for _, p := range g.order {
		if p.team >= 0 {
			rows[p.team].Members++
			totals[p.team] += p.score
		}
	}
	kept := rows[:0]
	for i, r := range rows {
		if r.Members > 0 { // a team nobody joined is not in the standings
			r.Score = int(math.Round(float64(totals[i]) / float64(r.Members)))
			kept = append(kept, r)
		}
	}
	rows = kept
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Score > rows[j].Score })
	for i := range rows {
		rows[i].Rank = i + 1
		if i > 0 && rows[i-1].Score == rows[i].Score {
			rows[i].Rank = rows[i-1].Rank
		}
	}
	return rows
}

// Results is what a game writes to results-<time>.json.
type Results struct {
	Started   time.Time        `json:"started"`
	Ended     time.Time        `json:"ended,omitzero"`
	Settings  ResultSettings   `json:"settings"`
	Questions []ResultQuestion `json:"questions"`
	Players   []ResultPlayer   `json:"players"`
	Teams     []TeamRow        `json:"teams,omitempty"`
}

// ResultSettings are the rules the game ran with.
type ResultSettings struct {
	TimePerQuestionSeconds float64  `json:"time_per_question_seconds"`
	SpeedBonus             bool     `json:"speed_bonus"`
	StreakBonus            bool     `json:"streak_bonus"`
	Anonymous              bool     `json:"anonymous"`
	Teams                  []string `json:"teams,omitempty"`
}

// ResultQuestion is one question and how the room answered it.
type ResultQuestion struct {
	Number   int      `json:"number"`
	Incident string   `json:"incident"`
	Choices  []string `json:"choices"`
	Answer   int      `json:"answer"` // 0-based
	Counts   []int    `json:"counts"`
	Skipped  bool     `json:"skipped,omitempty"`
}

// ResultPlayer is one seat's final standing and answers.
type ResultPlayer struct {
	Rank     int            `json:"rank"`
	Name     string         `json:"name"`
	Identity string         `json:"identity"`
	Team     string         `json:"team,omitempty"`
	Score    int            `json:"score"`
	Correct  int            `json:"correct"`
	Answers  []ResultAnswer `json:"answers"`
}

// ResultAnswer is one answer; Choice is -1 when the player did not answer.
type ResultAnswer struct {
	Question  int   `json:"question"` // 1-based
	Choice    int   `json:"choice"`
	Correct   bool  `json:"correct"`
	ElapsedMS int64 `json:"elapsed_ms"`
	Points    int   `json:"points"`
}

func (g *game) results() Results {
	out := Results{Started: g.started, Ended: g.ended, Teams: g.teamRows(), Settings: ResultSettings{
		TimePerQuestionSeconds: g.cfg.TimePerQuestion.Seconds(), SpeedBonus: g.cfg.Scoring.SpeedBonus,
		StreakBonus: g.cfg.Scoring.StreakBonus, Anonymous: g.cfg.Anonymous, Teams: g.cfg.Teams,
	}}
	for i, q := range g.cfg.Rounds {
		if i > g.index {
			break
		}
		choices := make([]string, len(q.Choices))
		for j, c := range q.Choices {
			choices[j] = c.Text
		}
		out.Questions = append(out.Questions, ResultQuestion{
			Number: i + 1, Incident: q.Incident.ID, Choices: choices, Answer: q.Answer,
			Counts: g.counts[i], Skipped: !g.played[i],
		})
	}
	for _, p := range rankPlayers(g.order) {
		rp := ResultPlayer{Rank: p.rank, Name: p.name, Identity: p.id, Score: p.score, Answers: []ResultAnswer{}}
		if p.team >= 0 {
			rp.Team = g.cfg.Teams[p.team]
		}
		for _, r := range p.results {
			choice := -1
			if r.Answered {
				choice = r.Choice
			}
			if r.Correct {
				rp.Correct++
			}
			rp.Answers = append(rp.Answers, ResultAnswer{Question: r.Question + 1, Choice: choice,
				Correct: r.Correct, ElapsedMS: r.Elapsed.Milliseconds(), Points: r.Points})
		}
		out.Players = append(out.Players, rp)
	}
	return out
}

// save rewrites results-<stamp>.json and .csv in the results directory,
// the stamp being the game's start: each file is written whole to a
// temporary file and renamed over the last one, so a crash leaves the old
// or the new results, never half of either.
func (g *game) save() ([]string, error) {
	res := g.results()
	stamp := g.stamp
	if stamp == "" { // not started: a snapshot of the lobby
		stamp = g.now().UTC().Format("20060102-150405.000")
	}
	base := filepath.Join(g.cfg.ResultsDir, "results-"+stamp)
	data, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := writeAtomic(base+".json", data); err != nil {
		return nil, err
	}
	if err := writeAtomic(base+".csv", resultsCSV(res)); err != nil {
		return nil, err
	}
	if g.saved != base+".json" {
		g.logf("results saved to %s.json and %s.csv", base, base)
	}
	g.saved = base + ".json"
	return []string{base + ".json", base + ".csv"}, nil
}

// tempFile is what writeAtomic needs of its *os.File: the journal's
// seam, and the name to rename.
type tempFile interface {
	journalFile
	Name() string
}

// createTemp is os.CreateTemp behind a seam: a full disk or a failing
// device shows up in Sync or Close, not in Write, and only a test's fake
// file can make them fail on demand.
var createTemp = func(dir, pattern string) (tempFile, error) {
	return os.CreateTemp(dir, pattern)
}

// writeAtomic replaces path with data: temporary file, sync, rename.
func writeAtomic(path string, data []byte) error {
	f, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("results: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("results: %s: %w", path, err)
	}
	return nil
}

// resultsCSV has one row per player and question, for spreadsheets.
func resultsCSV(res Results) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write([]string{"rank", "name", "identity", "team", "score", "question", "incident", "choice", "correct", "elapsed_ms", "points"})
	for _, p := range res.Players {
		for _, a := range p.Answers {
			inc := ""
			if a.Question-1 < len(res.Questions) {
				inc = res.Questions[a.Question-1].Incident
			}
			_ = w.Write([]string{strconv.Itoa(p.Rank), csvSafe(p.Name), p.Identity, p.Team, strconv.Itoa(p.Score),
				strconv.Itoa(a.Question), inc, choiceCSV(a.Choice), strconv.FormatBool(a.Correct),
				strconv.FormatInt(a.ElapsedMS, 10), strconv.Itoa(a.Points)})
		}
	}
	w.Flush()
	return buf.Bytes()
}

// csvSafe defuses spreadsheet formulas in player-chosen names.
func csvSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') {
		return "'" + s
	}
	return s
}

// choiceCSV numbers a choice from 1 as players saw it; "" for no answer.
func choiceCSV(c int) string {
	if c < 0 {
		return ""
	}
	return strconv.Itoa(c + 1)
}
