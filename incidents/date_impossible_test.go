package incidents

import (
	"strings"
	"testing"
)

func TestParseDateImpossibleDay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-02-30", `date "2024-02-30" does not exist: February 2024 has fewer days`},
		{"April 31, 2023", `date "April 31, 2023" does not exist: April 2023 has fewer days`},
		{"2023/02/29", `date "2023/02/29" does not exist: February 2023 has fewer days`},
		{"31 June 2024", `date "31 June 2024" does not exist: June 2024 has fewer days`},
		{"2024-13-01", `unknown date "2024-13-01"`},
		{"soon", `unknown date "soon"`},
	} {
		_, err := ParseDate(tc.in)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseDate(%q) = %v, want %q", tc.in, err, tc.want)
		}
	}
	if _, err := ParseDate("2024-02-29"); err != nil {
		t.Errorf("a leap day is a day: %v", err)
	}
}
