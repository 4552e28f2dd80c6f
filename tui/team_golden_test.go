package tui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

type teamGoldenCase struct {
	name    string
	answers int // the account's answers: 0 is a fresh account
	trainer bool
	steps   []step
	wait    string
}

// TestTeamGolden renders a team server session's Home and a trainer's
// dashboard at 80x24 and 120x40 without color
// (testdata/TestTeamGolden/<case>/<size>.golden; -update rewrites them).
func TestTeamGolden(t *testing.T) {
	for _, tc := range []teamGoldenCase{
		{name: "home", answers: 12, wait: "Assignments"},
		{name: "home_fresh", wait: "Practised here"},
		{name: "home_code", answers: 12, steps: []step{{keyRunes("c"), ""}}, wait: "valid until"},
		{name: "home_rename", answers: 12, steps: []step{{keyRunes("n"), ""}}, wait: "New name"},
		{name: "home_trainer", answers: 12, trainer: true, wait: "Dashboard"},
		{name: "dashboard", answers: 12, trainer: true, steps: []step{{keyRunes("d"), ""}}, wait: "Team leeches"},
		{name: "dashboard_assign", answers: 12, trainer: true,
			steps: []step{{keyRunes("d"), "Team leeches"}, {keyRunes("t"), ""}}, wait: "Assign a track"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, sz := range [][2]int{{80, 24}, {120, 40}} {
				t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
					golden.RequireEqual(t, []byte(runTeamGolden(t, tc, sz[0], sz[1])))
				})
			}
		})
	}
}

func runTeamGolden(t *testing.T, tc teamGoldenCase, w, h int) string {
	m := newTeamModel(t, &fakeTeam{answers: tc.answers}, "ana", tc.trainer)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	out := tm.Output()
	for _, st := range tc.steps {
		tm.Send(st.key)
		if st.wait != "" {
			waitFor(t, out, st.wait)
		}
	}
	waitFor(t, out, tc.wait)
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm, ok := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(Model)
	if !ok {
		t.Fatal("final model is not a Model")
	}
	return fm.View()
}
