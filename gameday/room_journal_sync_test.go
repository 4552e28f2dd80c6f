package gameday

import (
	"os"
	"path/filepath"
	"testing"
)

// TestJournalFileSyncs: the journal's file syncs, and a sync that cannot
// happen (the file is gone from under it) is an error, never a silent nil
// that would let an answer be acknowledged.
func TestJournalFileSyncs(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "game.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	jf := syncedFile(f)
	if _, err := jf.Write([]byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if err := jf.Sync(); err != nil {
		t.Fatalf("sync: %v", err)
	}
	_ = jf.Close()
	if err := jf.Sync(); err == nil {
		t.Fatal("sync of a closed file said nothing")
	}
}
