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

// alertIndex is the board's first alert, shown on the card; -1 when none.
func alertIndex(q *quiz.Question) int {
	for i, ev := range q.Evidence {
		if ev.Kind == incidents.KindAlert {
			return i
		}
	}
	return -1
}

// listed is the board's items the list offers: all but the alert on the card.
func listed(q *quiz.Question) []int {
	alert := alertIndex(q)
	var out []int
	for i := range q.Evidence {
		if i != alert {
			out = append(out, i)
		}
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

// alertCard is the question's card with the alert shown under the summary:
// the page that opened the incident is always in view.
func alertCard(q *quiz.Question, revealed int) view.Card {
	c := view.CardOf(q, revealed)
	if i := alertIndex(q); i >= 0 {
		c.Summary = strings.TrimSpace(c.Summary + "\n" + strings.Join(q.Evidence[i].Lines, "\n"))
	}
	return c
}

// boardLines is the evidence part of the question screen in width w: the
// open item, if any, then the list with what each item costs to open.
func (m questionModel) boardLines(q *quiz.Question, w int) []string {
	items := listed(q)
	if len(items) == 0 {
		return nil
	}
	s, sess, b := m.c.styles, m.run.sess, m.board()
	var out []string
	if b.shown >= 0 {
		ev := q.Evidence[b.shown]
		out = append(view.EvidenceHead(s, ev, w), view.EvidenceBody(s, ev, w, 8)...)
		out = append(out, "")
	}
	entries := make([]view.EvidenceEntry, len(items))
	for j, i := range items {
		entries[j] = view.EvidenceEntry{Ev: q.Evidence[i], Open: sess.EvidenceOpen(i), Cost: sess.EvidenceCost(i)}
	}
	cursor := -1
	if b.on {
		cursor = b.cursor
	}
	return append(out, view.EvidenceList(s, entries, cursor, w)...)
}

// boardHint is the line under the choices on an investigation: how to
// look, what is left in the budget, and the next clue.
func (m questionModel) boardHint(q *quiz.Question, w int) string {
	s, sess := m.c.styles, m.run.sess
	k := m.c.keys.Evidence.Help().Key
	text := " looks at the evidence, enter opens"
	if m.board().on {
		text = " back to the choices, enter opens, esc closes"
	}
	switch left := sess.BudgetLeft(); {
	case left == 0:
		text += " · budget spent: more costs extra"
	case left > 0:
		text += " · " + view.Plural(left, "item") + " left in budget"
	}
	if shown := sess.CluesShown(); shown < len(q.Clues) {
		text += fmt.Sprintf(" · c reveals %s (−%d)", q.Clues[shown].Label, q.Clues[shown].Cost)
	}
	return s.Ink.Muted(" ") + s.Ink.Key(k) + s.Ink.Muted(view.Truncate(text, w-2))
}
