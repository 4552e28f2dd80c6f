package incidents_test

// Severity forms pinned against mutants (docs/mutation.md): seeds/FORMAT.md
// lists SEV-1..SEV-5, Sev 1, SEV1, sev_1, P1, Severity 1 and a bare 1,
// optionally followed by a note; a digit glued to more letters or digits
// is not a severity.

import (
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestParseSeverityEdges(t *testing.T) {
	good := map[string]incidents.Severity{
		"SEV-1": 1, "Sev 5": 5, "SEV1": 1, "sev_2": 2, "P3": 3, "p4": 4, "Severity 1": 1, "1": 1,
		"SEV-1 (Critical)": 1, "SEV-2: major": 2, "#3": 3,
	}
	for in, want := range good {
		if got, err := incidents.ParseSeverity(in); err != nil || got != want {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"SEV-0", "SEV-6", "SEV-10", "SEV-19", "SEV-1a", "SEV-1z", "SEV-1A", "SEV-1Z", "SEV-1.5", "P", "", "high"} {
		if got, err := incidents.ParseSeverity(in); err == nil {
			t.Errorf("ParseSeverity(%q) = %v, want an error", in, got)
		}
	}
}
