// Package tui is rootcause's terminal app: a bubbletea program with one
// sub-model per screen (home, setup, question, feedback, results, library,
// stats) behind a small router (app.go).
//
// Shared pieces other packages reuse:
//   - [NewStyles] builds every style from a *lipgloss.Renderer on top of a
//     [Palette] of adaptive colors; build one per terminal (one per SSH
//     session in game day).
//   - [DefaultKeyMap] holds every key.Binding with its help text.
//
// Screens never do I/O in View or Update: loading, recording progress and
// timers run in tea.Cmds that answer with the typed messages of nav.go.
package tui
