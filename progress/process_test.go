package progress

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Child processes: the test binary re-executed with PROGRESS_TEST_CHILD set
// records answers like a trainee's rootcause would.
func TestMain(m *testing.M) {
	// Pin the machine's zone: expected days and dates below are literals,
	// and the suite must pass under any TZ (zone-specific behaviour is tested
	// through trainees' time-zone settings).
	time.Local = time.UTC
	switch os.Getenv("PROGRESS_TEST_CHILD") {
	case "":
	case "storage":
		os.Exit(storageChild())
	default:
		os.Exit(childMain())
	}
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

// childMain records PROGRESS_N answers (0: until killed) for PROGRESS_USER in
// PROGRESS_DB, printing "ok I" after each commit.
func childMain() int {
	n, _ := strconv.Atoi(os.Getenv("PROGRESS_N"))
	user := os.Getenv("PROGRESS_USER")
	st, err := Open(os.Getenv("PROGRESS_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	sid, err := st.StartSession(user, SessionInfo{Mode: "practice", Total: n})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for i := 0; n == 0 || i < n; i++ {
		a := Answer{IncidentID: incID(i % 40), Kind: "cause", Correct: i%4 != 0, Clues: i % 3, Elapsed: time.Duration(i%50) * time.Second}
		if err := st.RecordAnswer(sid, a); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("ok %d\n", i)
		if i%20 == 19 {
			// A fresh session now and then, as a trainee starting another round.
			if err := st.FinishSession(sid, time.Now()); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
			if sid, err = st.StartSession(user, SessionInfo{Mode: "practice", Total: n}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
		}
	}
	if err := st.FinishSession(sid, time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func child(t *testing.T, db, user string, n int) *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "PROGRESS_TEST_CHILD=1", "PROGRESS_DB="+db,
		"PROGRESS_USER="+user, "PROGRESS_N="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	return cmd
}

func TestSIGKILLLosesNothingAnswered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	cmd := child(t, path, "ana", 0)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() && acked < 50 { // kill mid-session: 50 = two full sessions + 10
		if !strings.HasPrefix(sc.Text(), "ok ") {
			t.Fatalf("child said %q", sc.Text())
		}
		acked++
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if acked < 50 {
		t.Fatalf("child acknowledged only %d answers", acked)
	}

	st, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after SIGKILL: %v", err)
	}
	defer st.Close()
	var ok string
	st.db.QueryRow(`PRAGMA integrity_check`).Scan(&ok)
	if ok != "ok" {
		t.Errorf("integrity_check after SIGKILL: %s", ok)
	}
	got := count(t, st.db, `SELECT count(*) FROM answers`)
	if got < acked {
		t.Errorf("answers after SIGKILL = %d, want at least the %d acknowledged", got, acked)
	}
	rows, err := st.db.Query(`SELECT incident_id FROM answers ORDER BY id LIMIT ?`, acked)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for ; rows.Next(); i++ {
		var id string
		rows.Scan(&id)
		if id != incID(i%40) {
			t.Errorf("answer %d is %s, want %s", i, id, incID(i%40))
		}
	}
	rows.Close()
	s, err := st.Stats("ana", corpus(40), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	// The child may record a few more answers between its 50th and the kill.
	if s.Unfinished != 1 || s.Sessions < 1+acked/20 {
		t.Errorf("sessions %d, unfinished %d; want the killed one unfinished and at least %d finished", s.Sessions, s.Unfinished, acked/20)
	}
	if s.Answers != got {
		t.Errorf("stats count %d answers, table has %d", s.Answers, got)
	}
}

func TestTwoProcessesWriteConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	const n = 150
	cmds := []*exec.Cmd{child(t, path, "ana", n), child(t, path, "ana", n), child(t, path, "ben", n)}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("process %d: %v", i, err)
		}
	}
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := count(t, st.db, `SELECT count(*) FROM answers`); got != 3*n {
		t.Errorf("answers = %d, want %d", got, 3*n)
	}
	// Every first answer per session and incident is a review: reps must add up.
	want := count(t, st.db, `SELECT count(*) FROM (SELECT DISTINCT a.session_id, a.incident_id FROM answers a)`)
	if got := count(t, st.db, `SELECT sum(reps) FROM reviews`); got != want {
		t.Errorf("sum of reps = %d, want %d (a lost update between processes)", got, want)
	}
	if got := count(t, st.db, `SELECT count(*) FROM sessions WHERE finished_at IS NULL`); got != 0 {
		t.Errorf("%d sessions left unfinished", got)
	}
}
