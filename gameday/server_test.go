package gameday

import (
	"github.com/nexusflow/rootcause/view"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

func TestJoinAnswerRevealAndScore(t *testing.T) {
	srv := startServer(t, Config{})
	alice := connect(t, srv, "alice", newKey(t))
	alice.expect("Welcome, alice.")
	bob := connect(t, srv, "bob", newKey(t))
	bob.expect("Welcome, bob.")
	alice.expect("bob") // the lobby lists who joined
	waitState(t, srv.hub, "two players", connectedCount(2))

	srv.hub.Next() // start: question 1, answer is choice 1 ("alpha cause")
	alice.expect("question 1/3")
	bob.expect("question 1/3")
	alice.expect("alpha cause")
	alice.press("1")
	alice.expect("Locked in: 1.")
	bob.press("3")

	st := waitState(t, srv.hub, "the reveal", func(p consoleView) bool { return p.Phase == phaseReveal })
	if want := []int{1, 0, 1, 0}; !equalInts(st.Reveal.Counts, want) {
		t.Fatalf("reveal counts = %v, want %v", st.Reveal.Counts, want)
	}
	alice.expect("✓ Correct")
	bob.expect("3. (your pick) charlie cause")
	bob.expect("charlie is wrong because")
	bob.expect("✗ Wrong")
	var a, b playerRow
	for _, p := range st.Players {
		switch p.Name {
		case "alice":
			a = p
		case "bob":
			b = p
		}
	}
	// Kahoot's rule: 500 at the buzzer up to 1000 at once for a right answer.
	if a.Score <= 500 || a.Score > 1000 || b.Score != 0 || a.Rank != 1 || b.Rank != 2 {
		t.Fatalf("scores: alice %d (rank %d), bob %d (rank %d)", a.Score, a.Rank, b.Score, b.Rank)
	}

	srv.hub.Next() // leaderboard
	alice.expect("Leaderboard after question 1/3")
	bob.expect("You: 2nd of 2")
}

func TestReconnectKeepsScore(t *testing.T) {
	srv := startServer(t, Config{})
	key := newKey(t)
	alice := connect(t, srv, "alice", key)
	alice.expect("Welcome, alice.")
	bob := connect(t, srv, "bob", newKey(t))
	bob.expect("Welcome, bob.")
	srv.hub.Next()
	alice.expect("alpha cause")
	bob.expect("alpha cause")
	alice.press("1")
	bob.press("2")
	st := waitState(t, srv.hub, "the reveal", func(p consoleView) bool { return p.Phase == phaseReveal })
	score := st.Players[0].Score

	alice.close()
	waitState(t, srv.hub, "alice away", connectedCount(1))
	srv.hub.Next() // the game goes on without her
	srv.hub.Next()
	bob.expect("question 2/3")

	// Same key, even under another name: the same seat.
	again := connect(t, srv, "alice-laptop", key)
	again.expect("question 2/3")
	again.expect(view.Thousands(score))
	st = waitState(t, srv.hub, "alice back", connectedCount(2))
	if len(st.Players) != 2 || st.Players[0].Name != "alice" || st.Players[0].Score != score {
		t.Fatalf("after reconnect: %+v, want alice's seat with %d points", st.Players, score)
	}
}

func TestNoAnswerInTime(t *testing.T) {
	srv := startServer(t, Config{TimePerQuestion: 300e6})
	alice := connect(t, srv, "alice", newKey(t))
	alice.expect("Welcome, alice.")
	srv.hub.Next()
	alice.expect("question 1/3")
	alice.expect("✗ Time is up")
}

func TestRefusedRequests(t *testing.T) {
	srv := startServer(t, Config{})
	c, err := dial(srv.Addr().String(), "mallory", newKey(t), "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	sess, _ := c.NewSession()
	if out, err := sess.CombinedOutput("cat /etc/passwd"); err == nil {
		t.Fatalf("exec was served: %q", out)
	}
	sess, _ = c.NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Fatal("sftp subsystem was accepted")
	}
	sess, _ = c.NewSession()
	if ok, err := sess.SendRequest("auth-agent-req@openssh.com", true, nil); ok || err != nil {
		t.Fatalf("agent forwarding: ok=%v err=%v, want refused", ok, err)
	}
	if ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single        bool
		Proto, Cookie string
		Screen        uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok || err != nil {
		t.Fatalf("x11 forwarding: ok=%v err=%v, want refused", ok, err)
	}
	if conn, err := c.Dial("tcp", srv.Addr().String()); err == nil {
		conn.Close()
		t.Fatal("local port forwarding (direct-tcpip) was accepted")
	}
	if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Fatal("remote port forwarding (tcpip-forward) was accepted")
	}
	if st := srv.hub.State(); len(st.Players) != 0 {
		t.Fatalf("refused sessions took seats: %+v", st.Players)
	}
}

func TestNoPTYGetsOneLine(t *testing.T) {
	srv := startServer(t, Config{})
	c, err := dial(srv.Addr().String(), "scripted", newKey(t), "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, _ := c.NewSession()
	var out strings.Builder
	sess.Stdout = &out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	err = sess.Wait()
	var exit *gossh.ExitError
	if !asExit(err, &exit) || exit.ExitStatus() != 1 {
		t.Fatalf("exit = %v, want status 1", err)
	}
	if got := strings.TrimSpace(out.String()); got != noPTYMessage {
		t.Fatalf("no-PTY output = %q, want %q", got, noPTYMessage)
	}
}

func TestJoinCode(t *testing.T) {
	srv := startServer(t, Config{JoinCode: "blue-otter"})
	addr := srv.Addr().String()
	key := newKey(t)
	if c, err := dial(addr, "alice", key, "wrong"); err == nil {
		c.Close()
		t.Fatal("a wrong join code was accepted")
	}
	if c, err := dial(addr, "alice", nil, ""); err == nil {
		c.Close()
		t.Fatal("no join code was accepted")
	}
	alice, err := tryConnect(t, addr, "alice", key, "blue-otter")
	if err != nil {
		t.Fatal(err)
	}
	alice.expect("Welcome, alice.")
	bob, err := tryConnect(t, addr, "bob", nil, "blue-otter")
	if err != nil {
		t.Fatal(err)
	}
	bob.expect("Welcome, bob.")
	st := waitState(t, srv.hub, "two players", connectedCount(2))
	// The key survives the code check as alice's identity; bob had no key.
	if !strings.HasPrefix(st.Players[0].ID, "key:SHA256:") || st.Players[1].ID != "name:bob" {
		t.Fatalf("identities = %q, %q", st.Players[0].ID, st.Players[1].ID)
	}
}

func TestKick(t *testing.T) {
	srv := startServer(t, Config{})
	key := newKey(t)
	bob := connect(t, srv, "bob", key)
	bob.expect("Welcome, bob.")
	st := waitState(t, srv.hub, "bob", connectedCount(1))
	srv.hub.Kick(st.Players[0].ID)
	bob.expect("removed you from this game")
	bob.waitClosed()
	if st := srv.hub.State(); len(st.Players) != 0 {
		t.Fatalf("kicked player still seated: %+v", st.Players)
	}
	again, err := tryConnect(t, srv.Addr().String(), "bob", key, "")
	if err != nil {
		t.Fatal(err)
	}
	again.expect("removed you from this game")
	again.waitClosed()
}

func TestNamesSanitizedAndDisambiguated(t *testing.T) {
	srv := startServer(t, Config{})
	evil := connect(t, srv, "\x1b]0;pwned\x07sam\x1b[2J", newKey(t))
	evil.expect("Welcome, sam.")
	other := connect(t, srv, "sam", newKey(t))
	other.expect("Welcome, sam (2).")
	st := waitState(t, srv.hub, "two", connectedCount(2))
	if st.Players[0].Name != "sam" || st.Players[1].Name != "sam (2)" {
		t.Fatalf("names = %q, %q", st.Players[0].Name, st.Players[1].Name)
	}
}

func TestMaxPlayers(t *testing.T) {
	srv := startServer(t, Config{MaxPlayers: 1})
	connect(t, srv, "first", newKey(t)).expect("Welcome, first.")
	late := connect(t, srv, "second", newKey(t))
	late.expect("the game is full")
	late.waitClosed()
}

func TestFacilitatorKeyGetsConsole(t *testing.T) {
	fk := newKey(t)
	srv := startServer(t, Config{FacilitatorKeys: []ssh.PublicKey{fk.PublicKey()}})
	fac := connect(t, srv, "host", fk)
	fac.expect("facilitator")
	fac.expect("Lobby")
	p := connect(t, srv, "alice", newKey(t))
	p.expect("Welcome, alice.")
	fac.expect("alice")
	fac.press("\r") // enter: start
	p.expect("question 1/3")
	fac.close() // the facilitator leaving does not end the game
	p.press("1")
	p.expect("✓ Correct")
	if st := srv.hub.State(); len(st.Players) != 1 {
		t.Fatalf("the facilitator took a seat: %+v", st.Players)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func asExit(err error, target **gossh.ExitError) bool {
	e, ok := err.(*gossh.ExitError)
	if ok {
		*target = e
	}
	return ok
}

func TestAnonymousLeaderboardOverSSH(t *testing.T) {
	srv := startServer(t, Config{Anonymous: true})
	alice := connect(t, srv, "alice", newKey(t))
	alice.expect("Welcome, alice.")
	bob := connect(t, srv, "bob", newKey(t))
	bob.expect("Welcome, bob.")
	waitState(t, srv.hub, "two", connectedCount(2))
	srv.hub.Next()
	// Keys pressed before a player's screen shows the question are ignored,
	// so wait for it on both sides.
	alice.expect("alpha cause")
	bob.expect("alpha cause")
	alice.press("1")
	bob.press("2")
	waitState(t, srv.hub, "reveal", func(p consoleView) bool { return p.Phase == phaseReveal })
	bob.expect("✗ Wrong")
	srv.hub.Next()
	bob.expect("Leaderboard after question 1/3")
	bob.expect("·····")
	bob.expect("bob (you)")
	bob.mu.Lock()
	board := bob.text.String()[strings.LastIndex(bob.text.String(), "Leaderboard after"):]
	bob.mu.Unlock()
	if strings.Contains(board, "alice") {
		t.Fatalf("anonymous leaderboard names alice:\n%s", board)
	}
}

func TestReconnectMidQuestionKeepsTheAnswer(t *testing.T) {
	srv := startServer(t, Config{})
	key := newKey(t)
	alice := connect(t, srv, "alice", key)
	alice.expect("Welcome, alice.")
	bob := connect(t, srv, "bob", newKey(t))
	bob.expect("Welcome, bob.")
	waitState(t, srv.hub, "two", connectedCount(2))
	srv.hub.Next()
	alice.expect("alpha cause")
	alice.press("1")
	alice.expect("Locked in: 1.")
	alice.close()
	waitState(t, srv.hub, "alice away", connectedCount(1))
	back := connect(t, srv, "alice", key)
	back.expect("Locked in: 1.")
	// A late joiner plays from the open question on.
	carol := connect(t, srv, "carol", newKey(t))
	carol.expect("question 1/3")
	carol.press("1")
	bob.press("1")
	st := waitState(t, srv.hub, "reveal", func(p consoleView) bool { return p.Phase == phaseReveal })
	if !equalInts(st.Reveal.Counts, []int{3, 0, 0, 0}) {
		t.Fatalf("counts = %v, want alice's kept answer plus bob's and carol's", st.Reveal.Counts)
	}
}

// TestEachSessionGetsItsOwnColors: one server, two terminals — a color
// terminal gets colors, a dumb one none, at the same time.
func TestEachSessionGetsItsOwnColors(t *testing.T) {
	srv := startServer(t, Config{})
	color, err := tryConnectTerm(t, srv.Addr().String(), "color", newKey(t), "", "xterm-256color")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := tryConnectTerm(t, srv.Addr().String(), "plain", newKey(t), "", "dumb")
	if err != nil {
		t.Fatal(err)
	}
	color.expect("Welcome, color.")
	plain.expect("Welcome, plain.")
	sgr := regexp.MustCompile(`\x1b\[[0-9;]*[1-9][0-9;]*m`) // a color or bold, not a bare reset
	color.mu.Lock()
	colored := sgr.MatchString(color.raw.String())
	color.mu.Unlock()
	plain.mu.Lock()
	plainOut := plain.raw.String()
	plain.mu.Unlock()
	if !colored {
		t.Error("the xterm-256color session got no colors")
	}
	if m := sgr.FindString(plainOut); m != "" {
		t.Errorf("the dumb terminal got styling %q", m)
	}
}

// TestResizeRedrawsAtTheNewWidth: a window-change request re-lays the
// screen out for the client's new size.
func TestResizeRedrawsAtTheNewWidth(t *testing.T) {
	srv := startServer(t, Config{})
	alice := connect(t, srv, "alice", newKey(t))
	header := func(width int) string { // the lobby header, spread over the width less the margins
		return "rootcause game day" + strings.Repeat(" ", width-2-len("rootcause game day")-len("alice 0")) + "alice 0"
	}
	alice.expect(header(80))
	if err := alice.sess.WindowChange(40, 120); err != nil {
		t.Fatal(err)
	}
	alice.expect(header(120))
}
