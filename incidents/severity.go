package incidents

import (
	"fmt"
	"strings"
)

// ParseSeverity accepts SEV-1, Sev 1, SEV1, sev_1, P1 and a bare 1, for 1..5.
func ParseSeverity(s string) (Severity, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(t, "SEV"):
		t = t[3:]
	case strings.HasPrefix(t, "P"):
		t = t[1:]
	}
	t = strings.TrimLeft(t, " -_:")
	if len(t) == 1 && t[0] >= '1' && t[0] <= '5' {
		return Severity(t[0] - '0'), nil
	}
	return 0, fmt.Errorf("unknown severity %q (want SEV-1 to SEV-5, Sev 1, SEV1 or P1)", strings.TrimSpace(s))
}
