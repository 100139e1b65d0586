package sources

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestBlockReason(t *testing.T) {
	for _, tc := range []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.8.9.10", true},
		{"::1", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"192.168.1.1", true},
		{"169.254.169.254", true}, // cloud metadata
		{"fe80::1", true},
		{"fc00::1", true},
		{"224.0.0.1", true},
		{"ff02::1", true},
		{"0.0.0.0", true},
		{"::", true},
		{"::ffff:127.0.0.1", true}, // IPv4-mapped loopback
		{"::ffff:10.0.0.1", true},
		{"64:ff9b::a00:1", true}, // NAT64 of 10.0.0.1
		{"100.64.0.1", true},
		{"255.255.255.255", true},
		{"93.184.216.34", false},
		{"8.8.8.8", false},
		{"2606:4700:4700::1111", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
		{"172.32.0.1", false},
	} {
		got := blockReason(netip.MustParseAddr(tc.addr))
		if (got != "") != tc.blocked {
			t.Errorf("blockReason(%s) = %q, want blocked=%v", tc.addr, got, tc.blocked)
		}
	}
}

func TestGuardAllowList(t *testing.T) {
	g, err := newGuard([]string{"10.0.0.0/8", "::1", "intranet.example."})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.check("x", netip.MustParseAddr("10.9.9.9")); err != nil {
		t.Errorf("CIDR not opened: %v", err)
	}
	if err := g.check("x", netip.MustParseAddr("::1")); err != nil {
		t.Errorf("IP not opened: %v", err)
	}
	if err := g.check("x", netip.MustParseAddr("192.168.0.1")); err == nil {
		t.Error("192.168.0.1 opened by an allow-list that does not name it")
	}
	if !g.hosts["intranet.example"] {
		t.Error("host name not in the allow-list")
	}
	if _, err := newGuard([]string{"10.0.0.0/99"}); err == nil {
		t.Error("bad CIDR accepted")
	}
}

// TestFetchSSRF fetches a local server through a name that resolves to
// 127.0.0.1 (and through the literal address): refused by default, fetched
// once allow-listed by CIDR or by host name.
func TestFetchSSRF(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<p>internal</p>")
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	addrs, err := net.LookupHost("localhost")
	if err != nil || len(addrs) == 0 {
		t.Skipf("localhost does not resolve here: %v", err)
	}
	byName := "http://localhost:" + port + "/secret"
	byIP := srv.URL + "/secret"

	closed := testConfig()
	closed.Allow = nil
	f := newTestFetcher(t, closed)
	for _, u := range []string{byName, byIP} {
		_, err := fetchURL(f, u)
		wantErr(t, err, claims.Invalid, u, "not fetched", "SSRF guard, not retried", "loopback",
			"fetch.allow", "--fetch-allow") // both ways to open it: a workers' operator has no config file
	}

	// A redirect from an opened host to a closed address is refused at the
	// hop: only the name "localhost" is opened, the literal 127.0.0.1 is not.
	redir := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, byIP, http.StatusFound)
	}))
	defer redir.Close()
	_, rport, _ := net.SplitHostPort(redir.Listener.Addr().String())
	start := "http://localhost:" + rport + "/go"
	for _, ignoreRobots := range []bool{false, true} {
		cfg := testConfig()
		cfg.Allow = []string{"localhost"}
		cfg.IgnoreRobots = ignoreRobots
		_, err = fetchURL(newTestFetcher(t, cfg), start)
		wantErr(t, err, claims.Invalid, start, "redirected to", "not fetched", "loopback")
	}

	for _, allow := range [][]string{{"127.0.0.0/8", "::1/128"}, {"localhost"}} {
		cfg := testConfig()
		cfg.Allow = allow
		if _, err := fetchURL(newTestFetcher(t, cfg), byName); err != nil {
			t.Errorf("allow %v: %v", allow, err)
		}
	}
}

func TestFetchBadCertificate(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<p>secret</p>")
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshakes
	srv.StartTLS()
	defer srv.Close()
	u := srv.URL + "/page"
	_, err := fetchURL(newTestFetcher(t, testConfig()), u)
	wantErr(t, err, claims.Invalid, u, "certificate")
}
