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
