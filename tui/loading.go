package tui

import (
	"time"

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
	p := prepared{incs: incs, engine: quiz.NewEngine(incs)}
	if cfg.Start != nil && !plansReview(cfg.Start) {
		rn, err := newRun(p.engine, *cfg.Start, cfg.Progress, cfg.User, now)
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
		m.question = newQuestion(m.c, p.run)
		m.active = screenQuestion
	}
	return m
}
