// Package tui is rootcause's terminal app: a bubbletea program with one
// sub-model per screen (home, setup, question, feedback, results, library,
// stats) behind a small router (app.go, route.go).
//
// Shared pieces other packages reuse:
//   - [NewStyles] builds every style from a *lipgloss.Renderer on top of a
//     [Palette] of adaptive colors; build one per terminal (one per SSH
//     session in game day).
//   - [DefaultKeyMap] holds every key.Binding with its help text.
//
// A screen is written against the unexported common value (common.go),
// which documents the constructor/update/view/help shape every screen
// follows; the router only ever sees concrete screen types.
//
// Side effects never happen in View or Update: loading the corpus
// (loading.go), opening the progress store, recording answers (progress.go)
// and timers (run.go) run in tea.Cmds that answer with typed messages
// (nav.go lists the navigation ones).
package tui
