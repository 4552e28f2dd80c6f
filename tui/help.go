package tui

import "github.com/charmbracelet/bubbles/key"

// screenHelp is the help.KeyMap a screen hands the footer: the short line and
// the columns of the full help, already limited to keys that apply now. Its
// bindings are the KeyMap's (view.DefaultKeyMap), relabelled where a screen
// gives a key its own meaning.
type screenHelp struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h screenHelp) ShortHelp() []key.Binding  { return h.short }
func (h screenHelp) FullHelp() [][]key.Binding { return h.full }
