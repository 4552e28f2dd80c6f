package gameday

import (
	"bytes"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
)

// serverAcks times each answer on the server's side of the SSH
// connection: from the session's input handing the key to the program to
// the program writing the player's "Locked in". On loopback the swarm's
// own process shares the two cores, so its end-to-end figure (ack-) also
// holds its own delays in sending keys and reading screens; this one is
// what the server takes, as players on other machines would see it.
type serverAcks struct {
	mu  sync.Mutex
	got []time.Duration
}

func (a *serverAcks) wrap(sess ssh.Session) (io.Reader, io.Writer) {
	in := &timedInput{r: sess}
	return in, &ackOutput{w: sess, in: in, acks: a}
}

// timedInput notes when the last bytes were read.
type timedInput struct {
	r    io.Reader
	last atomic.Int64
}

func (t *timedInput) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.last.Store(time.Now().UnixNano())
	return n, err
}

// ackOutput records, for the first "Locked in" written after a read, how
// long after that read it was written. The swarm's players send nothing
// but their answer key once the lobby is behind them.
type ackOutput struct {
	w    io.Writer
	in   *timedInput
	acks *serverAcks
	seen int64 // the read already answered
}

var lockedIn = []byte("Locked in: ")

func (o *ackOutput) Write(p []byte) (int, error) {
	if last := o.in.last.Load(); last != o.seen && bytes.Contains(p, lockedIn) {
		o.seen = last
		o.acks.mu.Lock()
		o.acks.got = append(o.acks.got, time.Duration(time.Now().UnixNano()-last))
		o.acks.mu.Unlock()
	}
	return o.w.Write(p)
}
