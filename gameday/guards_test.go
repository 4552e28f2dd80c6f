package gameday

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// TestTooSmallTakesNoAnswer: behind "please enlarge" a digit answers
// nothing; at a usable size it does.
func TestTooSmallTakesNoAnswer(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		answer bool
	}{{40, 12, false}, {59, 30, false}, {80, 14, false}, {80, 24, true}} {
		m := newPlayerModel(nil, nil, asciiStyles())
		v, now := goldenState(phaseQuestion)
		v.Me.Choice = -1
		m.v, m.now, m.w, m.h = v, now, tc.w, tc.h
		_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("1")})
		if got := cmd != nil; got != tc.answer {
			t.Errorf("%dx%d: key 1 sends an answer = %v, want %v", tc.w, tc.h, got, tc.answer)
		}
	}
}

// TestLateNextKeepsTheReveal: the question locks by itself; an Enter the
// facilitator pressed while it was still open arrives after: the reveal
// stays.
func TestLateNextKeepsTheReveal(t *testing.T) {
	h, err := newHub(Config{Rounds: testRounds(2), ResultsDir: t.TempDir(), AutoAdvance: -1, TimePerQuestion: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Stop()
	if err := h.Join(joinRequest{KeyFP: "fa", User: "ana"}, newClient(nil)); err != nil {
		t.Fatal(err)
	}
	h.Next()
	waitState(t, h, "the lock by the clock", func(v consoleView) bool { return v.Phase == phaseReveal })
	h.NextFrom(phaseQuestion)
	if p := h.State().Phase; p != phaseReveal {
		t.Fatalf("after a late Enter the phase is %v, want the reveal", p)
	}
	h.NextFrom(phaseReveal)
	if p := h.State().Phase; p != phaseBoard {
		t.Fatalf("Enter on the reveal: phase %v, want the leaderboard", p)
	}
}

// TestLobbyLeaverFreesTheSeat: before the start a seat is released when its
// player leaves, so ghosts neither fill the lobby nor the --max-players
// limit; once started, a seat is kept for the reconnect.
func TestLobbyLeaverFreesTheSeat(t *testing.T) {
	f := newFakeGame(t, Config{MaxPlayers: 2})
	a, b := f.seat(t, "ana"), f.seat(t, "bo")
	f.leave(a)
	c := f.seat(t, "cy") // the game was full before ana left
	if len(f.order) != 2 || f.players["key:fp-ana"] != nil {
		t.Fatalf("seats after ana left the lobby: %d, ana's kept: %v", len(f.order), f.players["key:fp-ana"] != nil)
	}
	f.next()
	f.leave(b)
	f.leave(c)
	if len(f.order) != 2 {
		t.Fatalf("seats after leaving a started game: %d, want 2 kept", len(f.order))
	}
	if got := f.events[len(f.events)-1].Text; got != "cy left (seat kept)" {
		t.Fatalf("last event %q", got)
	}
}

// TestRefusalsAreReadable: a connection over the per-address limit
// finishes its handshake to read why in the banner, and the console's
// event log names the flag that fixes it.
func TestRefusalsAreReadable(t *testing.T) {
	srv := startServer(t, Config{MaxPerIP: 1})
	addr := srv.Addr().String()
	first, err := dial(addr, "ana", newKey(t), "")
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	var banner string
	_, err = gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "bo", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: waitLimit,
		BannerCallback: func(msg string) error { banner = msg; return nil }})
	if err == nil {
		t.Fatal("a second connection from one address got in with --max-per-ip 1")
	}
	if !strings.Contains(banner, "at most 1 connections from one address") || !strings.Contains(banner, "--max-per-ip") {
		t.Fatalf("banner %q does not say why", banner)
	}
	st := waitState(t, srv.hub, "the refusal on the console", func(v consoleView) bool { return len(v.Events) > 0 })
	if got := st.Events[len(st.Events)-1].Text; !strings.Contains(got, "raise --max-per-ip; 0 = no limit") {
		t.Fatalf("console event %q", got)
	}
}

// TestWideNamesKeepColumns: names are cut and padded by display width, so
// CJK, emoji and combining marks do not push the scores out of line.
func TestWideNamesKeepColumns(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{strings.Repeat("漢", 30), strings.Repeat("漢", 12)},                       // 2 columns each: 12 fill 24
		{strings.Repeat("e\u0301", 30), strings.Repeat("e\u0301", 24)},           // é as e + combining acute: 1 column
		{"🚀 dev " + strings.Repeat("x", 30), "🚀 dev " + strings.Repeat("x", 17)}, // the emoji is 2 wide
	} {
		if got := SanitizeName(tc.in); got != tc.want {
			t.Errorf("SanitizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	g := &shared{Board: []boardRow{{Rank: 1, Name: "漢字さん", Score: 1200}, {Rank: 2, Name: "ana", Score: 900}}}
	rows := boardRows(asciiStyles(), g, selfView{Rank: 9, Name: "zed"}, 5)
	if len(rows) < 2 {
		t.Fatalf("rows %q", rows)
	}
	if c0, c1 := colOf(rows[0], "1,200"), colOf(rows[1], "900"); c0+2 != c1 { // "1,200" is 2 wider than "900", right-aligned
		t.Fatalf("score columns %d and %d in %q", c0, c1, rows)
	}
}

// colOf is the display column where sub starts in line.
func colOf(line, sub string) int {
	i := strings.Index(line, sub)
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(line[:i])
}

// TestFrozenClientDoesNotHoldTheLock: a client that has left its screen
// untaken for stallAfter is not waited for by the early lock.
func TestFrozenClientDoesNotHoldTheLock(t *testing.T) {
	f := newFakeGame(t, Config{})
	a, frozen := f.seat(t, "ana"), f.seat(t, "fz")
	f.next()
	<-a.Updates() // ana reads; the frozen client never does
	frozen.waiting.Store(time.Now().Add(-stallAfter - time.Second).UnixNano())
	f.answerAt(a, 0, time.Second)
	if f.phase != phaseReveal {
		t.Fatalf("phase %v after the only reading player answered, want the reveal", f.phase)
	}
}

// TestSlowReaderStillCounts: a snapshot just offered is not a freeze.
func TestSlowReaderStillCounts(t *testing.T) {
	f := newFakeGame(t, Config{})
	a, b := f.seat(t, "ana"), f.seat(t, "bo")
	f.next()
	<-a.Updates()
	_ = b // bo's question screen is in his mailbox, offered just now
	f.answerAt(a, 0, time.Second)
	if f.phase != phaseQuestion {
		t.Fatalf("phase %v: the lock did not wait for bo", f.phase)
	}
}

type failingStore struct{}

func (failingStore) SaveAnswers([]StoredAnswer) error { return errors.New("disk full") }

// TestUnsavedAnswerIsTakenBack: when the store fails, the answer is not
// acknowledged: the player is told and may answer again.
func TestUnsavedAnswerIsTakenBack(t *testing.T) {
	f := newFakeGame(t, Config{Store: failingStore{}})
	a := f.seat(t, "ana")
	f.seat(t, "bo")
	f.next()
	f.answerAt(a, 1, time.Second)
	v := f.viewFor(f.public(), f.clients[a])
	if v.Me.Choice != -1 || v.Me.Problem == "" || !strings.Contains(f.notice, "disk full") {
		t.Fatalf("after a failed save: choice %d, problem %q, console %q", v.Me.Choice, v.Me.Problem, f.notice)
	}
	if got := strings.Join(questionStatus(asciiStyles(), v, 80), ""); !strings.Contains(got, "answer again") {
		t.Fatalf("status %q does not tell the player", got)
	}
}
