package incidents

import (
	"strings"
	"testing"
)

// messages renders problems one per line, errors and warnings alike.
func messages(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // substrings of the problems, one per expected problem, in order
		incs     int
	}{
		{"empty", "", []string{"f.txt: file is empty"}, 0},
		{"blank", " \r\n\t\n", []string{"f.txt: file is empty"}, 0},
		{"no incidents", "just some notes\nabout nothing\n", []string{"f.txt: no incidents found"}, 0},
		{"binary", "INCIDENT #: X\n\x00\x01", []string{"f.txt:2: binary data"}, 0},
		{"latin-1", "INCIDENT #: X\nTITLE: caf\xe9\n", []string{"f.txt:2: not UTF-8 text (byte 0xE9)"}, 0},
		{"utf-16", "\xff\xfeI\x00", []string{"f.txt:1: file is UTF-16"}, 0},
		{"missing root cause", replace("ROOT CAUSE:", "RC:"), []string{
			"f.txt:1: incident NFI-2099-0001: missing ROOT CAUSE",
			"f.txt:15: warning: incident NFI-2099-0001: unknown key \"RC\""}, 1},
		{"missing id, title, summary", "DATE: 2023-01-01\nROOT CAUSE: r\n", []string{
			"f.txt:1: missing INCIDENT # (id) for this incident",
			"f.txt:1: missing TITLE", "f.txt:1: missing SUMMARY"}, 1},
		{"known other section in any case", replace("RESOLUTION:", "Impact: 45 minutes of buffering.\nWorldwide.\nRESOLUTION:"), []string{
			"f.txt:19: warning: incident NFI-2099-0001: unknown key \"Impact\""}, 1},
		{"bad date", replace("October 26, 2023", "Octember 26, 2023"),
			[]string{`f.txt:3: incident NFI-2099-0001: unknown DATE "Octember 26, 2023" (want October 26, 2023 or 2023-10-26)`}, 1},
		{"bad severity", replace("SEV-1", "high"),
			[]string{`f.txt:5: incident NFI-2099-0001: unknown SEVERITY "high"`}, 1},
		{"id with spaces", replace("NFI-2099-0001", "NFI 2099"), []string{`incident NFI 2099: incident id "NFI 2099" has spaces`}, 1},
		{"too long", replace("Rolled back the release.", strings.Repeat("word ", 2001)),
			[]string{"f.txt:19: incident NFI-2099-0001: RESOLUTION is 10004 characters, over the 10000 limit"}, 1},
		{"repeated key", replace("RESOLUTION:", "TITLE: again\nRESOLUTION:"),
			[]string{"f.txt:19: incident NFI-2099-0001: TITLE appears twice in this incident"}, 1},
		{"escape sequences", replace("Global Video", "Global \x1b[2J\x1b]0;owned\x07Video", "Users saw", "Users\x07 saw"), []string{
			"f.txt:11: warning: incident NFI-2099-0001: control characters or escape sequences removed from TITLE",
			"f.txt:13: warning: incident NFI-2099-0001: control characters or escape sequences removed from SUMMARY"}, 1},
		{"preamble keys", "Title: Team RCAs\nDate: 2024\n\n" + clean, []string{
			"f.txt:1: warning: text before the first INCIDENT # line is ignored (it has keys: DATE, TITLE)"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			incs, probs := Parse("f.txt", []byte(tt.in))
			if len(incs) != tt.incs {
				t.Errorf("got %d incidents, want %d", len(incs), tt.incs)
			}
			if len(probs) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(probs), len(tt.want), messages(probs))
			}
			for i, w := range tt.want {
				if !strings.Contains(probs[i].String(), w) {
					t.Errorf("problem %d = %q, want it to contain %q", i, probs[i].String(), w)
				}
			}
			if tt.name == "escape sequences" && (incs[0].Title != "Global Video Buffering" || incs[0].Summary != "Users saw buffering for 45 minutes.") {
				t.Errorf("not cleaned: %q / %q", incs[0].Title, incs[0].Summary)
			}
		})
	}
}

// One bad incident never hides the good ones.
func TestParseKeepsGoodIncidents(t *testing.T) {
	bad := strings.ReplaceAll(strings.ReplaceAll(clean, "NFI-2099-0001", "NFI-2099-0002"), "ROOT CAUSE:", "Nope:")
	good3 := strings.ReplaceAll(clean, "NFI-2099-0001", "NFI-2099-0003")
	incs, probs := Parse("f.txt", []byte(clean+bad+good3))
	if len(incs) != 3 || incs[0].RootCause == "" || incs[2].RootCause == "" {
		t.Fatalf("got %d incidents", len(incs))
	}
	if !hasError(probs) || !strings.Contains(messages(probs), "incident NFI-2099-0002: missing ROOT CAUSE") {
		t.Errorf("problems:\n%s", messages(probs))
	}
}
