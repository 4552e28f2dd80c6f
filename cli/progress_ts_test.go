package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/progress"
)

// tsReview is one review of the ts-fsrs 5 reference sequences, see
// progress/testdata/tsfsrs5_vectors.mjs.
type tsReview struct {
	At          string
	Rating      int
	Stability   float64
	Difficulty  float64
	RawInterval int `json:"raw_interval"`
	Clamped     bool
}

// TestImportedTSVectorsMatch: the ts-fsrs sequences where ts-fsrs and
// py-fsrs agree on stability (no same-day Hard, no stability at ts-fsrs's
// 36,500-day cap; see progress/fsrs_ts_test.go), imported through
// `progress import` and read back through `stats --json`, end with
// ts-fsrs's stability and difficulty (1e-3) and the due date of the last
// review's own stability (py-fsrs's rule; ts-fsrs may order it later).
func TestImportedTSVectorsMatch(t *testing.T) {
	b, err := os.ReadFile("../progress/testdata/tsfsrs5_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Sequences []struct {
			Name, Zone string
			Reviews    []tsReview
		}
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	var kept []int
	for i, s := range v.Sequences {
		if s.Zone != "UTC" || !agreed(s.Reviews) {
			continue
		}
		kept = append(kept, i)
		for _, r := range s.Reviews {
			fmt.Fprintf(&log, `{"user":"ts","incident":"TS-%03d","at":%q,"kind":"root_cause","correct":%v,"rating":%d}`+"\n",
				i, r.At, r.Rating > 1, r.Rating)
		}
	}
	if len(kept) < 50 {
		t.Fatalf("%d sequences to import, want at least 50", len(kept))
	}
	t.Logf("%d of %d ts-fsrs sequences imported", len(kept), len(v.Sequences))
	db := filepath.Join(t.TempDir(), "p.db")
	st, err := progress.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	err = st.SaveSettings("ts", progress.Settings{TimeZone: "UTC"}) // the machine's zone may be another
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := runProgress(t, log.String(), "import", "--db", db, "-"); code != 0 {
		t.Fatalf("import: exit %d: %s%s", code, out, errOut)
	}
	cards := map[string]map[string]any{}
	for _, c := range statsJSON(t, db, "ts")["incidents"].([]any) {
		m := c.(map[string]any)
		cards[m["id"].(string)] = m
	}
	for _, i := range kept {
		s := v.Sequences[i]
		want := s.Reviews[len(s.Reviews)-1]
		at, err := time.Parse(time.RFC3339, want.At)
		if err != nil {
			t.Fatal(err)
		}
		due := at.UTC().AddDate(0, 0, want.RawInterval).Format(time.DateOnly)
		c := cards[fmt.Sprintf("TS-%03d", i)]
		if c == nil || math.Abs(c["stability"].(float64)-want.Stability) > math.Max(1e-3, 1e-7*want.Stability) ||
			math.Abs(c["difficulty"].(float64)-want.Difficulty) > 1e-3 || c["due"] != due {
			t.Errorf("%s: card %v; ts-fsrs S=%.6f D=%.6f, due %s", s.Name, c, want.Stability, want.Difficulty, due)
		}
	}
}

// agreed reports a sequence without the reviews where ts-fsrs's stability
// departs from py-fsrs's: a Hard on the same UTC day as the review before,
// or a stability at ts-fsrs's cap.
func agreed(reviews []tsReview) bool {
	for k, r := range reviews {
		if r.Clamped || k > 0 && r.Rating == 2 && r.At[:10] == reviews[k-1].At[:10] {
			return false
		}
	}
	return true
}
