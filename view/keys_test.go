package view

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func TestPickIndex(t *testing.T) {
	k := DefaultKeyMap()
	cases := []struct {
		key  string
		want int
		pick bool // whether the Pick binding matches at all
	}{
		{"1", 0, true}, {"4", 3, true}, {"9", 8, true},
		{"A", 0, true}, {"B", 1, true}, {"D", 3, true},
		// Lower-case letters are commands (c = clue), G is "bottom".
		{"a", -1, false}, {"c", -1, false}, {"G", -1, false}, {"0", -1, false},
	}
	for _, tc := range cases {
		msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tc.key)}
		if got := key.Matches(msg, k.Pick); got != tc.pick {
			t.Errorf("Pick matches %q = %v, want %v", tc.key, got, tc.pick)
		}
		if tc.pick {
			if got := PickIndex(msg); got != tc.want {
				t.Errorf("PickIndex(%q) = %d, want %d", tc.key, got, tc.want)
			}
		}
	}
	if got := PickIndex(tea.KeyMsg{Type: tea.KeyEnter}); got != -1 {
		t.Errorf("PickIndex(enter) = %d, want -1", got)
	}
}

func TestSplitKeys(t *testing.T) {
	cases := []struct {
		msg  tea.KeyMsg
		want []string
	}{
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("22")}, []string{"2", "2"}},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("1n")}, []string{"1", "n"}},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ab"), Paste: true}, []string{"a", "b"}},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}, []string{"q"}},
		{tea.KeyMsg{Type: tea.KeyEnter}, []string{"enter"}},
	}
	for _, tc := range cases {
		got := SplitKeys(tc.msg)
		var s []string
		for _, k := range got {
			s = append(s, k.String())
		}
		if strings.Join(s, ",") != strings.Join(tc.want, ",") {
			t.Errorf("SplitKeys(%q) = %q, want %q", tc.msg.String(), s, tc.want)
		}
	}
}

func TestPickForNamesTheChoicesThereAre(t *testing.T) {
	k := DefaultKeyMap()
	for n, want := range map[int]string{1: "1/A", 3: "1-3/A-C", 4: "1-4/A-D", 6: "1-6"} {
		b := k.PickFor(n)
		if got := b.Help().Key; got != want {
			t.Errorf("PickFor(%d) help %q, want %q", n, got, want)
		}
		four := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("4")}
		if key.Matches(four, b) != (n >= 4) {
			t.Errorf("PickFor(%d) matches 4: %v", n, !(n >= 4))
		}
	}
}

// clash is the first key two of bs share, "" when none does.
func clash(bs map[string]key.Binding) string {
	seen := map[string]string{}
	for name, b := range bs {
		for _, k := range b.Keys() {
			if other, ok := seen[k]; ok {
				return k + " (" + other + ", " + name + ")"
			}
			seen[k] = name
		}
	}
	return ""
}

// A key means one thing on a screen: the dashboard's own keys clash with
// none of the scroll and app keys it also takes, and leave g (the game day
// to come) and j (down) alone; the account panel's keys clash with none of
// Home's menu.
func TestTeamKeysDoNotClash(t *testing.T) {
	k := DefaultKeyMap()
	dash := map[string]key.Binding{"NewCohort": k.NewCohort, "RenameCohort": k.RenameCohort, "DeleteCohort": k.DeleteCohort,
		"NextCohort": k.NextCohort, "AddMember": k.AddMember, "RemoveMember": k.RemoveMember, "Assign": k.Assign,
		"Unassign": k.Unassign, "Refresh": k.Refresh}
	for name, b := range dash {
		for _, r := range []string{"g", "j"} {
			if key.Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(r)}, b) {
				t.Errorf("the dashboard's %s takes %s", name, r)
			}
		}
	}
	for name, b := range map[string]key.Binding{"Up": k.Up, "Down": k.Down, "PageUp": k.PageUp, "PageDown": k.PageDown,
		"Top": k.Top, "Bottom": k.Bottom, "Back": k.Back, "Help": k.Help, "Quit": k.Quit, "ForceQuit": k.ForceQuit} {
		dash[name] = b
	}
	if c := clash(dash); c != "" {
		t.Errorf("the dashboard's keys clash: %s", c)
	}
	home := map[string]key.Binding{"Rename": k.Rename, "LinkCode": k.LinkCode, "Redeem": k.Redeem, "Dashboard": k.Dashboard,
		"Practice": k.Practice, "Exam": k.Exam, "Review": k.Review, "Library": k.Library, "Stats": k.Stats, "GameDay": k.GameDay,
		"Up": k.Up, "Down": k.Down, "Enter": k.Enter, "Help": k.Help, "Quit": k.Quit}
	if c := clash(home); c != "" {
		t.Errorf("Home's keys clash: %s", c)
	}
}
