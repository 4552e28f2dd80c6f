// Package gameday hosts a live, facilitated rootcause round over SSH.
//
// Players connect with the ssh client they already have; each SSH session
// runs its own Bubble Tea program (wish's bubbletea middleware) drawn with a
// per-session lipgloss renderer, so every terminal gets its own size and
// color profile.
//
// One goroutine, the [Hub], owns all game state: the lobby, the players by
// identity, the current question, answers, the timer and the scores.
// Sessions and consoles talk to it only through messages. After each change
// the hub builds one immutable snapshot ([Public]) and hands every client a
// [View] through a one-slot mailbox that keeps only the latest state, so a
// slow client is skipped ahead rather than stalling the game.
//
// A player's identity is the fingerprint of the SSH public key they
// authenticated with, or their name when they offered none; reconnecting with
// the same identity gives back the place and the score.
package gameday
