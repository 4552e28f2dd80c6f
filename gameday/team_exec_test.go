package gameday

import (
	"bytes"
	"io"
	"testing"

	"github.com/charmbracelet/ssh"
)

// execSession is a session that asks for a command, for the game's
// session middleware.
type execSession struct {
	ssh.Session
	cmd    []string
	stderr bytes.Buffer
	status int
}

type emptyCtx struct{ ssh.Context }

func (emptyCtx) Value(any) any { return nil }

func (s *execSession) Context() ssh.Context  { return emptyCtx{} }
func (s *execSession) Command() []string     { return s.cmd }
func (s *execSession) Subsystem() string     { return "" }
func (s *execSession) Stderr() io.ReadWriter { return &s.stderr }
func (s *execSession) Exit(code int) error   { s.status = code; return nil }

// TestGameExecRefusedInWords: a game's session that asks for a command is
// told in a sentence on stderr and fails with status 1, never reaching the
// game. TestRealOpenSSHExecRefused checks what a real client shows.
func TestGameExecRefusedInWords(t *testing.T) {
	sess := &execSession{cmd: []string{"uname", "-a"}, status: -1}
	(&Server{}).sessionMiddleware(func(ssh.Session) { t.Fatal("the game was opened for a command") })(sess)
	want := "rootcause: commands are not available here; connect with plain ssh (no command) to play\r\n"
	if sess.status != 1 || sess.stderr.String() != want {
		t.Fatalf("status %d, stderr %q; want 1 and %q", sess.status, sess.stderr.String(), want)
	}
}
