package progress

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// logColumns are the review log's fields, in order (the CSV header).
var logColumns = []string{"user", "key", "incident", "at", "mode", "difficulty", "kind", "correct", "choice", "seconds", "clues", "rating"}

// WriteLogJSONL writes one record as a JSON line.
func WriteLogJSONL(w io.Writer, r LogRecord) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// LogCSV writes records as CSV with a header row.
type LogCSV struct {
	w      *csv.Writer
	header bool
}

// NewLogCSV writes CSV to w; call Flush at the end.
func NewLogCSV(w io.Writer) *LogCSV { return &LogCSV{w: csv.NewWriter(w)} }

// Write writes one record (the header first).
func (c *LogCSV) Write(r LogRecord) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(logColumns); err != nil {
			return err
		}
	}
	return c.w.Write([]string{csvSafe(r.User), r.Key, csvSafe(r.Incident), r.At, r.Mode, r.Difficulty, r.Kind,
		strconv.FormatBool(r.Correct), strconv.Itoa(r.Choice), strconv.FormatFloat(r.Seconds, 'f', 3, 64),
		strconv.Itoa(r.Clues), strconv.Itoa(r.Rating)})
}

// Flush writes out what is buffered.
func (c *LogCSV) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// ParseLog reads a review log: JSON lines, or CSV when the first line is
// the CSV header. Errors name the file, the line and the incident. Missing
// fields get defaults: user the OS user, mode "import", difficulty
// "normal", kind root_cause, choice 0 when correct and -1 when not,
// seconds and clues 0, rating derived from the answer by GradeFor.
func ParseLog(r io.Reader, name string) ([]LogRecord, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(len("user,"))
	if string(head) == "user," {
		return parseCSV(br, name)
	}
	var out []LogRecord
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, fmt.Errorf("%s:%d: not a JSON object: %v", name, line, err)
		}
		rec, err := recordFromJSON(raw)
		if err == nil {
			err = checkRecord(&rec)
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %s", name, line, err)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

// recordFromJSON decodes the known fields; an unknown one is an error
// (most likely a typo that would silently fall back to a default).
func recordFromJSON(raw map[string]json.RawMessage) (LogRecord, error) {
	rec := LogRecord{Choice: math.MinInt}
	known := map[string]any{"user": &rec.User, "key": &rec.Key, "incident": &rec.Incident, "at": &rec.At,
		"mode": &rec.Mode, "difficulty": &rec.Difficulty, "kind": &rec.Kind, "correct": &rec.Correct,
		"choice": &rec.Choice, "seconds": &rec.Seconds, "clues": &rec.Clues, "rating": &rec.Rating}
	for k, v := range raw {
		dst, ok := known[k]
		if !ok {
			return rec, fmt.Errorf("incident %s: unknown field %q (want %s)", incidentOf(raw), k, strings.Join(logColumns, ", "))
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return rec, fmt.Errorf("incident %s: field %s: %v", incidentOf(raw), k, err)
		}
	}
	return rec, nil
}

func incidentOf(raw map[string]json.RawMessage) string {
	var id string
	json.Unmarshal(raw["incident"], &id)
	return quoteID(id)
}

func quoteID(id string) string {
	if id == "" {
		return "(none)"
	}
	return strconv.Quote(clean(id))
}

func parseCSV(r io.Reader, name string) ([]LogRecord, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s:1: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	var out []LogRecord
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		rec, err := recordFromCSV(row, col)
		if err == nil {
			err = checkRecord(&rec)
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %s", name, line, err)
		}
		out = append(out, rec)
	}
}

func recordFromCSV(row []string, col map[string]int) (LogRecord, error) {
	get := func(k string) string {
		if i, ok := col[k]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	rec := LogRecord{User: get("user"), Key: get("key"), Incident: get("incident"), At: get("at"), Mode: get("mode"),
		Difficulty: get("difficulty"), Kind: get("kind"), Choice: math.MinInt}
	var err error
	num := func(k string, dst *int) {
		if v := get(k); v != "" && err == nil {
			if *dst, err = strconv.Atoi(v); err != nil {
				err = fmt.Errorf("incident %s: %s %q is not a whole number", quoteID(rec.Incident), k, v)
			}
		}
	}
	num("choice", &rec.Choice)
	num("clues", &rec.Clues)
	num("rating", &rec.Rating)
	if v := get("correct"); v != "" && err == nil {
		if rec.Correct, err = strconv.ParseBool(v); err != nil {
			err = fmt.Errorf("incident %s: correct %q is not true or false", quoteID(rec.Incident), v)
		}
	}
	if v := get("seconds"); v != "" && err == nil {
		if rec.Seconds, err = strconv.ParseFloat(v, 64); err != nil {
			err = fmt.Errorf("incident %s: seconds %q is not a number", quoteID(rec.Incident), v)
		}
	}
	return rec, err
}

// checkRecord validates a record and fills in the defaults.
func checkRecord(r *LogRecord) error {
	id := quoteID(r.Incident)
	switch {
	case strings.TrimSpace(r.Incident) == "":
		return fmt.Errorf("incident (none): no incident id")
	case hasControl(r.Incident) || hasControl(r.User) || hasControl(r.Key) || hasControl(r.Mode) || hasControl(r.Difficulty):
		return fmt.Errorf("incident %s: control characters in a text field", id)
	case r.Kind != "" && r.Kind != KindRootCause && r.Kind != KindFollowUp:
		return fmt.Errorf("incident %s: kind %q: want %s or %s", id, clean(r.Kind), KindRootCause, KindFollowUp)
	case r.Rating < 0 || r.Rating > 4:
		return fmt.Errorf("incident %s: rating %d: want 1 (Again) to 4 (Easy)", id, r.Rating)
	case !(r.Seconds >= 0) || math.IsInf(r.Seconds, 0) || r.Seconds > 1e7:
		return fmt.Errorf("incident %s: seconds %v: want a time taken of zero or more", id, r.Seconds)
	case r.Clues < 0:
		return fmt.Errorf("incident %s: clues %d: want zero or more", id, r.Clues)
	case r.Choice != math.MinInt && r.Choice < -1:
		return fmt.Errorf("incident %s: choice %d: want -1 (skipped) or more", id, r.Choice)
	}
	if _, err := time.Parse(time.RFC3339, r.At); err != nil {
		return fmt.Errorf("incident %s: at %q: want an RFC 3339 time with offset, e.g. 2026-03-01T09:30:00+01:00", id, clean(r.At))
	}
	if r.Kind == "" {
		r.Kind = KindRootCause
	}
	if r.Mode == "" {
		r.Mode = "import"
	}
	if r.Difficulty == "" {
		r.Difficulty = "normal"
	}
	if r.Choice == math.MinInt {
		r.Choice = 0
		if !r.Correct {
			r.Choice = -1
		}
	}
	return nil
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return true
		}
	}
	return false
}
