package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/view"
)

// Home's part in a team server's game days: the invitation while one is
// open, g to join it (or, for a trainer, to open its console or start
// one), and the trainer's small form for a new one.

// withGames sets Home up for cfg.GameDays; without them it stays as it is.
func (m homeModel) withGames(cfg Config) homeModel {
	if cfg.GameDays == nil {
		return m
	}
	m.games, m.trainer, m.invite = cfg.GameDays, cfg.Trainer, cfg.GameDays.Open()
	for i := range m.items {
		if m.items[i].msg != nil || m.items[i].title != "Game day" {
			continue
		}
		m.items[i].desc = "join the live round your trainer opens"
		if m.trainer {
			m.items[i].desc = "host a live round for your trainees"
		}
	}
	return m
}

// gameAction is g on a team server: join the open game, open its console
// (trainers), start one (trainers), or say there is none yet.
func (m homeModel) gameAction() (homeModel, tea.Cmd) {
	games := m.games
	switch {
	case m.trainer && m.invite != "":
		return m, openGuest(games.Console)
	case m.trainer:
		m.form = newGameForm(m.c)
		return m, nil
	case m.invite != "":
		return m, openGuest(games.Join)
	}
	m.gameday = true // the panel says none is open
	return m, nil
}

// inviteLine is Home's banner while a game day is open.
func (m homeModel) inviteLine(w int) string {
	if m.invite == "" {
		return ""
	}
	s := m.c.styles
	act := "g to join"
	if m.trainer {
		act = "g for its console"
	}
	return m.c.wrap("▶ Game day open: "+safeLine(m.invite)+" · "+act, w, s.Notice) + "\n\n"
}

// gamedayView is the Game day panel: how to host and join one, or on a
// team server, that none is open yet.
func (m homeModel) gamedayView(w int) string {
	s := m.c.styles
	if m.games != nil {
		return s.Label.Render("Game day") + "\n" + m.c.wrap(m.teamGamedayText(), w, s.Text) + "\n"
	}
	text := "A facilitator hosts a live round over SSH; everyone joins from their own terminal, " +
		"answers the same question against the clock, and watches a leaderboard with speed and streak points.\n\n" +
		"Host (the terminal running it is the facilitator's console):\n" +
		"  rootcause serve --listen 0.0.0.0:2222 --code SECRET\n\n" +
		"Join (SECRET as the password):\n" +
		"  ssh -p 2222 YOURNAME@HOST\n\n" +
		"rootcause serve --help lists teams, timing and scoring options."
	// esc is in the footer; saying it here too would only take a line.
	return s.Label.Render("Game day") + "\n" + m.c.wrap(text, w, s.Text) + "\n"
}

// teamGamedayText is the game-day panel of a team server with none open.
func (m homeModel) teamGamedayText() string {
	return "No game day is open right now. When your trainer starts one, an invitation shows here " +
		"on Home; press g then to join it, right from this session. Your answers count in your own progress."
}

// gameForm is the trainer's form for a new game day.
type gameForm struct {
	open   bool
	inputs []textinput.Model
	focus  int
	err    string
}

var gameFormLabels = []string{"Questions", "Seconds per question", "Difficulty (easy, normal, hard)"}

func newGameForm(c *common) gameForm {
	f := gameForm{open: true}
	for i, v := range []string{"10", "30", "normal"} {
		in := newInput(c, "", 12)
		in.SetValue(v)
		if i > 0 {
			in.Blur()
		}
		f.inputs = append(f.inputs, in)
	}
	return f
}

// updateForm handles a key while the form is open: enter starts the game
// (the console opens), esc cancels.
func (m homeModel) updateForm(km tea.KeyMsg) (homeModel, tea.Cmd) {
	f := &m.form
	switch {
	case key.Matches(km, m.c.keys.Back):
		m.form = gameForm{}
		return m, nil
	case key.Matches(km, m.c.keys.Enter):
		gs, err := f.settings()
		if err != nil {
			f.err = err.Error()
			return m, nil
		}
		m.form = gameForm{}
		games := m.games
		return m, openGuest(func() (tea.Model, func(), error) { return games.Host(gs) })
	case key.Matches(km, m.c.keys.NextField):
		f.focus = moveFocus(f.inputs, f.focus, km)
		return m, nil
	}
	var c tea.Cmd
	f.inputs[f.focus], c = f.inputs[f.focus].Update(km)
	return m, c
}

// settings are the form's fields, checked.
func (f gameForm) settings() (GameSettings, error) {
	v := make([]string, len(f.inputs))
	for i, in := range f.inputs {
		v[i] = strings.TrimSpace(in.Value())
	}
	n, err := strconv.Atoi(v[0])
	if err != nil || n < 1 || n > 100 {
		return GameSettings{}, fmt.Errorf("questions: %q is not a number from 1 to 100", safeLine(v[0]))
	}
	secs, err := strconv.Atoi(v[1])
	if err != nil || secs < 5 || secs > 600 {
		return GameSettings{}, fmt.Errorf("seconds per question: %q is not a number from 5 to 600", safeLine(v[1]))
	}
	d, err := quiz.ParseDifficulty(v[2])
	if err != nil {
		return GameSettings{}, fmt.Errorf("difficulty: %v", err)
	}
	return GameSettings{Count: n, PerQuestion: time.Duration(secs) * time.Second, Difficulty: d}, nil
}

func (m homeModel) formView(w int) string {
	s, f := m.c.styles, m.form
	labelW := 0
	for _, l := range gameFormLabels {
		labelW = max(labelW, len(l))
	}
	out := []string{s.Ink.Label("Host a game day")}
	out = append(out, view.Paint(s.Ink.Muted, view.Wrap("Trainees connected to this server are invited on their Home and join with g; "+
		"their answers go into their own progress. Enter opens the console, where you start the round.", w))...)
	out = append(out, "")
	for i, in := range f.inputs {
		out = append(out, s.Item(view.PadRight(gameFormLabels[i], labelW), i == f.focus)+"  "+in.View())
	}
	if f.err != "" {
		out = append(append(out, ""), view.Paint(s.Ink.Error, view.Wrap("! "+safeLine(f.err), w))...)
	}
	return strings.Join(out, "\n") + "\n"
}

func (m homeModel) formHelp() screenHelp {
	k := m.c.keys
	keys := []key.Binding{view.Relabel(k.Enter, "enter", "open the console"), k.NextField, view.Relabel(k.Back, "esc", "cancel")}
	return screenHelp{short: keys, full: [][]key.Binding{keys}}
}
