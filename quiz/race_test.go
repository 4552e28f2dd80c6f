//go:build race

package quiz_test

// raceEnabled trims the statistical tests under -race: they exercise pure
// computation ten times slower there, and TestEngineSharedAcrossGoroutines
// is what covers concurrency.
const raceEnabled = true
