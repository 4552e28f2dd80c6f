package progress

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseLogDefaultsAndBounds(t *testing.T) {
	ok := []struct{ name, line, want string }{
		{"defaults", `{"incident":"A","at":"2026-01-02T10:00:00Z"}`, "|A|import|normal|root_cause|false|-1|0|0|0"},
		{"right, no choice", `{"incident":"A","at":"2026-01-02T10:00:00Z","correct":true}`, "|A|import|normal|root_cause|true|0|0|0|0"},
		{"every field", `{"user":"ana","key":"SHA256:x","incident":"A","at":"2026-01-02T10:00:00+01:00","mode":"exam","difficulty":"hard","kind":"follow_up","correct":true,"choice":2,"seconds":12.5,"clues":3,"rating":4}`,
			"ana|A|exam|hard|follow_up|true|2|12.5|3|4"},
		{"bounds", `{"incident":"A","at":"2026-01-02T10:00:00Z","choice":-1,"seconds":10000000,"clues":0,"rating":1}`, "|A|import|normal|root_cause|false|-1|1e+07|0|1"},
		{"blank lines skipped", "\n  \n" + `{"incident":"A","at":"2026-01-02T10:00:00Z","rating":0}` + "\n\n", "|A|import|normal|root_cause|false|-1|0|0|0"},
	}
	for _, tc := range ok {
		recs, err := ParseLog(strings.NewReader(tc.line), "log")
		if err != nil || len(recs) != 1 {
			t.Errorf("%s: %v %v", tc.name, recs, err)
			continue
		}
		if got := recordLine(recs[0]); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
	bad := []struct{ line, want string }{
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","seconds":10000001}`, "seconds"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","seconds":-0.5}`, "seconds"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","choice":-2}`, "choice -2"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","clues":-1}`, "clues -1"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","rating":-1}`, "rating -1"},
		{`{"incident":" ","at":"2026-01-02T10:00:00Z"}`, "no incident id"},
		{`{"incident":"A","at":"2026-01-02T10:00:00"}`, "RFC 3339"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","user":"a\u007fb"}`, "control characters"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","mode":"x\u0085"}`, "control characters"},
		{`{"incident":"A","at":"2026-01-02T10:00:00Z","correct":"yes"}`, `incident "A": field correct`},
		{`not json`, "log:1: not a JSON object"},
	}
	for _, tc := range bad {
		if _, err := ParseLog(strings.NewReader(tc.line), "log"); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", tc.line, err, tc.want)
		}
	}
	// Printable text beyond ASCII is fine (names are people's names).
	if _, err := ParseLog(strings.NewReader(`{"incident":"A","at":"2026-01-02T10:00:00Z","user":"Zoë\u00a0Ş"}`), "log"); err != nil {
		t.Errorf("a name with accents: %v", err)
	}
}

func recordLine(r LogRecord) string {
	return strings.Join([]string{r.User, r.Incident, r.Mode, r.Difficulty, r.Kind, boolS(r.Correct), itoa(r.Choice),
		strconv.FormatFloat(r.Seconds, 'g', -1, 64), itoa(r.Clues), itoa(r.Rating)}, "|")
}

func boolS(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestParseLogCSV(t *testing.T) {
	good := "user,key,incident,at,mode,difficulty,kind,correct,choice,seconds,clues,rating\n" +
		"ana,,A,2026-01-02T10:00:00Z,review,normal,root_cause,true,1,3.500,2,2\n" +
		"ben,,B,2026-01-02T11:00:00Z,,,,false,,,,\n"
	recs, err := ParseLog(strings.NewReader(good), "log.csv")
	if err != nil || len(recs) != 2 {
		t.Fatalf("%v %v", recs, err)
	}
	if recs[0].Choice != 1 || recs[0].Seconds != 3.5 || recs[0].Clues != 2 || recs[0].Rating != 2 || !recs[0].Correct {
		t.Errorf("row 1: %+v", recs[0])
	}
	if recs[1].Choice != -1 || recs[1].Mode != "import" || recs[1].Kind != KindRootCause {
		t.Errorf("row 2 defaults: %+v", recs[1])
	}
	head := "user,incident,at,choice,clues,rating,correct,seconds\n"
	for _, tc := range []struct{ row, want string }{
		{"a,X,2026-01-02T10:00:00Z,one,,,,", `log.csv:2: incident "X": choice "one"`},
		{"a,X,2026-01-02T10:00:00Z,,two,,,", `clues "two"`},
		{"a,X,2026-01-02T10:00:00Z,,,three,,", `rating "three"`},
		{"a,X,2026-01-02T10:00:00Z,,,,maybe,", `correct "maybe"`},
		{"a,X,2026-01-02T10:00:00Z,,,,,soon", `seconds "soon"`},
		{"a,X,2026-01-02T10:00:00Z,,,7,,", `rating 7`},
		{`a,"X,2026`, `log.csv:2`},
	} {
		if _, err := ParseLog(strings.NewReader(head+tc.row+"\n"), "log.csv"); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.row, err, tc.want)
		}
	}
}

func TestLogWriters(t *testing.T) {
	r := LogRecord{User: "=cmd", Incident: "A", At: "2026-01-02T10:00:00.000Z", Mode: "review", Difficulty: "normal",
		Kind: KindRootCause, Correct: true, Choice: 1, Seconds: 2.25, Clues: 1, Rating: 3}
	var b bytes.Buffer
	c := NewLogCSV(&b)
	if err := c.Write(r); err != nil {
		t.Fatal(err)
	}
	c.Write(r)
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "user,key,incident,at,mode,difficulty,kind,correct,choice,seconds,clues,rating\n" +
		"'=cmd,,A,2026-01-02T10:00:00.000Z,review,normal,root_cause,true,1,2.250,1,3\n"
	if b.String() != want+want[strings.Index(want, "\n")+1:] {
		t.Errorf("CSV:\n%s", b.String())
	}
	b.Reset()
	WriteLogJSONL(&b, r)
	if got := b.String(); got != `{"user":"=cmd","key":"","incident":"A","at":"2026-01-02T10:00:00.000Z","mode":"review","difficulty":"normal","kind":"root_cause","correct":true,"choice":1,"seconds":2.25,"clues":1,"rating":3}`+"\n" {
		t.Errorf("JSONL: %s", got)
	}
	if err := WriteLogJSONL(failWriter{}, r); err == nil {
		t.Error("a failed write was not reported")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestSqliteMsgStripsTheCode(t *testing.T) {
	for in, want := range map[string]string{
		"no such table: x (1)":                 "no such table: x",
		"SQL logic error: near \"x\": bad (1)": `near "x": bad`,
		" (5)":                                 " (5)",
		"plain":                                "plain",
		"open (not closed":                     "open (not closed",
	} {
		if got := sqliteMsg(errors.New(in)); got != want {
			t.Errorf("sqliteMsg(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImportLogChecksRecordsItself(t *testing.T) {
	st, _ := openTemp(t)
	if _, err := st.ImportLog([]LogRecord{{Incident: "INC-AA", At: "yesterday"}}); err == nil || !strings.Contains(err.Error(), `incident "INC-AA"`) {
		t.Errorf("bad time: %v", err)
	}
	res, err := st.ImportLog([]LogRecord{{User: "ana", Incident: "INC-AA", At: "2026-03-10T09:00:00Z", Correct: true, Choice: 1}})
	if err != nil || res != (Imported{Added: 1, Users: 1}) {
		t.Fatalf("import: %+v %v", res, err)
	}
	if r, ok, _ := st.ReviewOf("ana", "INC-AA"); !ok || r.Reps != 1 || !r.LastCorrect {
		t.Errorf("a record without kind is a root-cause review: %+v", r)
	}
	var none *Store
	if res, err := none.ImportLog([]LogRecord{{Incident: "x"}}); err != nil || res != (Imported{}) {
		t.Errorf("nil store: %+v %v", res, err)
	}
}
