package gameday

import (
	"strings"
	"testing"
)

// TestSharedFramesStayPersonal: players of one game share drawn question
// screens, yet each sees their own name, score and pick, and a frame is
// drawn once for all players who would draw it alike.
func TestSharedFramesStayPersonal(t *testing.T) {
	v, now := goldenState(phaseQuestion)
	h := &hub{frames: newFrameCache()}
	screen := func(name string, score, choice int) string {
		m := newPlayerModel(h, nil, asciiStyles())
		pv := v
		pv.Me.Name, pv.Me.Score, pv.Me.Choice = name, score, choice
		m.v, m.now, m.w, m.h = pv, now, 100, 30
		return m.View()
	}
	ana, bo, cy := screen("ana", 1200, 2), screen("bo", 300, -1), screen("cy", 50, 2)
	for _, c := range []struct{ screen, want, not string }{
		{ana, "ana 1,200", "bo 300"}, {ana, "Locked in: 3.", "press the number"},
		{bo, "bo 300", "ana"}, {bo, "press the number of the root cause", "Locked in"},
		{cy, "cy 50", "ana"}, {cy, "Locked in: 3.", "press the number"},
	} {
		if !strings.Contains(c.screen, c.want) || strings.Contains(c.screen, c.not) {
			t.Errorf("screen should show %q and not %q:\n%s", c.want, c.not, c.screen)
		}
	}
	if n := len(h.frames.frames); n != 2 {
		t.Fatalf("%d frames drawn for two picks (3 and none), want 2", n)
	}
	// The same screen as one drawn without sharing.
	m := newPlayerModel(nil, nil, asciiStyles())
	m.v, m.now, m.w, m.h = v, now, 100, 30
	m.v.Me.Name, m.v.Me.Score, m.v.Me.Choice = "cy", 50, 2
	if alone := m.View(); alone != cy {
		t.Fatalf("shared frame differs from one drawn alone:\n%s\n---\n%s", cy, alone)
	}
	// A problem with the last answer is the player's own: never shared.
	v.Me.Problem = "your answer was not saved; answer again"
	pm := newPlayerModel(h, nil, asciiStyles())
	pm.v, pm.now, pm.w, pm.h = v, now, 100, 30
	if s := pm.View(); !strings.Contains(s, "not saved") || len(h.frames.frames) != 2 {
		t.Fatalf("a problem line was shared or lost (%d frames):\n%s", len(h.frames.frames), s)
	}
}
