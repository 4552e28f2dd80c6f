package cli

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/quiz"
	"github.com/spf13/cobra"
)

// noTTY makes stdin a pipe for the test, as in CI or `rootcause < file`.
func noTTY(t *testing.T) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = r
	t.Cleanup(func() { os.Stdin = old; r.Close(); w.Close() })
}

func TestAppNeedsATerminal(t *testing.T) {
	noTTY(t)
	for _, args := range [][]string{nil, {"play"}, {"play", "--count", "3", "--seed", "1"}, {"play", "--mode", "review"}} {
		out, errOut, code := run(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if out != "" {
			t.Errorf("%v: wrote %q to stdout", args, out)
		}
		if !strings.Contains(errOut, "rootcause questions") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
			t.Errorf("%v: want one line pointing at `rootcause questions`, got %q", args, errOut)
		}
	}
}

// TestPlayTimeBox: --time-box reaches the app as the review's TimeLimit
// (its time box; tui's newRun keeps it from the engine).
func TestPlayTimeBox(t *testing.T) {
	f := playFlags{mode: "review", difficulty: "normal", count: 10, timeBox: 10 * time.Minute}
	o, err := f.options(&cobra.Command{})
	if err != nil || o.Mode != quiz.Review || o.TimeLimit != 10*time.Minute {
		t.Fatalf("options %+v, %v; want a review with a 10-minute box", o, err)
	}
	f.timeBox = 0
	if o, _ = f.options(&cobra.Command{}); o.TimeLimit != 0 {
		t.Errorf("no --time-box: TimeLimit %v", o.TimeLimit)
	}
}

func TestPlayFlagsAreChecked(t *testing.T) {
	noTTY(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--mode", "review", "--no-save"}, "--mode review needs saved progress"},
		{[]string{"--mode", "sprint"}, "--mode"},
		{[]string{"--difficulty", "brutal"}, "--difficulty"},
		{[]string{"--count", "-1"}, "--count"},
		{[]string{"--time-limit", "10m"}, "--time-limit is for exams"},
		{[]string{"--severity", "SEV-9"}, "--severity"},
		{[]string{"--since", "yesterday"}, "--since"},
		{[]string{"--per-question", "-5s"}, "positive durations"},
		{[]string{"--time-box", "10m"}, "--time-box is for reviews"},
		{[]string{"--mode", "exam", "--time-box", "10m"}, "--time-box is for reviews"},
		{[]string{"--mode", "review", "--time-box", "-1m"}, "--time-box must be a positive duration"},
	}
	for _, tc := range tests {
		_, errOut, code := run(t, append([]string{"play"}, tc.args...)...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("play %v: exit %d %q, want exit 2 naming %q", tc.args, code, errOut, tc.want)
		}
	}
}
