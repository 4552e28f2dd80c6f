package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/view"
)

// The account panel of a team server's Home: who is signed in, renaming,
// linking another machine's key, and the trainee's assignments. It lives
// beside the dashboard because both exist only with Config.Team.

// panelMode is what the account panel is doing.
type panelMode int

const (
	panelIdle   panelMode = iota
	panelRename           // typing a new name
	panelCode             // showing a link code
	panelRedeem           // typing a code from another machine
)

// teamPanel is the account panel's state.
type teamPanel struct {
	c       *common
	team    Team // nil: not a team session, the panel shows nothing
	trainer bool
	user    string
	incs    []incidents.Incident
	keys    *view.KeyMap // the app's (Home's menu reads keys.Dashboard)
	acct    *Account     // nil until loaded
	mode    panelMode
	input   textinput.Model
	code    LinkCode
	err     string
	note    string // what the last action did
}

// Messages of the account panel's Cmds.
type (
	accountMsg struct {
		acct Account
		err  error
	}
	renamedMsg struct {
		name string
		err  error
	}
	linkCodeMsg struct {
		code LinkCode
		err  error
	}
	linkedMsg struct {
		name string
		err  error
	}
	// userChangedMsg tells the router the session goes on as another
	// account name (renamed, or linked into an existing account).
	userChangedMsg struct{ user string }
)

func newTeamPanel(c *common, cfg Config, incs []incidents.Incident) teamPanel {
	return teamPanel{c: c, team: cfg.Team, trainer: cfg.Trainer, user: cfg.User, incs: incs, keys: c.keys}
}

func (p teamPanel) on() bool { return p.team != nil }

// capturing reports whether a text field takes every key.
func (p teamPanel) capturing() bool { return p.mode == panelRename || p.mode == panelRedeem }

// load reads the account.
func (p teamPanel) load() tea.Cmd {
	if p.team == nil {
		return nil
	}
	team, user, incs, now := p.team, p.user, p.incs, p.c.now()
	return func() tea.Msg {
		a, err := team.Account(user, incs, now)
		return accountMsg{acct: a, err: err}
	}
}

// newInput is a one-line text field drawn with this terminal's styles; the
// cursor does not blink (no timer per SSH session, stable screens).
func newInput(c *common, prompt string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.CharLimit = limit
	r := c.renderer
	in.PromptStyle = r.NewStyle().Foreground(c.styles.Palette.Accent)
	in.TextStyle = r.NewStyle().Foreground(c.styles.Palette.Text)
	in.PlaceholderStyle = r.NewStyle().Foreground(c.styles.Palette.Muted)
	in.Cursor.Style = r.NewStyle().Reverse(true)
	in.Cursor.TextStyle = r.NewStyle()
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Focus()
	return in
}

// update handles the panel's messages and keys; ok is false when the
// message is not the panel's (Home's menu takes it).
func (p teamPanel) update(msg tea.Msg) (teamPanel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case accountMsg:
		if msg.err != nil {
			p.err = msg.err.Error()
		} else {
			a := msg.acct
			p.acct, p.err = &a, ""
		}
		return p, nil, true
	case renamedMsg:
		return p.done(msg.name, msg.err, "Renamed to "+safeLine(msg.name)+".")
	case linkedMsg:
		return p.done(msg.name, msg.err, "This key is now linked to "+safeLine(msg.name)+"; your progress is theirs.")
	case linkCodeMsg:
		if msg.err != nil {
			p.mode, p.err = panelIdle, msg.err.Error()
		} else {
			p.mode, p.code, p.err = panelCode, msg.code, ""
		}
		return p, nil, true
	case tea.KeyMsg:
		if p.team == nil {
			return p, nil, false
		}
		return p.key(msg)
	}
	return p, nil, false
}

// done ends a rename or a link: the session goes on as name.
func (p teamPanel) done(name string, err error, note string) (teamPanel, tea.Cmd, bool) {
	if err != nil {
		p.err = err.Error()
		return p, nil, true
	}
	p.mode, p.err, p.note, p.user = panelIdle, "", note, name
	return p, tea.Batch(cmd(userChangedMsg{user: name}), p.load()), true
}

func (p teamPanel) key(km tea.KeyMsg) (teamPanel, tea.Cmd, bool) {
	k := p.c.keys
	switch p.mode {
	case panelRename, panelRedeem:
		switch {
		case key.Matches(km, k.Back):
			p.mode, p.err = panelIdle, ""
			return p, nil, true
		case key.Matches(km, k.Enter):
			return p, p.submit(), true
		}
		var c tea.Cmd
		p.input, c = p.input.Update(km)
		return p, c, true
	case panelCode:
		if key.Matches(km, k.Back, k.Enter) {
			p.mode = panelIdle
			return p, nil, true
		}
	case panelIdle:
		p.note = "" // said once; the next key moves on
	}
	switch {
	case key.Matches(km, p.keys.Rename):
		p.mode, p.err, p.note = panelRename, "", ""
		p.input = newInput(p.c, "New name: ", 32)
		p.input.SetValue(view.OneLine(p.user))
		return p, nil, true
	case key.Matches(km, p.keys.Redeem):
		p.mode, p.err, p.note = panelRedeem, "", ""
		p.input = newInput(p.c, "Code: ", 12)
		p.input.Placeholder = "XXXX-XXXX"
		return p, nil, true
	case key.Matches(km, p.keys.LinkCode):
		team, user, now := p.team, p.user, p.c.now()
		p.err, p.note = "", ""
		return p, func() tea.Msg {
			lc, err := team.NewLinkCode(user, now)
			return linkCodeMsg{code: lc, err: err}
		}, true
	}
	return p, nil, false
}

// submit sends what was typed.
func (p teamPanel) submit() tea.Cmd {
	team, user, now, val := p.team, p.user, p.c.now(), strings.TrimSpace(p.input.Value())
	if p.mode == panelRename {
		return func() tea.Msg {
			if err := team.Rename(user, val); err != nil {
				return renamedMsg{err: err}
			}
			return renamedMsg{name: strings.TrimSpace(val)}
		}
	}
	return func() tea.Msg {
		name, err := team.RedeemLinkCode(val, user, now)
		return linkedMsg{name: name, err: err}
	}
}

// view is the panel's block for Home, "" without a team.
func (p teamPanel) view(w int) string {
	if p.team == nil {
		return ""
	}
	s := p.c.styles
	name := p.user
	keys := 0
	if p.acct != nil {
		name, keys = p.acct.Name, p.acct.Keys
	}
	line := s.Ink.Label("Signed in as ") + s.Ink.Bold(view.Truncate(safeLine(name), max(8, w/2)))
	if keys > 0 {
		line += s.Ink.Muted(" · " + view.Plural(keys, "key"))
	}
	out := []string{line}
	switch p.mode {
	case panelRename, panelRedeem:
		out = append(out, "  "+p.input.View(), s.Ink.Muted("  enter saves · esc cancels"))
		if p.mode == panelRedeem {
			out = append(out, hang(s.Ink.Muted, "The code is on your other machine's Home (c there). Your progress here moves into that account.", w))
		}
	case panelCode:
		out = append(out, p.codeView(w)...)
	default:
		out = append(out, p.hint(w))
	}
	if p.err != "" {
		out = append(out, p.c.wrap("! "+safeLine(p.err), w, s.Error))
	} else if p.note != "" {
		out = append(out, p.c.wrap(p.note, w, s.Correct))
	}
	return strings.Join(out, "\n") + "\n" + p.assignmentsView(w)
}

// hint names the panel's keys; a fresh account is offered the link first.
func (p teamPanel) hint(w int) string {
	s := p.c.styles
	k := func(b key.Binding) string {
		return s.Ink.Key(b.Help().Key) + " " + s.Ink.Muted(b.Help().Desc)
	}
	if p.acct != nil && p.acct.Answers == 0 {
		return hang(s.Ink.Muted, "Practised here from another machine? Press L and type the code its Home shows (c there).", w) +
			"\n  " + strings.Join([]string{k(p.keys.Redeem), k(p.keys.Rename)}, s.Ink.Muted(" · "))
	}
	return "  " + strings.Join([]string{k(p.keys.Rename), k(p.keys.LinkCode), k(p.keys.Redeem)}, s.Ink.Muted(" · "))
}

// codeView shows a link code and what to do with it.
func (p teamPanel) codeView(w int) []string {
	s := p.c.styles
	join := "ssh to this server, as here"
	if p.acct != nil && p.acct.Join != "" {
		join = safeLine(p.acct.Join)
	}
	until := p.code.Expires.In(p.c.now().Location()).Format("15:04")
	return []string{
		"  " + s.Ink.Label("Link code ") + s.Ink.Number(safeLine(p.code.Code)) + s.Ink.Muted(fmt.Sprintf("  valid until %s, once", until)),
		s.Ink.Text("  On your other machine:"),
		"    " + s.Ink.Bold(view.Truncate(join, max(10, w-4))),
		hang(s.Ink.Text, "then press L on Home and type "+safeLine(p.code.Code)+".", w),
		s.Ink.Muted("  enter/esc closes"),
	}
}

// assignmentsView lists the trainee's assignments, soonest due first.
func (p teamPanel) assignmentsView(w int) string {
	if p.acct == nil || len(p.acct.Assignments) == 0 {
		return ""
	}
	s := p.c.styles
	out := []string{"", s.Ink.Label("Assignments")}
	for _, a := range p.acct.Assignments {
		state := s.Ink.Number(fmt.Sprintf("%d/%d", a.Done, a.Count))
		due := s.Ink.Muted("due " + safeLine(a.Due))
		switch {
		case a.Done >= a.Count:
			state += s.Ink.Correct(" ✓")
		case a.Overdue:
			due = s.Ink.Error("overdue " + safeLine(a.Due))
		}
		right := state + "  " + due
		left := view.Truncate(safeLine(a.Cohort)+" · "+safeLine(a.Track), max(10, w-lipgloss.Width(right)-4))
		out = append(out, "  "+view.Spread(s.Ink.Text(left), right, w-2))
	}
	return strings.Join(out, "\n") + "\n"
}

// hang wraps text to w under a two-space indent, painted with ink.
func hang(ink view.Ink, text string, w int) string {
	return strings.Join(view.Paint(ink, view.Hang("  ", text, w)), "\n")
}

func (p teamPanel) help() []key.Binding {
	k := p.c.keys
	switch p.mode {
	case panelRename, panelRedeem:
		return []key.Binding{view.Relabel(k.Enter, "enter", "save"), view.Relabel(k.Back, "esc", "cancel")}
	case panelCode:
		return []key.Binding{view.Relabel(k.Back, "esc", "close")}
	}
	if p.acct != nil && p.acct.Answers == 0 { // what a fresh account most likely wants first
		return []key.Binding{p.keys.Redeem, p.keys.Rename, p.keys.LinkCode}
	}
	return []key.Binding{p.keys.Rename, p.keys.LinkCode, p.keys.Redeem}
}
