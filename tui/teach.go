package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nexusflow/rootcause/incidents"

	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// answered is one answered (or skipped) question as its feedback page
// teaches it. Practice's feedback and the exam review both draw it with
// debrief, so the page a trainee learns from is the same in every mode.
type answered struct {
	q      *quiz.Question
	choice int      // the pick; -1 when skipped or not reached
	head   []string // where the question stands, the verdict, the points
	// followUp is the prevention follow-up: while pending, the page stops
	// after the root cause so resolution and prevention do not give it away.
	followUp []string
	pending  bool
	board    bool // the whole board instead of the lesson
}

// debrief is the feedback page wrapped to width w: the verdict, a wrong
// pick and what rules it out, the true cause and the evidence for it, the
// incident, its root cause, resolution and prevention, then why the other
// options were wrong.
func debrief(s *view.Styles, a answered, w int) string {
	q := a.q
	inc := q.Incident
	if a.board {
		return strings.Join(view.Blocks(a.head, wholeBoard(s, q, w)), "\n")
	}
	head := view.Blocks(a.head, yourPick(s, q, a.choice, w))
	if lesson := theCause(s, q, a.choice, w); lesson.labelled {
		head = view.Blocks(head, lesson.lines)
	} else {
		head = append(head, lesson.lines...) // the answer right under the verdict
	}
	card := view.Header(s, inc.Severity, inc.ID, inc.Date, inc.Platform, w)
	card = append(card, view.Paint(s.Ink.CardTitle, view.Wrap(view.OneLine(inc.Title), w))...)
	cause := view.Section(s, "ROOT CAUSE", inc.RootCause, w)
	if a.pending {
		return strings.Join(view.Blocks(head, card, cause, a.followUp), "\n")
	}
	teach := view.Teaching{RootCause: inc.RootCause, Resolution: inc.Resolution, Prevention: inc.Prevention}
	return strings.Join(view.Blocks(head, card, cause, a.followUp, view.After(s, teach, w), otherOptions(s, q, a.choice, w)), "\n")
}

// wrongPick reports whether choice is a wrong option of q.
func wrongPick(q *quiz.Question, choice int) bool {
	return choice >= 0 && choice != q.Answer && choice < len(q.Choices)
}

// yourPick leads the lesson with a wrong pick: the option, why it was not
// the cause, and the board's items that rule it out (quoted). Nothing
// for a right answer or a skip.
func yourPick(s *view.Styles, q *quiz.Question, choice, w int) []string {
	if !wrongPick(q, choice) {
		return nil
	}
	ch := q.Choices[choice]
	out := append([]string{s.Ink.Label("YOUR PICK")}, view.Paint(s.Ink.Wrong, view.Hang(fmt.Sprintf("%d. ", choice+1), ch.Text, w))...)
	why := view.OneLine(ch.WhyNot)
	if why == "" {
		why = "Not what happened here."
	}
	if ch.IncidentID != "" && !strings.Contains(why, ch.IncidentID) {
		why += " (This caused " + ch.IncidentID + ".)"
	}
	// The reason first, then the items it argues from: at 80x24 one quoted
	// chart fills the page, and the sentence must not wait below it.
	out = append(out, view.Paint(s.Ink.Muted, view.Wrap("Why not: "+why, w))...)
	for _, id := range ch.RuledOutBy {
		if ev, _, ok := q.EvidenceByID(id); ok {
			out = append(out, view.Quote(s, ev, w, 6, 4)...)
		}
	}
	return out
}

// cause is the true cause as the page shows it; labelled is false for the
// bare answer line that goes right under the verdict.
type cause struct {
	lines    []string
	labelled bool
}

// theCause is the true cause and, on a board, the evidence that points to
// it. Labelled when it follows a pick or quotes evidence; a bare answer
// line otherwise.
func theCause(s *view.Styles, q *quiz.Question, choice, w int) cause {
	answer := view.Paint(s.Ink.Correct, view.Hang(fmt.Sprintf("%d. ", q.Answer+1), q.Choices[q.Answer].Text, w))
	if len(q.Evidence) == 0 && !wrongPick(q, choice) {
		return cause{lines: answer}
	}
	out := append([]string{s.Ink.Label("THE CAUSE")}, answer...)
	if !wrongPick(q, choice) {
		choice = -1
	}
	for _, i := range pointing(q, choice) {
		out = append(out, view.Quote(s, q.Evidence[i], w, 6, 4)...)
	}
	return cause{lines: out, labelled: true}
}

// otherOptions explains each wrong option not already explained as the pick.
func otherOptions(s *view.Styles, q *quiz.Question, choice, w int) []string {
	var opts []view.Option
	for i, ch := range q.Choices {
		if i == q.Answer || i == choice {
			continue
		}
		opts = append(opts, view.Option{Number: i + 1, Text: ch.Text, Why: ch.WhyNot, Incident: ch.IncidentID})
	}
	return view.WhyNot(s, "THE OTHER OPTIONS", opts, w)
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
