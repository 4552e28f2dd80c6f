package gameday

import (
	"bytes"
	"fmt"
	"io"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// command serves the two requests without a terminal: import (any
// account) and report (trainers). Anything else is refused in a sentence
// with status 1.
func (t *TeamServer) command(sess ssh.Session, who TeamSession, cmd []string) {
	switch {
	case cmd[0] == "import" && len(cmd) == 1 && t.cfg.Import != nil:
		t.runImport(sess, who)
	case cmd[0] == "report" && t.cfg.Report != nil:
		if !who.Trainer {
			t.cfg.Log.Warn("refused", "account", who.Account, "key", who.Key, "why", "report without a trainer key")
			refuseCommand(sess, "rootcause: report is for trainers, and this key is not in the server's trainer keys (--trainer-keys)")
			return
		}
		if err := t.cfg.Report(who, cmd[1:], sess); err != nil {
			refuseCommand(sess, "rootcause: report: "+err.Error())
			return
		}
		t.cfg.Log.Info("report", "account", who.Account, "args", fmt.Sprint(cmd[1:]))
		_ = sess.Exit(0)
	default:
		t.cfg.Log.Warn("refused", "account", who.Account, "command", SanitizeName(fmt.Sprint(cmd)), "why", "not a command here")
		refuseCommand(sess, fmt.Sprintf("rootcause: %q is not a command here. This server runs the app (plain  ssh -p %s %s ), "+
			"import (ssh … import < log.jsonl, your history from `rootcause progress export`) and, for trainers, report [--format md|csv|json]",
			SanitizeName(cmd[0]), t.port(), t.hostHint()))
	}
}

// runImport reads the whole log first (at most MaxImport bytes), so a log
// over the limit adds nothing rather than half.
func (t *TeamServer) runImport(sess ssh.Session, who TeamSession) {
	data, err := io.ReadAll(io.LimitReader(sess, t.cfg.MaxImport+1))
	if err != nil {
		refuseCommand(sess, "rootcause: import: reading the log: "+err.Error())
		return
	}
	if int64(len(data)) > t.cfg.MaxImport {
		t.cfg.Log.Warn("refused", "account", who.Account, "why", "import over the size limit", "max", t.cfg.MaxImport)
		refuseCommand(sess, fmt.Sprintf("rootcause: import: the log is over %d MiB; nothing was imported. Split it (e.g. by trainee or by month) and send the parts one after another", t.cfg.MaxImport>>20))
		return
	}
	if err := t.cfg.Import(who, bytes.NewReader(data), sess); err != nil {
		t.cfg.Log.Error("import", "account", who.Account, "err", err)
		refuseCommand(sess, "rootcause: import: "+err.Error())
		return
	}
	t.cfg.Log.Info("import", "account", who.Account, "bytes", len(data))
	_ = sess.Exit(0)
}

// teamRefused are the session requests the team server refuses: like a
// game's, except exec, which reaches the handler (import, report, or a
// readable refusal with an exit status).
var teamRefused = map[string]string{
	"subsystem":                  "rootcause: subsystems (sftp, …) are not available here",
	"x11-req":                    "",
	"auth-agent-req@openssh.com": "",
}

// teamSessionChannel is the team server's "session" channel handler.
func teamSessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, &requestFilter{NewChannel: ch, refused: teamRefused}, ctx)
}
