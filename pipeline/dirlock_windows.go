//go:build windows

package pipeline

import (
	"os"

	"golang.org/x/sys/windows"
)

// errLocked is what lockFile returns when another process holds the lock.
var errLocked = windows.ERROR_LOCK_VIOLATION

// lockFile takes an exclusive lock on f without waiting. Windows locks are
// mandatory, so the locked byte lies far past the PID that LockDir writes at
// the start of the file, which other processes may then still read.
func lockFile(f *os.File) error {
	ol := &windows.Overlapped{Offset: 1 << 30}
	return windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
}
