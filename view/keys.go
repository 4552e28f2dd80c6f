package view

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap holds every key binding of the app and the game server. Screens
// match keys with key.Matches against these bindings (never raw strings),
// and list the ones that apply in their help; a screen that needs another
// label copies a binding and calls SetHelp (see Relabel), so the footer and
// the full help always tell the truth.
//
// Choices are numbered and answered with their digit or its capital letter
// (1 or A, 2 or B, …), or moved onto with arrows/j/k and confirmed with Enter.
// Lower-case letters stay commands — c (clue), f (flag), s (skip) — so a stray
// "c" never answers a question.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	Move     key.Binding // up and down as one entry, for short help lines
	Left     key.Binding
	Right    key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Scroll   key.Binding // the scroll keys as one entry, for short help lines
	Top      key.Binding
	Bottom   key.Binding
	Tabs     key.Binding // left/right and tab/shift+tab between tabs
	TabPrev  key.Binding

	Enter key.Binding // confirm, open, next
	Pick  key.Binding // answer a choice directly (digits and letters)
	Clue  key.Binding
	// Evidence moves the cursor to the evidence board (and back).
	Evidence key.Binding
	Board    key.Binding // feedback: the whole board
	Flag     key.Binding
	Skip     key.Binding
	Next     key.Binding // next question from feedback

	Retry key.Binding // results: retry just the missed incidents
	Fresh key.Binding // results: a fresh round with the same settings

	Filter key.Binding // library: start fuzzy filtering
	Back   key.Binding
	Help   key.Binding
	Quit   key.Binding
	// ForceQuit is ctrl+c: like q it asks first while a session runs, and
	// a second ctrl+c (or q) quits.
	ForceQuit key.Binding

	Sideways key.Binding // left and right as one entry: change a value, a team

	// Home's menu: each entry's own key.
	Practice, Exam, Review, Library, Stats, GameDay key.Binding

	Yes    key.Binding // confirmation dialogs
	No     key.Binding
	Submit key.Binding // an exam's end dialog: submit it now

	// The game-day facilitator's console.
	Advance key.Binding // start, open answers, lock, leaderboard, next
	Pause   key.Binding
	End     key.Binding
	Kick    key.Binding
	Save    key.Binding
	Peek    key.Binding

	// A team server's Home: the account panel.
	Rename    key.Binding // the account's display name
	LinkCode  key.Binding // show a code that links another machine's key
	Redeem    key.Binding // type another machine's code
	Dashboard key.Binding // a trainer's Home: open the dashboard

	// The trainer's dashboard. g and j stay free of its own keys (g is
	// kept for starting a game day, j is down).
	NewCohort    key.Binding
	RenameCohort key.Binding
	DeleteCohort key.Binding // asks first
	NextCohort   key.Binding // show the next cohort, then everyone
	AddMember    key.Binding
	RemoveMember key.Binding
	Assign       key.Binding // give a cohort a track
	Unassign     key.Binding // asks first
	Refresh      key.Binding
	NextField    key.Binding // a form's next text field (the dashboard's, the game day's)
}

// DefaultKeyMap returns rootcause's bindings.
func DefaultKeyMap() *KeyMap {
	b := key.NewBinding
	return &KeyMap{
		Up:       b(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     b(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Move:     b(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑↓", "move")),
		Left:     b(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		Right:    b(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		PageUp:   b(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown: b(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("pgdn/space", "page down")),
		Scroll:   b(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp("↑↓/pgdn", "scroll")),
		Top:      b(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:   b(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
		Tabs:     b(key.WithKeys("right", "l", "tab"), key.WithHelp("←/→", "tabs")),
		TabPrev:  b(key.WithKeys("left", "h", "shift+tab"), key.WithHelp("←", "previous tab")),

		Enter: b(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
		Pick: b(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D"),
			key.WithHelp("1-4/A-D", "answer")),
		Clue:     b(key.WithKeys("c"), key.WithHelp("c", "clue")),
		Evidence: b(key.WithKeys("e"), key.WithHelp("e", "evidence")),
		Board:    b(key.WithKeys("b"), key.WithHelp("b", "whole board")),
		Flag:     b(key.WithKeys("f"), key.WithHelp("f", "flag")),
		Skip:     b(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Next:     b(key.WithKeys("enter", "n", "right"), key.WithHelp("enter/n", "next")),

		Retry: b(key.WithKeys("r"), key.WithHelp("r", "retry missed")),
		Fresh: b(key.WithKeys("n"), key.WithHelp("n", "new round")),

		Filter:    b(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Back:      b(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      b(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      b(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: b(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),

		Sideways: b(key.WithKeys("left", "right", "h", "l"), key.WithHelp("←→", "change")),

		Practice: b(key.WithKeys("p"), key.WithHelp("p", "practice")),
		Exam:     b(key.WithKeys("e"), key.WithHelp("e", "exam")),
		Review:   b(key.WithKeys("r"), key.WithHelp("r", "review")),
		Library:  b(key.WithKeys("l"), key.WithHelp("l", "study library")),
		Stats:    b(key.WithKeys("s"), key.WithHelp("s", "stats")),
		GameDay:  b(key.WithKeys("g"), key.WithHelp("g", "game day")),

		Yes:    b(key.WithKeys("y", "enter"), key.WithHelp("y/enter", "yes")),
		No:     b(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "keep going")),
		Submit: b(key.WithKeys("s", "enter"), key.WithHelp("s/enter", "submit now")),

		Advance: b(key.WithKeys("enter", "n", " "), key.WithHelp("enter", "start")),
		Pause:   b(key.WithKeys("p"), key.WithHelp("p", "pause")),
		End:     b(key.WithKeys("e"), key.WithHelp("e", "end")),
		Kick:    b(key.WithKeys("K", "x"), key.WithHelp("x", "kick")),
		Save:    b(key.WithKeys("w"), key.WithHelp("w", "save")),
		Peek:    b(key.WithKeys("a"), key.WithHelp("a", "peek")),

		Rename:    b(key.WithKeys("n"), key.WithHelp("n", "rename")),
		LinkCode:  b(key.WithKeys("c"), key.WithHelp("c", "link code")),
		Redeem:    b(key.WithKeys("L"), key.WithHelp("L", "enter a code")),
		Dashboard: b(key.WithKeys("d"), key.WithHelp("d", "dashboard")),

		NewCohort:    b(key.WithKeys("c"), key.WithHelp("c", "new cohort")),
		RenameCohort: b(key.WithKeys("n"), key.WithHelp("n", "rename cohort")),
		DeleteCohort: b(key.WithKeys("D"), key.WithHelp("D", "delete cohort")),
		NextCohort:   b(key.WithKeys("f"), key.WithHelp("f", "cohort")),
		AddMember:    b(key.WithKeys("a"), key.WithHelp("a", "add trainee")),
		RemoveMember: b(key.WithKeys("x"), key.WithHelp("x", "remove trainee")),
		Assign:       b(key.WithKeys("t"), key.WithHelp("t", "assign track")),
		Unassign:     b(key.WithKeys("u"), key.WithHelp("u", "unassign")),
		Refresh:      b(key.WithKeys("R"), key.WithHelp("R", "refresh")),
		NextField:    b(key.WithKeys("tab", "down", "shift+tab", "up"), key.WithHelp("tab/↑↓", "field")),
	}
}

// Relabel is a copy of b with other help text: the keys stay those of the
// KeyMap, only what the footer says changes.
func Relabel(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// Rekey is a copy of b matching other keys, with b's help unless
// relabelled; e.g. "y" alone where "enter" means something else.
func Rekey(b key.Binding, keys ...string) key.Binding {
	b.SetKeys(keys...)
	return b
}

// PickFor is the Pick binding for a question of n choices: only the keys
// that answer one of them, with help such as "1-3/A-C" (the letters stop
// at D), so the footer names the choices there are. Disabled when n is 0.
func (k *KeyMap) PickFor(n int) key.Binding {
	var keys []string
	for i := range min(n, 9) {
		keys = append(keys, fmt.Sprint(i+1))
	}
	for i := range min(n, 4) {
		keys = append(keys, string(rune('A'+i)))
	}
	b := k.Pick
	if len(keys) > 0 {
		b.SetKeys(keys...)
	}
	b.SetHelp(pickRange(n), k.Pick.Help().Desc)
	b.SetEnabled(n > 0)
	return b
}

// pickRange is the help for n choices: "1/A", "1-3/A-C", "1-6".
func pickRange(n int) string {
	switch {
	case n <= 1:
		return "1/A"
	case n <= 4:
		return fmt.Sprintf("1-%d/A-%c", n, 'A'+n-1)
	}
	return fmt.Sprintf("1-%d", min(n, 9))
}

// PickIndex is the 0-based choice a Pick key stands for (1-9 or A-D; capital
// letters stop at D because G is "bottom"), or -1 for any other key.
func PickIndex(msg tea.KeyMsg) int {
	if len(msg.Runes) != 1 {
		return -1
	}
	switch r := msg.Runes[0]; {
	case r >= '1' && r <= '9':
		return int(r - '1')
	case r >= 'A' && r <= 'D':
		return int(r - 'A')
	}
	return -1
}

// SplitKeys splits a message of several runes into one key message per rune,
// in order. bubbletea v1 delivers the runes of one read as a single KeyMsg —
// a paste, fast typing, or keys batched by SSH — so "22" or a typed-ahead
// "1n" would match no binding. Pasted runes lose the paste mark, which would
// wrap them in brackets and stop them matching too. Any other message is
// returned as it is, alone. A focused text input should take the whole
// message instead (a pasted filter keeps its runes).
func SplitKeys(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 {
		return []tea.KeyMsg{msg}
	}
	out := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		out[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return out
}
