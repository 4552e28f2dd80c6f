package tui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/charmbracelet/x/exp/golden"
)

// TestDashboardGolden renders the dashboard's cohort editing at 80x24 and
// 120x40 without color: the numbered assignments at the end of the page,
// the full help, the rename and unassign forms and the two questions
// (testdata/TestDashboardGolden/<case>/<size>.golden; -update rewrites them).
func TestDashboardGolden(t *testing.T) {
	d := step{keyRunes("d"), "Team leeches"}
	for _, tc := range []teamGoldenCase{
		// At 120x40 the page fits: G changes nothing on screen, so nothing to wait for.
		{name: "end", steps: []step{d, {keyRunes("G"), ""}}, wait: ""},
		{name: "help", steps: []step{d, {keyRunes("?"), ""}}, wait: "delete cohort"},
		{name: "rename", steps: []step{d, {keyRunes("n"), ""}}, wait: "Rename a cohort"},
		{name: "delete_confirm", steps: []step{d, {keyRunes("D"), "Delete a cohort"}, {keyEnter, ""}}, wait: "keep it"},
		{name: "unassign_confirm", steps: []step{d, {keyRunes("u"), "Unassign a track"}, {keyEnter, ""}}, wait: "keep it"},
		{name: "remove_error", steps: []step{d, {keyRunes("x"), "Remove a trainee"}, {tea.KeyMsg{Type: tea.KeyTab}, ""},
			{keyRunes("carla"), ""}, {keyEnter, ""}}, wait: "is not a member"},
	} {
		tc.answers, tc.trainer = 12, true
		t.Run(tc.name, func(t *testing.T) {
			for _, sz := range [][2]int{{80, 24}, {120, 40}} {
				t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
					golden.RequireEqual(t, []byte(runTeamGolden(t, tc, sz[0], sz[1])))
				})
			}
		})
	}
}
