package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// BenchmarkView renders each screen at 120x40; every one must stay well
// under 1 ms so a key never waits on drawing.
func BenchmarkView(b *testing.B) {
	practice := &quiz.Options{Count: 3, Seed: 1}
	cases := []struct {
		name  string
		start *quiz.Options
		keys  func(m Model) []tea.Msg
	}{
		{"home", nil, nil},
		{"setup", nil, func(Model) []tea.Msg { return []tea.Msg{keyRunes("p")} }},
		{"question", practice, nil},
		{"feedback", practice, func(m Model) []tea.Msg { return []tea.Msg{keyRunes(answerDigit(m, false))} }},
		{"results", practice, func(Model) []tea.Msg {
			return []tea.Msg{keyRunes("s"), keyEnter, keyRunes("s"), keyEnter, keyRunes("s"), keyEnter}
		}},
		{"library", nil, func(Model) []tea.Msg { return []tea.Msg{keyRunes("l")} }},
		{"library_detail", nil, func(Model) []tea.Msg { return []tea.Msg{keyRunes("l"), keyEnter} }},
		{"help", nil, func(Model) []tea.Msg { return []tea.Msg{keyRunes("?")} }},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			m := newTestModel(b, bc.start, nil)
			m, _ = drive(b, m, size(120, 40))
			if bc.keys != nil {
				m, _ = drive(b, m, bc.keys(m)...)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkAnswer measures a choice key until the feedback screen is built
// and drawn: the work between the key and the frame that answers it.
func BenchmarkAnswer(b *testing.B) {
	base := newTestModel(b, &quiz.Options{Count: 3, Seed: 1}, nil)
	base, _ = drive(b, base, size(120, 40))
	for b.Loop() {
		b.StopTimer()
		m := newTestModel(b, &quiz.Options{Count: 3, Seed: 1}, nil)
		m, _ = drive(b, m, size(120, 40))
		b.StartTimer()
		m, _ = drive(b, m, keyRunes("1"))
		_ = m.View()
	}
}
