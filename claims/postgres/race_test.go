//go:build race

package postgres

// raceDetector is set when the tests run with -race.
const raceDetector = true
