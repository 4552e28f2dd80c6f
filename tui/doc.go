// Package tui is rootcause's terminal app: a bubbletea program with one
// sub-model per screen (home, setup, question, feedback, results, library,
// stats) behind a small router (app.go, route.go).
//
// Everything it draws comes from the presentation package view (styles,
// key map, the card, choices, verdict, teaching and scroll renderers),
// which the game-day server draws with too; tui only lays the pieces out.
// Long text scrolls in one component, page (page.go).
//
// A screen is written against the unexported common value (common.go),
// which documents the constructor/update/view/help shape every screen
// follows; the router only ever sees concrete screen types. Help is built
// from the KeyMap's bindings, relabelled where a screen gives a key its own
// meaning.
//
// Progress is kept behind [Store], an interface the app owns with its own
// small types; the CLI adapts the SQLite store to it, so this package never
// links a database.
//
// Side effects never happen in View or Update: loading the corpus
// (loading.go), opening the progress store, recording answers (progress.go)
// and timers (run.go) run in tea.Cmds that answer with typed messages
// (nav.go lists the navigation ones).
package tui
