// Package gameday hosts a live, facilitated rootcause round over SSH.
//
// Players connect with the ssh client they already have; each SSH session
// runs its own Bubble Tea program (wish's bubbletea middleware) drawn with a
// per-session lipgloss renderer, so every terminal gets its own size and
// color profile.
//
// The package keeps three responsibilities in three sets of files
// (layers_test.go checks their imports):
//
//   - room_*.go, the room: one goroutine, the hub, owns all game state —
//     the lobby, the players by identity, the current question (a
//     *quiz.Question), answers, the timer and the scores (each answer is the
//     engine's quiz.Outcome). Plain Go with an injected clock, tested
//     without a terminal or SSH. After each change the hub builds one
//     immutable snapshot and hands every program its own through a one-slot
//     mailbox that keeps only the latest state, so a slow client is skipped
//     ahead rather than stalling the game. Players get a playerView, whose
//     type holds nothing secret; consoles get a consoleView, which adds the
//     answer, the live picks and each player's identity and address.
//   - screen_*.go, the screens: the player's and the facilitator's models,
//     drawn with the presentation package view (the local app draws with it
//     too, so a question reads the same in both).
//   - ssh_*.go, the transport: the wish server, authentication, limits,
//     sessions, the local console and the stdin commands.
//
// A player's identity is the fingerprint of the SSH public key they
// authenticated with, or their name when they offered none; reconnecting with
// the same identity gives back the place and the score. Only what the CLI
// uses is exported.
package gameday
