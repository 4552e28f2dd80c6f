//go:build !race

package quiz_test

// raceEnabled: see race_test.go.
const raceEnabled = false
