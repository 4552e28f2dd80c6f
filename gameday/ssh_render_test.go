package gameday

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// textModel shows whatever string it was last sent.
type textModel struct{ s string }

func (m textModel) Init() tea.Cmd { return nil }
func (m textModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if s, ok := msg.(string); ok {
		m.s = s
	}
	return m, nil
}
func (m textModel) View() string { return m.s }

// TestLiveScreen pins what a player's screen writes for each change: only
// the lines that changed, each cut to the width and its rest erased, the
// bottom of a view taller than the terminal, the screen below a shorter
// view erased, and a full repaint after a resize.
func TestLiveScreen(t *testing.T) {
	var out strings.Builder
	s := newLiveScreen(textModel{"one\ntwo"}, &out)
	step := func(name string, msg tea.Msg, want string) {
		t.Helper()
		out.Reset()
		if msg == nil {
			s.Init()
		} else {
			s.Update(msg)
		}
		if got := out.String(); got != want {
			t.Errorf("%s: wrote %q, want %q", name, got, want)
		}
	}
	step("start", nil, liveEnter+"\x1b[1;1Hone\x1b[K\x1b[2;1Htwo\x1b[K")
	step("resize", tea.WindowSizeMsg{Width: 5, Height: 3}, liveClear+"\x1b[1;1Hone\x1b[K\x1b[2;1Htwo\x1b[K")
	step("one line changes", "one\nTWO", "\x1b[2;1HTWO\x1b[K")
	step("nothing changes", "one\nTWO", "")
	step("a line as wide as the screen: no erase", "one\nfive!", "\x1b[2;1Hfive!")
	step("a wider line is cut: the same five cells", "one\nfive!!", "")
	step("shorter view", "one", "\x1b[2;1H\x1b[J")
	step("taller than the screen: its bottom", "a\nb\nc\nd", "\x1b[1;1Hb\x1b[K\x1b[2;1Hc\x1b[K\x1b[3;1Hd\x1b[K")
}
