package tui

import (
	"errors"
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
)

// statsStore is a real progress database with a fixed history on the test
// corpus: several weeks of rounds, some misses, and one incident lapsed
// LeechLapses times (a persistent weak spot). Answers fall at noon UTC, so
// every time zone files them under the same day.
func statsStore(t testing.TB) (realStore, []incidents.Incident) {
	t.Helper()
	incs := testCorpus(t)
	st, err := progress.Open(filepath.Join(t.TempDir(), "progress.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	// The trainee counts days in UTC, whatever the machine's zone (TZ).
	if err := st.SaveSettings("tester", progress.Settings{TimeZone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	noon := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	for d := 80; d >= 1; d-- {
		if d%3 == 1 || d%7 == 0 {
			continue // days off, so the heatmap has texture
		}
		at := noon.AddDate(0, 0, -d)
		sid, err := st.StartSession("tester", progress.SessionInfo{Mode: "review", Difficulty: "normal", Total: 4, At: at})
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 1+d%4; i++ {
			inc := incs[(d+i)%len(incs)]
			right := (d+i)%3 != 0 && inc.ID != incs[2].ID
			if err := st.RecordAnswer(sid, progress.Answer{IncidentID: inc.ID, Kind: "cause", Correct: right,
				Clues: i % 2, Elapsed: time.Duration(10+d%40) * time.Second, At: at.Add(time.Duration(i) * time.Minute)}); err != nil {
				t.Fatal(err)
			}
		}
		if d%9 != 0 {
			st.FinishSession(sid, at.Add(10*time.Minute))
		}
	}
	return realStore{st}, incs
}

// testCommon is the shared state of a screen tested on its own.
func testCommon(w, h int) *common {
	r := asciiRenderer()
	return &common{width: w, height: h, styles: view.NewStyles(r), keys: view.DefaultKeyMap(), renderer: r, now: fixedClock}
}

// statsHarness runs the Stats screen alone as a tea.Model, for teatest.
type statsHarness struct {
	m    statsModel
	load tea.Cmd
}

func (h statsHarness) Init() tea.Cmd { return h.load }

func (h statsHarness) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		h.m.c.width, h.m.c.height = ws.Width, ws.Height
	}
	var c tea.Cmd
	h.m, c = h.m.update(msg)
	return h, c
}

func (h statsHarness) View() string { return h.m.view() }

// TestStatsGolden renders the loaded Stats screen at 80x24 and 120x40
// through a real program (teatest) and compares the final view.
func TestStatsGolden(t *testing.T) {
	st, incs := statsStore(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m, load := newStats(testCommon(sz[0], sz[1]), st, "tester", incs)
			tm := teatest.NewTestModel(t, statsHarness{m: m, load: load}, teatest.WithInitialTermSize(sz[0], sz[1]))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "Weakest") },
				teatest.WithDuration(30*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(statsHarness)
			view := final.View()
			checkFits(t, view, sz[0], sz[1]-footerHeight)
			golden.RequireEqual(t, []byte(view))
		})
	}
}

// TestStatsIncidentGolden renders the incident page (1: the weakest
// incident's FSRS card) at 80x24 and 120x40.
func TestStatsIncidentGolden(t *testing.T) {
	st, incs := statsStore(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m, load := newStats(testCommon(sz[0], sz[1]), st, "tester", incs)
			tm := teatest.NewTestModel(t, statsHarness{m: m, load: load}, teatest.WithInitialTermSize(sz[0], sz[1]))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "Weakest") },
				teatest.WithDuration(30*time.Second))
			tm.Send(keyRunes("1"))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "Last review") },
				teatest.WithDuration(30*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(30*time.Second)).(statsHarness)
			view := final.View()
			checkFits(t, view, sz[0], sz[1]-footerHeight)
			golden.RequireEqual(t, []byte(view))
		})
	}
}

// checkFits fails when a line is wider than w or there are more than h lines.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, more than the %d available", len(lines), h)
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, lipgloss.Width(l), w, l)
		}
	}
}

func loadedStats(t *testing.T, w, h int) statsModel {
	st, incs := statsStore(t)
	m, load := newStats(testCommon(w, h), st, "tester", incs)
	m, _ = m.update(load())
	return m
}

func TestStatsContentAndKeys(t *testing.T) {
	m := loadedStats(t, 100, 30)
	all := m.content(m.c.contentWidth())
	mustContain(t, all, "Your progress", "Accuracy by week", "Activity", "Weakest incidents",
		"Mastery by platform", "Mastery by service", "⚑ weak spot", "Due today")
	weak := m.studyable()
	if len(weak) == 0 || !weak[0].Leech {
		t.Fatalf("weakest = %+v, want the leech first", weak)
	}
	card, c := m.update(keyRunes("1"))
	if c != nil || card.card < 0 || card.stats.Cards[card.card].ID != weak[0].ID {
		t.Fatalf("1 did not open %s's card page (card %d)", weak[0].ID, card.card)
	}
	mustContain(t, card.view(), weak[0].ID, "Stability", "Difficulty", "Recall now", "Due", "Lapses", "Last review", "Weak spot")
	_, c = card.update(keyEnter)
	if msgs, _ := runCmd(c); len(msgs) != 1 || msgs[0] != (studyMsg{id: weak[0].ID}) {
		t.Fatalf("enter on the card sent %v, want studyMsg for %s", msgs, weak[0].ID)
	}
	n := len(card.stats.Cards)
	if next, _ := card.update(tea.KeyMsg{Type: tea.KeyRight}); next.card != (card.card+1)%n {
		t.Errorf("→ went from card %d to %d of %d", card.card, next.card, n)
	}
	if prev, _ := card.update(tea.KeyMsg{Type: tea.KeyLeft}); prev.card != (card.card+n-1)%n {
		t.Errorf("← went from card %d to %d of %d", card.card, prev.card, n)
	}
	if back, c := card.update(keyEsc); c != nil || back.card != -1 {
		t.Fatalf("esc on the card page: card %d, cmd %v; want the overview", back.card, c)
	}
	_, c = m.update(keyRunes("9"))
	if len(weak) < 9 && c != nil {
		t.Errorf("9 with only %d weak incidents sent %v", len(weak), c())
	}
	_, c = m.update(keyEsc)
	if msgs, _ := runCmd(c); len(msgs) != 1 || msgs[0] != (goHomeMsg{}) {
		t.Fatalf("esc sent %v, want goHomeMsg", msgs)
	}
	h := m.help()
	if len(h.short) == 0 || !h.short[0].Enabled() || h.short[0].Help().Key != fmt.Sprintf("1-%d", len(weak)) {
		t.Errorf("help does not offer the study keys: %+v", h.short)
	}
}

func TestStatsScrollsInSmallWindow(t *testing.T) {
	m := loadedStats(t, 60, 15)
	checkFits(t, m.view(), 60, 15-footerHeight)
	mustContain(t, m.view(), "more below")
	m, _ = m.update(keyRunes("G"))
	mustContain(t, m.view(), "(end)")
}

type failingStats struct{ fakeStore }

func (*failingStats) Stats(string, []incidents.Incident, time.Time) (*Stats, error) {
	return nil, errors.New("progress database x.db: the database is locked")
}

func TestStatsStates(t *testing.T) {
	c := testCommon(80, 24)
	m, load := newStats(c, nil, "tester", nil)
	if load != nil {
		t.Error("no store, yet a load Cmd")
	}
	mustContain(t, m.view(), "not saved in this run")

	m, load = newStats(c, &failingStats{}, "tester", nil)
	mustContain(t, m.view(), "Reading your progress")
	m, _ = m.update(load())
	mustContain(t, m.view(), "Could not read your progress", "locked")

	empty, err := progress.Open(filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	m, load = newStats(c, realStore{empty}, "newbie", testCorpus(t))
	m, _ = m.update(load())
	mustContain(t, m.view(), "Nothing recorded yet")
	if h := m.help(); h.short[0].Enabled() {
		t.Error("study key enabled with nothing to study")
	}
}

func TestHeatmapAndChartShapes(t *testing.T) {
	s := view.NewStyles(asciiRenderer())
	var days []Day
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) // a Monday
	for i := 0; i < 7*10+3; i++ {
		days = append(days, Day{Date: start.AddDate(0, 0, i), Answers: i % 5})
	}
	hm := heatmap(s, days, 30)
	lines := strings.Split(hm, "\n")
	if len(lines) != 10 { // title, months, 7 days, legend
		t.Fatalf("heatmap has %d lines:\n%s", len(lines), hm)
	}
	if got := lipgloss.Width(lines[2]); got != 4+11 {
		t.Errorf("Monday row is %d wide, want label + 11 weeks:\n%s", got, hm)
	}
	if !strings.Contains(lines[1], "Jan") || !strings.Contains(lines[1], "Feb") {
		t.Errorf("month labels missing: %q", lines[1])
	}
	narrow := heatmap(s, days, 10)
	if got := lipgloss.Width(strings.Split(narrow, "\n")[2]); got != 4+6 {
		t.Errorf("narrow heatmap row %d wide, want the newest 6 weeks", got)
	}

	weeks := []Period{{Answers: 0}, {Answers: 4, Correct: 4}, {Answers: 4, Correct: 2}}
	chart := accuracyChart(s, weeks, 4)
	cl := strings.Split(chart, "\n")
	if len(cl) != 1+4+2 {
		t.Fatalf("chart has %d lines:\n%s", len(cl), chart)
	}
	if !strings.Contains(cl[1], "100%│   ██") || !strings.Contains(cl[4], "  0%│·· ██ ██") {
		t.Errorf("bars wrong:\n%s", chart)
	}
}

// BenchmarkStatsView is the cost of one frame of the Stats screen at
// 120x40 (the layout is computed when data arrives or the window resizes).
func BenchmarkStatsView(b *testing.B) {
	st, incs := statsStore(b)
	m, load := newStats(testCommon(120, 40), st, "tester", incs)
	m, _ = m.update(load())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = m.view()
	}
}

// BenchmarkStatsLayout is the cost of laying the screen out (on load and on
// every resize).
func BenchmarkStatsLayout(b *testing.B) {
	st, incs := statsStore(b)
	m, load := newStats(testCommon(120, 40), st, "tester", incs)
	m, _ = m.update(load())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = m.resized()
	}
}
