package gameday

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/view"
)

// playerModel is one player's program. It only draws hub snapshots and turns
// keys into hub calls (inside tea.Cmds); the game itself lives in the hub.
type playerModel struct {
	hub  *hub
	c    *client
	st   *view.Styles
	keys *view.KeyMap
	// help is behind a pointer: Bubble Tea copies the model into an
	// interface on every message, and help.Model's styles are 3.9 of its
	// 4.2 KB (at 1,000 players, 290 MB of garbage in a 10-question game).
	help  *help.Model
	w, h  int
	v     playerView
	now   time.Time
	final finalScreen
	memo  *viewMemo
	// scroll is the body's offset on the question and reveal screens; a
	// new question or phase starts at the top.
	scroll int
	// clockPhase is where in a room's spread of clock redraws this player's
	// falls, in [0, 1) (see tickLag).
	clockPhase float64
	// pending is a snapshot that changed only the room's counts while the
	// clock runs, shown with the next clock redraw (see countsOnly).
	pending *playerView
}

// viewMemo caches the last drawn screen. Bubble Tea redraws after every
// message, and a key press that changes nothing would otherwise redraw 200
// screens' worth of styling; the screen is a pure function of memoKey.
type viewMemo struct {
	key  memoKey
	out  string
	card cardMemo
	// foot is the footer as last drawn for footKey: the help line is
	// styled per key, and it rarely changes while the screen redraws.
	foot, footKey string
}

type memoKey struct {
	seq                     uint64
	secs, w, h              int
	team, tab, scroll, body int
}

func newPlayerModel(hub *hub, c *client, styles *view.Styles) playerModel {
	st := styles
	h := help.New()
	h.Styles = st.Help
	return playerModel{hub: hub, c: c, st: st, keys: view.DefaultKeyMap(), help: &h, w: 80, h: 24, now: time.Now(), memo: &viewMemo{}, clockPhase: rand.Float64()}
}

func (m playerModel) Init() tea.Cmd { return nil }

func (m playerModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = sizeOr(msg.Width, 80), sizeOr(msg.Height, 24)
		m.help.Width = m.w - 2 // inside the margins
		return m, nil
	case viewMsg:
		v := playerView(msg)
		if countsOnly(m.v, v, time.Now()) {
			m.pending = &v
			return m, nil
		}
		m.pending = nil
		return m.onView(v)
	case tickMsg:
		if m.v.Game == nil || !msg.deadline.Equal(m.v.Game.Deadline) {
			return m, nil
		}
		if m.pending != nil {
			m.v, m.pending = *m.pending, nil
		}
		m.now = msg.at
		return m, countdown(m.v.Game, m.now, tickLag(m.v.Game.Active, m.clockPhase))
	case tea.KeyMsg:
		// Keys typed quickly over SSH can arrive as one message ("22");
		// each counts on its own.
		var cmds []tea.Cmd
		var cmd tea.Cmd
		for _, k := range view.SplitKeys(msg) {
			var next tea.Model
			next, cmd = m.onKey(k)
			m = next.(playerModel)
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	}
	return m, nil
}

// countsOnly reports whether next changes only what the room batches (how
// many answered, who is online) while prev's countdown runs: such a
// snapshot reaches every screen at once, every other second at 1,000
// players, and redrawn on arrival that burst held up the answers coming in
// with it. Shown with each player's next clock redraw instead, it goes out
// spread as the clocks are (tickLag), at most a second late. A change of
// phase, question, clock, evidence or of the player's own state (the
// answer acknowledged) is shown at once, and so is everything in a room of
// bigRoom players or fewer: there the burst is small, and the count,
// which arrives just after the clock's redraw, would wait a second more.
func countsOnly(prev, next playerView, now time.Time) bool {
	p, n := prev.Game, next.Game
	if p == nil || n == nil || n.Active <= bigRoom || n.Paused || n.Closing != "" || (n.Phase != phaseQuestion && n.Phase != phaseDiscuss) || !now.Before(n.Deadline) {
		return false
	}
	same := p.Phase == n.Phase && p.Index == n.Index && p.Paused == n.Paused && p.Deadline.Equal(n.Deadline) &&
		len(p.Evidence) == len(n.Evidence)
	pm, nm := prev.Me, next.Me
	return same && pm.Choice == nm.Choice && pm.Score == nm.Score && pm.Removed == nm.Removed &&
		pm.Problem == nm.Problem && pm.Team == nm.Team && pm.Name == nm.Name
}

func (m playerModel) onView(v playerView) (tea.Model, tea.Cmd) {
	prev := m.v.Game
	m.v, m.now = v, time.Now()
	if v.Me.Removed != "" {
		return m, tea.Quit
	}
	if v.Game.Phase == phaseFinal && (prev == nil || prev.Phase != phaseFinal) {
		m.final = finalScreen{}
	}
	if prev == nil || prev.Phase != v.Game.Phase || prev.Index != v.Game.Index {
		m.scroll = 0
	}
	// A new countdown (a new deadline, or a resume) starts its own tick
	// chain; ticks of an old one are dropped in Update.
	if prev == nil || !prev.Deadline.Equal(v.Game.Deadline) || prev.Paused != v.Game.Paused {
		return m, countdown(m.v.Game, m.now, tickLag(m.v.Game.Active, m.clockPhase))
	}
	return m, nil
}

func (m playerModel) onKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.Quit, k.ForceQuit) {
		return m, tea.Quit
	}
	g := m.v.Game
	if g == nil {
		return m, nil
	}
	// The "please enlarge" screen shows no question: a key there answers
	// nothing the player could read.
	tooSmall := m.w < minWidth || m.h < minHeight
	if g.Phase == phaseQuestion && key.Matches(msg, k.Pick) && m.v.Me.Choice < 0 && !tooSmall {
		choice := view.PickIndex(msg)
		hub, c := m.hub, m.c
		return m, func() tea.Msg { hub.Answer(c, choice); return nil }
	}
	switch g.Phase {
	case phaseQuestion, phaseDiscuss, phaseReveal:
		m.scroll = m.scrolled(msg)
	case phaseLobby:
		if n := len(g.Settings.Teams); n > 0 && key.Matches(msg, k.Left, k.Right) {
			t := m.v.Me.Team
			if key.Matches(msg, k.Left) {
				t = (t - 1 + n) % n
			} else {
				t = (t + 1) % n
			}
			// Shown at once; the hub's next view confirms it. Without this,
			// two quick presses would both start from the old team.
			m.v.Me.Team = t
			hub, c := m.hub, m.c
			return m, func() tea.Msg { hub.PickTeam(c, t); return nil }
		}
	case phaseFinal:
		m.final = m.final.update(msg, k, m.bodyHeight()).clamped(m.st, m.v, max(m.w-2, 20), m.bodyHeight())
	}
	return m, nil
}

// screenKeys lists the keys that apply now, for the footer; scroll keys
// when the body overflows.
func (m playerModel) screenKeys(overflow bool) []key.Binding {
	k := m.keys
	g := m.v.Game
	var out []key.Binding
	switch {
	case g == nil:
	case g.Phase == phaseQuestion && !g.Paused && m.v.Me.Choice < 0:
		out = append(out, k.PickFor(len(g.Asked.Choices)))
	case g.Phase == phaseLobby && len(g.Settings.Teams) > 0:
		out = append(out, view.Relabel(k.Sideways, "←/→", "team"))
	case g.Phase == phaseFinal:
		out = append(out, m.final.keys(k)...)
	}
	if overflow {
		out = append(out, k.Scroll)
	}
	return append(out, view.Relabel(k.Quit, "q", "leave (seat kept)"))
}

func (m playerModel) bodyHeight() int { return max(m.h-3, 4) }

// parts is the scrolling screen of the current phase, if it has one.
// The question and the reveal are laid out as the app lays out its
// question: view.ContentWidth wide, centered (the screen's margin is one
// column, so pad is one less).
func (m playerModel) parts() (screenParts, bool) {
	w := view.ContentWidth(m.w)
	pad := max((m.w-w)/2-1, 0)
	switch m.v.Game.Phase {
	case phaseQuestion, phaseDiscuss:
		return questionParts(m.st, m.v, m.now, w, pad, &m.memo.card), true
	case phaseReveal:
		return revealParts(m.st, m.v, w, pad), true
	}
	return screenParts{}, false
}

// scrolled is the body offset after a scroll key, kept within the body.
func (m playerModel) scrolled(msg tea.KeyMsg) int {
	p, ok := m.parts()
	if !ok {
		return 0
	}
	room := p.room(m.bodyHeight())
	last := view.LastOffset(len(p.body), room)
	off, k := m.scroll, m.keys
	switch {
	case key.Matches(msg, k.Down):
		off++
	case key.Matches(msg, k.Up):
		off--
	case key.Matches(msg, k.PageDown):
		off += max(room-2, 1)
	case key.Matches(msg, k.PageUp):
		off -= max(room-2, 1)
	case key.Matches(msg, k.Top):
		off = 0
	case key.Matches(msg, k.Bottom):
		off = last
	}
	return min(max(off, 0), last)
}

func (m playerModel) View() string {
	if m.v.Game == nil {
		return ""
	}
	key := memoKey{seq: m.v.Game.Seq, w: m.w, h: m.h, team: m.v.Me.Team, tab: m.final.tab, scroll: m.final.scroll, body: m.scroll}
	if p := m.v.Game.Phase; p == phaseQuestion || p == phaseDiscuss {
		key.secs = secondsLeft(m.v.Game, m.now)
	}
	if m.memo.out != "" && m.memo.key == key {
		return m.memo.out
	}
	out := m.render()
	m.memo.key, m.memo.out = key, out
	return out
}

func (m playerModel) render() string {
	me := m.v.Me
	if me.Removed != "" {
		return view.Fit(indent(m.st.Ink.Title("rootcause game day")+"\n\n"+
			m.st.Ink.Notice("Session closed: "+me.Removed+".")), m.w, m.h) + "\n"
	}
	if m.w < minWidth || m.h < minHeight { // onKey takes no answer then
		return enlargeView(m.st, m.w, m.h, minWidth, minHeight, "The game goes on meanwhile; your seat and score are kept.")
	}
	w := max(m.w-2, 20)
	g := m.v.Game
	if (g.Phase == phaseQuestion || g.Phase == phaseDiscuss) && me.Problem == "" && m.hub != nil {
		k := frameKey{seq: g.Seq, profile: m.st.Profile(), secs: secondsLeft(g, m.now), w: m.w, h: m.h, choice: me.Choice, scroll: m.scroll}
		return indent(m.header(w)) + "\n" + m.hub.frames.get(k, func() string { return indent(m.belowHeader(w)) }) + "\n"
	}
	return indent(m.header(w)+"\n"+m.belowHeader(w)) + "\n"
}

// belowHeader is the screen under the header line: the phase's body and
// the footer.
func (m playerModel) belowHeader(w int) string {
	var body string
	p, scrolls := m.parts()
	if scrolls {
		body, _ = p.render(m.st, m.bodyHeight(), m.scroll)
	}
	switch g := m.v.Game; g.Phase {
	case phaseLobby:
		body = lobbyView(m.st, m.v, w, m.bodyHeight())
	case phaseBoard:
		body = boardView(m.st, m.v, w, m.bodyHeight())
	case phaseFinal:
		body = m.final.view(m.st, m.v, w, m.bodyHeight())
	}
	body = view.Fit(body, w, m.bodyHeight())
	pad := max(m.bodyHeight()-strings.Count(body, "\n")-1, 0)
	footer := m.footer(m.screenKeys(scrolls && len(p.body) > p.room(m.bodyHeight())))
	return body + strings.Repeat("\n", pad+1) + footer
}

// footer is the short help for keys, from the memo when the same keys were
// drawn at the same width last time.
func (m playerModel) footer(keys []key.Binding) string {
	var sig strings.Builder
	fmt.Fprintf(&sig, "%d", m.help.Width)
	for _, k := range keys {
		if !k.Enabled() { // ShortHelpView leaves these out too
			continue
		}
		h := k.Help()
		sig.WriteString("\x00" + h.Key + "\x01" + h.Desc)
	}
	if m.memo.foot != "" && m.memo.footKey == sig.String() {
		return m.memo.foot
	}
	m.memo.foot, m.memo.footKey = m.help.ShortHelpView(keys), sig.String()
	return m.memo.foot
}

// header is the status line every screen shares: game, player, score.
func (m playerModel) header(w int) string {
	g, me := m.v.Game, m.v.Me
	left := m.st.Ink.Title("rootcause game day")
	if g.Index >= 0 && g.Phase != phaseFinal {
		left += m.st.Ink.Muted(fmt.Sprintf(" · question %d/%d", g.Index+1, g.Settings.Questions))
	}
	right := m.st.Ink.Bold(me.Name)
	if t := teamName(g.Settings, me.Team); t != "" {
		right += m.st.Ink.Muted(" (" + t + ")")
	}
	right += " " + m.st.Ink.Number(view.Thousands(me.Score))
	return view.Spread(left, right, w)
}
