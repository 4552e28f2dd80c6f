package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-isatty"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/progress"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/tui"
	"github.com/spf13/cobra"
)

// playFlags are the session options of `rootcause play`.
type playFlags struct {
	filters     filterFlags
	mode        string
	difficulty  string
	count       int
	seed        int64
	timeLimit   time.Duration
	timeBox     time.Duration
	perQuestion time.Duration
	followUp    bool
}

func newPlayCmd(g *Globals) *cobra.Command {
	var f playFlags
	cmd := &cobra.Command{
		Use:   "play",
		Short: "Start a quiz session directly in the terminal app",
		Long: "play opens the terminal app on the first question of a new session.\n" +
			"--mode review asks the incidents due for review first, then new ones (up to --count),\n" +
			"planned from your saved progress; it cannot run with --no-save.\n" +
			"Without a terminal (piped or in CI) use `rootcause questions` instead.",
		Example: "  rootcause play --count 3 --seed 1\n" +
			"  rootcause play --mode exam --count 10 --time-limit 15m\n" +
			"  rootcause play --mode review\n" +
			"  rootcause play --mode review --time-box 10m\n" +
			"  rootcause play --platform DataNexus --difficulty hard --follow-up",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := f.options(cmd)
			if err != nil {
				return err
			}
			if opts.Mode == quiz.Review && g.NoSave {
				// Nothing to plan from: every incident would read as new,
				// which is practice under another name.
				return usageErr("--mode review needs saved progress to know what is due: drop --no-save, or use --mode practice")
			}
			return runTUI(g, &opts)
		},
	}
	fs := cmd.Flags()
	f.filters.register(fs)
	fs.StringVar(&f.mode, "mode", "practice", "practice, exam, or review (incidents due for review first, then new ones)")
	fs.StringVar(&f.difficulty, "difficulty", "normal", "easy, normal or hard")
	fs.IntVar(&f.count, "count", 10, "number of questions (0 = every matching incident; as many as match when fewer do)")
	fs.Int64Var(&f.seed, "seed", 0, "seed for a repeatable session (default: a new one each run)")
	fs.DurationVar(&f.timeLimit, "time-limit", 0, "time for the whole exam, e.g. 15m (exam mode)")
	fs.DurationVar(&f.timeBox, "time-box", 0, "review: offer no new question after this long, e.g. 10m (the one on screen is finished)")
	fs.DurationVar(&f.perQuestion, "per-question", 0, "time per question, e.g. 45s; enables the speed bonus")
	fs.BoolVar(&f.followUp, "follow-up", false, "ask a prevention follow-up after each answer (practice)")
	return cmd
}

// options validates the flags into session options; bad values are usage errors.
func (f *playFlags) options(cmd *cobra.Command) (quiz.Options, error) {
	var o quiz.Options
	var err error
	if o.Mode, err = quiz.ParseMode(f.mode); err != nil {
		return o, usageErr("--mode: want practice, exam or review, not %q", f.mode)
	}
	if o.Difficulty, err = quiz.ParseDifficulty(f.difficulty); err != nil {
		return o, usageErr("--difficulty: %v", err)
	}
	if f.count < 0 {
		return o, usageErr("--count: %d is negative", f.count)
	}
	if f.timeLimit < 0 || f.perQuestion < 0 {
		return o, usageErr("--time-limit and --per-question must be positive durations such as 15m or 45s")
	}
	if f.timeLimit > 0 && o.Mode != quiz.Exam {
		return o, usageErr("--time-limit is for exams; add --mode exam, or use --per-question")
	}
	switch {
	case f.timeBox < 0:
		return o, usageErr("--time-box must be a positive duration such as 10m")
	case f.timeBox > 0 && o.Mode != quiz.Review:
		return o, usageErr("--time-box is for reviews; add --mode review (an exam has --time-limit)")
	}
	if o.Filter, err = f.filters.filter(); err != nil {
		return o, err
	}
	o.Count, o.TimeLimit, o.PerQuestion = f.count, f.timeLimit, f.perQuestion
	if o.Mode == quiz.Review {
		o.TimeLimit = f.timeBox // a review's TimeLimit is its time box (see tui's newRun)
	}
	o.FollowUp = f.followUp && o.Mode != quiz.Exam
	o.Seed = f.seed
	if !cmd.Flags().Changed("seed") {
		o.Seed = time.Now().UnixNano()
	}
	return o, nil
}

// runApp opens the app on Home (rootcause with no arguments).
func runApp(_ *cobra.Command, g *Globals) error {
	return runTUI(g, nil)
}

// runTUI runs the terminal app; start, when set, opens it on a session.
func runTUI(g *Globals, start *quiz.Options) error {
	if !isTerminal(os.Stdin) || !isTerminal(os.Stdout) {
		return &ExitError{Code: 2, Err: errors.New("the app needs a terminal (stdin and stdout are not both a TTY); " +
			"for scripts and CI use `rootcause questions` or `rootcause incidents export`")}
	}
	cfg := tui.Config{Start: start, User: g.User}
	if len(g.Incidents) == 0 {
		// The bundled corpus cannot fail or warn, so it is read while the
		// terminal is set up: the first frame does not wait for it.
		// The goroutine owns incs until it sends; cfg is copied by tui.New
		// meanwhile, so it must not write cfg's fields.
		type result struct {
			incs []incidents.Incident
			err  error
		}
		loaded := make(chan result, 1)
		go func() {
			incs, err := g.loadCorpus()
			loaded <- result{incs, err}
		}()
		cfg.Load = func() ([]incidents.Incident, error) {
			r := <-loaded
			return r.incs, r.err
		}
	} else {
		incs, probs, err := g.loadCorpusTo(os.Stderr) // before the screen changes: problems print cleanly
		if err != nil {
			return err
		}
		// Home repeats what was left out, so it is not lost once the screen clears.
		cfg.Incidents, cfg.Notice = incs, loadNotice(g, incs, probs)
	}
	cfg.Renderer = newRenderer()
	if cfg.User == "" {
		cfg.User = progress.DefaultUser()
	}
	var opened opener
	if g.NoSave {
		cfg.Notice = strings.TrimPrefix(cfg.Notice+"\nProgress is not saved in this run (--no-save). Run without --no-save to keep your history.", "\n")
	} else {
		cfg.OpenProgress = opened.open(g.DB)
	}
	m, err := tui.New(cfg)
	if err != nil {
		return startErr(err)
	}
	// 120 fps (bubbletea's maximum, default 60): the renderer writes frames
	// only on its ticker, so this halves the wait between a key (or the end
	// of loading) and the frame that shows it; an idle tick costs nothing.
	final, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFPS(120)).Run()
	if fm, ok := final.(tui.Model); ok {
		if ferr := fm.Err(); ferr != nil {
			return startErr(ferr)
		}
		err = errors.Join(err, fm.Flush(), opened.close())
	}
	if err != nil {
		return fmt.Errorf("terminal app: %w", err)
	}
	return nil
}

// startErr classifies why the app could not start: options matching no
// incident are a usage error.
func startErr(err error) error {
	var ee *quiz.ExhaustedError
	if errors.As(err, &ee) {
		return usageErr("%v", err)
	}
	return err
}

// opener opens the progress store for the app after its first frame, and
// keeps it to close once the program has ended. A store that fails to open
// is reported on Home and the app plays on without recording; the file is
// left untouched.
type opener struct {
	mu sync.Mutex
	st *progress.Store
}

func (o *opener) open(path string) func() (tui.Store, error) {
	return func() (tui.Store, error) {
		st, err := progress.Open(path)
		if err != nil {
			return nil, fmt.Errorf("Progress is not saved: %w", err)
		}
		o.mu.Lock()
		o.st = st
		o.mu.Unlock()
		return appStore{st}, nil
	}
}

// close closes the store if it was opened; call it after Model.Flush.
func (o *opener) close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.st == nil {
		return nil
	}
	return o.st.Close()
}

// newRenderer is the renderer for this terminal: lipgloss's default one,
// whose background color bubbletea's init already asked the terminal for
// (before the program reads the keyboard, so the answer is not taken for
// keys); asking again would cost another round trip before the first frame.
func newRenderer() *lipgloss.Renderer {
	return lipgloss.DefaultRenderer()
}

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}
