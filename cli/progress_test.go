package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/progress"
	"github.com/spf13/cobra"
)

// runProgress runs "rootcause progress ARGS" with stdin, through a root
// with the global flags (root.go registers the command in the binary).
func runProgress(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	g := &Globals{}
	root := &cobra.Command{Use: "rootcause", SilenceUsage: true, SilenceErrors: true}
	pf := root.PersistentFlags()
	pf.StringArrayVar(&g.Incidents, "incidents", nil, "")
	pf.StringVar(&g.DB, "db", "", "")
	pf.BoolVar(&g.NoSave, "no-save", false, "")
	pf.StringVar(&g.User, "user", "", "")
	root.AddCommand(newProgressCmd(g))
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetIn(strings.NewReader(stdin))
	root.SetArgs(append([]string{"progress"}, args...))
	code := 0
	if err := root.Execute(); err != nil {
		code = 1
		if ee, ok := err.(*ExitError); ok {
			code = ee.Code
		}
		errOut.WriteString("rootcause: " + err.Error() + "\n")
	}
	return out.String(), errOut.String(), code
}

// vectors are the FSRS-6 reference sequences (py-fsrs 6.3.1), see
// progress/testdata/fsrs6_vectors.py.
type vectors struct {
	Sequences []struct {
		Name    string
		Zone    string
		Reviews []struct {
			At         string
			Rating     int
			Stability  float64
			Difficulty float64
			Due        string
		}
	}
}

func loadVectors(t *testing.T) vectors {
	b, err := os.ReadFile("../progress/testdata/fsrs6_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// vectorUser is the trainee who holds a sequence: one per zone.
func vectorUser(zone string) string {
	return "t-" + strings.ToLower(strings.ReplaceAll(zone, "/", "-"))
}

// vectorLog turns every sequence into a review log: one incident each.
func vectorLog(v vectors) string {
	var b strings.Builder
	for i, s := range v.Sequences {
		for _, r := range s.Reviews {
			fmt.Fprintf(&b, `{"user":%q,"incident":"VEC-%03d","at":%q,"mode":"review","kind":"root_cause","correct":%v,"rating":%d,"seconds":20}`+"\n",
				vectorUser(s.Zone), i, r.At, r.Rating > 1, r.Rating)
		}
	}
	return b.String()
}

// zonedDB makes a database whose vector trainees count days in their zones.
func zonedDB(t *testing.T, v vectors) string {
	path := filepath.Join(t.TempDir(), "p.db")
	st, err := progress.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, s := range v.Sequences {
		if err := st.SaveSettings(vectorUser(s.Zone), progress.Settings{TimeZone: s.Zone}); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func statsJSON(t *testing.T, db, user string) map[string]any {
	out, errOut, code := run(t, "stats", "--db", db, "--user", user, "--json")
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, errOut)
	}
	var js map[string]any
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	return js
}

// TestImportedVectorsMatchTheReference: every reference sequence, imported
// through `progress import` and read back through `stats --json`, ends with
// the reference's stability and difficulty (to 1e-3) and due date.
func TestImportedVectorsMatchTheReference(t *testing.T) {
	v := loadVectors(t)
	if len(v.Sequences) < 50 {
		t.Fatalf("%d sequences, want at least 50", len(v.Sequences))
	}
	db := zonedDB(t, v)
	if out, errOut, code := runProgress(t, vectorLog(v), "import", "--db", db, "-"); code != 0 || !strings.Contains(out, "Imported") {
		t.Fatalf("import: exit %d: %s%s", code, out, errOut)
	}
	cards := map[string]map[string]any{}
	for _, s := range v.Sequences {
		u := vectorUser(s.Zone)
		if _, ok := cards[u]; ok {
			continue
		}
		cards[u] = map[string]any{}
		for _, c := range statsJSON(t, db, u)["incidents"].([]any) {
			m := c.(map[string]any)
			cards[u][m["id"].(string)] = m
		}
	}
	for i, s := range v.Sequences {
		want := s.Reviews[len(s.Reviews)-1]
		c, ok := cards[vectorUser(s.Zone)][fmt.Sprintf("VEC-%03d", i)].(map[string]any)
		if !ok {
			t.Errorf("%s: no card in stats --json", s.Name)
			continue
		}
		if math.Abs(c["stability"].(float64)-want.Stability) > 1e-3 || math.Abs(c["difficulty"].(float64)-want.Difficulty) > 1e-3 ||
			c["due"] != want.Due || int(c["reps"].(float64)) != len(s.Reviews) {
			t.Errorf("%s: card %v; reference S=%.6f D=%.6f due %s after %d reviews", s.Name, c, want.Stability, want.Difficulty, want.Due, len(s.Reviews))
		}
	}
}

// TestExportImportRoundTrip: export, then import into an empty database,
// gives the same stats JSON; importing again adds nothing.
func TestExportImportRoundTrip(t *testing.T) {
	v := loadVectors(t)
	first := zonedDB(t, v)
	if _, errOut, code := runProgress(t, vectorLog(v), "import", "--db", first, "-"); code != 0 {
		t.Fatal(errOut)
	}
	for _, format := range []string{"jsonl", "csv"} {
		t.Run(format, func(t *testing.T) {
			log, errOut, code := runProgress(t, "", "export", "--db", first, "--format", format)
			if code != 0 {
				t.Fatal(errOut)
			}
			second := zonedDB(t, v)
			if _, errOut, code := runProgress(t, log, "import", "--db", second, "-"); code != 0 {
				t.Fatal(errOut)
			}
			for _, u := range []string{vectorUser("UTC"), vectorUser("Pacific/Kiritimati"), vectorUser("America/Los_Angeles")} {
				a, b := statsJSON(t, first, u), statsJSON(t, second, u)
				for _, k := range []string{"db", "now"} {
					delete(a, k)
					delete(b, k)
				}
				if !reflect.DeepEqual(a, b) {
					ja, _ := json.Marshal(a)
					jb, _ := json.Marshal(b)
					t.Errorf("%s: stats differ after export and import:\n%s\n%s", u, ja, jb)
				}
			}
			out, _, code := runProgress(t, log, "import", "--db", second, "-")
			if code != 0 || !strings.HasPrefix(out, "Imported 0 answer(s)") {
				t.Errorf("second import: %q (exit %d), want nothing added", out, code)
			}
			again, _, _ := runProgress(t, "", "export", "--db", second, "--format", format)
			if again != log {
				t.Errorf("export of the imported database differs from the log imported")
			}
		})
	}
}

func TestImportRefusesBadLogs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	for _, tc := range []struct{ log, want string }{
		{`{"incident":"INC-1","at":"2026-01-02T10:00:00Z","rating":3}` + "\n" + `{"incident":"INC-2","at":"yesterday"}`, `standard input:2: incident "INC-2": at "yesterday"`},
		{`{"incident":"INC-3","at":"2026-01-02T10:00:00Z","ratin":3}`, `standard input:1: incident "INC-3": unknown field "ratin"`},
		{`{"incident":"INC-4","at":"2026-01-02T10:00:00Z","rating":5}`, `rating 5`},
		{`{"at":"2026-01-02T10:00:00Z"}`, `no incident id`},
		{`{"incident":"INC-5","at":"2026-01-02T10:00:00Z","kind":"prevention"}`, `kind "prevention"`},
		{`{"incident":"INC-6\u001b[2J","at":"2026-01-02T10:00:00Z"}`, `control characters`},
		{"user,incident,at,rating\nana,INC-7,2026-01-02T10:00:00Z,x\n", `standard input:2: incident "INC-7": rating "x"`},
		{`[1,2]`, `standard input:1: not a JSON object`},
	} {
		_, errOut, code := runProgress(t, tc.log, "import", "--db", db, "-")
		if code != 1 || !strings.Contains(errOut, tc.want) || strings.ContainsRune(errOut, 0x1b) {
			t.Errorf("import %q: exit %d, %q; want exit 1 naming %q", tc.log, code, errOut, tc.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused log still created the database")
	}
}

func TestImportDefaultsAndBackup(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	st, err := progress.Open(db)
	if err == nil {
		err = st.SaveSettings("ana", progress.Settings{TimeZone: "UTC"}) // export writes times in it
		st.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	log := `{"user":"ana","incident":"INC-1","at":"2026-01-02T10:00:00+01:00","correct":true}` + "\n"
	if _, errOut, code := runProgress(t, log, "import", "--db", db, "-"); code != 0 {
		t.Fatal(errOut)
	}
	out, _, _ := runProgress(t, "", "export", "--db", db)
	want := `{"user":"ana","key":"","incident":"INC-1","at":"2026-01-02T09:00:00.000Z","mode":"import","difficulty":"normal",` +
		`"kind":"root_cause","correct":true,"choice":0,"seconds":0,"clues":0,"rating":3}` + "\n"
	if out != want {
		t.Errorf("export after a minimal import:\n%s\nwant\n%s", out, want)
	}
	bak := filepath.Join(t.TempDir(), "copy.db")
	if out, errOut, code := runProgress(t, "", "backup", "--db", db, bak); code != 0 || !strings.Contains(out, "Backed up") {
		t.Fatalf("backup: exit %d %s", code, errOut)
	}
	if got, _, _ := runProgress(t, "", "export", "--db", bak); got != want {
		t.Errorf("backup holds %q", got)
	}
	if _, errOut, code := runProgress(t, "", "backup", "--db", db, bak); code != 1 || !strings.Contains(errOut, "exists already") {
		t.Errorf("backup over a file: exit %d %s", code, errOut)
	}
}

func TestParamsLoadAndShow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	log := `{"user":"ana","incident":"INC-1","at":"2026-01-02T10:00:00Z","rating":3}` + "\n"
	runProgress(t, log, "import", "--db", db, "-")
	w := progress.DefaultWeights
	w[20] = 0.5
	b, _ := json.Marshal(map[string]any{"parameters": w, "desired_retention": 0.85})
	file := filepath.Join(dir, "fitted.json")
	os.WriteFile(file, b, 0o644)
	if out, errOut, code := runProgress(t, "", "params", "--db", db, file); code != 0 || !strings.Contains(out, "rescheduled") {
		t.Fatalf("params: exit %d %s %s", code, out, errOut)
	}
	out, _, _ := runProgress(t, "", "params", "--db", db)
	if !strings.Contains(out, `"desired_retention": 0.85`) || !strings.Contains(out, "0.5\n") {
		t.Errorf("params shows %s", out)
	}
	text, _, _ := run(t, "stats", "--db", db, "--user", "ana")
	if !strings.Contains(text, "loaded weights (w20 0.5000), retention 85%") {
		t.Errorf("stats does not show the loaded parameters:\n%s", text)
	}
	w[20] = 0.95
	b, _ = json.Marshal(map[string]any{"parameters": w})
	os.WriteFile(file, b, 0o644)
	if _, errOut, code := runProgress(t, "", "params", "--db", db, file); code != 1 || !strings.Contains(errOut, "parameters[20]") {
		t.Errorf("out-of-range weights: exit %d %s", code, errOut)
	}
}
