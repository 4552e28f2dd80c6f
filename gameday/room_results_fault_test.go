package gameday

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// faultyFile is a real temporary file whose Sync or Close fails on demand,
// the way a full disk reports itself after a buffered Write succeeded.
type faultyFile struct {
	*os.File
	syncErr, closeErr error
	synced            bool
}

func (f *faultyFile) Sync() error {
	f.synced = true
	if f.syncErr != nil {
		return f.syncErr
	}
	return f.File.Sync()
}

func (f *faultyFile) Close() error {
	err := f.File.Close()
	if f.closeErr != nil {
		return f.closeErr
	}
	return err
}

// withFaultyTemp makes writeAtomic's next temporary files fail as fault says.
// Not parallel: it swaps a package variable for the test's length.
func withFaultyTemp(t *testing.T, fault faultyFile) *[]*faultyFile {
	t.Helper()
	var made []*faultyFile
	orig := createTemp
	createTemp = func(dir, pattern string) (tempFile, error) {
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		ff := &faultyFile{File: f, syncErr: fault.syncErr, closeErr: fault.closeErr}
		made = append(made, ff)
		return ff, nil
	}
	t.Cleanup(func() { createTemp = orig })
	return &made
}

// A results file is synced before it replaces the old one, and a failing
// Sync or Close is an error naming the file that leaves the old results
// whole and no temporary file behind.
func TestWriteAtomicFaults(t *testing.T) {
	full := errors.New("no space left on device")
	for _, tc := range []struct {
		name  string
		fault faultyFile
	}{
		{"sync fails", faultyFile{syncErr: full}},
		{"close fails", faultyFile{closeErr: full}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "r.json")
			if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			withFaultyTemp(t, tc.fault)
			err := writeAtomic(path, []byte("new"))
			if !errors.Is(err, full) || !strings.Contains(err.Error(), path) {
				t.Fatalf("writeAtomic = %v, want the disk's error naming %s", err, path)
			}
			if got, _ := os.ReadFile(path); string(got) != "old" {
				t.Fatalf("results after a failed write = %q, want the old %q", got, "old")
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".r.json.*")); len(left) != 0 {
				t.Fatalf("temporary files left behind: %v", left)
			}
		})
	}
	t.Run("syncs before rename", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "r.json")
		made := withFaultyTemp(t, faultyFile{})
		if err := writeAtomic(path, []byte("new")); err != nil {
			t.Fatal(err)
		}
		if len(*made) != 1 || !(*made)[0].synced {
			t.Fatal("writeAtomic renamed a file it never synced")
		}
		if got, _ := os.ReadFile(path); string(got) != "new" {
			t.Fatalf("results = %q, want %q", got, "new")
		}
	})
}
