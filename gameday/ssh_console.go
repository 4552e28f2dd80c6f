package gameday

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/view"
)

// RunConsole runs the facilitator console on the terminal that started the
// server, until the facilitator quits it (which should stop the server).
func (s *Server) RunConsole(in io.Reader, out io.Writer) error {
	var p *tea.Program
	c := newConsoleClient(func() {
		time.AfterFunc(killAfter, func() {
			if p != nil {
				p.Kill()
			}
		})
	})
	info := consoleInfo{Addr: s.JoinAddr(), CodeSet: s.cfg.JoinCode != "", Code: s.cfg.JoinCode, Warning: s.Warning(), Local: true, Projector: s.cfg.Projector}
	m := newConsole(s.hub, c, view.NewStyles(lipgloss.NewRenderer(out)), info)
	p = tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithAltScreen())
	if err := s.hub.Attach(c, "local console"); err != nil {
		return err
	}
	done := make(chan struct{})
	go pump(done, &c.mailbox, p, func(v consoleView) tea.Msg { return consoleMsg(v) })
	_, err := p.Run()
	close(done)
	s.hub.Detach(c)
	return err
}

// RunCommands drives the game from plain text lines, for a server whose
// stdin is not a terminal (scripts, CI): start|next, skip, pause, end,
// save, players, kick NAME. It returns at end of input; the game goes on.
func (s *Server) RunCommands(in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(sc.Text()), " ")
		switch cmd {
		case "":
		case "start", "next":
			s.hub.Next()
		case "skip":
			s.hub.Skip()
		case "pause", "resume":
			s.hub.TogglePause()
		case "end":
			s.hub.End()
		case "save":
			paths, err := s.hub.SaveResults()
			if err != nil {
				fmt.Fprintln(out, "save:", err)
			} else {
				fmt.Fprintln(out, "saved", strings.Join(paths, " "))
			}
		case "players":
			for _, p := range s.hub.State().Players {
				fmt.Fprintf(out, "%-24s %-5v %6d  %s\n", p.Name, p.Connected, p.Score, p.ID)
			}
		case "kick":
			if !s.kickByName(strings.TrimSpace(arg)) {
				fmt.Fprintf(out, "kick: no player named %q\n", arg)
			}
		default:
			fmt.Fprintf(out, "unknown command %q (start, next, skip, pause, end, save, players, kick NAME)\n", cmd)
		}
	}
	return sc.Err()
}

func (s *Server) kickByName(name string) bool {
	for _, p := range s.hub.State().Players {
		if strings.EqualFold(p.Name, name) {
			s.hub.Kick(p.ID)
			return true
		}
	}
	return false
}
