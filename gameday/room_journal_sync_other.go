//go:build !linux

package gameday

import "os"

// syncedFile is the journal's file elsewhere: Sync is fsync.
func syncedFile(f *os.File) journalFile { return f }
