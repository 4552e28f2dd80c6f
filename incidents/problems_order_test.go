package incidents

import (
	"os"
	"path/filepath"
	"testing"
)

// Problems come back in reading order even when a corpus-wide check (the
// duplicate id) finds one only after the whole file was read.
func TestLoadOrdersProblemsByPlace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "team.txt")
	data := "INCIDENT #: T-1\nTITLE: a\nSUMMARY: s\n\n" +
		"INCIDENT #: T-1\nTITLE: b\nSUMMARY: s\nROOT CAUSE: c\n\n" +
		"INCIDENT #: T-2\nDATE: Smarch 40, 2024\nTITLE: t\nSUMMARY: s\nROOT CAUSE: c\n"
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	_, probs, err := Load([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) < 3 {
		t.Fatalf("want at least 3 problems, got %v", probs)
	}
	for i := 1; i < len(probs); i++ {
		if probs[i].Pos.Line < probs[i-1].Pos.Line {
			t.Errorf("problem %d (%s) comes after %s", i, probs[i], probs[i-1])
		}
	}
}
