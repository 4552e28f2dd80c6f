package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// prepared is everything the first screen needs: the corpus, its engine and,
// for `rootcause play`, the first session.
type prepared struct {
	incs   []incidents.Incident
	engine *quiz.Engine
	run    *run
}

// loadedMsg carries the prepared app from the Cmd that built it.
type loadedMsg struct {
	prepared
	err error
}

// prepare builds the engine and the first session. It is the slow part of
// start-up (parsing, indexing, building questions), so with Config.Load it
// runs in a Cmd while bubbletea sets the terminal up.
func prepare(cfg Config, incs []incidents.Incident, now func() time.Time) (prepared, error) {
	p := prepared{incs: incs, engine: cfg.Engine}
	if p.engine == nil {
		p.engine = quiz.NewEngine(incs)
	}
	if cfg.Start != nil && !plansReview(cfg.Start) {
		rn, err := newRun(p.engine, fitCount(p.engine, *cfg.Start), cfg.Progress, cfg.User, now)
		if err != nil {
			return p, err
		}
		p.run = rn
	}
	return p, nil
}

// plansReview reports options asking for a review the store must plan.
func plansReview(o *quiz.Options) bool { return o.Mode == quiz.Review && len(o.IDs) == 0 }

// load is the Cmd body behind Config.Load.
func load(cfg Config, now func() time.Time) loadedMsg {
	incs, err := cfg.Load()
	if err != nil {
		return loadedMsg{err: err}
	}
	p, err := prepare(cfg, incs, now)
	return loadedMsg{prepared: p, err: err}
}

// ready installs the prepared corpus and opens Home, or the first question.
func (m Model) ready(p prepared) Model {
	m.loading = false
	m.incs, m.engine = p.incs, p.engine
	m.home = newHome(m.c, p.incs, m.cfg.Notice)
	if cfg := m.cfg.Start; cfg != nil && plansReview(cfg) {
		o := *cfg
		m.pendingReview = &o
		m.home.status = "Planning your review…"
	}
	if p.run != nil {
		p.run.tickFn = m.c.tick
		m.run, m.lastOpts = p.run, p.run.opts
		m.c.recorders = append(m.c.recorders, p.run.rec)
		m.question = newQuestion(m.c, p.run).asked(m.cfg.Start.Count)
		m.active = screenQuestion
	}
	return m
}

// dailyMsg carries what the daily loop knows for the library and Results:
// every answered incident's schedule, today's date in the trainee's zone,
// and mastery per platform. The router hands it to the active screen.
type dailyMsg struct {
	cards     map[string]Card
	date      string
	platforms []Mastery
}

// daily is the daily loop's hook: the router calls it after a message that
// changed the screen (from is the screen before), on the model after the
// change, and runs the Cmd it returns. With a Daily store it loads what the
// new screen shows — Home's day, Setup's last choices, the library's marks,
// what a round changed — and saves Setup's choices when a round starts from
// it; without one it returns nil and the screens show what they always did.
func (m Model) daily(msg tea.Msg, from screen) tea.Cmd {
	d, ok := m.store.(Daily)
	if !ok {
		return nil
	}
	user, now := m.cfg.User, m.c.now()
	switch msg.(type) {
	case goHomeMsg, progressOpenedMsg:
		return loadToday(m.store, user, m.incs, now)
	case openSetupMsg:
		return func() tea.Msg {
			set, err := d.Settings(user)
			if err != nil {
				return nil
			}
			return settingsMsg{settings: set}
		}
	case startMsg, reviewMsg: // a review started from Setup is remembered too
		if from == screenSetup {
			return saveLastSetup(d, user, m.setup.choices())
		}
	}
	if m.active != from && (m.active == screenLibrary || m.active == screenResults) {
		return m.loadDaily(d)
	}
	return nil
}

// saveLastSetup keeps Setup's choices in the trainee's settings, the rest
// of them unchanged. A failure only means the next Setup starts from the
// defaults.
func saveLastSetup(d Daily, user, choices string) tea.Cmd {
	return func() tea.Msg {
		set, err := d.Settings(user)
		if err == nil {
			set.LastSetup = choices
			_ = d.SaveSettings(user, set)
		}
		return nil
	}
}

// loadDaily reads the cards, today's date and mastery per platform. On
// Results the round's answers are written first (flush is idempotent and
// the recorder's Cmd runs beside this one), so what changed includes them;
// a write error is the recorder's to report.
func (m Model) loadDaily(d Daily) tea.Cmd {
	store, user, incs, now := m.store, m.cfg.User, m.incs, m.c.now()
	ids := incidentIDs(incs)
	var rec *recorder
	if m.active == screenResults && m.run != nil {
		rec = m.run.rec
	}
	return func() tea.Msg {
		if rec != nil {
			_ = rec.flush()
		}
		cards, err := d.Cards(user, now)
		if err != nil {
			return nil
		}
		msg := dailyMsg{cards: map[string]Card{}}
		for _, c := range cards {
			msg.cards[c.ID] = c
		}
		if t, err := d.Today(user, ids, now); err == nil {
			msg.date = t.Date
		}
		if st, err := store.Stats(user, incs, now); err == nil && st != nil {
			msg.platforms = st.Platforms
		}
		return msg
	}
}
