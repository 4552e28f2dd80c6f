package incidents

// Tests written against date.go's surviving mutant (docs/mutation.md): a
// three-character day ("31.", "031") is still a day past the month's end.

import (
	"strings"
	"testing"
)

func TestParseDateImpossibleThreeCharacterDay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"31. June 2024", `date "31. June 2024" does not exist: June 2024 has fewer days`},
		{"2024-06-031", `date "2024-06-031" does not exist: June 2024 has fewer days`},
		{"June 2031, 2024", `unknown date "June 2031, 2024"`},
	} {
		_, err := ParseDate(tc.in)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseDate(%q) = %v, want %q", tc.in, err, tc.want)
		}
	}
}
