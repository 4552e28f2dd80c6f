package incidents

// Tests written against surviving mutants of value.go (docs/mutation.md):
// tab stops, a value's leading blank line, text after code outside a list.

import (
	"reflect"
	"testing"
)

// A tab reaches the next multiple of four columns, wherever it starts.
func TestIndentOfTabStops(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		ind  int
		rest string
	}{
		{"x", 0, "x"}, {"\tx", 4, "x"}, {"  \tx", 4, "x"}, {"   \tx", 4, "x"}, {"    \tx", 8, "x"},
		{"     \tx", 8, "x"}, {" \t\tx", 8, "x"}, {"\t  x", 6, "x"}, {"   ", 3, ""}, {"", 0, ""},
	} {
		if ind, rest := indentOf(tc.raw); ind != tc.ind || rest != tc.rest {
			t.Errorf("indentOf(%q) = %d, %q; want %d, %q", tc.raw, ind, rest, tc.ind, tc.rest)
		}
	}
}

// A blank line before a value's first line marks no paragraph; one
// between lines does.
func TestLinesLeadingBlank(t *testing.T) {
	got := Lines("\nfirst\n\nsecond")
	want := []Line{{Text: "first"}, {Text: "second", Para: true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// Outside a list, an indented line after code that is not code itself
// starts a paragraph of its own; in a list item it continues the item.
func TestLinesTextAfterCode(t *testing.T) {
	got := Lines("    code\n  after")
	want := []Line{{Text: "code", Indent: 4, Code: true}, {Text: "after", Indent: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outside a list: got  %+v\nwant %+v", got, want)
	}
	got = Lines("- item\n\n      code\n  after")
	want = []Line{{Text: "- item", Hang: 2}, {Text: "code", Indent: 6, Code: true, Para: true}, {Text: "after", Indent: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("in a list item: got  %+v\nwant %+v", got, want)
	}
}

// Outside a list, a line indented under text is wrapped text however deep
// its indentation: only a list item's text sets where code starts.
func TestLinesDeepIndentUnderText(t *testing.T) {
	got := Lines("text\n     more")
	want := []Line{{Text: "text"}, {Text: "more", Indent: 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// The same after code that opens a value: the text after it is no list
// item, so a deeper line under that text is still wrapped text.
func TestLinesDeepIndentAfterCode(t *testing.T) {
	got := Lines("    code\n  after\n     more")
	for _, l := range got {
		if l.Text == "more" && l.Code {
			t.Fatalf("a line under text after code read as code: %+v", got)
		}
	}
	if len(got) != 3 {
		t.Fatalf("got %+v, want three lines", got)
	}
}
