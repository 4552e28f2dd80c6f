package cli

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"
	"github.com/nexusflow/rootcause/gameday"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/tui"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// practiceFlags are serve's team-server flags (serve --practice).
type practiceFlags struct {
	on                    bool
	authKeys, trainerKeys string
	open                  bool
}

func (p *practiceFlags) register(fs *pflag.FlagSet) {
	fs.BoolVar(&p.on, "practice", false, "run the team server: every ssh connection gets the whole app, progress kept on this server under the trainee's key")
	fs.StringVar(&p.authKeys, "authorized-keys", "", "--practice: authorized_keys file of the keys allowed to sign in (re-read on change and SIGHUP)")
	fs.StringVar(&p.trainerKeys, "trainer-keys", "", "--practice: authorized_keys file of trainers (report over ssh, the dashboard)")
	fs.BoolVar(&p.open, "open", false, "--practice: let every key in (a trusted network)")
}

// gameOnlyFlags make no sense for the team server: saying so beats
// ignoring them.
var gameOnlyFlags = []string{"teams", "team-names", "projector", "facilitator-keys", "count", "time-per-question",
	"anonymous", "discussion", "auto-advance", "no-speed-bonus", "no-streak-bonus", "seed", "difficulty"}

// practiceServer is what the team server's handlers share: the database,
// the corpus and the log.
type practiceServer struct {
	g    *Globals
	st   *progress.Store
	incs []incidents.Incident
	// engine asks every session's questions: built once, read-only after.
	engine *quiz.Engine
	log    *log.Logger
	// join is how another machine reaches the server, shown with a link
	// code; set before Serve, so sessions only read it.
	join string
	// games are the game days trainers start from Home.
	games *teamGames
	// trainerKeys are the trainer keys' fingerprints as last read; set
	// before Serve.
	trainerKeys func() []string
}

func runPractice(cmd *cobra.Command, g *Globals, f *serveFlags) error {
	for _, name := range gameOnlyFlags {
		if cmd.Flags().Changed(name) {
			return usageErr("--%s is for game days; --practice opens the app for each trainee (drop one or the other)", name)
		}
	}
	if g.NoSave {
		return usageErr("--no-save: the team server keeps every trainee's progress; drop it")
	}
	logger := log.NewWithOptions(cmd.ErrOrStderr(), log.Options{ReportTimestamp: true, TimeFormat: time.DateTime, Prefix: "rootcause"})
	incs, _, err := g.loadCorpusTo(cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	st, err := progress.Open(g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	ps := &practiceServer{g: g, st: st, incs: incs, engine: quiz.NewEngine(incs), log: logger}
	// A game day's results and journal go beside the database unless
	// --results-dir says otherwise (a service's working directory is
	// rarely the place).
	ps.games = &teamGames{ps: ps, dir: filepath.Dir(st.Path())}
	if cmd.Flags().Changed("results-dir") {
		if err := checkResultsDir(f.resultsDir); err != nil {
			return err
		}
		ps.games.dir = f.resultsDir
	}
	cfg, err := ps.config(cmd, f)
	if err != nil {
		return err
	}
	srv, err := gameday.NewTeamServer(cfg)
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	ps.games.tell, ps.trainerKeys = srv.Broadcast, srv.TrainerKeys
	if f.resume {
		// A service restarted with --resume every time has nothing to
		// resume most times: that is no reason not to start.
		r, err := gameday.LoadResume(ps.games.dir)
		if err == nil {
			err = ps.games.resume(r)
		}
		if errors.Is(err, gameday.ErrNoGame) {
			logger.Info("--resume: no unfinished game day", "dir", ps.games.dir)
			err = nil
		}
		if err != nil {
			_ = srv.Close(0)
			return fmt.Errorf("--resume: %w", err)
		}
	}
	if host, port, err := net.SplitHostPort(srv.JoinAddr()); err == nil {
		ps.join = "ssh -p " + port + " " + host
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve() }()
	fmt.Fprintf(cmd.ErrOrStderr(), "rootcause: team server on %s: trainees run  ssh -p %s HOST  (progress in %s)\n", srv.JoinAddr(), portOf(srv.JoinAddr()), st.Path())
	fmt.Fprintf(cmd.ErrOrStderr(), "rootcause: %s\n", srv.Mode())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	for {
		select {
		case err = <-errc:
		case s := <-sig:
			if s == syscall.SIGHUP {
				logger.Info("SIGHUP: re-reading the key files")
				srv.Reload()
				continue
			}
			logger.Info("stopping: sessions are told, their answers are already saved (again to force)", "signal", s.String())
			go forceOnSecond(sig, cmd)
		}
		break
	}
	ps.games.close() // saves a game day in progress; its players are told
	if cerr := srv.Close(5 * time.Second); err == nil {
		err = cerr
	}
	return err
}

func portOf(addr string) string {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == ':' {
			return addr[i+1:]
		}
	}
	return addr
}

// config is the team server's configuration from serve's flags.
func (ps *practiceServer) config(cmd *cobra.Command, f *serveFlags) (gameday.TeamConfig, error) {
	cfg := gameday.TeamConfig{
		Listen: f.listen, HostKeyPath: f.hostKey, AuthorizedKeys: f.practice.authKeys, Code: f.code,
		Open: f.practice.open, TrainerKeys: f.practice.trainerKeys,
		App: ps.app, Accounts: teamAccounts{ps.st}, Import: ps.importLog, Report: ps.report, Log: ps.log,
	}
	if f.maxPerIPSet {
		cfg.MaxPerIP = f.maxPerIP
		if f.maxPerIP == 0 {
			cfg.MaxPerIP = -1
		}
	}
	if cmd.Flags().Changed("max-players") {
		cfg.MaxSessions = f.maxPlayers
	}
	if cfg.HostKeyPath == "" {
		var err error
		if cfg.HostKeyPath, err = xdg.DataFile(filepath.Join("rootcause", "ssh_host_ed25519")); err != nil {
			return cfg, fmt.Errorf("host key: %w", err)
		}
	}
	return cfg, nil
}

// app is one signed-in session's app: the local app's screens, recording
// under the session's account in the server's database.
func (ps *practiceServer) app(who gameday.TeamSession, r *lipgloss.Renderer) (tea.Model, func(), error) {
	cfg := tui.Config{Incidents: ps.incs, Engine: ps.engine, Progress: keyedStore{appStore{ps.st}, who.Key}, User: who.Account, Renderer: r}
	teamConfig(&cfg, ps.st, who.Trainer)
	if ps.trainerKeys != nil {
		setTeamTrainers(&cfg, ps.trainerKeys)
	}
	setTeamJoin(&cfg, ps.join)
	if ps.games != nil {
		cfg.GameDays = sessionGames{tg: ps.games, who: who, r: r}
	}
	m, err := tui.New(cfg)
	if err != nil {
		return nil, nil, err
	}
	// Each answer is committed as given; Flush writes what a quit (or the
	// server stopping) left queued.
	done := func() {
		m.LeaveGame() // a dropped connection must not keep a seat as if here
		if err := m.Flush(); err != nil {
			ps.log.Error("saving the last answers", "account", who.Account, "err", err)
		}
	}
	return m, done, nil
}

// importLog replays a review log into the signed-in account: whatever
// user and key the records name, they become this account's and this key's.
func (ps *practiceServer) importLog(who gameday.TeamSession, in io.Reader, out io.Writer) error {
	recs, err := progress.ParseLog(in, "the log")
	if err != nil {
		return err
	}
	// The account's name now: it may have been renamed since sign-in.
	name, err := ps.st.AccountFor(who.Key, who.User)
	if err != nil {
		return err
	}
	for i := range recs {
		recs[i].User, recs[i].Key = name, who.Key
	}
	res, err := ps.st.ImportLog(recs)
	if err != nil {
		return err
	}
	ps.log.Info("imported", "account", name, "added", res.Added, "skipped", res.Skipped)
	_, err = fmt.Fprintf(out, "Imported %d answer(s) into your account %q (%d already there).\n", res.Added, name, res.Skipped)
	return err
}

// report is `rootcause report` on the server's database, run by the same
// command (so `ssh HOST report --format csv` equals `rootcause report
// --db PATH --format csv` there); --db is not offered to the client.
func (ps *practiceServer) report(_ gameday.TeamSession, args []string, out io.Writer) error {
	g := *ps.g
	g.DB, g.User, g.NoSave = ps.st.Path(), "", false
	cmd := newReportCmd(&g)
	cmd.Flags().StringVar(&g.User, "user", "", "only this trainee: a name or an SSH key fingerprint")
	cmd.SetArgs(args)
	cmd.SetOut(out)
	cmd.SetErr(out)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	return cmd.Execute()
}

// teamAccounts binds keys to accounts in the progress database.
type teamAccounts struct{ st *progress.Store }

func (a teamAccounts) Bound(fp string) (string, bool, error) { return a.st.BoundAccount(fp) }
func (a teamAccounts) Bind(fp, user string) (string, error)  { return a.st.AccountFor(fp, user) }

// keyedStore is the app's store for one session: answers carry the key
// they were given with, as a game day's do (progress export shows it).
type keyedStore struct {
	appStore
	key string
}

func (k keyedStore) RecordAnswer(sid int64, x tui.Answer) error {
	return k.st.RecordAnswer(sid, progress.Answer{
		IncidentID: x.IncidentID, Kind: x.Kind, Difficulty: x.Difficulty, Choice: x.Choice,
		Correct: x.Correct, Clues: x.Clues, Elapsed: x.Elapsed, At: x.At, NotReached: x.NotReached, Key: k.key,
	})
}
