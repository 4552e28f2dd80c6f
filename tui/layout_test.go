package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/quiz"
)

// TestLayoutFits checks every screen at the smallest supported size, the
// golden sizes and a very large window: exactly the window's height, no line
// wider than the window, and after a live resize too.
func TestLayoutFits(t *testing.T) {
	sizes := [][2]int{{60, 15}, {80, 24}, {120, 40}, {250, 80}}
	for _, tc := range goldenCases() {
		t.Run(tc.name, func(t *testing.T) {
			m := newTestModel(t, tc.start, nil)
			m, _ = drive(t, m, size(80, 24))
			for _, st := range tc.steps {
				msg := st.key
				if a, ok := msg.(answerKey); ok {
					msg = keyRunes(answerDigit(m, a.right))
				}
				m, _ = drive(t, m, msg)
			}
			mustContain(t, m.View(), tc.wait)
			for _, sz := range sizes {
				m, _ = drive(t, m, size(sz[0], sz[1]))
				t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) { checkFits(t, m.View(), sz[0], sz[1]) })
			}
		})
	}
}

// TestLongTextWraps feeds an incident with very long words and lines: no
// text is cut, it wraps or scrolls.
func TestLongTextWraps(t *testing.T) {
	incs := testCorpus(t)
	incs[0].Title = strings.Repeat("Supercalifragilistic ", 12) + "END-OF-TITLE"
	incs[0].RootCause = strings.Repeat("averyveryverylongwordwithoutanybreaks", 5) + " END-OF-CAUSE"
	m, err := New(Config{Incidents: incs, Renderer: asciiRenderer(), Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	m, _ = drive(t, m, size(60, 15), keyRunes("l"), keyEnter)
	checkFits(t, m.View(), 60, 15)
	var all strings.Builder
	for i := 0; i < 20; i++ {
		all.WriteString(m.View())
		m, _ = drive(t, m, keyDown)
	}
	mustContain(t, strings.ReplaceAll(all.String(), "\n", ""), "END-OF-TITLE", "END-OF-CAUSE")
}

// Names are cut only when there is no room for them.
func TestLongNamesAreNotCutWithRoomToSpare(t *testing.T) {
	c := testCommon(160, 48)
	rows := []Mastery{{Name: "Amazon RDS (Aurora PostgreSQL)", Mastery: 0.5, Seen: 1, Incidents: 1}}
	if got := masteryTable(c.styles, "Mastery by service", rows, 0, 146); !strings.Contains(got, "Amazon RDS (Aurora PostgreSQL)") {
		t.Fatalf("mastery table cut a name with room for it:\n%s", got)
	}
	r := resultsModel{c: c}
	br := []quiz.Breakdown{{Label: "EC2 Instance Metadata Service", Correct: 0, Total: 1}}
	if got := r.table("By service", br, 76); !strings.Contains(got, "EC2 Instance Metadata Service") {
		t.Fatalf("results table cut a label with room for it:\n%s", got)
	}
	m := newTestModel(t, nil, nil)
	m.cfg.Notice = "Progress is not saved in this run (--no-save). Run without --no-save to keep your history."
	m.home.notice = m.cfg.Notice
	m, _ = drive(t, m, size(60, 15))
	mustContain(t, m.View(), "q  Quit", "a timed round, feedback at the end", "keep your history")
}
