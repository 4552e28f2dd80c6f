package incidents_test

// LOG keys (docs/incidents.md: "indented lines, kept as written"), pinned
// against the parser's surviving mutants (docs/mutation.md): each LOG key
// is its own evidence item, lines keep their indentation relative to the
// log's, a fenced block keeps even unindented "ERROR:" lines, a text after
// the key is the first line, escapes are removed with a warning.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func withLogs(logs string) string {
	return "INCIDENT #: NFI-2099-0001\n\nDATE: October 26, 2023\n\nSEVERITY: SEV-1\n\n" +
		"PLATFORM: AthenaStream\n\nSERVICES: EC2\n\nTITLE: Buffering\n\n" +
		"SUMMARY: Users saw buffering.\n\nROOT CAUSE: A bad setting.\n\n" +
		"RESOLUTION: Rolled back.\n\n" + logs + "PREVENTION:\n\n1. Use canaries.\n"
}

func evidenceLines(inc incidents.Incident) string {
	var out []string
	for _, e := range inc.Evidence {
		out = append(out, fmt.Sprintf("%s %s %q", e.ID, e.Kind, e.Lines))
	}
	return strings.Join(out, "\n")
}

func TestLogKeysKeptAsWritten(t *testing.T) {
	in := withLogs("LOG:\n    ERROR: pool exhausted\n      at db.connect\n\n    WARN: retry\n\n" +
		"LOG: gateway\n```\nERROR: timeout\n  trailing   \n```\n" +
		"LOG:\n  \x1b[31mred\n" +
		"LOG: caller\n  callee\n")
	incs, probs := incidents.Parse("t.txt", []byte(in))
	if len(incs) != 1 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	want := `log-1 log ["ERROR: pool exhausted" "  at db.connect" "" "WARN: retry"]` + "\n" +
		`log-2 log ["gateway" "ERROR: timeout" "  trailing"]` + "\n" +
		`log-3 log ["red"]` + "\n" +
		`log-4 log ["caller" "  callee"]`
	if got := evidenceLines(incs[0]); got != want {
		t.Errorf("evidence:\n%s\nwant:\n%s", got, want)
	}
	if len(probs) != 1 || probs[0].Pos.Line != 30 || !probs[0].Warning ||
		!strings.HasSuffix(probs[0].Msg, "control characters or escape sequences removed from LOG") {
		t.Errorf("problems %v, want one warning at line 30 about the escape removed from LOG", probs)
	}
	if got := incs[0].Prevention; len(got) != 1 || got[0] != "Use canaries." {
		t.Errorf("prevention after the logs: %q", got)
	}
}

// An unindented "KEY: text" line outside a fence ends the log: it is an
// unknown key, not a log line. A LOG key with no lines makes no item.
func TestLogEndsAtAnUnindentedKey(t *testing.T) {
	incs, probs := incidents.Parse("t.txt", []byte(withLogs("LOG:\n\nLOG:\n  first\nERROR: second\n")))
	if len(incs) != 1 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	if got, want := evidenceLines(incs[0]), `log-1 log ["first"]`; got != want {
		t.Errorf("evidence %s, want %s", got, want)
	}
	if len(probs) != 1 || probs[0].Pos.Line != 23 || !strings.Contains(probs[0].Msg, `unknown key "ERROR"`) {
		t.Errorf("problems %v, want the unknown key ERROR at line 23", probs)
	}
}

// A log line over 2,000 characters is refused like any over-long field.
func TestLogLineLimit(t *testing.T) {
	for _, n := range []int{2000, 2001} {
		_, probs := incidents.Parse("t.txt", []byte(withLogs("LOG:\n  "+strings.Repeat("x", n)+"\n")))
		failed := len(probs) == 1 && strings.Contains(probs[0].Msg, fmt.Sprintf("LOG is %d characters, over the 2000 limit", n))
		if failed != (n > 2000) {
			t.Errorf("a %d-character log line: problems %v", n, probs)
		}
	}
}

// A log item's title names its fence's info string, unless that is a
// Markdown attribute block ("{.log}").
func TestLogEvidenceTitle(t *testing.T) {
	for info, want := range map[string]string{"": "Log", " nginx ": "Log (nginx)", "{.log}": "Log", "a}": "Log"} {
		e := incidents.LogEvidence(2, info, []string{"x"}, incidents.Pos{})
		if e.Title != want || e.ID != "log-2" || e.Kind != "log" {
			t.Errorf("LogEvidence(2, %q): %s %s %q, want log-2 log %q", info, e.ID, e.Kind, e.Title, want)
		}
	}
}
