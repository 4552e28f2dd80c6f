package incidents_test

// Native-format field edges pinned against mutants (docs/mutation.md):
// values over several lines, stray blank lines inside a sentence, the
// SERVICES length limit (each name counts with its ", " separator).

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func oneIncident(title, services, rootCause string) string {
	return "INCIDENT #: NFI-2099-0001\n\nDATE: October 26, 2023\n\nSEVERITY: SEV-1\n\n" +
		"PLATFORM: AthenaStream\n\nSERVICES: " + services + "\n\nTITLE: " + title + "\n\n" +
		"SUMMARY: Users saw buffering.\n\nROOT CAUSE: " + rootCause + "\n\n" +
		"RESOLUTION: Rolled back.\n\nPREVENTION:\n\n1. Use canaries.\n"
}

func TestTitleOverTwoLinesJoined(t *testing.T) {
	incs, probs := incidents.Parse("t.txt", []byte(oneIncident("Global Video\nBuffering", "EC2", "A bad setting.")))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	if got := incs[0].Title; got != "Global Video Buffering" {
		t.Errorf("title %q, want %q", got, "Global Video Buffering")
	}
}

// A blank line before a word in lower case, after a line that does not end
// a sentence, is a stray break: the paragraph goes on. Lower case runs
// from a to z; a line ending in "." or ":" ends its paragraph.
func TestStrayBlankLineInsideSentence(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"A cache that\n\nzapped entries.", "A cache that zapped entries."},
		{"A cache that\n\napplied entries.", "A cache that applied entries."},
		{"It failed.\n\nand then more.", "It failed.\n\nand then more."},
		{"It failed:\n\nsome more.", "It failed:\n\nsome more."},
		{"A cache that\n\n{applied} entries.", "A cache that\n\n{applied} entries."},
		{"A cache that\n\nApplied entries.", "A cache that\n\nApplied entries."},
	} {
		incs, _ := incidents.Parse("t.txt", []byte(oneIncident("Title", "EC2", tc.in)))
		if len(incs) != 1 {
			t.Fatalf("%q: %d incidents", tc.in, len(incs))
		}
		if got := incs[0].RootCause; got != tc.want {
			t.Errorf("ROOT CAUSE %q read as %q, want %q", tc.in, got, tc.want)
		}
	}
}

// SERVICES may hold 1000 characters counting ", " after each name: 91
// nine-letter names are 1001, 90 are 990.
func TestServicesLimitCountsSeparators(t *testing.T) {
	names := func(n int) string {
		var s []string
		for i := 1; i <= n; i++ {
			s = append(s, fmt.Sprintf("svc-%05d", i))
		}
		return strings.Join(s, ", ")
	}
	_, probs := incidents.Parse("t.txt", []byte(oneIncident("Title", names(91), "A bad setting.")))
	found := false
	for _, p := range probs {
		found = found || strings.Contains(p.Msg, "1001 characters, over the 1000 limit")
	}
	if !found {
		t.Errorf("91 services: problems %v, want SERVICES over its 1000 limit (1001)", probs)
	}
	if _, probs := incidents.Parse("t.txt", []byte(oneIncident("Title", names(90), "A bad setting."))); len(probs) != 0 {
		t.Errorf("90 services (990 characters): %v, want none", probs)
	}
}

// A message quotes at most 60 characters of a bad value: 60 in full, 61 as
// the first 59 and an ellipsis.
func TestProblemQuotesCutAtSixty(t *testing.T) {
	for _, tc := range []struct{ id, quoted string }{
		{"A " + strings.Repeat("b", 58), `"A ` + strings.Repeat("b", 58) + `"`},
		{"A " + strings.Repeat("b", 59), `"A ` + strings.Repeat("b", 57) + `…"`},
	} {
		src := strings.Replace(oneIncident("Title", "EC2", "A bad setting."), "NFI-2099-0001", tc.id, 1)
		_, probs := incidents.Parse("t.txt", []byte(src))
		found := false
		for _, p := range probs {
			found = found || strings.Contains(p.Msg, "incident id "+tc.quoted+" has spaces")
		}
		if !found {
			t.Errorf("id of %d characters: problems %v, want the id quoted as %s", len(tc.id), probs, tc.quoted)
		}
	}
}

// A key is at most 40 characters: an upper-case word of 40 before a colon
// is taken for a misspelt key (and warned about), one of 41 is text.
func TestKeyLengthLimit(t *testing.T) {
	src := oneIncident("Title", "EC2", "A bad setting.\n\n"+strings.Repeat("K", 40)+": value here")
	incs, probs := incidents.Parse("t.txt", []byte(src))
	if len(incs) != 1 || incs[0].RootCause != "A bad setting." || len(probs) != 1 || !strings.Contains(probs[0].Msg, "unknown key") {
		t.Errorf("40-letter key: %d incidents, problems %v; want the line read as an unknown key", len(incs), probs)
	}
	src = oneIncident("Title", "EC2", "A bad setting.\n\n"+strings.Repeat("K", 41)+": value here")
	incs, probs = incidents.Parse("t.txt", []byte(src))
	want := "A bad setting.\n\n" + strings.Repeat("K", 41) + ": value here"
	if len(incs) != 1 || incs[0].RootCause != want || len(probs) != 0 {
		t.Errorf("41-letter word: problems %v; want the line kept as text", probs)
	}
}

// An upper-case label of up to four words before a colon is taken for a
// misspelt key; five words (four blanks) are a sentence.
func TestUnknownKeyAtMostFourWords(t *testing.T) {
	for _, tc := range []struct {
		line string
		key  bool
	}{{"AAA BBB CCC DDD: value here", true}, {"AAA BBB CCC DDD EEE: value here", false}} {
		_, probs := incidents.Parse("t.txt", []byte(oneIncident("Title", "EC2", "A bad setting.\n\n"+tc.line)))
		got := len(probs) == 1 && strings.Contains(probs[0].Msg, "unknown key")
		if got != tc.key {
			t.Errorf("%q: problems %v; want an unknown-key warning: %v", tc.line, probs, tc.key)
		}
	}
}

// A list number has at most three digits: "123." is a marker, "1234." is
// the start of the item's text.
func TestListMarkerAtMostThreeDigits(t *testing.T) {
	src := strings.Replace(oneIncident("Title", "EC2", "A bad setting."), "1. Use canaries.\n",
		"1. Use canaries.\n123. Keep it.\n1234. Pin it.\n", 1)
	incs, probs := incidents.Parse("t.txt", []byte(src))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	want := []string{"Use canaries.", "Keep it.", "1234. Pin it."}
	if got := incs[0].Prevention; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("prevention %q, want %q", got, want)
	}
}

// "(123)" is a list marker, "(1234)" is text; "2.5x" starts a sentence, it
// is not item 2.
func TestParenMarkerAndDecimal(t *testing.T) {
	src := strings.Replace(oneIncident("Title", "EC2", "A bad setting."), "1. Use canaries.\n",
		"1. Use canaries.\n(123) Keep it.\n(1234) Pin it.\n2.5x headroom for spikes.\n", 1)
	incs, probs := incidents.Parse("t.txt", []byte(src))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	want := []string{"Use canaries.", "Keep it.", "(1234) Pin it.", "2.5x headroom for spikes."}
	if got := incs[0].Prevention; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("prevention %q, want %q", got, want)
	}
}

// A list row that reads like a key ("- ALERTING: ...") is a row of
// PREVENTION or TIMELINE, not an unknown key.
func TestKeyLikeRowsInLists(t *testing.T) {
	src := strings.Replace(oneIncident("Title", "EC2", "A bad setting."), "1. Use canaries.\n",
		"1. Use canaries.\n- ALERTING: page on 5xx.\n\nTIMELINE:\n\n- DETECTION: a user report\n- 10:05 rollback\n", 1)
	incs, probs := incidents.Parse("t.txt", []byte(src))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	if got, want := strings.Join(incs[0].Prevention, "|"), "Use canaries.|ALERTING: page on 5xx."; got != want {
		t.Errorf("prevention %q, want %q", got, want)
	}
	if len(incs[0].Evidence) != 1 {
		t.Fatalf("%d evidence items, want the timeline", len(incs[0].Evidence))
	}
	if got, want := strings.Join(incs[0].Evidence[0].Lines, "|"), "DETECTION: a user report|10:05 rollback"; got != want {
		t.Errorf("timeline %q, want %q", got, want)
	}
}
