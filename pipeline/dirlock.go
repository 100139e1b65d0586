package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// LockFile is the file in a data directory whose lock LockDir takes.
const LockFile = "claimpipe.lock"

// DirLock is the exclusive lock of a data directory, held by one process.
type DirLock struct {
	f *os.File
}

// LockDir takes the exclusive lock of dir, so that one process at a time
// works on it: the embedded NATS server's store and the SQLite store of a
// second process on the same directory would run alongside the first's. It
// locks dir/claimpipe.lock (flock on Unix, LockFileEx on Windows) and writes
// its PID there. The operating system drops the lock when the process ends,
// however it ends (kill -9 included), so a lock is never left stale; the file
// stays. When another process holds the lock, LockDir fails at once with a
// Conflict error naming dir and, when it can read it, that process's PID.
func LockDir(dir string) (*DirLock, error) {
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "lock data directory: %w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		if !errors.Is(err, errLocked) {
			return nil, claims.Errorf(claims.Internal, "lock data directory %s: %w", dir, err)
		}
		holder := "another process"
		if pid := readPID(path); pid > 0 {
			holder = fmt.Sprintf("another process (pid %d)", pid)
		}
		return nil, claims.Errorf(claims.Conflict, "data directory %s is in use by %s: it holds the lock on %s", dir, holder, path)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &DirLock{f: f}, nil
}

// Unlock releases the lock; the file stays for the next process.
func (l *DirLock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the descriptor releases the lock
	l.f = nil
	return err
}

// readPID reads the PID the lock's holder wrote; 0 when there is none (yet).
func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return pid
}
