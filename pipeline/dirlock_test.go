package pipeline

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestLockDir: a second lock on a held directory fails at once, naming the
// directory and the holder's PID; once released, the directory can be locked
// again.
func TestLockDir(t *testing.T) {
	dir := t.TempDir()
	first, err := LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, LockFile))
	if err != nil || strings.TrimSpace(string(b)) != strconv.Itoa(os.Getpid()) {
		t.Errorf("lock file holds %q, %v; want this process's PID", b, err)
	}
	// flock conflicts between two opens of the file, even in one process.
	_, err = LockDir(dir)
	if claims.ErrorKind(err) != claims.Conflict || !strings.Contains(err.Error(), dir) ||
		!strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) {
		t.Errorf("second LockDir: %v; want a Conflict naming %s and pid %d", err, dir, os.Getpid())
	}
	if err := first.Unlock(); err != nil {
		t.Fatal(err)
	}
	again, err := LockDir(dir)
	if err != nil {
		t.Fatalf("LockDir after Unlock: %v", err)
	}
	again.Unlock()

	if _, err := LockDir(filepath.Join(dir, "missing")); claims.ErrorKind(err) != claims.Invalid || !strings.Contains(err.Error(), "missing") {
		t.Errorf("LockDir of a missing directory: %v", err)
	}
}
