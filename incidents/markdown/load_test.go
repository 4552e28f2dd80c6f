package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestLoadMarkdownReadmeInDirectoryIsOnlyAWarning(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "README.md", "# About\n\nThis folder holds our postmortems.\n")
	write(t, dir, "a.txt", nativeIncident)
	incs, probs, err := load([]string{dir})
	if err != nil || len(incs) != 1 || hasError(probs) || len(probs) != 1 {
		t.Errorf("%v %d %v", err, len(incs), probs)
	}
}

func TestLoadFolderWithoutIncidentFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	only := filepath.Join(dir, "only")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, only, "notes.json", "{}")
	write(t, only, "a.quiz.yaml", "A-1:\n"+material)
	incs, probs, err := load([]string{empty, only})
	if err != nil || len(incs) != 0 {
		t.Fatal(err, incs)
	}
	want := empty + ": no incident files (*.txt, *.md, *.markdown) in this folder\n" +
		filepath.Join(only, "notes.json") + ":1: warning: not an incident record (no title, summary or root_cause key); skipped\n" +
		only + ": no incident files (*.txt, *.md, *.markdown) in this folder\n" +
		filepath.Join(only, "a.quiz.yaml") + ":1: incident A-1: quiz material for an incident that is not loaded (typo in the id?)\n"
	if got := messages(probs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// nativeIncident is one incident in the native format, as a folder of
// Markdown postmortems may also hold.
const nativeIncident = `INCIDENT #: R-1
TITLE: Global Video Buffering
SUMMARY: Users saw buffering for 45 minutes.
ROOT CAUSE: A bad memory setting made instances fail health checks.
RESOLUTION: Rolled back the release.
`

// material is quiz material for one incident, without problems of its own.
const material = `  brief: A bad memory setting made the fleet churn.
  distractors:
    - {text: A CDN push shortened cache lifetimes., why_not: The fix was a rollback on the instances.}
    - {text: An expired certificate broke handshakes., why_not: Renewing would have fixed it.}
    - {text: The instance quota was hit at peak time., why_not: Instances did launch.}
`

// messages renders problems one per line, errors and warnings alike.
func messages(probs []incidents.Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}
