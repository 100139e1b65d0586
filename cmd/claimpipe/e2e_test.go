package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/fixtures"
)

var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "claimpipe-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binPath = filepath.Join(dir, "claimpipe")
	build := exec.Command("go", "build", "-o", binPath, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build claimpipe:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// instance is a `claimpipe run` process under test.
type instance struct {
	t    *testing.T
	cmd  *exec.Cmd
	base string
	logs *bytes.Buffer
}

func freeAddr(t testing.TB) string {
	t.Helper()
	// A port below the kernel's ephemeral range: one the kernel hands out
	// for ":0" (the old way) can be given again, to an outgoing connection
	// of another test, before the process it is meant for binds it ("bind:
	// address already in use"). Ports outside the range are only taken by
	// those who ask for them.
	if low := ephemeralLow(); low > 12000 {
		for range 100 {
			port := 10000 + rand.IntN(low-10000)
			if ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
				ln.Close()
				return ln.Addr().String()
			}
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// ephemeralLow is the first port of the kernel's ephemeral range (Linux), 0
// when it cannot be read.
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 0
	}
	var low, high int
	if _, err := fmt.Sscan(string(b), &low, &high); err != nil {
		return 0
	}
	return low
}

func startRun(t *testing.T, dataDir, addr string, extra ...string) *instance {
	t.Helper()
	args := append([]string{"run", "--data", dataDir, "--http", addr, "--log-format", "json", "--drain", "5s", "--no-auth"}, extra...)
	cmd := exec.Command(binPath, args...)
	logs := &bytes.Buffer{}
	cmd.Stderr = logs
	cmd.Stdout = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	in := &instance{t: t, cmd: cmd, base: "http://" + addr, logs: logs}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(in.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return in
			}
		}
		if time.Now().After(deadline) {
			in.stop()
			t.Fatalf("claimpipe run did not come up:\n%s", logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (in *instance) stop() {
	in.t.Helper()
	_ = in.cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- in.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			in.t.Errorf("claimpipe run exited with %v after SIGINT:\n%s", err, in.logs.String())
		}
	case <-time.After(30 * time.Second):
		_ = in.cmd.Process.Kill()
		in.t.Errorf("claimpipe run did not stop within 30 s of SIGINT:\n%s", in.logs.String())
	}
}

func (in *instance) get(path string, v any) {
	in.t.Helper()
	resp, err := http.Get(in.base + path)
	if err != nil {
		in.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		in.t.Fatalf("GET %s: %s", path, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		in.t.Fatalf("GET %s: %v", path, err)
	}
}

func (in *instance) articles() []claims.Article {
	var as []claims.Article
	in.get("/api/articles?limit=1000", &as)
	return as
}

func (in *instance) claimsOf(id string) []claims.Claim {
	var cs []claims.Claim
	in.get("/api/claims?limit=1000&article="+id, &cs)
	return cs
}

// claimpipe runs the binary and returns its standard output and error.
func claimpipe(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	return runCmd(exec.Command(binPath, args...), "")
}

// claimpipeIn runs the binary with stdin as its standard input.
func claimpipeIn(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	return runCmd(exec.Command(binPath, args...), stdin)
}

// runCmd runs cmd with stdin and returns its standard output and error.
func runCmd(cmd *exec.Cmd, stdin string) (string, string, error) {
	var out, errb bytes.Buffer
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	return out.String(), errb.String(), err
}

func waitFor(t *testing.T, what string, timeout time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestEndToEnd drives the binary as a newsroom would: run, ingest every
// fixture through NATS, compare the stored claims with `claimpipe extract`,
// ingest again (nothing doubles), restart (nothing lost or doubled).
func TestEndToEnd(t *testing.T) {
	fs, err := fixtures.Load("../../fixtures")
	if err != nil {
		t.Fatal(err)
	}
	dataDir := t.TempDir()
	addr := freeAddr(t)
	in := startRun(t, dataDir, addr)

	// One article first, timed: from submit to claims on the API.
	first := fs[0]
	for _, f := range fs {
		if f.Name == "cambridge-analytica-assange" {
			first = f
		}
	}
	t0 := time.Now()
	ingest := func(f fixtures.Fixture) {
		args := []string{"ingest", "--server", in.base, f.ArticlePath}
		if f.Meta.Published != "" {
			args = append(args, "--published", f.Meta.Published)
		}
		if out, errOut, err := claimpipe(t, args...); err != nil {
			t.Fatalf("ingest %s: %v\n%s%s", f.Name, err, out, errOut)
		}
	}
	ingest(first)
	waitFor(t, "the first article's claims", 30*time.Second, func() bool {
		as := in.articles()
		return len(as) == 1 && len(in.claimsOf(as[0].ID)) > 0
	})
	took := time.Since(t0)
	t.Logf("first article: submit to claims on the API in %s", took.Round(time.Millisecond))
	if took > 2*time.Second {
		t.Errorf("the first article's claims took %s to reach the API; the promise is 2 s", took)
	}

	for _, f := range fs {
		if f.Name != first.Name {
			ingest(f)
		}
	}
	waitFor(t, "every fixture stored", 120*time.Second, func() bool { return len(in.articles()) == len(fs) })

	// The stored claims are what `claimpipe extract` gives for the same input.
	want := map[string]claims.Result{}
	for _, f := range fs {
		args := []string{"extract", f.ArticlePath}
		if f.Meta.Published != "" {
			args = append(args, "--published", f.Meta.Published)
		}
		out, errOut, err := claimpipe(t, args...)
		if err != nil {
			t.Fatalf("extract %s: %v\n%s", f.Name, err, errOut)
		}
		var r claims.Result
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("extract %s: %v", f.Name, err)
		}
		want[r.Article.ID] = r
	}
	snapshot := func() map[string]string {
		got := map[string]string{}
		for _, a := range in.articles() {
			cs := in.claimsOf(a.ID)
			sort.Slice(cs, func(i, j int) bool { return cs[i].Start < cs[j].Start })
			b, _ := json.Marshal(cs)
			got[a.ID] = string(b)
		}
		return got
	}
	got := snapshot()
	for id, r := range want {
		cs := r.Claims
		for i := range cs {
			cs[i].ArticleID = id
		}
		b, _ := json.Marshal(cs)
		if got[id] != string(b) {
			t.Errorf("article %s (%s): stored claims differ from `claimpipe extract`:\nstored:  %.400s\nextract: %.400s", id, r.Article.Title, got[id], b)
		}
	}

	// Ingest everything again: one article and one set of claims each.
	for _, f := range fs {
		ingest(f)
	}
	time.Sleep(2 * time.Second)
	if again := snapshot(); len(again) != len(got) || fmt.Sprint(again) != fmt.Sprint(got) {
		t.Errorf("ingesting again changed the store: %d articles before, %d after", len(got), len(again))
	}

	// Stop and start again: the same claims, none duplicated.
	in.stop()
	in = startRun(t, dataDir, addr)
	defer in.stop()
	if after := snapshot(); fmt.Sprint(after) != fmt.Sprint(got) {
		t.Errorf("after a restart the store differs: %d articles before, %d after", len(got), len(after))
	}
}

// TestBadInput feeds the pipeline what it must refuse — each with a clear
// error naming the input, a dead letter, and the next article still going through.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	bin := write("binary.html", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"))
	// Latin-1 that says it is UTF-8: a page in another encoding that
	// declares its own is decoded (TestLegacyEncodings), this one cannot be.
	badUTF8 := write("false-utf8.html", []byte("<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><p>Caf\xe9 au lait co\xfbte 3 \x80 en France, selon l'Insee.</p></body></html>\n"))
	huge := write("huge.html", bytes.Repeat([]byte("<p>All work and no play makes Jack a dull boy.</p>\n"), 50<<20/52))
	good := "../../fixtures/cambridge-analytica-assange/article.txt"

	notFound := httptest.NewServer(http.NotFoundHandler())
	defer notFound.Close()
	stall := make(chan struct{})
	stalling := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stall:
		case <-r.Context().Done():
		}
	}))
	defer stalling.Close()
	defer close(stall)

	// The stalling site is retried on a quick schedule (the defaults retry
	// for six hours): five deliveries 1, 2, 4 and 8 s apart.
	in := startRun(t, filepath.Join(dir, "data"), freeAddr(t), "--fetch-allow", "127.0.0.1/32", "--fetch-timeout", "2s",
		"--max-deliver", "5", "--retry-base", "1s", "--retry-max", "1m")
	defer in.stop()

	// The 50 MB file is refused before it is sent, naming it.
	_, errOut, err := claimpipe(t, "ingest", "--server", in.base, huge)
	if err == nil || !strings.Contains(errOut, huge) || !strings.Contains(errOut, "limit") {
		t.Errorf("ingest of a 50 MB file: err %v, stderr %q; want a refusal naming the file", err, errOut)
	}
	// Empty and binary files are refused by the desk at once, naming the file.
	for arg, why := range map[string]string{empty: "empty body", bin: "binary"} {
		if _, errOut, err := claimpipe(t, "ingest", "--server", in.base, arg); err == nil || !strings.Contains(errOut, arg) || !strings.Contains(errOut, why) {
			t.Errorf("ingest of %s: err %v, stderr %q; want a refusal naming the file (%s)", arg, err, errOut, why)
		}
	}
	for _, arg := range []string{badUTF8, notFound.URL + "/missing-article", stalling.URL + "/slow"} {
		if out, errOut, err := claimpipe(t, "ingest", "--server", in.base, arg); err != nil {
			t.Fatalf("ingest %s: %v\n%s%s", arg, err, out, errOut)
		}
	}
	if out, errOut, err := claimpipe(t, "ingest", "--server", in.base, "--published", "2017-11-10", good); err != nil {
		t.Fatalf("ingest %s: %v\n%s%s", good, err, out, errOut)
	}
	waitFor(t, "the good article after the bad ones", 60*time.Second, func() bool { return len(in.articles()) == 1 })

	inputs := map[string]string{
		badUTF8:                           "UTF-8",
		notFound.URL + "/missing-article": "404", stalling.URL + "/slow": "",
	}
	var dls []claims.DeadLetter
	waitFor(t, "a dead letter for each bad input", 90*time.Second, func() bool {
		in.get("/api/deadletters", &dls)
		return len(dls) >= len(inputs)
	})
	for input, why := range inputs {
		found := false
		for _, d := range dls {
			if d.Input == input && strings.Contains(d.Error, input) && strings.Contains(d.Error, why) {
				found = true
			}
		}
		if !found {
			t.Errorf("no dead letter naming %s (%q): %+v", input, why, dls)
		}
	}
	out, _, err := claimpipe(t, "dlq", "list", "--store", filepath.Join(dir, "data", "claimpipe.db"))
	if err != nil || !strings.Contains(out, "false-utf8.html") || !strings.Contains(out, "/missing-article") {
		t.Errorf("claimpipe dlq list: %v\n%s", err, out)
	}
}
