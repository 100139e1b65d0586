package sources

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// blockedPrefixes are the special-purpose ranges no fetched URL may reach
// unless allow-listed, beyond what netip.Addr's predicates already cover
// (loopback, private, link-local, multicast, unspecified).
var blockedPrefixes = []struct {
	prefix netip.Prefix
	why    string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "a 'this network' address"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a carrier-grade NAT address"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol assignment address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "a local-use NAT64 address"},
	{netip.MustParsePrefix("2001:db8::/32"), "a documentation address"},
}

// blockReason says why addr must not be dialled, or "" when it may be.
func blockReason(addr netip.Addr) string {
	addr = addr.Unmap()
	switch {
	case !addr.IsValid():
		return "an invalid address"
	case addr.IsUnspecified():
		return "an unspecified address"
	case addr.IsLoopback():
		return "a loopback address"
	case addr.IsPrivate():
		return "a private address"
	case addr.IsLinkLocalUnicast():
		return "a link-local address"
	case addr.IsMulticast(), addr.IsLinkLocalMulticast(), addr.IsInterfaceLocalMulticast():
		return "a multicast address"
	case addr.Is4() && addr == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "the broadcast address"
	}
	// NAT64 well-known prefix: judge the IPv4 address it embeds.
	if addr.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(addr) {
		b := addr.As16()
		if r := blockReason(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); r != "" {
			return r + " behind NAT64"
		}
	}
	for _, p := range blockedPrefixes {
		if p.prefix.Contains(addr) {
			return p.why
		}
	}
	return ""
}

// ssrfError is the dial-time refusal; Fetch turns it into a claims.Invalid.
type ssrfError struct {
	host string
	addr netip.Addr
	why  string
}

// allowHint tells the operator how to open a refused host: the fetch config
// is the fetch.allow list of a --config file or, where there is none (a
// worker, watch), the --fetch-allow flag; "the fetch config" alone sent
// workers' operators looking for a file they do not have.
const allowHint = "to open it, list the host or its CIDR in fetch.allow of the --config file, or in --fetch-allow of run, worker --stage fetch or watch"

func (e *ssrfError) Error() string {
	if e.host == e.addr.String() {
		return fmt.Sprintf("not fetched: %s is %s (SSRF guard, not retried; %s)", e.host, e.why, allowHint)
	}
	return fmt.Sprintf("not fetched: %s resolves to %s, %s (SSRF guard, not retried; %s)", e.host, e.addr, e.why, allowHint)
}

// guard decides at dial time whether a resolved address may be reached. The
// check runs in net.Dialer.Control, on the address the socket is about to
// connect to, so a host name that resolves differently on a second lookup
// (DNS rebinding) cannot slip past a check made earlier.
type guard struct {
	prefixes []netip.Prefix
	hosts    map[string]bool // lower-case host names opened whatever they resolve to
}

// newGuard parses the allow-list: each entry is a CIDR ("127.0.0.0/8"), a
// bare IP ("::1") or a host name ("localhost", "intranet.example").
func newGuard(allow []string) (*guard, error) {
	g := &guard{hosts: map[string]bool{}}
	for _, a := range allow {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if p, err := netip.ParsePrefix(a); err == nil {
			g.prefixes = append(g.prefixes, p.Masked())
			continue
		}
		if ip, err := netip.ParseAddr(a); err == nil {
			g.prefixes = append(g.prefixes, netip.PrefixFrom(ip.Unmap(), ip.Unmap().BitLen()))
			continue
		}
		if strings.ContainsAny(a, "/ ") {
			return nil, fmt.Errorf("allow-list entry %q is neither a CIDR, an IP nor a host name", a)
		}
		g.hosts[strings.TrimSuffix(strings.ToLower(a), ".")] = true
	}
	return g, nil
}

// check reports an *ssrfError when addr may not be dialled for host.
func (g *guard) check(host string, addr netip.Addr) error {
	addr = addr.Unmap()
	why := blockReason(addr)
	if why == "" {
		return nil
	}
	for _, p := range g.prefixes {
		if p.Contains(addr) {
			return nil
		}
	}
	return &ssrfError{host: host, addr: addr, why: why}
}

// dialContext returns a DialContext for http.Transport that applies the
// guard to every address the dialer tries.
func (g *guard) dialContext(connectTimeout time.Duration) func(ctx context.Context, network, address string) (net.Conn, error) {
	return func(ctx context.Context, network, address string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return nil, err
		}
		d := &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}
		if !g.hosts[strings.TrimSuffix(strings.ToLower(host), ".")] {
			d.Control = func(_, resolved string, _ syscall.RawConn) error {
				h, _, err := net.SplitHostPort(resolved)
				if err != nil {
					return err
				}
				ip, err := netip.ParseAddr(h)
				if err != nil {
					return fmt.Errorf("dialling unparsable address %q: %w", resolved, err)
				}
				return g.check(host, ip)
			}
		}
		return d.DialContext(ctx, network, address)
	}
}
