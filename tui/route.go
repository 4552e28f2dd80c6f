package tui

import (
	"github.com/nexusflow/rootcause/incidents"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/quiz"
)

// reviewSize is how many incidents one review session asks.
const reviewSize = 10

// navigate handles the messages that change screens. ok is false for
// messages that belong to the active screen.
func (m Model) navigate(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case goHomeMsg:
		// A round left unfinished stays "interrupted" in the store; its
		// answers are already written or queued.
		m.run = nil
		m.active = screenHome
		return m, tea.Batch(loadDue(m.store, m.cfg.User, m.incs, m.c.now()), m.home.team.load()), true
	case dueMsg:
		m.home = m.home.withDue(msg.due, msg.fresh)
		return m, nil, true
	case leaveMsg:
		next, c := m.leave()
		return next, c, true
	case openSetupMsg:
		m.setup = newSetup(m.c, m.engine, msg.mode, m.c.now().UnixNano())
		m.active = screenSetup
		return m, nil, true
	case openLibraryMsg:
		m = m.withLibrary()
		m.library.back = screenHome
		return m, nil, true
	case studyMsg:
		m = m.withLibrary()
		m.library = m.library.openID(msg.id, screenStats)
		return m, nil, true
	case openStatsMsg:
		var c tea.Cmd
		m.stats, c = newStats(m.c, m.store, m.cfg.User, m.incs)
		if m.store == nil {
			m.stats = m.stats.unavailable(m.noStatsReason())
		}
		m.active = screenStats
		return m, c, true
	case progressOpenedMsg:
		return m.progressOpened(msg)
	case userChangedMsg: // a team account renamed or linked: go on as it
		m.cfg.User = msg.user
		if m.home.status != "" && m.store != nil {
			m.home.status = "Progress is saved for " + safeLine(msg.user) + " in " + safeLine(m.store.Where())
		}
		now := m.c.now()
		return m, tea.Batch(loadDue(m.store, msg.user, m.incs, now), loadToday(m.store, msg.user, m.incs, now)), true
	}
	return m.navigateSession(msg)
}

// navigateSession handles the messages that start, advance and end rounds.
func (m Model) navigateSession(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case startMsg:
		return m.start(msg.opts)
	case reviewMsg:
		m.pendingReview = nil
		ids := incidentIDs(msg.opts.Filter.Select(m.incs))
		n := msg.opts.Count
		if n <= 0 {
			n = reviewSize
		}
		return m, planReview(m.store, m.cfg.User, ids, m.c.now(), n, msg.opts), true
	case reviewPlannedMsg:
		return m.startReview(msg)
	case retryMsg:
		o := m.lastOpts
		o.Mode, o.IDs, o.Count, o.TimeLimit, o.Seed = quiz.Practice, msg.ids, 0, 0, o.Seed+1
		return m.start(o)
	case freshMsg:
		if m.lastOpts.Mode == quiz.Review {
			o := m.lastOpts
			o.IDs, o.Count = nil, m.lastReviewCount
			return m, cmd(reviewMsg{opts: o}), true
		}
		o := m.lastOpts
		o.Seed++
		return m.start(o)
	case feedbackMsg:
		m.feedback = newFeedback(m.c, m.run, msg.outcome, msg.timedOut)
		m.active = screenFeedback
		return m, nil, true
	case nextMsg:
		return m.next()
	case finishMsg:
		if m.run == nil {
			return m, nil, true
		}
		return m.finish(msg.reason)
	case tickMsg:
		if msg.run != m.run || m.run.finished() {
			return m, nil, true // a finished or earlier session's clock
		}
		var c tea.Cmd
		if m.active == screenQuestion {
			m.question, c = m.question.update(msg)
		}
		return m, tea.Batch(c, m.run.tick()), true
	}
	return m, nil, false
}

// withLibrary shows the study library, built on first use.
func (m Model) withLibrary() Model {
	if !m.libraryReady {
		m.library, m.libraryReady = newLibrary(m.c, m.incs), true
	}
	m.library = m.library.resized()
	m.active = screenLibrary
	return m
}

// noStatsReason says why there is no store to read stats from, and what to
// do: the store failed to open (its error names the file and the fix), is
// still opening, or this run does not save (--no-save).
func (m Model) noStatsReason() string {
	switch {
	case m.progressErr != "":
		return m.progressErr + "\n\nStats are read from that database, so there are none in this run."
	case m.cfg.OpenProgress != nil:
		return "The progress database is still opening; try again in a moment."
	}
	return "Progress is not saved in this run (--no-save), so there are no stats. Run rootcause without --no-save to keep your history."
}

// progressOpened takes the store opened after the first frame: answers
// queued meanwhile are written now. A store that failed to open leaves a
// notice saying why and the app plays on without saving.
func (m Model) progressOpened(msg progressOpenedMsg) (Model, tea.Cmd, bool) {
	if msg.err != nil {
		m.progressErr = msg.err.Error()
		m.home.notice = msg.err.Error()
		if m.pendingReview != nil {
			m.pendingReview, m.home.status = nil, ""
			m.home.notice += ". A review needs saved progress to know what is due: fix that, or choose Practice."
		}
		if m.active != screenHome {
			m.err = msg.err.Error()
		}
	}
	if msg.err != nil || msg.store == nil {
		return m, nil, true
	}
	m.store = msg.store
	m.home.status = "Progress is saved for " + safeLine(m.cfg.User)
	if where := msg.store.Where(); where != "" {
		m.home.status += " in " + safeLine(where)
	}
	cmds := []tea.Cmd{loadDue(msg.store, m.cfg.User, m.incs, m.c.now())}
	if m.pendingReview != nil {
		cmds = append(cmds, cmd(reviewMsg{opts: *m.pendingReview}))
	}
	for _, r := range m.c.recorders {
		cmds = append(cmds, r.attach(msg.store))
	}
	return m, tea.Batch(cmds...), true
}

// start begins a session; a failure (e.g. no incident matches) is shown on
// Setup, or in the footer elsewhere.
func (m Model) start(o quiz.Options) (Model, tea.Cmd, bool) {
	rn, err := newRun(m.engine, o, m.store, m.cfg.User, m.c.now)
	if err != nil {
		if m.active == screenSetup {
			m.setup.err = err.Error()
		} else {
			m.err = err.Error()
		}
		return m, nil, true
	}
	rn.tickFn = m.c.tick
	m.run, m.lastOpts, m.err = rn, o, ""
	m.c.recorders = append(m.c.recorders, rn.rec)
	m.question = newQuestion(m.c, rn)
	m.active = screenQuestion
	return m, rn.startCmd(), true
}

func (m Model) startReview(msg reviewPlannedMsg) (Model, tea.Cmd, bool) {
	switch {
	case msg.err != nil:
		m.err = "review: " + msg.err.Error()
		return m, nil, true
	case len(msg.ids) == 0:
		why := "Nothing is due for review today and every incident has been seen. Try Practice."
		if msg.capped {
			why = "Nothing is due and today's new incidents are used up (new-per-day cap)."
		}
		// Said where the trainee pressed enter: on Setup, a notice on Home
		// would leave enter looking as if it did nothing.
		if m.active == screenSetup {
			m.setup.err = why
		} else {
			m.home.notice = why
		}
		return m, nil, true
	}
	o := msg.opts
	m.lastReviewCount = o.Count
	o.Mode, o.IDs, o.Count, o.Seed = quiz.Review, msg.ids, 0, m.c.now().UnixNano()
	return m.start(o)
}

// next moves from feedback (or an exam's end) to the next question or to
// Results.
func (m Model) next() (Model, tea.Cmd, bool) {
	if m.run == nil {
		m.active = screenHome
		return m, nil, true
	}
	if m.run.finished() {
		return m.finish(quiz.EndNone)
	}
	if m.run.next() {
		m.question = newQuestion(m.c, m.run)
		m.active = screenQuestion
		return m, nil, true
	}
	return m.finish(quiz.EndCompleted)
}

// finish is the one way a session ends with its results: every question
// taken, an exam submitted or out of time. The run is finished here (an
// exam is scored and recorded now) and Results shows it. EndNone shows the
// results of a run that is already finished.
func (m Model) finish(reason quiz.EndReason) (Model, tea.Cmd, bool) {
	var c tea.Cmd
	if reason != quiz.EndNone {
		c = m.run.finish(reason)
	}
	m.results = newResults(m.c, m.run)
	m.active = screenResults
	return m, c, true
}

// delegate hands a message to the active screen.
func (m Model) delegate(msg tea.Msg) (Model, tea.Cmd) {
	if m.loading {
		return m, nil // no screen yet: keys before the first frame are dropped
	}
	var c tea.Cmd
	switch m.active {
	case screenHome:
		m.home, c = m.home.update(msg)
	case screenSetup:
		m.setup, c = m.setup.update(msg)
	case screenQuestion:
		m.question, c = m.question.update(msg)
	case screenFeedback:
		m.feedback, c = m.feedback.update(msg)
	case screenResults:
		m.results, c = m.results.update(msg)
	case screenLibrary:
		m.library, c = m.library.update(msg)
	case screenStats:
		m.stats, c = m.stats.update(msg)
	}
	return m, c
}

func (m Model) screenView() string {
	switch m.active {
	case screenSetup:
		return m.setup.view()
	case screenQuestion:
		return m.question.view()
	case screenFeedback:
		return m.feedback.view()
	case screenResults:
		return m.results.view()
	case screenLibrary:
		return m.library.view()
	case screenStats:
		return m.stats.view()
	}
	return m.home.view()
}

func (m Model) screenHelp() screenHelp {
	switch m.active {
	case screenSetup:
		return m.setup.help()
	case screenQuestion:
		return m.question.help()
	case screenFeedback:
		return m.feedback.help()
	case screenResults:
		return m.results.help()
	case screenLibrary:
		return m.library.help()
	case screenStats:
		return m.stats.help()
	}
	return m.home.help()
}

// incidentIDs lists the incidents' IDs in order.
func incidentIDs(incs []incidents.Incident) []string {
	ids := make([]string, len(incs))
	for i := range incs {
		ids[i] = incs[i].ID
	}
	return ids
}
