//go:build unix

package checkworthy

import "syscall"

// processCPU returns the user+system CPU time of this process in seconds:
// benchmarks report it beside wall time because the machines they run on are
// shared, and wall time then counts time spent waiting for a core.
func processCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
