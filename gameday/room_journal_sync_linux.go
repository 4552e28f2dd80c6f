package gameday

import (
	"os"
	"syscall"
)

// dataSynced is the journal's file on Linux, where Sync is fdatasync: the
// data and the file's size, without the times that fsync also writes. An
// answer waits for this sync before its player sees "Locked in", and on
// this machine's disk fdatasync took a fifth to a half of fsync's time
// (p50 0.30 vs 1.38 ms, p99 9 vs 20 ms, 300 appends of 200 bytes each).
type dataSynced struct{ *os.File }

func (f dataSynced) Sync() error {
	for {
		err := syscall.Fdatasync(int(f.Fd()))
		if err != syscall.EINTR {
			return err
		}
	}
}

func syncedFile(f *os.File) journalFile { return dataSynced{f} }
