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
	picked := m.outcome.Choice
	if picked == q.Answer {
		picked = -1
	}
	for _, i := range pointing(q, picked) {
		cause = append(cause, view.Quote(s, q.Evidence[i], w, 6, 4)...)
	}
	return view.Blocks(pick, cause)
}

// pointing is at most two of the board's items that point to the true
// cause, the alert (on the card) and the items already quoted against the
// pick aside: first those no wrong option is ruled out by, then those that
// rule out the other wrong options (the cause is what they leave standing).
func pointing(q *quiz.Question, pick int) []int {
	against := func(id string, only int) bool {
		for c, ch := range q.Choices {
			if (only < 0 || c == only) && slices.Contains(ch.RuledOutBy, id) {
				return true
			}
		}
		return false
	}
	var unused, others []int
	for i, ev := range q.Evidence {
		switch {
		case i == alertIndex(q) || pick >= 0 && against(ev.ID, pick):
		case !against(ev.ID, -1):
			unused = append(unused, i)
		default:
			others = append(others, i)
		}
	}
	out := append(unused, others...)
	return out[:min(len(out), 2)]
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
