package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/quiz"
)

// confirmKind is the confirmation dialog shown, if any.
type confirmKind int

const (
	confirmNone  confirmKind = iota
	confirmQuit              // quit the app mid-session
	confirmLeave             // end the session and go Home
	confirmExam              // end an exam: submit it, or discard it
)

// dialogKeys are the keys of the dialog shown, with what each does here.
// The dialog's body and the footer both print these, so they always agree.
type dialogKeys struct {
	submit, yes, no key.Binding
}

func (m Model) dialogKeys() dialogKeys {
	k := m.c.keys
	no := view.Relabel(k.No, "n/esc", "keep playing")
	switch m.confirm {
	case confirmQuit:
		// q again quits, like ctrl+c twice.
		yes := view.Rekey(k.Yes, append(k.Yes.Keys(), k.Quit.Keys()...)...)
		return dialogKeys{yes: view.Relabel(yes, "y/q/enter", "quit"), no: no}
	case confirmExam:
		// y means "yes, end it" in every dialog, so here it submits; the
		// answers are thrown away only on a key of its own.
		return dialogKeys{
			submit: view.Relabel(view.Rekey(k.Submit, "y", "s", "enter"), "y/s/enter", "submit now"),
			yes:    view.Relabel(view.Rekey(k.Yes, "d"), "d", "discard"),
			no:     no,
		}
	}
	return dialogKeys{yes: view.Relabel(k.Yes, "y/enter", "end it"), no: no}
}

func (d dialogKeys) list() []key.Binding {
	if d.submit.Enabled() && len(d.submit.Keys()) > 0 {
		return []key.Binding{d.submit, d.yes, d.no}
	}
	return []key.Binding{d.yes, d.no}
}

// confirmKey handles a key while a dialog is open; every key stops there.
func (m Model) confirmKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	d := m.dialogKeys()
	switch {
	case key.Matches(msg, m.c.keys.ForceQuit):
		return m, tea.Quit
	case len(d.submit.Keys()) > 0 && key.Matches(msg, d.submit):
		m.confirm = confirmNone
		return m, cmd(finishMsg{reason: quiz.EndSubmitted})
	case key.Matches(msg, d.yes) && m.confirm == confirmQuit:
		return m, tea.Quit
	case key.Matches(msg, d.yes):
		m.confirm = confirmNone
		return m, cmd(goHomeMsg{})
	case key.Matches(msg, d.no):
		m.confirm = confirmNone
		m.run.resume()
	}
	return m, nil
}

// leave asks before ending a running session; an exam can be submitted
// from the same dialog, so the answers given are not thrown away.
func (m Model) leave() (Model, tea.Cmd) {
	switch {
	case !m.sessionRunning():
		return m, cmd(goHomeMsg{})
	case m.run.exam():
		m.confirm = confirmExam
	default:
		m.confirm = confirmLeave
	}
	m.run.pause()
	return m, nil
}

func (m Model) confirmView() string {
	s := m.c.styles
	title := "Quit rootcause?"
	text := "Answers given so far are kept; the rest of the round is lost."
	switch m.confirm {
	case confirmLeave:
		title = "End this session?"
	case confirmExam:
		title = "End this exam?"
		text = "Submit now to score it"
		if un := len(m.run.sess.Unanswered()); un > 0 {
			text += fmt.Sprintf(" (%s unanswered count as missed)", view.Plural(un, "question"))
		}
		text += ", or discard it: a discarded exam records nothing."
	}
	h := m.help
	h.Width = 0
	w := min(63, m.c.width-6)
	box := s.Card.Width(w).Render(s.Bold.Render(title) + "\n\n" +
		m.c.wrap(text, w-2, s.Text) + "\n\n" + h.ShortHelpView(m.dialogKeys().list()))
	return lipgloss.Place(m.c.width, m.c.bodyHeight(footerHeight), lipgloss.Center, lipgloss.Center, box)
}
