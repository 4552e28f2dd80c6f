package incidents_test

// Tests written against surviving mutants of the native reader's cleaning
// (scripts/mutate.sh incidents; docs/mutation.md). Each pins an edge the
// README and seeds/FORMAT.md promise: C1 controls never reach a terminal,
// a binary file is refused wherever its NUL is, cleaned text has no blank
// where a removed character stood at the start.

import (
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// The C1 range is U+0080..U+009F inclusive: both ends are controls a
// terminal acts on (U+009F is APC's single-byte form).
func TestUnsafeC1Bounds(t *testing.T) {
	for _, r := range []rune{0x80, 0x9f} {
		if !incidents.Unsafe(r) {
			t.Errorf("Unsafe(%U) = false, want true (C1 control)", r)
		}
	}
	for _, r := range []rune{0x7e, 0xa1} {
		if incidents.Unsafe(r) {
			t.Errorf("Unsafe(%U) = true, want false", r)
		}
	}
	if got := incidents.Sanitize("a\u0080b\u009fc"); got != "abc" {
		t.Errorf("Sanitize kept a C1 control: %q, want %q", got, "abc")
	}
}

// A file whose very first byte is NUL is binary, like one with a NUL later.
func TestCheckEncodingNULAtStart(t *testing.T) {
	for _, data := range []string{"\x00INCIDENT #: X", "INCIDENT #: X\n\x00"} {
		p, ok := incidents.CheckEncoding("f.txt", []byte(data))
		if ok {
			t.Fatalf("CheckEncoding(%q) accepted a NUL byte", data)
		}
		if !strings.Contains(p.Msg, "NUL") {
			t.Errorf("CheckEncoding(%q): %q, want the NUL named", data, p.Msg)
		}
	}
	p, ok := incidents.CheckEncoding("f.txt", []byte("\x00"))
	if ok || p.Pos.Line != 1 {
		t.Errorf("lone NUL: ok %v line %d, want refused on line 1", ok, p.Pos.Line)
	}
}

// A title whose first character is a control followed by a blank reads as
// the words alone: the blank is not kept at the front.
func TestParseTitleLeadingControlThenBlank(t *testing.T) {
	src := "INCIDENT #: NFI-2099-0001\n\nDATE: October 26, 2023\n\nSEVERITY: SEV-1\n\n" +
		"PLATFORM: AthenaStream\n\nSERVICES: EC2\n\nTITLE: \x01 Global Video Buffering\n\n" +
		"SUMMARY: Users saw buffering.\n\nROOT CAUSE: A bad memory setting.\n\n" +
		"RESOLUTION: Rolled back.\n\nPREVENTION:\n\n1. Use canaries.\n"
	incs, _ := incidents.Parse("t.txt", []byte(src))
	if len(incs) != 1 {
		t.Fatalf("%d incidents, want 1", len(incs))
	}
	if got := incs[0].Title; got != "Global Video Buffering" {
		t.Errorf("title %q, want %q", got, "Global Video Buffering")
	}
}
