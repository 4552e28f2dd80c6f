package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// boardState is the question screen's investigation: whether the cursor is
// on the evidence list (e moves it there and back), where, and which item
// is open. It belongs to one question: a state for another question reads
// as closed.
type boardState struct {
	set      bool // false: the zero value, nothing done yet
	question int  // the session index it belongs to
	on       bool // the cursor is on the evidence list
	cursor   int  // position in the list
	shown    int  // index into q.Evidence of the item drawn open; -1 none
}

// board is the current question's investigation state.
func (m questionModel) board() boardState {
	if b := m.boardAt; b.set && b.question == m.run.sess.Index() {
		return b
	}
	return boardState{set: true, question: m.run.sess.Index(), shown: -1}
}

// listed is the board's items the list offers: every item, the alert
// (free, its page shown as its title) first as the board orders it.
func listed(q *quiz.Question) []int {
	out := make([]int, len(q.Evidence))
	for i := range out {
		out[i] = i
	}
	return out
}

// boardKey handles the investigation's keys: e toggles the list, and on
// it ↑↓ move, enter opens, esc returns to the choices. Digits and A-D
// still answer at once (the caller handles them). ok is false for keys
// the board does not take.
func (m questionModel) boardKey(msg tea.KeyMsg, q *quiz.Question) (questionModel, bool) {
	k := m.c.keys
	b, items := m.board(), listed(q)
	if len(items) == 0 {
		return m, false
	}
	switch {
	case key.Matches(msg, k.Evidence):
		b.on = !b.on
	case !b.on:
		return m, false
	case key.Matches(msg, k.Up):
		b.cursor = (b.cursor + len(items) - 1) % len(items)
	case key.Matches(msg, k.Down):
		b.cursor = (b.cursor + 1) % len(items)
	case key.Matches(msg, k.Enter):
		i := items[b.cursor]
		if ev, cost, ok := m.run.sess.OpenEvidence(i); ok {
			b.shown = i
			if cost > 0 {
				m.note = fmt.Sprintf("%s opened (−%d points if right)", view.OneLine(ev.Title), cost)
			}
		}
	case key.Matches(msg, k.Back):
		b.on, b.shown = false, -1
	default:
		return m, false
	}
	m.boardAt = b
	return m, true
}

// boardLines is the evidence part of the question screen in width w: the
// list with what each item costs to open, then the open item, if any. An
// alert is listed by its page (its first line), so what paged is always
// in view.
func (m questionModel) boardLines(q *quiz.Question, w int) []string {
	items := listed(q)
	if len(items) == 0 {
		return nil
	}
	s, sess, b := m.c.styles, m.run.sess, m.board()
	entries := make([]view.EvidenceEntry, len(items))
	for j, i := range items {
		ev := q.Evidence[i]
		if ev.Kind == incidents.KindAlert && len(ev.Lines) > 0 {
			ev.Title = ev.Lines[0]
		}
		entries[j] = view.EvidenceEntry{Ev: ev, Open: sess.EvidenceOpen(i), Cost: sess.EvidenceCost(i)}
	}
	cursor := -1
	if b.on {
		cursor = b.cursor
	}
	out := view.EvidenceList(s, entries, cursor, w)
	if missing := missingKinds(q); missing != "" {
		// A partial board says what it lacks rather than leave a gap.
		out = append(out, s.Ink.Muted("  no "+missing+" on this board"))
	}
	if b.shown >= 0 {
		ev := q.Evidence[b.shown]
		out = append(append(out, ""), view.EvidenceHead(s, ev, w)...)
		out = append(out, view.EvidenceBody(s, ev, w, 8)...)
	}
	return out
}

// evidenceKey is the e binding as the footer tells it: where it leads
// now and what is left in the budget or, without one, how many items the
// board has (at 80x24 the list can start below the fold: the footer says
// it is there).
func (m questionModel) evidenceKey() key.Binding {
	desc := "evidence"
	if m.board().on {
		desc = "choices"
	}
	switch left, q := m.run.sess.BudgetLeft(), m.run.sess.Current(); {
	case left == 0:
		desc += " (budget spent)"
	case left > 0:
		desc += fmt.Sprintf(" (%d left)", left)
	case !m.board().on && q != nil:
		desc += fmt.Sprintf(" (%d)", len(listed(q))) // no budget: the items there are
	}
	return view.Relabel(m.c.keys.Evidence, m.c.keys.Evidence.Help().Key, desc)
}

// missingKinds names what a board lacks of the kinds every bundled board
// has (a metric, a log or a change): "metric", "metric or log", or "".
func missingKinds(q *quiz.Question) string {
	have := map[string]bool{}
	for _, ev := range q.Evidence {
		have[ev.Kind] = true
	}
	var out []string
	if !have[incidents.KindMetric] {
		out = append(out, "metric")
	}
	if !have[incidents.KindLog] && !have[incidents.KindChange] {
		out = append(out, "log or change")
	}
	return strings.Join(out, " and no ")
}

// followBoard scrolls the evidence list into view while the cursor is on
// it, the whole list when it fits, and always the cursor's item (QA F13:
// at 80x24 the list starts near the bottom, and ↓ moved the marker off it).
func (m questionModel) followBoard() questionModel {
	l, q := m.layout(), m.run.sess.Current()
	if b := m.board(); b.on && l.board >= 0 && q != nil {
		n, h := len(l.lines), m.height()-1
		m.scroll = view.Follow(m.scroll, l.board, l.board+len(listed(q)), n, h)
		at := l.board + b.cursor
		m.scroll = view.Follow(m.scroll, at, at+1, n, h)
	}
	return m
}
