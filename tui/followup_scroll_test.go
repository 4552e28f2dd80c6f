package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/nexusflow/rootcause/quiz"
)

// At 80x24 the follow-up sits below the fold; moving its marker must bring
// the marker into view (issue 18: enter confirmed an option the trainee
// could not see), G must reach it, and a wrong pick is named in the verdict.
func TestFollowUpMarkerStaysVisible(t *testing.T) {
	m := newTestModel(t, &quiz.Options{Count: 2, Seed: 4, FollowUp: true}, nil)
	m, _ = drive(t, m, size(80, 24))
	m, _ = drive(t, m, keyRunes(digit(m.run.sess.Current().Answer)))
	fq := m.run.sess.FollowUp()
	if fq == nil {
		t.Fatal("seed 4 asks a follow-up: the fixture changed")
	}
	last := len(fq.Choices)
	if strings.Contains(m.View(), digit(last-1)+". ") {
		t.Fatalf("fixture too small: the last follow-up option already shows at 80x24:\n%s", m.View())
	}
	for range last - 1 {
		m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyDown})
	}
	mustContain(t, m.View(), "> "+digit(last-1)+". ")

	m2 := newTestModel(t, &quiz.Options{Count: 2, Seed: 4, FollowUp: true}, nil)
	m2, _ = drive(t, m2, size(80, 24))
	m2, _ = drive(t, m2, keyRunes(digit(m2.run.sess.Current().Answer)))
	m2, _ = drive(t, m2, keyRunes("G"))
	mustContain(t, m2.View(), "FOLLOW-UP")

	wrong := (fq.Answer + 1) % len(fq.Choices)
	m, _ = drive(t, m, keyRunes(digit(wrong)))
	mustContain(t, m.feedback.content(76), "Follow-up wrong", "You picked "+digit(wrong)+":")
}
