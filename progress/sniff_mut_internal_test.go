package progress

// Tests written against gremlins' survivors in store.go's sniff
// (docs/progress.md): each verdict read from a file's first 100 bytes,
// checked by its words, without SQLite's own checks behind it.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestSniff(t *testing.T) {
	healthy, _ := os.ReadFile(filledDB(t))
	half := healthy[:len(healthy)/2]
	truncated := fmt.Sprintf("it is truncated (%d bytes, its header says %d)", len(half), len(healthy))
	for _, tc := range []struct {
		name string
		data []byte
		wal  []byte // nil: no -wal file
		want string // the error's Detail; "" for none
	}{
		{"healthy", healthy, nil, ""},
		{"half of it", half, nil, truncated},
		{"half of it, an empty -wal", half, []byte{}, truncated},
		{"half of it, a -wal holding pages", half, []byte("wal"), ""}, // the header may count pages in the WAL
		{"sixteen other bytes", []byte("0123456789abcdef"), nil, "it is not a SQLite database"},
		{"the magic alone", sqliteMagic, nil, "it is truncated (16 bytes, shorter than a database header)"},
		{"a prefix of the magic", sqliteMagic[:6], nil, "it is truncated (6 bytes, shorter than a database header)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.db")
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			if tc.wal != nil {
				if err := os.WriteFile(path+"-wal", tc.wal, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := sniff(path)
			var fe *Error
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("sniff = %v, want none", err)
			case tc.want != "" && (!errors.As(err, &fe) || fe.Kind != ErrCorrupt || fe.Detail != tc.want):
				t.Errorf("sniff = %v, want corrupt: %s", err, tc.want)
			}
		})
	}
}
