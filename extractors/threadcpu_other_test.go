//go:build !linux

package extractors_test

import "time"

// threadCPU falls back to the process's CPU time where the thread's clock
// is not at hand; the overhead figure then includes other goroutines' work.
func threadCPU() time.Duration { return time.Duration(cpuSeconds() * float64(time.Second)) }
