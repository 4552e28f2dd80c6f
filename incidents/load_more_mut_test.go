package incidents_test

// More of load.go pinned against its surviving mutants (docs/mutation.md):
// the 64 MiB file limit, export files and READMEs in a folder, problems in
// the order the files were read.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// emptyReader reads nothing from any file: a README or an unrelated JSON.
func emptyReader(string, []byte, *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	return nil, nil
}

func problemList(probs []incidents.Problem) string {
	var out []string
	for _, p := range probs {
		out = append(out, fmt.Sprintf("%s:%d warning=%v %s", filepath.Base(p.Pos.File), p.Pos.Line, p.Warning, p.Msg))
	}
	return strings.Join(out, "\n")
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A file of exactly 64 MiB is read; one byte more is refused unread.
func TestLoadSizeLimit(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		size int64
		want string
	}{
		{64 << 20, "big.txt:1 warning=false binary data (a NUL byte); not an incident text file"},
		{64<<20 + 1, "big.txt:0 warning=false file is 64 MB, over the 64 MB limit; is this an incident file?"},
	} {
		fp := filepath.Join(dir, "big.txt")
		f, err := os.Create(fp)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(tc.size); err != nil { // sparse: no 64 MiB written
			t.Fatal(err)
		}
		f.Close()
		_, probs, err := incidents.Load([]string{fp})
		if err != nil {
			t.Fatal(err)
		}
		if got := problemList(probs); got != tc.want {
			t.Errorf("a %d-byte file: %s, want %s", tc.size, got, tc.want)
		}
	}
}

// In a folder, a JSON file that held no incident does not count as an
// incident file, and a README with nothing in it is a warning.
func TestLoadFolderOfExportsWithoutIncidents(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "package.json"), []byte("{}"))
	opts := &incidents.Options{Readers: map[string]incidents.Reader{".json": emptyReader, ".md": emptyReader}}
	_, probs, err := incidents.LoadWith([]string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := "package.json:0 warning=true no incidents found; skipped\n" +
		filepath.Base(dir) + ":0 warning=false no incident files (*.txt, *.md, *.markdown) in this folder"
	if got := problemList(probs); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}

	writeFile(t, filepath.Join(dir, "README.md"), []byte("# Our incidents\n"))
	_, probs, err = incidents.LoadWith([]string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	// README.md counts as an incident file (Markdown is the corpus's),
	// even with nothing in it: only its warning is left.
	want = "README.md:0 warning=true no incidents found; skipped\npackage.json:0 warning=true no incidents found; skipped"
	if got := problemList(probs); got != want {
		t.Errorf("with a README:\n%s\nwant:\n%s", got, want)
	}
}

// Problems come file by file in the order the files were read, then by
// line: a later file's line 1 after an earlier file's line 23; problems of one line keep the order they were found in.
func TestLoadProblemsInFileOrder(t *testing.T) {
	dir := t.TempDir()
	untitled := func(id string) string { // no TITLE, no SUMMARY: two problems on its first line
		return "INCIDENT #: " + id + "\n\nDATE: October 26, 2023\n\nSEVERITY: SEV-1\n\nPLATFORM: AthenaStream\n\n" +
			"SERVICES: EC2\n\nROOT CAUSE: A bad setting.\n\nRESOLUTION: Rolled back.\n\nPREVENTION:\n\n1. Use canaries.\n"
	}
	writeFile(t, filepath.Join(dir, "b.txt"), []byte(oneIncident("Title", "EC2", "A bad setting.")+"\n"+untitled("NFI-2099-0002")))
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(untitled("NFI-2099-0003")))
	_, probs, err := incidents.Load([]string{filepath.Join(dir, "b.txt"), filepath.Join(dir, "a.txt")})
	if err != nil {
		t.Fatal(err)
	}
	want := "b.txt:23 warning=false missing TITLE\nb.txt:23 warning=false missing SUMMARY\n" +
		"a.txt:1 warning=false missing TITLE\na.txt:1 warning=false missing SUMMARY"
	if got := problemList(probs); got != want {
		t.Fatalf("problems:\n%s\nwant (b.txt, read first, first; a line's problems as found):\n%s", got, want)
	}
}
