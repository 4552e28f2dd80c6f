package gameday

// Tests written against surviving mutants of room_results.go and the
// ranking in room_snapshot.go (docs/mutation.md): the results files'
// exact contents, the CSV's cells, team means, competition ranks.

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// playedTeamGame is a three-round team game stopped after question 1:
// alice (Red) right at 3 s of 30, "+bob" (Blue) wrong at 6 s, Carol (Red)
// no answer; question 2 never opened.
func playedTeamGame(t *testing.T, cfg Config) *fakeGame {
	t.Helper()
	cfg.Rounds, cfg.TimePerQuestion = testRounds(3), 30*time.Second
	cfg.Teams, cfg.Discussion = []string{"Red", "Blue"}, 5*time.Second
	f := newFakeGame(t, cfg)
	a, b, c := f.seat(t, "alice"), f.seat(t, "+bob"), f.seat(t, "Carol")
	f.pickTeam(a, 0)
	f.pickTeam(b, 1)
	f.pickTeam(c, 0)
	f.next() // discussion
	f.next() // answers open
	f.answerAt(a, 0, 3*time.Second)
	f.answerAt(b, 1, 6*time.Second)
	f.clock = f.openedAt.Add(30 * time.Second)
	f.lock()
	f.next() // leaderboard
	f.next() // question 2's discussion
	f.end()
	return f
}

// The results files hold, to the byte, what docs/gameday.md describes:
// the rules, each question reached (skipped when never opened), each
// player ranked with every answer (choice -1 and the question's time for
// no answer), the team means; the CSV numbers choices from 1, leaves a
// miss blank and defuses a name that starts like a formula.
func TestResultsFilesExact(t *testing.T) {
	var log logLines
	f := playedTeamGame(t, Config{Logf: log.logf})
	paths, err := f.save()
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(f.cfg.ResultsDir, "results-20260301-100000.000")
	if len(paths) != 2 || paths[0] != base+".json" || paths[1] != base+".csv" || f.saved != base+".json" {
		t.Fatalf("saved %v (last %q), want %s.json and .csv", paths, f.saved, base)
	}
	want, err := os.ReadFile("testdata/room_results.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(base + ".json"); strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
		t.Errorf("results JSON:\n%s\nwant (testdata/room_results.golden.json):\n%s", got, want)
	}
	wantCSV := "rank,name,identity,team,score,question,incident,choice,correct,elapsed_ms,points\n" +
		"1,alice,key:fp-alice,Red,950,1,INC-1,1,true,3000,950\n" +
		"2,'+bob,key:fp-+bob,Blue,0,1,INC-1,2,false,6000,0\n" +
		"2,Carol,key:fp-Carol,Red,0,1,INC-1,,false,30000,0\n"
	if got, _ := os.ReadFile(base + ".csv"); string(got) != wantCSV {
		t.Errorf("results CSV:\n%s\nwant:\n%s", got, wantCSV)
	}
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v (%v), want 0644", p, st.Mode().Perm(), err)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(f.cfg.ResultsDir, ".results-*")); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	// Saved on the lock, the end and here: named in the log once.
	if n := strings.Count(log.String(), "results saved to "+base+".json and "+base+".csv"); n != 1 {
		t.Errorf("the results files were named %d times in the log, want once:\n%s", n, log.String())
	}
}

// A lobby saved before any game has started is named by the clock.
func TestLobbyResultsNamedByTheClock(t *testing.T) {
	f := newFakeGame(t, Config{})
	f.seat(t, "alice")
	f.clock = time.Date(2026, 3, 1, 9, 58, 7, 250e6, time.UTC)
	paths, err := f.save()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(f.cfg.ResultsDir, "results-20260301-095807.250.json"); paths[0] != want {
		t.Fatalf("lobby results in %s, want %s", paths[0], want)
	}
}

// A results directory that cannot be written is an error naming the file.
func TestResultsUnwritableDirectory(t *testing.T) {
	f := newFakeGame(t, Config{})
	f.cfg.ResultsDir = filepath.Join(t.TempDir(), "missing")
	if _, err := f.save(); err == nil || !strings.HasPrefix(err.Error(), "results: ") {
		t.Fatalf("save into a missing directory: %v, want a results: error", err)
	}
	if err := writeAtomic(filepath.Join(t.TempDir(), "x.json", "y"), []byte("{}")); err == nil {
		t.Fatal("writeAtomic into a missing directory succeeded")
	}
}

// A cell a spreadsheet would run as a formula is quoted; nothing else is.
func TestCSVSafeCells(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "+1": "'+1", "-1": "'-1", "@x": "'@x",
		"": "", "alice": "alice", "a=b": "a=b", "'q": "'q",
	} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
	for c, want := range map[int]string{-1: "", 0: "1", 3: "4"} {
		if got := choiceCSV(c); got != want {
			t.Errorf("choiceCSV(%d) = %q, want %q", c, got, want)
		}
	}
}

// A CSV row of an answer to a question the results do not list has no
// incident, rather than another question's.
func TestCSVAnswerPastTheQuestions(t *testing.T) {
	res := Results{
		Questions: []ResultQuestion{{Number: 1, Incident: "INC-1"}},
		Players: []ResultPlayer{{Rank: 1, Name: "ann", Identity: "name:ann", Score: 5,
			Answers: []ResultAnswer{{Question: 1, Choice: 0, Correct: true, ElapsedMS: 12, Points: 5},
				{Question: 2, Choice: -1}}}},
	}
	want := "rank,name,identity,team,score,question,incident,choice,correct,elapsed_ms,points\n" +
		"1,ann,name:ann,,5,1,INC-1,1,true,12,5\n" +
		"1,ann,name:ann,,5,2,,,false,0,0\n"
	if got := string(resultsCSV(res)); got != want {
		t.Fatalf("CSV:\n%s\nwant:\n%s", got, want)
	}
}

// Team scores are their members' mean, rounded half away from zero; ranks
// are competition ranks (1, 1, 3).
func TestTeamMeansAndRanks(t *testing.T) {
	g := newGame(Config{Teams: []string{"Red", "Blue", "Green", "Gold"}})
	for i, s := range []struct{ team, score int }{{0, 1000}, {0, 1}, {1, 501}, {2, 100}, {2, 0}, {-1, 5000}} {
		g.order = append(g.order, &player{id: string(rune('a' + i)), name: string(rune('a' + i)), team: s.team, score: s.score})
	}
	var got []string
	for _, r := range g.teamRows() {
		got = append(got, strings.Join([]string{strconv.Itoa(r.Rank), r.Name, strconv.Itoa(r.Members), strconv.Itoa(r.Score)}, " "))
	}
	// Red (1000+1)/2 = 500.5 → 501, Blue 501, Green 50; Gold has nobody.
	if want := "1 Red 2 501, 1 Blue 1 501, 3 Green 2 50"; strings.Join(got, ", ") != want {
		t.Fatalf("team rows %q, want %q", strings.Join(got, ", "), want)
	}
	if rows := newGame(Config{}).teamRows(); rows != nil {
		t.Fatalf("team rows %v without team mode, want nil", rows)
	}
}

// Players rank by score, ties by folded name, with competition ranks:
// 1, 1, 3, 4, 4.
func TestRankPlayersCompetition(t *testing.T) {
	var ps []*player
	for _, s := range []struct {
		name  string
		score int
	}{{"dave", 0}, {"Bob", 10}, {"carol", 5}, {"alice", 10}, {"Eve", 0}} {
		ps = append(ps, &player{name: s.name, score: s.score})
	}
	var got []string
	for _, p := range rankPlayers(ps) {
		got = append(got, strconv.Itoa(p.rank)+" "+p.name)
	}
	if want := "1 alice, 1 Bob, 3 carol, 4 dave, 4 Eve"; strings.Join(got, ", ") != want {
		t.Fatalf("ranked %q, want %q", strings.Join(got, ", "), want)
	}
}
