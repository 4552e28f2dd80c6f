package cli

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/tui"
)

// Review respects the new-per-day cap: due incidents stay, new ones only
// up to what the cap still allows today.
func TestAppStorePlanCapsNewPerDay(t *testing.T) {
	st, err := progress.Open(filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := appStore{st}
	at := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	ids := []string{"A", "B", "C", "D"}
	if err := a.SaveSettings("u", tui.Settings{TimeZone: "UTC", NewPerDay: 2}); err != nil {
		t.Fatal(err)
	}
	// A was missed yesterday: due today. B was first answered today: one
	// new incident of the two allowed is used.
	sid, err := a.StartSession("u", tui.SessionInfo{Mode: "practice", Difficulty: "normal", Total: 2, At: at.Add(-24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []tui.Answer{
		{IncidentID: "A", Kind: "root_cause", Difficulty: "normal", Choice: 1, Correct: false, At: at.Add(-24 * time.Hour)},
		{IncidentID: "B", Kind: "root_cause", Difficulty: "normal", Choice: 0, Correct: true, At: at.Add(-time.Hour)},
	} {
		if err := a.RecordAnswer(sid, x); err != nil {
			t.Fatal(err)
		}
	}
	got, err := a.Plan("u", ids, at, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"A", "C"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("plan %q, want %q (A due, then one new: the cap of 2 less B today)", got, want)
	}
	// No cap: every new one.
	if err := a.SaveSettings("u", tui.Settings{TimeZone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Plan("u", ids, at, 10); !reflect.DeepEqual(got, []string{"A", "C", "D"}) {
		t.Fatalf("uncapped plan %q, want A C D", got)
	}
}

// A file with one incident missing its root cause and one with a date that
// does not exist: one left out, two errors, and the validate command.
func TestLoadNotice(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.txt")
	g := &Globals{Incidents: []string{path}}
	if err := os.WriteFile(path, []byte(brokenCorpus), 0o644); err != nil {
		t.Fatal(err)
	}
	incs, probs, err := g.loadCorpusTo(io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want := "1 incident left out, 2 problems — run `rootcause incidents validate " + shellQuote(path) + "` for details"
	if got := loadNotice(g, incs, probs); got != want {
		t.Fatalf("loadNotice = %q, want %q", got, want)
	}
	if got := loadNotice(g, incs, nil); got != "" {
		t.Fatalf("no problems: %q, want none", got)
	}
}

const brokenCorpus = `INCIDENT #: NFI-2099-0001

DATE: March 3, 2024

SEVERITY: SEV-2

PLATFORM: DataNexus

TITLE: Good incident

SUMMARY: It broke.

ROOT CAUSE: A bad deploy.

INCIDENT #: NFI-2099-0002

DATE: 2024-02-30

SEVERITY: SEV-2

PLATFORM: DataNexus

TITLE: No root cause

SUMMARY: It broke without a cause.
`
