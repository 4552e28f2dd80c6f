package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/nexusflow/rootcause/view"
)

// help is the question's keys: those that do something on it now.
func (m questionModel) help() screenHelp {
	k := m.c.keys
	if m.submit.open {
		return m.submit.help(k)
	}
	n, clues := 0, 0
	if q := m.run.sess.Current(); q != nil {
		n, clues = len(q.Choices), len(q.Clues)
	}
	pick, clue := k.PickFor(n), k.Clue
	clue.SetEnabled(m.run.sess.CluesShown() < clues)
	short := []key.Binding{pick, k.Move, k.Enter, clue, k.Skip}
	full := [][]key.Binding{{pick, k.Up, k.Down, k.Enter}, {clue, k.Skip}, {k.PageUp, k.PageDown}}
	if m.run.exam() {
		prev := view.Relabel(k.Left, "←/h", "previous")
		next := view.Relabel(k.Right, "→/l", "next")
		prev.SetEnabled(m.run.sess.Index() > 0)
		// Paired entries, so ←/→ and enter fit 80 columns; the clue key
		// is also named under the choices, so it may drop off first.
		choose := view.Relabel(view.Rekey(k.Move, append(k.Move.Keys(), k.Enter.Keys()...)...), "↑↓/enter", "pick")
		step := view.Relabel(view.Rekey(k.Right, append(k.Left.Keys(), k.Right.Keys()...)...), "←→", "prev/next")
		short = []key.Binding{pick, choose, step, k.Flag, clue, k.Skip}
		full[1] = append(full[1], k.Flag, prev, next)
	}
	full[1] = append(full[1], view.Relabel(k.Back, "esc", "end session"))
	if q := m.run.sess.Current(); q != nil && len(q.Evidence) > 0 {
		ev := m.evidenceKey()
		short = append([]key.Binding{short[0], ev}, short[1:]...)
		full = append(full, []key.Binding{ev})
	}
	return screenHelp{short: short, full: full}
}
