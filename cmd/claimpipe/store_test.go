package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimpipe/claimpipe/claims/sqlite"
	"github.com/claimpipe/claimpipe/claims/storetest"
)

// claimpipeAt runs the binary in dir, without CLAIMPIPE_STORE in its
// environment, so that the default store (data/claimpipe.db) is dir's.
func claimpipeAt(t *testing.T, dir, stdin string, args ...string) (string, string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CLAIMPIPE_STORE=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	return runCmd(cmd, stdin)
}

// TestStoreCommandsNeedAStore: every command that works on an existing store,
// run where there is none, refuses with the path it looked at and how to get
// one, and creates nothing (it used to make a new, empty data/claimpipe.db
// and answer "0 claims" or "added zed").
func TestStoreCommandsNeedAStore(t *testing.T) {
	commands := [][]string{
		{"claims", "list"},
		{"claims", "show", "c1"},
		{"claims", "similar", "c1"},
		{"claims", "export", "--format", "jsonl"},
		{"users", "add", "zed", "--password-stdin"},
		{"users", "list"},
		{"users", "token", "zed"},
		{"users", "token", "--revoke", "1"},
		{"dlq", "list"},
		{"dlq", "show", "1"},
		{"dlq", "replay", "1", "--nats", "nats://127.0.0.1:1"},
		{"status"},
	}
	for _, args := range commands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir := t.TempDir()
			// The default store, then one named with --store and with sqlite://.
			for _, store := range []struct{ flag []string }{
				{nil},
				{[]string{"--store", filepath.Join(dir, "elsewhere", "c.db")}},
				{[]string{"--store", "sqlite://" + filepath.Join(dir, "other.db")}},
			} {
				path := filepath.Join("data", "claimpipe.db")
				if store.flag != nil {
					path = strings.TrimPrefix(store.flag[1], "sqlite://")
				}
				out, errOut, err := claimpipeAt(t, dir, "a long passphrase\n", append(args, store.flag...)...)
				if code := exitCode(err); code != 1 {
					t.Errorf("%v: exit %d, want 1\nstdout: %s\nstderr: %s", store.flag, code, out, errOut)
				}
				if want := "no store at " + path; !strings.Contains(errOut, want) || !strings.Contains(errOut, "claimpipe run") || !strings.Contains(errOut, "--store") {
					t.Errorf("%v: stderr %q, want it to say %q, how to start one and --store", store.flag, errOut, want)
				}
				full := path
				if !filepath.IsAbs(full) {
					full = filepath.Join(dir, path)
				}
				if _, err := os.Stat(full); err == nil {
					t.Errorf("%v: created %s", store.flag, full)
				}
			}
		})
	}

	// With the store there, the same commands work on it.
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "claimpipe.db")
	if err := os.MkdirAll(filepath.Dir(db), 0o755); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, errOut, err := claimpipeAt(t, dir, "", "claims", "list"); err != nil || !strings.Contains(errOut, "0 claims") {
		t.Errorf("claims list on an empty store: %v %s", err, errOut)
	}
	if out, errOut, err := claimpipeAt(t, dir, "a long passphrase\n", "users", "add", "zed", "--password-stdin"); err != nil || !strings.Contains(out, "added zed") {
		t.Errorf("users add on an existing store: %v %s%s", err, out, errOut)
	}
}

// exitCode is the exit status of a finished command: 0 for a nil error, -1
// when it did not run to an exit.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

// TestStoreSchemeRefused: a store named by a scheme claimpipe has no driver
// for is refused as such, naming it, and is never taken for a SQLite file
// (mysql://x opened "/tmp/mysql:/x" or reported "no store at mysql://x").
func TestStoreSchemeRefused(t *testing.T) {
	for _, args := range [][]string{
		{"claims", "list", "--store", "mysql://db.example/claims"},
		{"status", "--store", "mysql://db.example/claims"},
		{"dlq", "list", "--store", "mysql://db.example/claims"},
	} {
		dir := t.TempDir()
		out, errOut, err := claimpipeAt(t, dir, "", args...)
		if code := exitCode(err); code != 1 || !strings.Contains(errOut, `store "mysql://db.example/claims": mysql:// is not a store`) {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 naming the store and its scheme\nstdout: %s", args, code, errOut, out)
		}
		if _, err := os.Stat(filepath.Join(dir, "mysql:")); err == nil {
			t.Errorf("%v: created %s", args, filepath.Join(dir, "mysql:"))
		}
	}
	for _, tt := range []struct {
		dsn string
		ok  bool
	}{
		{"postgres://u@h/db", true}, {"postgresql://u@h/db", true}, {"sqlite:///tmp/c.db", true},
		{"data/claimpipe.db", true}, {"./a://b.db", true}, {"mysql://h/db", false}, {"redis://h", false},
	} {
		if err := checkStoreScheme(tt.dsn); (err == nil) != tt.ok {
			t.Errorf("checkStoreScheme(%q) = %v, want ok %v", tt.dsn, err, tt.ok)
		}
	}
}

// TestStoreDirectoryRefused: run's --data folder given as the store is
// refused as a folder, naming the file in it to use, where it used to
// fail with SQLite's "unable to open database file (14)".
func TestStoreDirectoryRefused(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "d1")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"claims", "list", "--store", data},
		{"users", "list", "--store", data},
		{"status", "--store", data},
	} {
		out, errOut, err := claimpipeAt(t, dir, "", args...)
		want := "is a directory; the store is a SQLite file in it (" + filepath.Join(data, "claimpipe.db")
		if code := exitCode(err); code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and %q\nstdout: %s", args, code, errOut, want, out)
		}
	}
}

// TestPostgresStoreMustExist: the commands that read or manage a store
// refuse a PostgreSQL database with no claimpipe store in it, naming it,
// and create nothing there (claims list answered "0 claims" and left
// fifteen tables behind in whatever database it was pointed at).
func TestPostgresStoreMustExist(t *testing.T) {
	base := storetest.PostgresURL(t)
	dsn := storetest.WithSchema(base, storetest.FreshSchema(t, base))
	for _, args := range [][]string{
		{"claims", "list"},
		{"users", "add", "zed", "--password-stdin"},
		{"status"},
	} {
		_, errOut, err := claimpipeAt(t, t.TempDir(), "a long passphrase\n", append(args, "--store", dsn)...)
		if exitCode(err) != 1 || !strings.Contains(errOut, "no claimpipe store in postgres://") {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and \"no claimpipe store in …\"", args, exitCode(err), errOut)
		}
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&exists); err != nil || exists {
		t.Errorf("the refused commands created the store's tables (%v)", err)
	}
}
