package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// examSubmit is the panel shown after an exam's last question: submit now,
// or revisit a flagged or unanswered question first.
type examSubmit struct {
	open    bool
	cursor  int   // 0 = submit, i+1 = revisit items[i]
	items   []int // flagged or unanswered question positions
	revisit int   // set by update to the question to revisit; -1 otherwise
}

func newExamSubmit(r *run) examSubmit {
	seen := map[int]bool{}
	var items []int
	for _, i := range append(r.sess.Flagged(), r.sess.Unanswered()...) {
		if !seen[i] {
			seen[i] = true
			items = append(items, i)
		}
	}
	return examSubmit{open: true, items: items, revisit: -1}
}

func (e examSubmit) update(c *common, r *run, msg tea.Msg) (examSubmit, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return e, nil
	}
	k := c.keys
	n := len(e.items) + 1
	switch {
	case key.Matches(km, k.Up):
		e.cursor = (e.cursor + n - 1) % n
	case key.Matches(km, k.Down):
		e.cursor = (e.cursor + 1) % n
	case key.Matches(km, k.Enter) && e.cursor == 0:
		return e, cmd(finishMsg{reason: quiz.EndSubmitted})
	case key.Matches(km, k.Enter):
		e.revisit = e.items[e.cursor-1]
	case key.Matches(km, k.Back):
		return e, cmd(leaveMsg{})
	}
	return e, nil
}

func (e examSubmit) view(c *common, r *run) string {
	s := c.styles
	var b strings.Builder
	un := len(r.sess.Unanswered())
	b.WriteString(s.Title.Render("Submit the exam?") + "\n\n")
	b.WriteString(s.Text.Render(fmt.Sprintf("%d of %d questions answered, %d flagged.",
		r.sess.Len()-un, r.sess.Len(), len(r.sess.Flagged()))) + "\n")
	if un > 0 {
		b.WriteString(s.Notice.Render("Unanswered questions count as missed.") + "\n")
	}
	if r.opts.TimeLimit > 0 {
		b.WriteString(s.Timer.Render("Time left "+view.Clock(r.sessionLeft())) + s.Muted.Render(" · the exam is submitted when it runs out") + "\n")
	}
	b.WriteString("\n" + s.Item("Submit and see results", e.cursor == 0) + "\n")
	for i, q := range e.items {
		rec, _ := r.sess.Record(q)
		state := "unanswered"
		if rec.Answered {
			state = "answered"
		}
		if rec.Flagged {
			state += ", flagged"
		}
		title := view.OneLine(rec.Question.Card(0).Title)
		if title == "" {
			title = view.OneLine(rec.Question.Incident.ID)
		}
		line := view.Truncate(fmt.Sprintf("Revisit question %d (%s): %s", q+1, state, title), c.contentWidth()-4)
		b.WriteString(s.Item(line, e.cursor == i+1) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (e examSubmit) help(k *view.KeyMap) screenHelp {
	open := view.Relabel(k.Enter, "enter", "submit / revisit")
	leave := view.Relabel(k.Back, "esc", "end session")
	return screenHelp{
		short: []key.Binding{k.Up, k.Down, open},
		full:  [][]key.Binding{{k.Up, k.Down, open, leave}},
	}
}
