package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRunPortInUse: a run whose --http address is taken is refused with
// that address before it starts NATS or a stage (it logged four "consumer
// not ready" warnings first).
func TestRunPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, "run", "--data", t.TempDir(), "--http", ln.Addr().String(), "--log-format", "json", "--no-auth")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if code := exitCode(cmd.Run()); code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out.String())
	}
	msg := out.String()
	if !strings.Contains(msg, "--http \""+ln.Addr().String()+"\"") || !strings.Contains(msg, "address already in use") {
		t.Errorf("message does not name the address in use:\n%s", msg)
	}
	if strings.Contains(msg, "nats") || strings.Contains(msg, "consumer") {
		t.Errorf("the run started NATS or a stage before it was refused:\n%s", msg)
	}
}

// TestRunLocksDataDir: a second `claimpipe run` on a data directory in use
// fails at once, naming the directory and the PID of the run that holds it,
// before it starts anything (it used to start NATS, the reconciler and a stage
// beside the live instance and die on the HTTP port); the first goes on. The
// lock dies with its process: after a kill -9 a new run takes the directory.
func TestRunLocksDataDir(t *testing.T) {
	dataDir := t.TempDir()
	first := startRun(t, dataDir, freeAddr(t))
	killed := false
	defer func() {
		if !killed {
			first.stop()
		}
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	second := exec.CommandContext(ctx, binPath, "run", "--data", dataDir, "--http", freeAddr(t), "--log-format", "json", "--no-auth")
	var out bytes.Buffer
	second.Stdout, second.Stderr = &out, &out
	t0 := time.Now()
	err := second.Run()
	took := time.Since(t0)
	if code := exitCode(err); code != 1 {
		t.Fatalf("second run on %s: exit %d (%v), want 1\n%s", dataDir, code, err, out.String())
	}
	msg := out.String()
	for _, want := range []string{dataDir, "in use", "pid " + strconv.Itoa(first.cmd.Process.Pid), "--data"} {
		if !strings.Contains(msg, want) {
			t.Errorf("second run's message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "nats") || strings.Contains(msg, "reconcil") || strings.Contains(msg, "address already in use") {
		t.Errorf("second run started something before it was refused:\n%s", msg)
	}
	if took > 10*time.Second {
		t.Errorf("second run took %s to fail; want at once", took)
	}
	if resp, err := http.Get(first.base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Errorf("the first run after the second was refused: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}

	// kill -9: no clean shutdown, and the directory is free all the same.
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = first.cmd.Wait()
	killed = true
	urlFile := filepath.Join(dataDir, natsURLFile)
	if _, err := os.Stat(urlFile); err != nil {
		t.Fatalf("the killed run left no %s to test its removal with: %v", urlFile, err)
	}
	// The next run, one that serves no NATS port, removes the killed one's
	// URL file, which names a dead port.
	next := startRun(t, dataDir, freeAddr(t), "--nats-port", "0")
	if _, err := os.Stat(urlFile); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s after a run with --nats-port 0 took over from a killed one: %v, want it gone", urlFile, err)
	}
	next.stop()
}
