package gameday

import (
	"bytes"
	"io"
	"regexp"
	"sync/atomic"
	"time"
)

// terminalAnswer matches what a terminal sends back to the queries made at
// sign-in (the background colour, OSC 11, and the device attributes, DA1)
// and no key ever sends.
var terminalAnswer = regexp.MustCompile("\x1b\\][0-9]+;[^\x07\x1b]*(?:\x07|\x1b\\\\)|\x1b\\[\\?[0-9;]*c")

// teamInput is a session's keyboard as the app reads it. It notes the time
// of the last key (the idle timeout), and drops terminal answers: the
// renderer's colour query gives up after a second, and on a loaded server
// the answer can come later, when bubbletea would read its letters as keys
// ("rgb:…" opens Review, then Game day). An answer is dropped when it
// arrives in one read, as a terminal's reply does.
type teamInput struct {
	r    io.Reader
	last *atomic.Int64
}

func (in *teamInput) Read(p []byte) (int, error) {
	for {
		n, err := in.r.Read(p)
		if n > 0 && bytes.IndexByte(p[:n], 0x1b) >= 0 {
			n = copy(p, terminalAnswer.ReplaceAll(p[:n], nil)) // never longer than p[:n]
		}
		if n > 0 {
			in.last.Store(time.Now().UnixNano())
		}
		// A read that was all terminal answer is read again: returning
		// 0 bytes with no error would look like a stalled reader.
		if n > 0 || err != nil {
			return n, err
		}
	}
}
