package tui

import (
	"github.com/nexusflow/rootcause/view"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// footerHeight is the lines the router keeps under every screen: a blank
// line and the short help.
const footerHeight = 2

// Model is the root model: a small router that owns the window size, the
// global keys (help, quit) and the screen changes, and hands every other
// message to the active screen.
type Model struct {
	c   *common
	cfg Config // as the caller gave it; only User changes (team accounts)
	// The live state the app starts from the Config and changes as it
	// runs: the corpus once loaded, the store once open.
	incs   []incidents.Incident
	store  Store
	engine *quiz.Engine
	active screen
	help   help.Model
	// confirm is the question shown before quitting or leaving a session.
	confirm confirmKind
	// showHelp is set while the full help is shown in place of the screen.
	showHelp bool

	home     homeModel
	setup    setupModel
	question questionModel
	feedback feedbackModel
	results  resultsModel
	library  libraryModel
	stats    statsModel

	libraryReady bool
	// pendingReview is a review `rootcause play --mode review` asked for,
	// planned once the store is open (it needs what is due).
	pendingReview   *quiz.Options
	lastReviewCount int          // the count the last review asked for, for a fresh one
	progressErr     string       // why the store failed to open, if it did
	run             *run         // the session in progress; nil when none
	lastOpts        quiz.Options // the last session's options, for a fresh round
	err             string       // shown in the footer until the next key
	loading         bool         // waiting for Config.Load
	fatal           error        // why the app could not start
	// guest is a team game day's screen shown in place of the app's while
	// the trainee plays (or the trainer runs the console); see teamgame.go.
	guest tea.Model
}

// New builds the app. With cfg.Incidents the first screen is built here,
// so a bad session option is an error before the terminal is touched. With
// cfg.Load the work moves into a Cmd that overlaps the terminal's setup
// (see loading.go); then a failure ends the program and Err reports it.
func New(cfg Config) (Model, error) {
	r := cfg.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	c := &common{width: 80, height: 24, styles: view.NewStyles(r), keys: view.DefaultKeyMap(), renderer: r, now: now, tick: tea.Tick}
	m := Model{c: c, cfg: cfg, store: cfg.Progress, help: help.New()}
	m.help.Styles = c.styles.Help
	if cfg.Load != nil {
		m.loading = true
		return m, nil
	}
	ready, err := prepare(cfg, cfg.Incidents, now)
	if err != nil {
		return m, err
	}
	m = m.ready(ready)
	m.home = m.home.withTeam(cfg, m.incs).withGames(cfg)
	return m, nil
}

// Init loads the corpus (when Config.Load is set), opens the progress store
// and starts the session's clock.
func (m Model) Init() tea.Cmd {
	if m.loading {
		cfg, now := m.cfg, m.c.now
		return func() tea.Msg { return load(cfg, now) }
	}
	return m.afterLoad()
}

// afterLoad is the work that waits for the corpus: opening the store and
// starting the clock.
func (m Model) afterLoad() tea.Cmd {
	var cmds []tea.Cmd
	if open := m.cfg.OpenProgress; open != nil && m.store == nil {
		cmds = append(cmds, func() tea.Msg {
			st, err := open()
			return progressOpenedMsg{store: st, err: err}
		})
	}
	if m.run != nil {
		cmds = append(cmds, m.run.startCmd())
	}
	if m.pendingReview != nil && (m.store != nil || m.cfg.OpenProgress == nil) {
		cmds = append(cmds, cmd(reviewMsg{opts: *m.pendingReview}))
	}
	if m.cfg.Team != nil { // a team session's store is open from the start
		cmds = append(cmds, m.home.team.load(), loadDue(m.store, m.cfg.User, m.incs, m.c.now()),
			loadToday(m.store, m.cfg.User, m.incs, m.c.now()))
	}
	return tea.Batch(cmds...)
}

// Err is why the app could not start (Config.Load failed, or its session
// options match nothing); nil otherwise.
func (m Model) Err() error { return m.fatal }

// Flush writes answers a quit left queued; call it after the program ends
// and before closing the store. It returns the first write error.
func (m Model) Flush() error {
	var first error
	for _, r := range m.c.recorders {
		if err := r.flush(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Update handles window size, global keys and screen changes, and passes
// everything else to the active screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if gd, ok := msg.(GameDayMsg); ok { // Home's invitation, whatever is on screen
		m.home.invite = gd.Open
		return m, nil
	}
	if m.guest != nil {
		return m.updateGuest(msg)
	}
	switch msg := msg.(type) {
	case guestMsg:
		return m.startGuest(msg)
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.help.Width = max(0, m.c.contentWidth())
		return m.delegate(msg)
	case tea.KeyMsg:
		if keys := view.SplitKeys(msg); len(keys) > 1 && !m.capturing() {
			return m.splitKeys(keys)
		}
		m.err = "" // a footer message stays until the next key
		if next, c, done := m.globalKey(msg); done {
			return next, c
		}
	case quitMsg:
		if m.sessionRunning() {
			m.confirm = confirmQuit
			m.run.pause()
			return m, nil
		}
		return m, tea.Quit
	case loadedMsg:
		if msg.err != nil {
			m.fatal = msg.err
			return m, tea.Quit
		}
		m = m.ready(msg.prepared)
		m.home = m.home.withTeam(m.cfg, m.incs).withGames(m.cfg)
		return m, m.afterLoad()
	case recordedMsg:
		if msg.err != nil {
			m.err = "progress not saved: " + msg.err.Error()
		}
		return m, nil
	}
	if next, c, ok := m.navigate(msg); ok {
		return next, tea.Batch(c, next.daily(msg, m.active))
	}
	return m.delegate(msg)
}

// splitKeys handles several keys that arrived as one message: the first
// now, the rest once the messages its Cmd sends are handled (tea.Sequence
// delivers them in order), so a typed-ahead "1n" answers, shows the
// feedback, then goes on, as if typed slowly.
func (m Model) splitKeys(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	next, c := m.Update(keys[0])
	rest := tea.KeyMsg{Type: tea.KeyRunes, Alt: keys[0].Alt}
	for _, k := range keys[1:] {
		rest.Runes = append(rest.Runes, k.Runes...)
	}
	return next, tea.Sequence(c, cmd(rest))
}

// globalKey handles keys that mean the same on every screen. done is false
// when the key belongs to the active screen.
func (m Model) globalKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.c.keys
	if m.tooSmall() {
		return m.tooSmallKey(msg)
	}
	if m.confirm != confirmNone {
		next, c := m.confirmKey(msg)
		return next, c, true
	}
	if key.Matches(msg, k.ForceQuit) {
		return m, cmd(quitMsg{}), true
	}
	if m.capturing() {
		return m, nil, false
	}
	switch {
	case m.showHelp && key.Matches(msg, k.Help, k.Back):
		m.showHelp = false
		return m, nil, true
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return m, nil, true
	case key.Matches(msg, k.Quit):
		return m, cmd(quitMsg{}), true
	case m.showHelp:
		return m, nil, true // nothing else works behind the help
	}
	return m, nil, false
}

// tooSmallKey handles a key behind the request for a larger window: only
// quitting works (a quit dialog's keys too, as the request names them),
// since nothing else can be seen to happen.
func (m Model) tooSmallKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.c.keys
	switch {
	case m.confirm == confirmQuit:
		next, c := m.confirmKey(msg)
		return next, c, true
	case key.Matches(msg, k.Quit, k.ForceQuit):
		return m, cmd(quitMsg{}), true
	}
	return m, nil, true
}

// tooSmallNote tells how to quit while the window is too small.
func (m Model) tooSmallNote() string {
	if m.confirm == confirmQuit {
		return "Quit rootcause? q again quits, n keeps playing."
	}
	return "q quits"
}

// capturing reports whether a focused text input takes every key.
func (m Model) capturing() bool {
	return m.active == screenLibrary && m.library.filtering() || m.active == screenHome && m.home.capturing()
}

func (m Model) sessionRunning() bool {
	return m.run != nil && !m.run.finished() &&
		(m.active == screenQuestion || m.active == screenFeedback)
}

func (m Model) tooSmall() bool {
	return m.c.width < minWidth || m.c.height < minHeight
}

// View draws the active screen above the footer, or the quit dialog, the
// full help, or a request for a larger window.
func (m Model) View() string {
	s := m.c.styles
	if m.loading {
		return ""
	}
	if m.guest != nil {
		return m.guest.View()
	}
	if m.tooSmall() {
		msg := view.TooSmall(s, "rootcause", m.c.width, m.c.height, minWidth, minHeight, m.tooSmallNote())
		return lipgloss.Place(m.c.width, m.c.height, lipgloss.Center, lipgloss.Center, strings.Join(msg, "\n"))
	}
	bodyH := m.c.bodyHeight(footerHeight)
	var body string
	switch {
	case m.confirm != confirmNone:
		body = m.confirmView()
	case m.showHelp:
		body = m.fullHelpView()
	default:
		body = m.screenView()
	}
	if m.confirm == confirmNone && !m.showHelp {
		body = m.topMargin(body, bodyH)
	}
	return fitHeight(body, bodyH) + "\n\n" + m.c.centerIn(m.footer(), m.layoutWidth())
}

// layoutWidth is the width the active screen lays out in, so the footer
// lines up with it: the two-column width for wide screens, else the
// readable content width.
func (m Model) layoutWidth() int {
	switch {
	case m.confirm != confirmNone || m.showHelp || !m.c.wide():
		return m.c.contentWidth()
	case m.active == screenQuestion && !m.question.submit.open,
		m.active == screenStats,
		m.active == screenLibrary && m.library.open == nil:
		return m.c.wideWidth()
	}
	return m.c.contentWidth()
}

// topMargin moves the short screens (Home, Setup, a question) down in a
// tall window so they do not hug its top edge. The margin depends on the
// window only, so the text does not jump as a clue or notice adds a line;
// screens that scroll fill the height themselves.
func (m Model) topMargin(body string, bodyH int) string {
	switch m.active {
	case screenHome, screenSetup, screenQuestion:
	default:
		return body
	}
	pad := min(max(0, (m.c.height-30)/4), bodyH-lines(body))
	if pad <= 0 {
		return body
	}
	return strings.Repeat("\n", pad) + body
}

func (m Model) footer() string {
	s := m.c.styles
	if m.err != "" {
		return s.Ink.Error(view.Truncate(safeLine(m.err), m.c.contentWidth()))
	}
	if m.confirm != confirmNone {
		return m.help.ShortHelpView(m.dialogKeys().list())
	}
	if m.showHelp {
		return m.help.ShortHelpView([]key.Binding{m.c.keys.Help, m.c.keys.Back})
	}
	return m.shortHelp(m.screenHelp().short)
}

// shortHelp renders the screen's keys then ? and q in the content width,
// dropping the screen's last keys while it is too wide: bubbles/help's own
// cut lets the line overflow when the ellipsis itself does not fit.
func (m Model) shortHelp(keys []key.Binding) string {
	global := []key.Binding{m.c.keys.Help, m.c.keys.Quit}
	if m.capturing() {
		global = nil // ? and q are typed into the filter
	}
	w := m.layoutWidth()
	h := m.help
	h.Width = 0
	for n := len(keys); ; n-- {
		line := h.ShortHelpView(append(append([]key.Binding{}, keys[:n]...), global...))
		if n == 0 || lipgloss.Width(line) <= w {
			return line
		}
	}
}

func (m Model) fullHelpView() string {
	h := m.screenHelp()
	k := m.c.keys
	cols := append(append([][]key.Binding{}, h.full...), []key.Binding{k.Help, k.Quit, k.ForceQuit})
	s := m.c.styles
	where := m.active.String()
	switch {
	case m.active == screenQuestion && m.question.submit.open:
		where = "submit"
	case m.active == screenHome && m.home.dashOpen:
		where = "dashboard"
	}
	title := s.Title.Render("Keys") + s.Muted.Render(" · "+where)
	return m.c.center(m.c.renderer.NewStyle().Width(m.c.contentWidth()).Render(
		title + "\n\n" + m.help.FullHelpView(cols)))
}
