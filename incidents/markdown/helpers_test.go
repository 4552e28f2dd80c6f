package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Test helpers and records shared with package incidents' own tests
// (parse_test.go want, export_test.go tricky, load_test.go write), copied:
// a package's tests cannot import another's.

func want() incidents.Incident {
	return incidents.Incident{
		ID:         "NFI-2099-0001",
		Date:       time.Date(2023, 10, 26, 0, 0, 0, 0, time.UTC),
		Severity:   1,
		Platform:   "AthenaStream",
		Services:   []string{"Amazon CloudFront", "EC2"},
		Title:      "Global Video Buffering",
		Summary:    "Users saw buffering for 45 minutes.",
		RootCause:  "A bad memory setting made instances fail health checks.\n\nThe group kept replacing them and stampeded the database.",
		Resolution: "Rolled back the release.",
		Prevention: []string{"Use canary deployments.", "Add memory health checks."},
	}
}

// tricky holds values that need escaping to survive a round trip.
func tricky() incidents.Incident {
	inc := want()
	inc.ID = "X-1"
	inc.Summary = "Summary: looks like a key.\n\nINCIDENT #: looks like a new incident.\n\n===== looks like a rule"
	inc.RootCause = "A `**` run, a \\$ sign, *args and ** stars.\n\n- a dash paragraph\n\n1. a number paragraph"
	inc.Resolution = "user_id <b> [link](x) | ~x~ # hash *not emphasis* \\• bullet\n\n+ plus paragraph\n\n1) paren paragraph\n\n> quote"
	inc.Prevention = []string{"[ ] not a checkbox", "- not a bullet", "*emphasis*", ":colon first", "• bullet"}
	inc.Services = []string{"- dash", "1. one"}
	return inc
}

// linesInParagraph reports a line break inside a paragraph of a value.
func linesInParagraph(s string) bool {
	return strings.Contains(strings.ReplaceAll(s, "\n\n", ""), "\n")
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func hasError(probs []incidents.Problem) bool {
	for _, p := range probs {
		if !p.Warning {
			return true
		}
	}
	return false
}

const timelineTxt = `INCIDENT #: TL-1
TITLE: Queue backlog
SUMMARY: Orders were late.
ROOT CAUSE: The consumer never acknowledged messages.
TIMELINE:
- 18:40 queue age alert
- Detection: a customer asked about a late order
- 19:20 missing acknowledgement identified
LOG:
    ERROR: redelivery count 14 for msg 8812
    WARN  visibility timeout reached
`

// load is incidents.Load with this package's readers, as the CLI loads.
func load(paths []string) ([]incidents.Incident, []incidents.Problem, error) {
	return incidents.LoadWith(paths, &incidents.Options{Readers: Readers()})
}
