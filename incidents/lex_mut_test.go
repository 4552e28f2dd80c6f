package incidents_test

// Tests written against lex.go's surviving mutants (docs/mutation.md): a
// '#' inside a key spelt with a separator, and "INCIDENT#" with its id on
// the next line.

import (
	"fmt"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

const afterHead = "\n\nDATE: October 26, 2023\n\nSEVERITY: SEV-1\n\n" +
	"PLATFORM: AthenaStream\n\nSERVICES: EC2\n\nTITLE: Buffering\n\n" +
	"SUMMARY: Users saw buffering.\n\nROOT CAUSE: A bad setting.\n\n" +
	"RESOLUTION: Rolled back.\n\nPREVENTION:\n\n1. Use canaries.\n"

func TestIncidentHashKeySpellings(t *testing.T) {
	for _, tc := range []struct{ head, want string }{
		{"Incident-#: NFI-2099-0001", `ids ["NFI-2099-0001"], problems []`},
		{"INCIDENT_#: NFI-2099-0001", `ids ["NFI-2099-0001"], problems []`},
		{"INCIDENT#\nNFI-1", `ids ["NFI-1"], problems []`},
		{"INCIDENT#", `ids [""], problems [t.txt:1: missing INCIDENT # (id) for the incident titled "Buffering"]`},
	} {
		incs, probs := incidents.Parse("t.txt", []byte(tc.head+afterHead))
		var ids []string
		for _, i := range incs {
			ids = append(ids, i.ID)
		}
		if got := fmt.Sprintf("ids %q, problems %v", ids, probs); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.head, got, tc.want)
		}
	}
}
