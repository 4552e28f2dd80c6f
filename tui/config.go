package tui

import (
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// Config is what the app starts with.
type Config struct {
	Incidents []incidents.Incident
	// Load, when set, is called in a Cmd to get the incidents instead, so
	// reading the corpus overlaps the terminal's setup and the first frame
	// is not delayed by it.
	Load func() ([]incidents.Incident, error)
	// Start, when set, opens the app straight on the first question of a
	// session with these options (rootcause play). A review (Mode Review
	// without IDs) is planned from the store once it is open: due incidents
	// first, then new ones, as Home → Review does.
	Start *quiz.Options
	// Progress records answers and plans reviews; nil plays without saving.
	Progress Store
	// OpenProgress, when set, opens the store in a Cmd after the first frame
	// (opening and checking a database takes longer than drawing); an error
	// becomes the Home notice and the app plays on without saving.
	OpenProgress func() (Store, error)
	// User is the trainee progress is recorded under. On a team server it
	// is the account's name, and the app goes on under the new name when
	// the account is renamed or linked into another (Model.cfg.User).
	User string
	// Notice is a one-line message for Home, e.g. why progress is not saved
	// and how to fix it.
	Notice string
	// Renderer draws every style; nil uses lipgloss's default renderer.
	Renderer *lipgloss.Renderer
	// Now is the clock; nil means time.Now. Tests pass a fixed clock.
	Now func() time.Time
	// Engine, when set, asks the questions instead of one built from the
	// incidents here; it must have been built from the same incidents. An
	// engine is read-only once built, so a team server shares one across
	// its sessions (each would otherwise index the corpus again: ~0.3 MiB).
	Engine *quiz.Engine
	// Team, when set, is a team server's account store: renaming, linking
	// a second key, assignments and (for trainers) the dashboard.
	Team Team
	// Trainer marks a trainer's session on a team server (the dashboard).
	Trainer bool
	// GameDays, when set, are the team server's live game days: Home
	// invites the trainee to the open one, and a trainer starts one.
	GameDays GameDays
}
