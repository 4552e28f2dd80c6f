package incidents

import (
	"errors"
	"io/fs"
	"strings"
)

// dupMsg starts the problem of a skipped duplicate, which Usable counts.
const dupMsg = "duplicate incident id"

// Usable returns the incidents a quiz can use, those with every required
// field (id, title, summary, root cause), and how many incidents were left
// out: the incomplete ones and the duplicates Load skipped (found in probs).
// Incidents with other errors, such as an unreadable date, are kept: the
// value is unknown, the question still works.
func Usable(incs []Incident, probs []Problem) ([]Incident, int) {
	left := 0
	for _, p := range probs {
		if !p.Warning && strings.HasPrefix(p.Msg, dupMsg) {
			left++
		}
	}
	out := make([]Incident, 0, len(incs))
	for _, inc := range incs {
		if inc.ID == "" || inc.Title == "" || inc.Summary == "" || inc.RootCause == "" {
			left++
			continue
		}
		out = append(out, inc)
	}
	return out, left
}

// unwrapPathErr drops the *PathError wrapper, whose text repeats the path.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
