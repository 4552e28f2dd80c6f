package cli

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"
	"github.com/nexusflow/rootcause/gameday"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/spf13/cobra"
)

type serveFlags struct {
	listen, hostKey, code, difficulty, facKeys, resultsDir string
	count, maxPlayers, maxPerIP                            int
	seed                                                   int64
	perQuestion, discussion, autoAdvance                   time.Duration
	anonymous, teams, noSpeed, noStreak, resume, projector bool
	maxPerIPSet                                            bool
	teamNames                                              []string
	filters                                                filterFlags
	identity                                               string        // "key" or "name"
	practice                                               practiceFlags // serve --practice: the team server
}

func newServeCmd(g *Globals) *cobra.Command {
	f := &serveFlags{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Host a game day, or with --practice the team training server, over SSH",
		Long: "serve hosts a live round: players join with plain ssh (ssh -p 2222 NAME@host), everyone\n" +
			"answers the same question against the clock, and a leaderboard runs between questions.\n" +
			"The terminal that runs serve is the facilitator's console. It listens on loopback\n" +
			"unless --listen says otherwise.\n\n" +
			"serve --practice is the long-running team server instead: each ssh connection opens the\n" +
			"whole app for that trainee, with progress kept in the server's database under their SSH key.\n" +
			"Beyond loopback it needs an access mode: --authorized-keys FILE, --code CODE or --open.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.maxPerIPSet = cmd.Flags().Changed("max-per-ip")
			if f.practice.on {
				return runPractice(cmd, g, f)
			}
			return runServe(cmd, g, f)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&f.listen, "listen", gameday.DefaultListen, "address to listen on; use 0.0.0.0:2222 to accept players from other machines")
	fs.StringVar(&f.hostKey, "host-key", "", "SSH host key file, created on first run (default: $XDG_DATA_HOME/rootcause/ssh_host_ed25519)")
	fs.StringVar(&f.code, "code", "", "join code players must give as their SSH password (with --practice: the registration code a new key gives once)")
	fs.IntVar(&f.count, "count", 10, "number of questions (as many as match when fewer do)")
	fs.StringVar(&f.difficulty, "difficulty", "normal", "easy, normal or hard")
	fs.Int64Var(&f.seed, "seed", 0, "seed for picking questions (default: random)")
	fs.DurationVar(&f.perQuestion, "time-per-question", gameday.DefaultTimePerQuestion, "time to answer each question")
	fs.BoolVar(&f.anonymous, "anonymous", false, "no names on the shared leaderboard (each player still sees their own rank)")
	fs.BoolVar(&f.teams, "teams", false, "team mode: players pick a team in the lobby; team score is the mean of its members")
	fs.StringSliceVar(&f.teamNames, "team-names", gameday.DefaultTeams, "team names in team mode")
	fs.DurationVar(&f.discussion, "discussion", gameday.DefaultDiscussion, "team mode: discussion time before answers open (0 = none)")
	fs.StringVar(&f.facKeys, "facilitator-keys", "", "authorized_keys file: these keys get the facilitator console over SSH")
	fs.IntVar(&f.maxPlayers, "max-players", gameday.DefaultMaxPlayers, "most players in one game")
	fs.IntVar(&f.maxPerIP, "max-per-ip", gameday.DefaultMaxPerIP, "most concurrent connections from one address; 0 = no limit (default: --max-players with --code, so a room behind one NAT fits, else 32)")
	fs.BoolVar(&f.noSpeed, "no-speed-bonus", false, "a right answer scores the same whenever it comes")
	fs.BoolVar(&f.noStreak, "no-streak-bonus", false, "no bonus for consecutive right answers")
	fs.DurationVar(&f.autoAdvance, "auto-advance", gameday.DefaultAutoAdvance, "with no facilitator attached, move on from reveal and leaderboard after this long (0 = never)")
	fs.StringVar(&f.resultsDir, "results-dir", ".", "directory for results-<time>.json and .csv, and the game's journal game-<time>.jsonl")
	fs.BoolVar(&f.projector, "projector", false, "start the console in the projector view, for a screen the room can see (v toggles)")
	fs.BoolVar(&f.resume, "resume", false, "continue the latest unfinished game in --results-dir (same code, questions, scores and seats; players reconnect with the same key)")
	fs.StringVar(&f.identity, "identity", "key", "what a player's account is: key (their SSH key) or name (the name they connect as; for players who share one key, e.g. cloned lab VMs)")
	f.filters.register(fs)
	f.practice.register(fs)
	return cmd
}

func runServe(cmd *cobra.Command, g *Globals, f *serveFlags) error {
	cfg, err := serveConfig(g, f)
	if err != nil {
		return err
	}
	if !g.NoSave {
		st, err := progress.Open(g.DB)
		if err != nil {
			return err
		}
		defer st.Close()
		gs := newGameStore(st, cfg)
		cfg.Store, cfg.OnResults = gs, gs.finish
	}
	interactive := term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
	if !interactive {
		cfg.Logf = func(format string, a ...any) {
			fmt.Fprintf(cmd.ErrOrStderr(), "%s %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, a...))
		}
	}
	srv, err := gameday.NewServer(cfg)
	if err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve() }()
	addr := srv.JoinAddr()
	if !interactive {
		fmt.Fprintf(cmd.ErrOrStderr(), "rootcause: game day on %s: players run  ssh -p %s NAME@HOST\n", addr, addr[strings.LastIndex(addr, ":")+1:])
		if w := srv.Warning(); w != "" {
			fmt.Fprintln(cmd.ErrOrStderr(), "rootcause: warning:", w)
		}
		go func() { _ = srv.RunCommands(cmd.InOrStdin(), cmd.ErrOrStderr()) }()
	}
	// SIGHUP too: closing the terminal or the SSH session to the host must
	// save the game, not drop it.
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	consoleDone := make(chan error, 1)
	if interactive {
		go func() { consoleDone <- srv.RunConsole(os.Stdin, os.Stdout) }()
	}
	consoleEnded := false
	select {
	case err = <-consoleDone:
		consoleEnded = true
	case err = <-errc:
	case s := <-sig:
		fmt.Fprintf(cmd.ErrOrStderr(), "rootcause: %v: saving and stopping (again to force)\n", s)
		go forceOnSecond(sig, cmd)
	}
	if cerr := srv.Close(); err == nil {
		err = cerr
	}
	if interactive && !consoleEnded {
		// Closing the server closes the console; let it give the terminal
		// back (alternate screen, raw mode) before the process exits.
		select {
		case <-consoleDone:
		case <-time.After(5 * time.Second):
		}
	}
	return err
}

// forceOnSecond exits at once on a second signal: a stuck shutdown must
// not hold the facilitator's terminal. What was acknowledged is on disk
// already (journal and database).
func forceOnSecond(sig <-chan os.Signal, cmd *cobra.Command) {
	s := <-sig
	fmt.Fprintf(cmd.ErrOrStderr(), "rootcause: %v again: stopping now\n", s)
	os.Exit(1)
}

func serveConfig(g *Globals, f *serveFlags) (gameday.Config, error) {
	cfg := gameday.Config{
		Listen: f.listen, HostKeyPath: f.hostKey, JoinCode: f.code, TimePerQuestion: f.perQuestion,
		Anonymous: f.anonymous, Discussion: f.discussion, MaxPlayers: f.maxPlayers, MaxPerIP: f.maxPerIP,
		AutoAdvance: f.autoAdvance, ResultsDir: f.resultsDir, Projector: f.projector,
	}
	if f.autoAdvance == 0 {
		cfg.AutoAdvance = -1
	}
	if f.discussion == 0 {
		cfg.Discussion = -1 // the Config's "none": its zero means the default
	}
	switch {
	case !f.maxPerIPSet && f.code != "":
		// A join code already keeps strangers out; 80 players behind one
		// office NAT must not meet the default of 32.
		cfg.MaxPerIP = f.maxPlayers
	case f.maxPerIP == 0:
		cfg.MaxPerIP = -1 // the Config's "no limit"
	}
	switch f.identity {
	case "key", "":
	case "name":
		cfg.NameIdentity = true
	default:
		return cfg, usageErr("--identity: %q is not key or name", f.identity)
	}
	if f.perQuestion < time.Second || f.count < 1 || f.maxPlayers < 1 {
		return cfg, usageErr("--time-per-question must be at least 1s, --count and --max-players at least 1")
	}
	diff, err := quiz.ParseDifficulty(f.difficulty)
	if err != nil {
		return cfg, usageErr("--difficulty: %v", err)
	}
	if cfg.HostKeyPath == "" {
		if cfg.HostKeyPath, err = xdg.DataFile(filepath.Join("rootcause", "ssh_host_ed25519")); err != nil {
			return cfg, fmt.Errorf("host key: %w", err)
		}
	}
	if f.facKeys != "" {
		if cfg.FacilitatorKeys, err = gameday.LoadAuthorizedKeys(f.facKeys); err != nil {
			return cfg, usageErr("--facilitator-keys: %v", err)
		}
	}
	if f.teams {
		for _, n := range f.teamNames {
			if n = gameday.SanitizeName(n); n != "" {
				cfg.Teams = append(cfg.Teams, n)
			}
		}
		if len(cfg.Teams) < 2 {
			return cfg, usageErr("--team-names: team mode needs at least two teams")
		}
	}
	if err := checkResultsDir(f.resultsDir); err != nil {
		return cfg, err
	}
	cfg.Scoring = quiz.KahootScoring()
	cfg.Scoring.SpeedBonus, cfg.Scoring.StreakBonus = !f.noSpeed, !f.noStreak
	if f.resume {
		r, err := gameday.LoadResume(f.resultsDir)
		if err != nil {
			return cfg, fmt.Errorf("--resume: %w", err)
		}
		r.Apply(&cfg) // the game's own code, questions and rules, whatever the flags say
		return cfg, nil
	}
	cfg.Rounds, err = serveRounds(g, f, diff)
	return cfg, err
}

// checkResultsDir refuses a --results-dir that is not a directory.
func checkResultsDir(dir string) error {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return usageErr("--results-dir: %s is not a directory", dir)
	}
	return nil
}

// serveRounds picks the game's questions from the corpus and the filters.
func serveRounds(g *Globals, f *serveFlags, diff quiz.Difficulty) ([]*quiz.Question, error) {
	filter, err := f.filters.filter()
	if err != nil {
		return nil, err
	}
	incs, err := g.loadCorpus()
	if err != nil {
		return nil, err
	}
	seed := f.seed
	if seed == 0 {
		seed = time.Now().UnixNano()
	}
	rounds, err := gameday.BuildRounds(incs, quiz.Options{Difficulty: diff, Count: f.count, Seed: seed, Filter: filter, PerQuestion: f.perQuestion})
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if note := fewerMatch(f.count, len(rounds), filter); note != "" {
		fmt.Fprintln(os.Stderr, "rootcause: "+note) // before the console takes the screen
	}
	return rounds, nil
}

// gameStore keeps a game's answers in the progress database as they come,
// one session per player, under the account of the player's SSH key.
type gameStore struct {
	st       *progress.Store
	level    string // the game's difficulty, as the database names it
	total    int
	mu       sync.Mutex
	sessions map[string]int64 // player identity → session
}

func newGameStore(st *progress.Store, cfg gameday.Config) *gameStore {
	level := quiz.Normal.String()
	if len(cfg.Rounds) > 0 {
		level = cfg.Rounds[0].Difficulty.String()
	}
	return &gameStore{st: st, level: level, total: len(cfg.Rounds), sessions: map[string]int64{}}
}

// SaveAnswers records one group commit of answers in one transaction.
func (s *gameStore) SaveAnswers(batch []gameday.StoredAnswer) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	items := make([]progress.SessionAnswer, 0, len(batch))
	for _, a := range batch {
		sid, ok := s.sessions[a.Player]
		if !ok {
			// A player with a key plays under the account of that key; a
			// player without one (no key offered) under their name.
			user := a.Name
			if a.Key != "" {
				var err error
				if user, err = s.st.AccountFor(a.Key, a.Name); err != nil {
					return err
				}
			}
			var err error
			sid, err = s.st.StartSession(user, progress.SessionInfo{Mode: "gameday", Difficulty: s.level, Total: s.total, At: a.At})
			if err != nil {
				return err
			}
			s.sessions[a.Player] = sid
		}
		items = append(items, progress.SessionAnswer{Session: sid, Answer: progress.Answer{
			IncidentID: a.Incident, Kind: string(quiz.KindRootCause), Difficulty: s.level,
			Choice: a.Choice, Correct: a.Correct, Elapsed: a.Elapsed, At: a.At, Key: a.Key,
		}})
	}
	return s.st.RecordAnswers(items)
}

// finish marks the players' sessions finished once the game is over.
func (s *gameStore) finish(r gameday.Results) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	at := r.Ended
	for _, sid := range s.sessions {
		if err := s.st.FinishSession(sid, at); err != nil {
			return err
		}
	}
	return nil
}
