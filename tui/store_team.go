package tui

// Team is what a team server's store adds to Store for one signed-in
// account. The app works without it (the local app, game days).
type Team interface{}
