package progress

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

// storageChild is a trainee's (or a reader's) rootcause in another process,
// possibly as another OS user, for the storage tests. PROGRESS_OP says what
// it does with PROGRESS_DB; it prints one line per step.
func storageChild() int {
	if m, err := strconv.ParseUint(os.Getenv("PROGRESS_UMASK"), 8, 32); err == nil {
		syscall.Umask(int(m))
	}
	db, user := os.Getenv("PROGRESS_DB"), "u"+strconv.Itoa(os.Getuid())
	n, _ := strconv.Atoi(os.Getenv("PROGRESS_N"))
	switch os.Getenv("PROGRESS_OP") {
	case "record", "hold":
		st, err := Open(db)
		if err != nil {
			return report(err)
		}
		defer st.Close()
		if err := recordN(st, user, n); err != nil {
			return report(err)
		}
		if os.Getenv("PROGRESS_OP") == "hold" {
			fmt.Println("held")
			bufio.NewReader(os.Stdin).ReadString('\n') // until the parent says so
			if err := recordN(st, user, 1); err != nil {
				return report(err)
			}
		}
		fmt.Println("ok")
	case "read":
		st, err := OpenWith(db, Options{ReadOnly: true})
		if err != nil {
			return report(err)
		}
		defer st.Close()
		s, err := st.Report(nil, time.Time{}, time.Now())
		if err != nil {
			return report(err)
		}
		total := 0
		for _, t := range s.Trainees {
			total += t.Answers
		}
		fmt.Println("answers", total)
	case "open":
		st, err := Open(db)
		if err != nil {
			return report(err)
		}
		st.Close()
		fmt.Println("opened")
	case "fill":
		return fillChild(db, user)
	}
	return 0
}

// fillChild records answers until the file size limit (PROGRESS_FSIZE,
// bytes) stops a write, as a full disk does, printing "ok I" per commit.
func fillChild(db, user string) int {
	signal.Ignore(syscall.SIGXFSZ) // a write past the limit then fails with EFBIG
	st, err := Open(db)
	if err != nil {
		return report(err)
	}
	defer st.Close()
	// Small checkpoints, so one runs out of room half-way through copying
	// pages into the main file: its header then counts pages it lacks.
	if _, err := st.db.Exec(`PRAGMA wal_autocheckpoint = 20`); err != nil {
		return report(err)
	}
	limit, _ := strconv.ParseUint(os.Getenv("PROGRESS_FSIZE"), 10, 64)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		return report(err)
	}
	sid, err := st.StartSession(user, SessionInfo{Mode: "practice"})
	if err != nil {
		return report(err)
	}
	for i := 0; ; i++ {
		a := Answer{IncidentID: incID(i % 500), Kind: "cause", Correct: i%3 > 0, Elapsed: time.Second, At: t0.Add(time.Duration(i) * time.Minute)}
		if err := st.RecordAnswer(sid, a); err != nil {
			return report(err)
		}
		fmt.Println("ok", i)
	}
}

func recordN(st *Store, user string, n int) error {
	sid, err := st.StartSession(user, SessionInfo{Mode: "practice"})
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if err := st.RecordAnswer(sid, Answer{IncidentID: incID(i % 20), Kind: "cause", Correct: true, Elapsed: time.Second}); err != nil {
			return err
		}
	}
	return st.FinishSession(sid, time.Now())
}

// report prints an error line with its kind and exits 0: the parent judges.
func report(err error) int {
	kind := "other"
	for _, k := range []error{ErrCorrupt, ErrLocked, ErrReadOnly, ErrNewerSchema} {
		if errors.Is(err, k) {
			kind = k.Error()
		}
	}
	fmt.Printf("error [%s] %v\n", kind, err)
	return 0
}
