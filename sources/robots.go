package sources

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"go.uber.org/zap"
)

// robotsMaxBytes is how much of a robots.txt is read: RFC 9309 asks
// crawlers to parse at least 500 KiB; the rest of a longer file is ignored.
const robotsMaxBytes = 512 << 10

// robotsVerdict is what one host's robots.txt says, cached until expires.
type robotsVerdict struct {
	rules   *robotsRules // nil when every path is allowed (or with unreachable/refused set)
	expires time.Time
	// unreachable is the reason robots.txt could not be had (5xx, network
	// error): RFC 9309 §2.3.1.4 then asks for a complete disallow, which
	// Fetch reports as Transient since it lifts once the file is back.
	unreachable string
	// refused is set when the host itself may not or cannot be reached
	// (SSRF guard, unknown host): Fetch reports it as Invalid.
	refused string
}

// robotsEntry serialises the fetch of one host's robots.txt: concurrent
// fetches for the same host wait for the first.
type robotsEntry struct {
	mu sync.Mutex
	v  *robotsVerdict
}

type robotsCache struct {
	mu sync.Mutex
	m  map[string]*robotsEntry // key: scheme://host:port
}

func (c *robotsCache) entry(key string) *robotsEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*robotsEntry{}
	}
	if len(c.m) >= maxTrackedHosts {
		// Forget expired verdicts not in use, so a crawler fed arbitrary
		// URLs does not grow without bound.
		now := time.Now()
		for k, old := range c.m {
			if old.mu.TryLock() {
				if old.v == nil || now.After(old.v.expires) {
					delete(c.m, k)
				}
				old.mu.Unlock()
			}
		}
	}
	e, ok := c.m[key]
	if !ok {
		e = &robotsEntry{}
		c.m[key] = e
	}
	return e
}

// robotsKey is the origin a robots.txt governs (RFC 9309 §2.3: the file
// applies to its own scheme, host and port).
func robotsKey(u *url.URL) string {
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
}

// robotsPath is the part of u that robots.txt rules match: the path and
// query as they appear in the request, "/" when empty.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// checkRobots reports whether u may be fetched under its origin's
// robots.txt, fetching and caching the file on first use. unreachable is set
// (and allowed false) when the file could not be had.
func (f *Fetcher) checkRobots(ctx context.Context, u *url.URL) (allowed bool, unreachable, refused string, err error) {
	v, err := f.robotsFor(ctx, u)
	if err != nil {
		return false, "", "", err
	}
	if v.refused != "" || v.unreachable != "" {
		return false, v.unreachable, v.refused, nil
	}
	if v.rules == nil {
		return true, "", "", nil
	}
	group, ok := v.rules.group(f.robotsAgent)
	if !ok {
		return true, "", "", nil
	}
	f.hosts.slowDown(u.Host, group.crawlDelay, f.cfg.MaxCrawlDelay)
	return group.allowed(robotsPath(u)), "", "", nil
}

// robotsFor returns the cached verdict for u's origin, fetching the file
// when it is missing or expired. It fails only when ctx ends.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) (*robotsVerdict, error) {
	e := f.robots.entry(robotsKey(u))
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.v == nil || time.Now().After(e.v.expires) {
		v, err := f.fetchRobots(ctx, u)
		if err != nil {
			return nil, err
		}
		e.v = v
	}
	return e.v, nil
}

// Sitemaps returns the sitemap URLs that the robots.txt of siteURL's origin
// lists (its Sitemap: lines), resolved against the origin: the usual way to
// find a news site's sitemaps. It uses the same cache as the fetches.
func (f *Fetcher) Sitemaps(ctx context.Context, siteURL string) ([]string, error) {
	u, err := parseFetchURL(siteURL)
	if err != nil {
		return nil, err
	}
	v, err := f.robotsFor(ctx, u)
	switch {
	case err != nil:
		return nil, claims.Errorf(claims.Transient, "sitemaps of %q: %w", siteURL, err)
	case v.refused != "":
		return nil, claims.Errorf(claims.Invalid, "sitemaps of %q: %s", siteURL, v.refused)
	case v.unreachable != "":
		return nil, claims.Errorf(claims.Transient, "sitemaps of %q: robots.txt could not be read: %s", siteURL, v.unreachable)
	case v.rules == nil:
		return nil, nil
	}
	base, _ := url.Parse(robotsKey(u) + "/robots.txt")
	var out []string
	for _, s := range v.rules.Sitemaps {
		if r := resolveHTTP(base, s); r != "" {
			out = append(out, r)
		}
	}
	return out, nil
}

// fetchRobots gets and parses the robots.txt of u's origin. Per RFC 9309:
// 2xx is parsed; 4xx means no restrictions; 5xx or no answer means a full
// disallow, cached briefly (RobotsErrorTTL) so the host is retried soon.
// Redirects are followed (five hops at most) through the same guarded,
// rate-limited path as every other request.
func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL) (*robotsVerdict, error) {
	robotsURL := robotsKey(u) + "/robots.txt"
	now := time.Now()
	resp, err := f.get(ctx, robotsURL, getOptions{maxBytes: robotsMaxBytes, truncate: true, maxRedirects: 5, noRobots: true, retries: 1, anyType: true})
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if resp != nil && resp.status >= 400 && resp.status < 500 {
			f.log.Debug("no robots.txt", zap.String("url", robotsURL), zap.Int("status", resp.status))
			return &robotsVerdict{expires: now.Add(f.cfg.RobotsTTL)}, nil
		}
		var se *ssrfError
		if errors.As(err, &se) {
			return &robotsVerdict{expires: now.Add(f.cfg.RobotsErrorTTL), refused: se.Error()}, nil
		}
		var dnsErr *net.DNSError
		var certErr *tls.CertificateVerificationError
		if errors.As(err, &dnsErr) || errors.As(err, &certErr) {
			// Nothing on this origin can be fetched.
			return &robotsVerdict{expires: now.Add(f.cfg.RobotsErrorTTL), refused: claims.ErrorMessage(err)}, nil
		}
		if claims.ErrorKind(err) == claims.Invalid {
			// Too many redirects, a redirect loop, a bad encoding: RFC
			// 9309 lets a crawler take the file as unavailable, like a 4xx.
			f.log.Info("robots.txt unusable, treated as absent", zap.String("url", robotsURL), zap.Error(err))
			return &robotsVerdict{expires: now.Add(f.cfg.RobotsTTL)}, nil
		}
		f.log.Warn("robots.txt unreachable", zap.String("url", robotsURL), zap.Error(err))
		return &robotsVerdict{expires: now.Add(f.cfg.RobotsErrorTTL), unreachable: err.Error()}, nil
	}
	body := resp.body
	if len(body) >= robotsMaxBytes {
		// Cut off: drop the partial last line rather than read half a rule.
		if i := bytes.LastIndexAny(body, "\r\n"); i >= 0 {
			body = body[:i]
		}
	}
	return &robotsVerdict{rules: parseRobots(body), expires: now.Add(f.cfg.RobotsTTL)}, nil
}
