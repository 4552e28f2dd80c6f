package gameday

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/charmbracelet/ssh"
	"github.com/nexusflow/rootcause/quiz"
)

// Defaults for Config fields left zero.
const (
	DefaultListen           = "127.0.0.1:2222"
	DefaultTimePerQuestion  = 30 * time.Second
	DefaultDiscussion       = 15 * time.Second
	DefaultMaxPlayers       = 200
	DefaultMaxPerIP         = 32
	DefaultHandshakeTimeout = time.Minute
	DefaultIdleTimeout      = 30 * time.Minute
	DefaultAutoAdvance      = 10 * time.Second
)

// DefaultTeams are the team names of team mode.
var DefaultTeams = []string{"Red", "Blue", "Green", "Gold"}

// Config is everything a game server needs. Zero fields take the defaults
// above; Rounds is required.
type Config struct {
	Listen      string // host:port; loopback unless the operator says otherwise
	HostKeyPath string // created (ed25519, 0600) when missing
	JoinCode    string // asked as the SSH password when set

	Rounds          []*quiz.Question
	TimePerQuestion time.Duration
	Scoring         quiz.Scoring

	Anonymous bool     // no names on the shared leaderboard
	Teams     []string // team names; nil = no team mode
	// Discussion is the countdown before answers open in team mode.
	Discussion time.Duration

	// FacilitatorKeys may log in over SSH and get the console.
	FacilitatorKeys []ssh.PublicKey
	// AutoAdvance moves past the reveal and the leaderboard by itself after
	// this long while no facilitator console is attached, so the game goes
	// on when the facilitator leaves. Negative disables it.
	AutoAdvance time.Duration

	MaxPlayers       int
	MaxPerIP         int // concurrent connections from one address; negative = no limit
	HandshakeTimeout time.Duration
	IdleTimeout      time.Duration

	ResultsDir string // where results-<time>.json/.csv go; "" = current dir
	// OnResults, when set, receives the results once the game is over (the
	// final screens, or the server closing after a game started), e.g. to
	// record them in the progress database. It runs on its own goroutine;
	// Stop waits for it. Its error is logged and shown on the console.
	OnResults func(Results) error
	// Store, when set, receives each answer as it is given and each miss as
	// a question locks; a player sees "Locked in" only once it took them.
	Store Store
	// Resume, when set, carries on the unfinished game of that journal
	// (see LoadResume and Resume.Apply).
	Resume *Resume
	// NameIdentity makes the display name the account (serve --identity
	// name), for rooms where players share one SSH key (cloned lab VMs): by
	// key, they would all be one player and throw each other out. A name
	// whose seat is in use gets a seat of its own ("sam (2)"), so no one
	// can take over another's seat; progress goes under the name.
	NameIdentity bool
	// Projector starts the local console in the projector view (v toggles).
	Projector bool
	// Logf receives one line per notable event (joins, phase changes). nil = silent.
	Logf func(format string, args ...any)

	// wrapIO, set by tests only, wraps a player session's input and output
	// (BenchmarkSwarm times an answer from the server reading its key to
	// the server writing its "Locked in").
	wrapIO func(ssh.Session) (io.Reader, io.Writer)
}

func (c *Config) withDefaults() (Config, error) {
	out := *c
	if len(out.Rounds) == 0 {
		return out, errors.New("no questions to play: the corpus gave none")
	}
	for i, q := range out.Rounds {
		if err := validRound(q); err != nil {
			id := "?"
			if q != nil && q.Incident != nil {
				id = q.Incident.ID
			}
			return out, fmt.Errorf("question %d (incident %s): %w", i+1, id, err)
		}
	}
	setDur(&out.TimePerQuestion, DefaultTimePerQuestion)
	setDur(&out.Discussion, DefaultDiscussion)
	setDur(&out.HandshakeTimeout, DefaultHandshakeTimeout)
	setDur(&out.IdleTimeout, DefaultIdleTimeout)
	setDur(&out.AutoAdvance, DefaultAutoAdvance)
	if out.Listen == "" {
		out.Listen = DefaultListen
	}
	if out.MaxPlayers <= 0 {
		out.MaxPlayers = DefaultMaxPlayers
	}
	if out.MaxPerIP == 0 {
		out.MaxPerIP = DefaultMaxPerIP
	}
	if out.Scoring == (quiz.Scoring{}) {
		out.Scoring = quiz.KahootScoring()
	}
	if len(out.Teams) == 1 {
		return out, errors.New("team mode needs at least two teams")
	}
	if out.Logf == nil {
		out.Logf = func(string, ...any) {}
	}
	return out, nil
}

func setDur(d *time.Duration, def time.Duration) {
	if *d == 0 {
		*d = def
	}
}
