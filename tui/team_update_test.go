package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

var keyCtrlU = tea.KeyMsg{Type: tea.KeyCtrlU}

// startTeam runs the app's Init as the program would, then msgs.
func startTeam(t *testing.T, m Model, msgs ...tea.Msg) (Model, bool) {
	t.Helper()
	init, _ := runCmd(m.Init())
	return drive(t, m, append(init, msgs...)...)
}

func TestTeamRenameGoesOnUnderTheNewName(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m, _ := startTeam(t, newTeamModel(t, team, "ana", false), size(80, 24))
	m, quit := drive(t, m, keyRunes("n"), keyCtrlU, keyRunes("q"))
	if quit || !m.capturing() {
		t.Fatalf("q typed into the name field quit (%v) or the field lost focus", quit)
	}
	m, _ = drive(t, m, keyCtrlU, keyRunes("ben"), keyEnter)
	mustContain(t, m.View(), `! name taken: "ben" is another account's name`)
	if m.cfg.User != "ana" {
		t.Errorf("user after a refused rename = %q", m.cfg.User)
	}
	m, _ = drive(t, m, keyCtrlU, keyRunes("Ann Lee"), keyEnter)
	if m.cfg.User != "Ann Lee" || m.capturing() {
		t.Errorf("user after rename = %q (capturing %v), want Ann Lee", m.cfg.User, m.capturing())
	}
	mustContain(t, m.View(), "Renamed to Ann Lee.", "Signed in as Ann Lee")
	if got := team.log(); got != "rename ana ben; rename ana Ann Lee" {
		t.Errorf("calls: %s", got)
	}
}

func TestTeamLinkCodeAndRedeem(t *testing.T) {
	team := &fakeTeam{}
	m, _ := startTeam(t, newTeamModel(t, team, "ana (desk)", false), size(80, 24))
	mustContain(t, m.View(), "Practised here from another machine? Press L")
	m, _ = drive(t, m, keyRunes("L"), keyRunes("ZZZZ-ZZZZ"), keyEnter)
	mustContain(t, m.View(), `! no such link code`)
	m, _ = drive(t, m, keyCtrlU, keyRunes("K7QM-4PXR"), keyEnter)
	if m.cfg.User != "ana" {
		t.Fatalf("user after linking = %q, want ana", m.cfg.User)
	}
	mustContain(t, m.View(), "This key is now linked to ana", "Signed in as ana")
	m, _ = drive(t, m, keyRunes("c"))
	mustContain(t, m.View(), "Link code K7QM-4PXR  valid until 09:15, once",
		"On your other machine:\n      ssh -p 2222 training.example.com\n    then press L on Home and type K7QM-4PXR.")
	m, _ = drive(t, m, keyEsc)
	if strings.Contains(m.View(), "Link code") {
		t.Error("esc left the link code on screen")
	}
	if got := team.log(); got != "redeem ZZZZ-ZZZZ ana (desk); redeem K7QM-4PXR ana (desk); code ana" {
		t.Errorf("calls: %s", got)
	}
}

func TestDashboardForms(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m, _ := startTeam(t, newTeamModel(t, team, "trainer", true), size(120, 40))
	m, _ = drive(t, m, keyRunes("d"))
	mustContain(t, m.View(), "Dashboard · everyone · 5 trainees · 2 cohorts", "NFI-2023-0019  Data Loss Incident")
	m, _ = drive(t, m, keyRunes("c"), keyRunes("Nov hires"), keyEnter)
	mustContain(t, m.View(), "Cohort Nov hires created.")
	m, _ = drive(t, m, keyRunes("a"), keyRunes("\t"), tea.KeyMsg{Type: tea.KeyTab}, keyRunes("zed"), keyEnter)
	mustContain(t, m.View(), "Add a trainee", `! no such user: no trainee "zed"`)
	m, _ = drive(t, m, keyEsc, keyRunes("t"), keyDown, keyRunes("DataNexus"), keyDown, keyDown, keyDown, keyCtrlU, keyRunes("5"), keyEnter)
	mustContain(t, m.View(), "Track assigned to October hires, due 2024-05-08.")
	want := "cohort Nov hires; add October hires zed; assign October hires DataNexus// 5 2024-05-08"
	if got := team.log(); got != want {
		t.Errorf("calls:\n%s\nwant\n%s", got, want)
	}
	m, _ = drive(t, m, keyEsc)
	mustContain(t, m.View(), "d  Dashboard")
}

func TestTeamHomeOnlyWithTeam(t *testing.T) {
	m, _ := startTeam(t, newTeamModel(t, &fakeTeam{answers: 1}, "ana", false), size(80, 24), keyRunes("d"))
	if v := m.View(); strings.Contains(v, "Dashboard") || !strings.Contains(v, "Signed in as ana") {
		t.Errorf("a trainee's Home:\n%s", v)
	}
	local, _ := drive(t, newTestModel(t, nil, &fakeStore{}), size(80, 24), keyRunes("n"), keyRunes("L"))
	if v := local.View(); strings.Contains(v, "Signed in") || strings.Contains(v, "New name") || local.capturing() {
		t.Errorf("the local Home shows team elements:\n%s", v)
	}
}

func TestDashboardScrollsAt80x24(t *testing.T) {
	m, _ := startTeam(t, newTeamModel(t, &fakeTeam{answers: 3}, "trainer", true), size(80, 24), keyRunes("d"))
	mustContain(t, m.View(), "↓ 17 lines below")
	m, _ = drive(t, m, keyRunes("G"))
	mustContain(t, m.View(), "no assignment (t assigns a track)", "lines above")
	m, _ = drive(t, m, keyUp)
	// 35 lines in 19 rows: the end is at offset 17.
	if m.home.dash.off != 16 {
		t.Errorf("one up from the end: offset %d", m.home.dash.off)
	}
	m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyHome})
	mustContain(t, m.View(), "Trainees", "ana")
}

func TestTeamHomeReloadsTheAccountOnReturn(t *testing.T) {
	team := &fakeTeam{}
	m, _ := startTeam(t, newTeamModel(t, team, "ana", false), size(80, 24))
	mustContain(t, m.View(), "Practised here from another machine?")
	team.mu.Lock()
	team.answers = 4 // a round was played meanwhile
	team.mu.Unlock()
	m, _ = drive(t, m, goHomeMsg{})
	if v := m.View(); strings.Contains(v, "Practised here") || !strings.Contains(v, "n rename · c link code · L enter a code") {
		t.Errorf("Home after a round still offers linking a fresh account:\n%s", v)
	}
}

func TestDashboardCyclesCohorts(t *testing.T) {
	team := &fakeTeam{answers: 3}
	m, _ := startTeam(t, newTeamModel(t, team, "trainer", true), size(120, 40), keyRunes("d"))
	m, _ = drive(t, m, keyRunes("f"))
	mustContain(t, m.View(), "Dashboard · October hires · 2 trainees (f: next cohort)")
	if strings.Contains(m.View(), "carla") {
		t.Error("October hires' view lists a trainee of no cohort")
	}
	m, _ = drive(t, m, keyRunes("f"))
	mustContain(t, m.View(), "Dashboard · On-call · 2 trainees")
	m, _ = drive(t, m, keyRunes("f"))
	mustContain(t, m.View(), "Dashboard · everyone · 5 trainees · 2 cohorts", "carla")
	if got := team.log(); got != "dashboard October hires; dashboard On-call" {
		t.Errorf("calls: %s", got)
	}
}
