package gameday

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestResultsFilesAndHook(t *testing.T) {
	var mu sync.Mutex
	var got []Results
	dir := t.TempDir()
	h, err := newHub(Config{Rounds: testRounds(2), ResultsDir: dir, AutoAdvance: -1, OnResults: func(r Results) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, r)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	a, b := newClient(nil), newClient(nil)
	if err := h.Join(joinRequest{KeyFP: "fa", User: "=cmd|' /C calc'!A0"}, a); err != nil {
		t.Fatal(err)
	}
	if err := h.Join(joinRequest{KeyFP: "fb", User: "bob"}, b); err != nil {
		t.Fatal(err)
	}
	h.Next()
	h.Answer(a, 0)
	h.Answer(b, 2)
	h.Next()
	h.Next()
	h.Answer(a, 1) // b does not answer
	h.Next()       // lock
	h.End()
	h.Stop()

	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 || len(got[0].Players) != 2 || got[0].Players[0].Correct != 2 {
		t.Fatalf("OnResults got %+v, want one call with 2 players, the winner 2/2 right", got)
	}
	jsons, _ := filepath.Glob(filepath.Join(dir, "results-*.json"))
	csvs, _ := filepath.Glob(filepath.Join(dir, "results-*.csv"))
	if len(jsons) != 1 || len(csvs) != 1 {
		t.Fatalf("results files: %v %v", jsons, csvs)
	}
	var res Results
	data, _ := os.ReadFile(jsons[0])
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Questions) != 2 || !equalInts(res.Questions[0].Counts, []int{1, 0, 1, 0}) || res.Players[1].Answers[1].Choice != -1 {
		t.Fatalf("json results = %+v", res)
	}
	f, _ := os.Open(csvs[0])
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+4 || rows[0][0] != "rank" {
		t.Fatalf("csv rows = %v", rows)
	}
	for _, r := range rows[1:] {
		if strings.HasPrefix(r[1], "=") {
			t.Fatalf("a formula reached the CSV: %q", r[1])
		}
	}
	if res.Ended.Before(res.Started) || res.Started.IsZero() || time.Since(res.Started) > time.Hour {
		t.Fatalf("times: %v .. %v", res.Started, res.Ended)
	}
}

func TestSanitizeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"alice", "alice"},
		{"  sam   the  sre ", "sam the sre"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"bell\x07\x08", "bell"},
		{"\x1b]8;;http://x\x07link\x1b]8;;\x07", "link"},
		{"tab\tname", "tab name"},
		{"élodie-日本", "élodie-日本"},
		{strings.Repeat("x", 40), strings.Repeat("x", maxNameLen)},
		{"\x00\x01", ""},
		{"\u202eevil", "evil"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := SanitizeName(tc.in); got != tc.want {
				t.Fatalf("SanitizeName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestUniqueName(t *testing.T) {
	taken := map[string]bool{"sam": true, "sam (2)": true, strings.Repeat("y", maxNameLen): true}
	has := func(k string) bool { return taken[k] }
	if got := uniqueName("Sam", has); got != "Sam (3)" {
		t.Fatalf("got %q", got)
	}
	long := strings.Repeat("y", maxNameLen)
	if got := uniqueName(long, has); len([]rune(got)) > maxNameLen || !strings.HasSuffix(got, " (2)") {
		t.Fatalf("long name: %q", got)
	}
}

func TestSaveFailureIsShownToTheFacilitator(t *testing.T) {
	f := newFakeGame(t, Config{Rounds: testRounds(1)})
	f.cfg.ResultsDir = filepath.Join(t.TempDir(), "missing")
	a := f.seat(t, "alice")
	f.next()
	f.answerAt(a, 0, 0)
	f.next()
	f.next() // final: the save fails
	if pub := f.forConsole(f.public()); !strings.Contains(pub.Notice, "results NOT saved") {
		t.Fatalf("notice = %q", pub.Notice)
	}
}
