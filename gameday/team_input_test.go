package gameday

import (
	"io"
	"sync/atomic"
	"testing"
)

// TestTeamInputDropsTerminalAnswers: a late answer to the colour query is
// not read as keys, while keys (esc and alt+] included) pass.
func TestTeamInputDropsTerminalAnswers(t *testing.T) {
	cases := []struct{ in, want string }{
		{"\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;cp", "p"},
		{"\x1b]11;rgb:ffff/ffff/ffff\x1b\\1", "1"},
		{"\x1b", "\x1b"},                 // esc alone
		{"\x1b]", "\x1b]"},               // alt+]
		{"\x1b[A\x1b[B", "\x1b[A\x1b[B"}, // arrows
		{"q", "q"},
		{"\x1b]11;rgb:0000/0000/0000\x07", ""}, // a read of nothing else: read on
	}
	for _, tc := range cases {
		var last atomic.Int64
		// One read per chunk, as the SSH channel delivers a terminal's reply.
		in := &teamInput{r: &chunks{parts: []string{tc.in}}, last: &last}
		got, err := io.ReadAll(in)
		if err != nil || string(got) != tc.want {
			t.Errorf("%q: read %q (%v), want %q", tc.in, got, err, tc.want)
		}
		if tc.want != "" && last.Load() == 0 {
			t.Errorf("%q: no key time noted", tc.in)
		}
	}
}

// chunks returns one part per Read.
type chunks struct{ parts []string }

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts = c.parts[1:]
	return n, nil
}
