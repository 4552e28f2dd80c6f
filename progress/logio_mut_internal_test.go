package progress

// Tests written against gremlins' survivors in logio.go (docs/progress.md).

import "testing"

func TestHasControl(t *testing.T) {
	for s, want := range map[string]bool{
		"plain words": false,
		" ":           false, // 0x20, the first printable
		"\x1f":        true,
		"tab\there":   true,
		"\x7f":        true,
		"\u0080":      true, // C1 controls, U+0080 … U+009F
		"\u009f":      true,
		"\u00a0":      false, // no-break space: printable
		"~":           false,
		"déjà vu ünï": false,
	} {
		if got := hasControl(s); got != want {
			t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
		}
	}
}

// A row shorter than the header reads its missing columns as empty.
func TestRecordFromCSVShortRow(t *testing.T) {
	col := map[string]int{"user": 0, "incident": 1, "at": 2}
	rec, _ := recordFromCSV([]string{"ana", "INC-1"}, col)
	if rec.User != "ana" || rec.Incident != "INC-1" || rec.At != "" {
		t.Errorf("short row read as %+v", rec)
	}
}
