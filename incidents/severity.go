package incidents

import (
	"fmt"
	"strings"
)

// ParseSeverity accepts SEV-1, Sev 1, SEV1, sev_1, P1, Severity 1 and a bare
// 1, for 1..5, optionally followed by a note: "SEV-1 (Critical)".
func ParseSeverity(s string) (Severity, error) {
	t := strings.TrimSpace(s)
	switch {
	case len(t) >= 8 && strings.EqualFold(t[:8], "severity"):
		t = t[8:]
	case len(t) >= 3 && strings.EqualFold(t[:3], "sev"):
		t = t[3:]
	case len(t) >= 1 && (t[0] == 'P' || t[0] == 'p'):
		t = t[1:]
	}
	t = strings.TrimLeft(t, " -_:#")
	if len(t) >= 1 && t[0] >= '1' && t[0] <= '5' && (len(t) == 1 || !isAlnum(t[1])) {
		return Severity(t[0] - '0'), nil
	}
	return 0, fmt.Errorf("unknown severity %q (want SEV-1 to SEV-5, Sev 1, SEV1 or P1)", strings.TrimSpace(s))
}

func isAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'
}
