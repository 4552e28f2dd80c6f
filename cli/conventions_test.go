package cli

import (
	"strings"
	"testing"
)

func TestCLIConventions(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		code     int
		stdout   []string
		stderr   []string
		noStdout []string
	}{
		{name: "version", args: []string{"--version"}, stdout: []string{"rootcause version "}},
		{name: "typo suggests", args: []string{"plya"}, code: 2, stderr: []string{`unknown command "plya"`, "Did you mean this?", "play"}},
		{name: "difficulty values", args: []string{"__complete", "play", "--difficulty", ""}, stdout: []string{"easy\n", "normal\n", "hard\n"}},
		{name: "mode values", args: []string{"__complete", "play", "--mode", ""}, stdout: []string{"practice\n", "exam\n", "review\n"}},
		{name: "format values", args: []string{"__complete", "questions", "--format", ""}, stdout: []string{"json\n", "md\n"}},
		{name: "severity values", args: []string{"__complete", "play", "--severity", ""}, stdout: []string{"SEV-1\n", "SEV-5\n"}},
		{name: "platform values", args: []string{"__complete", "play", "--platform", ""}, stdout: []string{"AthenaStream\n", "NexusCommerce\n"}},
		{name: "incident ids", args: []string{"__complete", "incidents", "show", ""}, stdout: []string{"NFI-2023-0010\n", "NFI-2024-0020\n"}},
		{name: "store flags only where used", args: []string{"questions", "--help"}, noStdout: []string{"--db", "--no-save", "--user"}},
		{name: "stats has db but not no-save", args: []string{"stats", "--help"}, stdout: []string{"--db", "--user"}, noStdout: []string{"--no-save"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := run(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			for _, s := range tc.noStdout {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
		})
	}
}

func TestStatsUnknownTrainee(t *testing.T) {
	db := t.TempDir() + "/p.db"
	_, errOut, code := run(t, "stats", "--user", "ghost", "--db", db)
	if code != 1 || !strings.Contains(errOut, `no trainee named "ghost"`) {
		t.Fatalf("stats --user ghost: exit %d, stderr %q; want 1 and a message naming the trainee", code, errOut)
	}
}
