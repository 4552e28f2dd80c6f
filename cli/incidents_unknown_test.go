package cli

import (
	"strings"
	"testing"
)

// An unknown incidents subcommand is answered with every real one.
func TestIncidentsUnknownSubcommandListsAll(t *testing.T) {
	_, errOut, code := run(t, "incidents", "frobnicate")
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	want := `(want check, draft-material, export, format, import, list, show, template or validate)`
	if !strings.Contains(errOut, want) {
		t.Fatalf("stderr %q does not contain %q", errOut, want)
	}
}
