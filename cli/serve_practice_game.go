package cli

import (
	"errors"
	"fmt"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/gameday"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/tui"
)

// teamGames are the team server's game days: a trainer starts one from
// Home, every signed-in trainee is invited, and each joins from the
// session they are in. At most one is open at a time. The room is the game
// day's own (journal, results files, scoring); answers go into the
// server's database under each trainee's key, as serve's do.
type teamGames struct {
	ps  *practiceServer
	dir string // results and journals
	// tell sends every session a tui.GameDayMsg (the server's Broadcast);
	// set before the server serves.
	tell func(tea.Msg)

	mu   sync.Mutex
	game *gameday.TeamGame // the latest; nil before the first
	info string            // what Home's invitation says; "" once it is over
}

var (
	errNoGame   = errors.New("no game day is open")
	errTrainers = errors.New("only trainers host game days")
)

// invitation is the open game's invitation, or "".
func (tg *teamGames) invitation() string {
	tg.mu.Lock()
	defer tg.mu.Unlock()
	return tg.info
}

// current is the open game, or nil.
func (tg *teamGames) current() *gameday.TeamGame {
	tg.mu.Lock()
	defer tg.mu.Unlock()
	if tg.info == "" {
		return nil
	}
	return tg.game
}

// start opens a new game day hosted by host.
func (tg *teamGames) start(host gameday.TeamSession, s tui.GameSettings) (*gameday.TeamGame, error) {
	rounds, err := gameday.RoundsFrom(tg.ps.engine, quiz.Options{Difficulty: s.Difficulty, Count: s.Count, Seed: time.Now().UnixNano(), PerQuestion: s.PerQuestion})
	if err != nil {
		return nil, err
	}
	cfg := gameday.Config{Rounds: rounds, TimePerQuestion: s.PerQuestion, Scoring: quiz.KahootScoring()}
	info := fmt.Sprintf("%s · %s · %v · hosted by %s", plural(len(rounds), "question"), s.Difficulty, s.PerQuestion, host.Account)
	tg.ps.log.Info("game day opened", "host", host.Account, "questions", len(rounds), "difficulty", s.Difficulty.String())
	return tg.open(cfg, info)
}

// resume opens the unfinished game of journal r again (serve --practice
// --resume): its questions, rules, seats and scores; trainees rejoin with g.
func (tg *teamGames) resume(r *gameday.Resume) error {
	var cfg gameday.Config
	r.Apply(&cfg)
	info := fmt.Sprintf("%s · resumed after a restart", plural(len(cfg.Rounds), "question"))
	tg.ps.log.Info("game day resumed", "journal", r.Path, "answers", r.Answers())
	_, err := tg.open(cfg, info)
	return err
}

// open starts cfg's game with its invitation saying info. The previous
// game, over by now, is stopped: players still on its final screens go
// back to Home.
func (tg *teamGames) open(cfg gameday.Config, info string) (*gameday.TeamGame, error) {
	tg.mu.Lock()
	defer tg.mu.Unlock()
	if tg.info != "" {
		return nil, fmt.Errorf("a game day is open already (%s); end it from its console first", tg.info)
	}
	cfg.ResultsDir = tg.dir
	cfg.Logf = func(format string, a ...any) { tg.ps.log.Info("game day: " + fmt.Sprintf(format, a...)) }
	gs := newGameStore(tg.ps.st, cfg)
	var g *gameday.TeamGame
	cfg.Store = gs
	cfg.OnResults = func(r gameday.Results) error {
		tg.over(g)
		return gs.finish(r)
	}
	g, err := gameday.NewTeamGame(cfg, tg.ps.join+" · then g on Home")
	if err != nil {
		return nil, err
	}
	if tg.game != nil {
		go tg.game.Stop()
	}
	tg.game, tg.info = g, info
	tg.tell(tui.GameDayMsg{Open: info})
	return g, nil
}

// over closes the invitation of g once its game is over.
func (tg *teamGames) over(g *gameday.TeamGame) {
	tg.mu.Lock()
	if tg.game != g || tg.info == "" {
		tg.mu.Unlock()
		return
	}
	tg.info = ""
	tg.mu.Unlock()
	tg.ps.log.Info("game day over")
	tg.tell(tui.GameDayMsg{})
}

// close stops the latest game (the server is stopping): its results are
// saved and its players told.
func (tg *teamGames) close() {
	tg.mu.Lock()
	g := tg.game
	tg.mu.Unlock()
	if g != nil {
		g.Stop()
	}
}

// sessionGames are the game days as one signed-in session reaches them.
type sessionGames struct {
	tg  *teamGames
	who gameday.TeamSession
	r   *lipgloss.Renderer
}

func (s sessionGames) Open() string { return s.tg.invitation() }

func (s sessionGames) Join() (tea.Model, func(), error) {
	g := s.tg.current()
	if g == nil {
		return nil, nil, errNoGame
	}
	return g.Player(s.who, s.r)
}

func (s sessionGames) Console() (tea.Model, func(), error) {
	if !s.who.Trainer {
		return nil, nil, errTrainers
	}
	g := s.tg.current()
	if g == nil {
		return nil, nil, errNoGame
	}
	return g.Console(s.who, s.r)
}

func (s sessionGames) Host(gs tui.GameSettings) (tea.Model, func(), error) {
	if !s.who.Trainer {
		return nil, nil, errTrainers
	}
	g, err := s.tg.start(s.who, gs)
	if err != nil {
		return nil, nil, err
	}
	return g.Console(s.who, s.r)
}
