package progress

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/adrg/xdg"
)

// FuzzOpen feeds arbitrary file contents to Open: it must never panic, a
// refused file must be left byte for byte as it was, and a file it accepts
// must answer Stats and take an answer, or fail with a classified error.
func FuzzOpen(f *testing.F) {
	dir := f.TempDir()
	seed := filepath.Join(dir, "seed.db")
	st, err := Open(seed)
	if err != nil {
		f.Fatal(err)
	}
	sid, _ := st.StartSession("ana", SessionInfo{Mode: "practice"})
	for i := 0; i < 20; i++ {
		st.RecordAnswer(sid, Answer{IncidentID: incID(i), Correct: i%2 == 0, At: t0})
	}
	st.Close()
	good, _ := os.ReadFile(seed)
	f.Add(good)
	f.Add(good[:100])
	f.Add(good[:len(good)/2])
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "fuzz.db")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := OpenWith(path, Options{BusyTimeout: 100e6})
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("unclassified error: %v", err)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(after, data) {
				t.Fatalf("refused file was modified (%v)", err)
			}
			return
		}
		defer st.Close()
		if _, err := st.Stats("ana", corpus(5), t0); err != nil && !errors.As(err, new(*Error)) {
			t.Fatalf("Stats on an accepted file: unclassified %v", err)
		}
		sid, err := st.StartSession("ana", SessionInfo{})
		if err == nil {
			err = st.RecordAnswer(sid, Answer{IncidentID: "INC-AA", Correct: true, At: t0})
		}
		if err != nil && !errors.As(err, new(*Error)) {
			t.Fatalf("writing to an accepted file: unclassified %v", err)
		}
	})
}

func TestDefaultPathFollowsXDG(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	p, err := DefaultPath()
	if err != nil || p != filepath.Join(dir, "rootcause", "progress.db") {
		t.Fatalf("DefaultPath = %q, %v", p, err)
	}
	if _, err := os.Stat(filepath.Dir(p)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("DefaultPath created its directory")
	}
	st, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.Path() != p {
		t.Errorf("Open(\"\") opened %s, want %s", st.Path(), p)
	}
}
