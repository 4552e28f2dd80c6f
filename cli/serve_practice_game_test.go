package cli

import (
	"path/filepath"
	"syscall"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestPracticeGameDay runs a game day on the team server, with the real
// binary, real SSH clients and the real SQLite file: with none open a
// trainee's g says so; a trainer starts one from Home (g, a form, the
// console); both connected trainees are invited on Home and join with g
// from the session they are in; each answer lands under the trainee's own
// account and key; once the trainer ends the game, q takes the trainees
// back to Home, and the invitation is gone.
func TestPracticeGameDay(t *testing.T) {
	dir := t.TempDir()
	ana, bo, boss := newSSHPlayer(t, "ana"), newSSHPlayer(t, "bo"), newSSHPlayer(t, "boss")
	writeKeys(t, filepath.Join(dir, "allowed"), ana, bo)
	writeKeys(t, filepath.Join(dir, "trainers"), boss)
	srv := startPractice(t, dir, "--authorized-keys", filepath.Join(dir, "allowed"), "--trainer-keys", filepath.Join(dir, "trainers"))
	for _, pl := range []*sshPlayer{ana, bo, boss} {
		pl.connect(srv.addr)
		pl.waitFor("Game day")
	}
	ana.press("g")
	ana.waitFor("No game day is open right now")
	ana.press("\x1b") // esc: back to the menu

	boss.press("g")
	boss.waitFor("Host a game day")
	boss.press("\x152\r") // ctrl+u clears the 10: two questions
	boss.waitFor("Lobby · 2 questions ready")

	for _, pl := range []*sshPlayer{ana, bo} {
		pl.waitFor("Game day open: 2 questions · normal · 30s · hosted by boss")
		pl.press("g")
		pl.waitFor("Waiting for the facilitator to start.")
	}
	boss.waitFor("Players 2 (2 connected)")
	boss.press("\r")
	for _, pl := range []*sshPlayer{ana, bo} {
		pl.waitFor("question 1/2")
	}
	ana.press("1")
	bo.press("2")
	for _, pl := range []*sshPlayer{ana, bo} {
		pl.waitFor("The root cause was")
	}
	boss.press("e")
	boss.waitFor("End the game")
	boss.press("y")
	for _, pl := range []*sshPlayer{ana, bo} {
		pl.waitFor("Game over")
		pl.press("q")
		pl.waitFor("Study library") // Home again, in the same session
	}
	srv.waitLog("game day over")
	ana.press("g")
	ana.waitFor("No game day is open right now")

	if got := answersInDB(t, dir, "ana", "bo", "boss"); got["ana"] != 1 || got["bo"] != 1 || got["boss"] != 0 {
		t.Fatalf("answers in the database %v, want one each for ana and bo, none for the trainer", got)
	}
	if keys := keysInDB(t, dir, "bo"); len(keys) != 1 || !keys[gossh.FingerprintSHA256(bo.key.PublicKey())] {
		t.Fatalf("bo's game answers carry keys %v, want only his", keys)
	}
}

// TestPracticeGameDayResumes: kill -9 the team server during a game day,
// start it again with --resume: the invitation is back, the trainee
// rejoins with g, back at question 1, and the answer given before the
// kill is in the database once.
func TestPracticeGameDayResumes(t *testing.T) {
	dir := t.TempDir()
	ana, boss := newSSHPlayer(t, "ana"), newSSHPlayer(t, "boss")
	writeKeys(t, filepath.Join(dir, "allowed"), ana)
	writeKeys(t, filepath.Join(dir, "trainers"), boss)
	flags := []string{"--authorized-keys", filepath.Join(dir, "allowed"), "--trainer-keys", filepath.Join(dir, "trainers")}
	srv := startPractice(t, dir, flags...)
	ana.connect(srv.addr)
	boss.connect(srv.addr)
	boss.waitFor("Game day")
	boss.press("g")
	boss.waitFor("Host a game day")
	boss.press("\x152\r")
	boss.waitFor("Lobby · 2 questions ready")
	ana.waitFor("Game day open")
	ana.press("g")
	ana.waitFor("Waiting for the facilitator to start.")
	boss.waitFor("Players 1 (1 connected)")
	boss.press("\r")
	ana.waitFor("question 1/2")
	ana.press("1")
	ana.waitFor("The root cause was") // her answer is in: the only player answered
	_ = srv.cmd.Process.Signal(syscall.SIGKILL)
	<-srv.exit

	srv = startPractice(t, dir, append(flags, "--resume")...)
	srv.waitLog("game day resumed")
	ana = &sshPlayer{t: t, name: "ana", key: ana.key}
	ana.connect(srv.addr)
	ana.waitFor("Game day open: 2 questions · resumed after a restart · g to join")
	ana.press("g")
	// Question 1 again, locked (its leaderboard) or reopened with her
	// answer in, as far as the journal got before the kill.
	ana.waitFor("question 1/2")
	if got := answersInDB(t, dir, "ana"); got["ana"] != 1 {
		t.Fatalf("ana's answers in the database after the restart: %d, want 1", got["ana"])
	}
}
