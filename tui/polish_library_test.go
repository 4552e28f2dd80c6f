package tui

import (
	"strings"
	"testing"
)

// While a filter is typed the library keeps its title, and a result that
// fits one page shows no page dots.
func TestPolishLibraryFilterTitleAndDots(t *testing.T) {
	m := newTestModel(t, nil, nil)
	m, _ = drive(t, m, size(80, 16), keyRunes("l"))
	if v := m.View(); !strings.Contains(v, "••") {
		t.Fatalf("8 incidents in a 16-line window should take several pages:\n%s", v)
	}
	m, _ = drive(t, m, keyRunes("/"), keyRunes("g"), keyRunes("l"), keyRunes("u"), keyRunes("e"))
	v := m.View()
	mustContain(t, v, "Study library", "Filter: glue", "2 incidents")
	if strings.Contains(v, "••") {
		t.Fatalf("a 2-item result shows page dots:\n%s", v)
	}
}
