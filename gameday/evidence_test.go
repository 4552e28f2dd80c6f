package gameday

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// testBoard is a small evidence board: an alert, a metric and a log.
func testBoard() []incidents.Evidence {
	var pts []incidents.Point
	for i, v := range []float64{120, 118, 125, 122, 119, 480, 910, 1400, 1650, 1700, 1720, 1690} {
		pts = append(pts, incidents.Point{T: time.Duration(i-6) * 5 * time.Minute, V: v})
	}
	return []incidents.Evidence{
		{ID: "alert", Kind: incidents.KindAlert, Title: "Checkout error rate above 5%", AtSet: true, Lines: []string{"PagerDuty: checkout-api 5xx 7.2% (threshold 5%)"}},
		{ID: "p99", Kind: incidents.KindMetric, Title: "checkout-api p99 latency", At: -30 * time.Minute, AtSet: true,
			Series: []incidents.Series{{Label: "p99", Unit: "ms", Points: pts, Marks: []incidents.Mark{{At: -5 * time.Minute, Label: "deploy"}}}}},
		{ID: "log", Kind: incidents.KindLog, Title: "checkout-api errors", At: 2 * time.Minute, AtSet: true,
			Lines: []string{"ERROR pool exhausted: 50/50 connections in use", "ERROR pool exhausted: 50/50 connections in use"}},
	}
}

// TestGameMasterRevealsEvidence: the facilitator's key shows the next item
// to every player, one at a time; nothing unrevealed reaches a player, and
// the next question starts with nothing shown.
func TestGameMasterRevealsEvidence(t *testing.T) {
	rounds := testRounds(2)
	rounds[0].Evidence = testBoard()
	f := newFakeGame(t, Config{Rounds: rounds})
	c := f.seat(t, "ana")
	f.next()
	f.revealEvidence()
	f.revealEvidence()
	v := f.viewFor(f.public(), f.clients[c])
	if len(v.Game.Evidence) != 2 || v.Game.Evidence[1].ID != "p99" || v.Game.EvidenceTotal != 3 {
		t.Fatalf("after two reveals the player has %d items (total %d)", len(v.Game.Evidence), v.Game.EvidenceTotal)
	}
	f.revealEvidence()
	f.revealEvidence() // past the end: nothing more
	if got := len(f.public().Evidence); got != 3 {
		t.Fatalf("%d items shown, want the board's 3", got)
	}
	f.next() // lock
	f.next() // board
	f.next() // question 2
	if got := f.public().Evidence; len(got) != 0 {
		t.Fatalf("question 2 starts with %d items shown", len(got))
	}
}

// TestRevealedEvidenceGolden: the player's question screen with the
// alert and a metric revealed, drawn by view's evidence renderer.
func TestRevealedEvidenceGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		m := newPlayerModel(nil, nil, asciiStyles())
		v, now := goldenState(phaseQuestion)
		v.Game.Evidence, v.Game.EvidenceTotal = testBoard()[:2], 3
		m.v, m.now, m.w, m.h = v, now, size[0], size[1]
		name := "player-evidence-" + strings.Join([]string{itoa(size[0]), itoa(size[1])}, "x")
		checkGolden(t, name, m.View(), size[0], size[1])
	}
	m := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "10.0.0.5:2222", Local: true, Projector: true})
	v, now := goldenConsole(phaseQuestion)
	v.Evidence, v.EvidenceTotal = testBoard()[:2], 3
	m.v, m.now, m.w, m.h = v, now, 120, 40
	checkGolden(t, "projector-evidence-120x40", m.View(), 120, 40)
}

func itoa(n int) string { return strconv.Itoa(n) }
