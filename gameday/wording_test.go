package gameday

import (
	"strings"
	"testing"
)

// TestOneQuestionReadsSingular: a one-question game says "1 question".
func TestOneQuestionReadsSingular(t *testing.T) {
	p := newPlayerModel(nil, nil, asciiStyles())
	p.v, p.now = goldenState(phaseLobby)
	pub := *p.v.Game
	pub.Settings.Questions = 1
	p.v.Game = &pub
	c := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "127.0.0.1:2222"})
	c.v, c.now = goldenConsole(phaseLobby)
	c.v.shared = &pub
	for what, out := range map[string]string{"lobby": p.View(), "console": c.View()} {
		if strings.Contains(out, "1 questions") || !strings.Contains(out, "1 question") {
			t.Errorf("%s:\n%s", what, out)
		}
	}
}
