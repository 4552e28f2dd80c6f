package incidents_test

// Loading from paths, pinned against mutants of load.go (docs/mutation.md):
// an empty folder is a problem, a file named twice is read once.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestLoadEmptyFolderIsAProblem(t *testing.T) {
	dir := t.TempDir()
	_, probs, err := incidents.Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "no incident files") || probs[0].Warning {
		t.Fatalf("empty folder: %v, want one error saying there are no incident files", probs)
	}
}

func TestLoadFileNamedTwiceReadOnce(t *testing.T) {
	dir := t.TempDir()
	fp := filepath.Join(dir, "team.txt")
	if err := os.WriteFile(fp, []byte(oneIncident("Title", "EC2", "A bad setting.")), 0o600); err != nil {
		t.Fatal(err)
	}
	incs, probs, err := incidents.Load([]string{fp, fp, dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v; want 1 and none", len(incs), probs)
	}
}

// The same file named by a relative path and found again in its folder is
// still one file.
func TestLoadRelativeAndFolderSameFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "team.txt"), []byte(oneIncident("Title", "EC2", "A bad setting.")), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	incs, probs, err := incidents.Load([]string{"team.txt", dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v; want 1 and none", len(incs), probs)
	}
}
