package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/incidents"
	"slices"

	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// fromEvidence teaches from the board, right under the verdict: a wrong
// pick and the evidence that rules it out (the items quoted), then the
// true cause and the evidence that points to it. Nothing for a question
// without a board.
func (m feedbackModel) fromEvidence(w int) []string {
	q := m.rec.Question
	if len(q.Evidence) == 0 {
		return nil
	}
	s := m.c.styles
	var pick []string
	if c := m.outcome.Choice; c >= 0 && c != q.Answer && c < len(q.Choices) {
		ch := q.Choices[c]
		pick = append([]string{s.Ink.Label("YOUR PICK")}, view.Paint(s.Ink.Wrong, view.Hang(fmt.Sprintf("%d. ", c+1), ch.Text, w))...)
		for _, id := range ch.RuledOutBy {
			if ev, _, ok := q.EvidenceByID(id); ok {
				pick = append(pick, view.Quote(s, ev, w, 6, 4)...)
			}
		}
		why := ch.WhyNot
		if why == "" {
			why = "Not what happened here."
		}
		pick = append(pick, view.Paint(s.Ink.Muted, view.Wrap("Why not: "+why, w))...)
	}
	cause := append([]string{s.Ink.Label("THE CAUSE")}, view.Paint(s.Ink.Correct, view.Hang(fmt.Sprintf("%d. ", q.Answer+1), q.Choices[q.Answer].Text, w))...)
	for _, i := range pointing(q) {
		cause = append(cause, view.Quote(s, q.Evidence[i], w, 6, 4)...)
	}
	return view.Blocks(pick, cause)
}

// pointing is the board's items that point to the true cause: those no
// wrong option is ruled out by, the alert aside (it is on the card).
func pointing(q *quiz.Question) []int {
	var out []int
	for i, ev := range q.Evidence {
		if i == alertIndex(q) {
			continue
		}
		used := false
		for _, c := range q.Choices {
			used = used || slices.Contains(c.RuledOutBy, ev.ID)
		}
		if !used {
			out = append(out, i)
		}
	}
	return out
}

// wholeBoard is every item of the board, the after-answer ones included,
// each drawn open.
func wholeBoard(s *view.Styles, q *quiz.Question, w int) []string {
	out := []string{s.Ink.Label("THE WHOLE BOARD")}
	for _, ev := range q.Board() {
		out = append(out, "")
		out = append(out, view.EvidenceHead(s, ev, w)...)
		out = append(out, view.EvidenceBody(s, ev, w, 8)...)
	}
	return out
}

// alertIndex is the board's first alert; -1 when none.
func alertIndex(q *quiz.Question) int {
	for i, ev := range q.Evidence {
		if ev.Kind == incidents.KindAlert {
			return i
		}
	}
	return -1
}
