package incidents_test

// Tests written against parse.go's surviving mutants (docs/mutation.md):
// code is measured from the key's own indentation, and a blank line ends a
// timeline row.

import (
	"fmt"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// parseOne parses one incident with the given ROOT CAUSE lines and extra
// keys after them, and fails unless it gives one incident without problems.
func parseOne(t *testing.T, rootCause, extra string) incidents.Incident {
	t.Helper()
	in := "INCIDENT #: NFI-2099-0001\n\nDATE: October 26, 2023\n\nSEVERITY: SEV-1\n\n" +
		"PLATFORM: AthenaStream\n\nSERVICES: EC2\n\nTITLE: Buffering\n\n" +
		"SUMMARY: Users saw buffering.\n\n" + rootCause + "\n\n" + extra +
		"RESOLUTION: Rolled back.\n\nPREVENTION:\n\n1. Use canaries.\n"
	incs, probs := incidents.Parse("t.txt", []byte(in))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	return incs[0]
}

// Under an indented key, a line is code from four columns past the key,
// not past the margin: one column past it is a paragraph. Text and list
// items are measured from the key too.
func TestCodeIndentFromTheKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  ROOT CAUSE: A bad setting.\n\n   one past", "A bad setting.\n\none past"},
		{"  ROOT CAUSE: A bad setting.\n\n        six past", "A bad setting.\n\n      six past"},
		{"ROOT CAUSE: A bad setting.\n\n     five past", "A bad setting.\n\n     five past"},
		// A list under an indented key sits at the key's margin.
		{"  ROOT CAUSE: Causes:\n  - first\\\n    after a hard break", "Causes:\n- first\n  after a hard break"},
	} {
		if got := parseOne(t, tc.in, "").RootCause; got != tc.want {
			t.Errorf("%q: root cause %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A blank line ends a timeline row: an indented line after it starts a
// row of its own rather than continuing the one above.
func TestTimelineBlankLineEndsARow(t *testing.T) {
	inc := parseOne(t, "ROOT CAUSE: A bad setting.", "TIMELINE:\n- 10:00 alert\n\n  more\n\n")
	var got []string
	for _, e := range inc.Evidence {
		got = append(got, fmt.Sprintf("%s %q", e.ID, e.Lines))
	}
	if want := `[timeline ["10:00 alert" "more"]]`; fmt.Sprint(got) != want {
		t.Errorf("evidence %v, want %s", got, want)
	}
}
