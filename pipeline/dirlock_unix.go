//go:build unix

package pipeline

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// errLocked is what lockFile returns when another process holds the lock.
var errLocked = unix.EWOULDBLOCK

// lockFile takes an exclusive flock on f without waiting. The lock belongs to
// the open file description, so it goes with the process.
func lockFile(f *os.File) error {
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}
