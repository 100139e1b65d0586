package sources

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"go.uber.org/zap"
	"golang.org/x/time/rate"
)

// DefaultUserAgent names the project and where to read about it, as polite
// crawlers do. Its product token, "claimpipe", is what robots.txt groups
// are matched against.
const DefaultUserAgent = "claimpipe/0.1 (+https://github.com/claimpipe/claimpipe)"

// FetchConfig configures a Fetcher. Its zero value is a polite, safe
// crawler: every zero field takes the default documented beside it.
type FetchConfig struct {
	// ConnectTimeout bounds the TCP connect and the TLS handshake (10 s).
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for the response headers once the
	// request is written (15 s).
	HeaderTimeout time.Duration
	// BodyTimeout bounds reading the whole body once the headers are in (30 s).
	BodyTimeout time.Duration
	// MaxBytes caps the body, both as sent and after Content-Encoding
	// decoding (10 MiB). A longer body is an error, not a truncation.
	MaxBytes int64
	// MaxRedirects caps the redirects followed (10); negative follows none.
	MaxRedirects int
	// UserAgent is sent with every request (DefaultUserAgent). Its product
	// token (up to the first "/") is the agent robots.txt is read for.
	UserAgent string

	// PerHostRate is the sustained request rate to one host, per second
	// (1); negative means unlimited. PerHostBurst is the bucket size (1).
	PerHostRate  float64
	PerHostBurst int
	// PerHostConcurrency caps requests in flight to one host (2).
	PerHostConcurrency int
	// MaxCrawlDelay caps how far a robots.txt Crawl-delay may slow a host (60 s).
	MaxCrawlDelay time.Duration

	// Retries is how many times a 5xx, a 429 or a network failure is
	// retried (3); negative means never. The wait doubles from BackoffBase
	// (500 ms) up to BackoffMax (30 s) with jitter, or is what Retry-After
	// asks when that is at most MaxRetryAfter (2 min); a longer Retry-After
	// ends the fetch with a Transient error at once.
	Retries       int
	BackoffBase   time.Duration
	BackoffMax    time.Duration
	MaxRetryAfter time.Duration

	// Allow opens addresses the SSRF guard refuses: CIDRs ("10.0.0.0/8"),
	// IPs ("::1") or host names ("localhost", matched against the URL's
	// host, whatever it resolves to). Tests and on-premise installs use it.
	Allow []string

	// IgnoreRobots turns robots.txt off. By default (false) each origin's
	// robots.txt is fetched, cached for RobotsTTL (24 h; RobotsErrorTTL,
	// 5 min, when it could not be had) and honoured per RFC 9309.
	IgnoreRobots   bool
	RobotsTTL      time.Duration
	RobotsErrorTTL time.Duration

	// Cache, when set, makes fetches conditional: validators (ETag,
	// Last-Modified) of each 200 answer are stored, sent on the next fetch of
	// the same URL, and a 304 answer returns ErrNotModified.
	Cache Cache
}

func (c FetchConfig) withDefaults() FetchConfig {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.ConnectTimeout, 10*time.Second)
	def(&c.HeaderTimeout, 15*time.Second)
	def(&c.BodyTimeout, 30*time.Second)
	def(&c.MaxCrawlDelay, time.Minute)
	def(&c.BackoffBase, 500*time.Millisecond)
	def(&c.BackoffMax, 30*time.Second)
	def(&c.MaxRetryAfter, 2*time.Minute)
	def(&c.RobotsTTL, 24*time.Hour)
	def(&c.RobotsErrorTTL, 5*time.Minute)
	if c.MaxBytes <= 0 {
		c.MaxBytes = 10 << 20
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 10
	} else if c.MaxRedirects < 0 {
		c.MaxRedirects = 0
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.PerHostRate == 0 {
		c.PerHostRate = 1
	}
	if c.PerHostBurst <= 0 {
		c.PerHostBurst = 1
	}
	if c.PerHostConcurrency <= 0 {
		c.PerHostConcurrency = 2
	}
	if c.Retries == 0 {
		c.Retries = 3
	} else if c.Retries < 0 {
		c.Retries = 0
	}
	return c
}

// Fetcher gets documents from the web politely and safely. It is safe for
// concurrent use; create one per process and share it, since the per-host
// limits and the robots.txt cache live in it.
type Fetcher struct {
	cfg         FetchConfig
	log         *zap.Logger
	client      *http.Client
	guard       *guard
	hosts       hosts
	robots      robotsCache
	robotsAgent string
}

// NewFetcher returns a Fetcher for cfg. An allow-list entry that is not a
// CIDR, an IP or a host name is logged and ignored, so that a typo cannot
// stop the process but is seen. log may be nil.
func NewFetcher(cfg FetchConfig, log *zap.Logger) *Fetcher {
	if log == nil {
		log = zap.NewNop()
	}
	cfg = cfg.withDefaults()
	g, err := newGuard(cfg.Allow)
	if err != nil {
		log.Error("bad fetch allow-list; entry ignored", zap.Error(err))
		var ok []string
		for _, a := range cfg.Allow {
			if _, err := newGuard([]string{a}); err == nil {
				ok = append(ok, a)
			}
		}
		g, _ = newGuard(ok)
	}
	transport := &http.Transport{
		Proxy:                  nil, // a proxy would dial for us, past the guard
		DialContext:            g.dialContext(cfg.ConnectTimeout),
		TLSHandshakeTimeout:    cfg.ConnectTimeout,
		ResponseHeaderTimeout:  cfg.HeaderTimeout,
		MaxResponseHeaderBytes: 1 << 20,
		DisableCompression:     true, // we ask for and decode gzip/deflate/br ourselves, capped
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    cfg.PerHostConcurrency,
		IdleConnTimeout:        90 * time.Second,
		ForceAttemptHTTP2:      true,
		TLSClientConfig:        &tls.Config{MinVersion: tls.VersionTLS12},
	}
	agent := cfg.UserAgent
	if i := strings.IndexAny(agent, "/ "); i > 0 {
		agent = agent[:i]
	}
	lim := rate.Limit(cfg.PerHostRate)
	if cfg.PerHostRate < 0 {
		lim = rate.Inf
	}
	return &Fetcher{
		cfg: cfg,
		log: log,
		client: &http.Client{
			Transport: transport,
			// Redirects are followed by hand, hop by hop, so that each is
			// recorded, checked against robots.txt and rate limited.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		guard:       g,
		hosts:       hosts{rate: lim, burst: cfg.PerHostBurst, concurrency: cfg.PerHostConcurrency},
		robotsAgent: strings.ToLower(agent),
	}
}

// Fetch gets sub.URL and returns the page as UTF-8: the charset comes from
// a byte-order mark, the Content-Type header or a <meta> declaration, in
// the HTML standard's order, except that an undeclared body that is valid
// UTF-8 is UTF-8; Page.Headers["X-Claimpipe-Charset"] names it. Page.FinalURL is the URL that answered and
// Page.Redirects the URLs that redirected on the way, in order, starting
// with sub.URL (empty without redirects).
//
// A submission with Content set is not fetched: its content is converted to
// UTF-8 and size-checked the same way, so the fetch stage treats files and
// URLs alike.
//
// Errors are claims.Errors naming the URL. claims.Invalid for permanent
// failures: a malformed or non-HTTP URL, a 4xx answer, a robots.txt
// disallow, an SSRF refusal, an unknown host, an oversized or undecodable
// body, a type other than HTML or text, a redirect loop or too many
// redirects. claims.Transient for timeouts, 5xx, 429 and network failures
// once the retries are spent, for an unreachable robots.txt, and for the
// caller's context ending. claims.NotFound wrapping ErrNotModified when the
// Cache made the fetch conditional and the server answered 304.
func (f *Fetcher) Fetch(ctx context.Context, sub *claims.Submission) (*claims.Page, error) {
	if sub == nil {
		return nil, claims.Errorf(claims.Invalid, "fetch: no submission")
	}
	if len(sub.Content) > 0 {
		return f.pageFromContent(sub)
	}
	if strings.TrimSpace(sub.URL) == "" {
		if sub.Name != "" {
			return nil, claims.Errorf(claims.Invalid, "%q is empty", sub.Name)
		}
		return nil, claims.Errorf(claims.Invalid, "submission %q has neither a URL nor content", sub.ID)
	}
	// The retries are logged with the fields the pipeline's lines about an
	// article carry (the stage, the submission, its input).
	log := f.log.With(zap.String("stage", "fetch"), zap.String("submission_id", sub.ID), zap.String("input", sub.URL))
	resp, err := f.get(ctx, sub.URL, getOptions{maxBytes: f.cfg.MaxBytes, maxRedirects: f.cfg.MaxRedirects, retries: f.cfg.Retries, cache: f.cfg.Cache, log: log})
	if err != nil {
		return nil, err
	}
	body, cs, err := toUTF8(resp.body, resp.contentType)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "fetch %q: %w", sub.URL, err)
	}
	if err := claims.CheckText(body); err != nil {
		return nil, claims.Errorf(claims.Invalid, "fetch %q: %w", sub.URL, err)
	}
	// X-Claimpipe-Charset records what the body was decoded from.
	headers := map[string]string{"X-Claimpipe-Charset": cs}
	for _, h := range []string{"Content-Type", "Content-Language", "ETag", "Last-Modified", "Date"} {
		if v := resp.header.Get(h); v != "" {
			headers[h] = v
		}
	}
	f.log.Debug("fetched", zap.String("url", sub.URL), zap.String("final_url", resp.finalURL),
		zap.Int("bytes", len(body)), zap.String("charset", cs), zap.Int("redirects", len(resp.redirects)))
	return &claims.Page{
		SubmissionID: sub.ID,
		URL:          sub.URL,
		FinalURL:     resp.finalURL,
		Redirects:    resp.redirects,
		ContentType:  resp.mediaType + "; charset=utf-8",
		Body:         body,
		Headers:      headers,
		Name:         sub.Name,
		Published:    sub.Published,
		FetchedAt:    time.Now().UTC(),
		Source:       sub.Source,
	}, nil
}

func (f *Fetcher) pageFromContent(sub *claims.Submission) (*claims.Page, error) {
	name := sub.Name
	if name == "" {
		name = sub.URL
	}
	if int64(len(sub.Content)) > f.cfg.MaxBytes {
		return nil, claims.Errorf(claims.Invalid, "%q: content of %d bytes exceeds the %d-byte limit", name, len(sub.Content), f.cfg.MaxBytes)
	}
	mt := mediaType(sub.ContentType, sub.Content)
	if !isPageType(mt) {
		return nil, claims.Errorf(claims.Invalid, "%q: content type %q is not HTML or text", name, mt)
	}
	body, _, err := toUTF8(sub.Content, sub.ContentType)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "%q: %w", name, err)
	}
	if err := claims.CheckText(body); err != nil {
		return nil, claims.Errorf(claims.Invalid, "%q: %w", name, err)
	}
	return &claims.Page{
		SubmissionID: sub.ID,
		URL:          sub.URL,
		FinalURL:     sub.URL,
		ContentType:  mt + "; charset=utf-8",
		Body:         body,
		Name:         sub.Name,
		Published:    sub.Published,
		FetchedAt:    time.Now().UTC(),
		Source:       sub.Source,
	}, nil
}

// getOptions vary get between pages, feeds and robots.txt.
type getOptions struct {
	maxBytes     int64
	truncate     bool // keep the first maxBytes of a longer body (robots.txt)
	maxRedirects int
	retries      int
	noRobots     bool  // robots.txt itself
	anyType      bool  // accept any media type (robots.txt)
	sourceTypes  bool  // accept feed and sitemap types too
	cache        Cache // when set, make the request conditional on its validators
	// log, when set, logs the retries: a page's carries its submission.
	log *zap.Logger
}

// response is a successful (2xx) answer with its body decoded from its
// Content-Encoding but not yet from its charset. On an HTTP error, get
// returns a response carrying only status alongside the error.
type response struct {
	status      int
	finalURL    string
	redirects   []string
	header      http.Header
	contentType string
	mediaType   string
	body        []byte
}

// get fetches rawURL following redirects by hand. Every error it returns is
// a claims.Error naming rawURL (and the hop, when a redirect led elsewhere).
func (f *Fetcher) get(ctx context.Context, rawURL string, o getOptions) (*response, error) {
	u, err := parseFetchURL(rawURL)
	if err != nil {
		return nil, err
	}
	var redirects []string
	seen := map[string]bool{}
	for hop := 0; ; hop++ {
		cur := u.String()
		name := fmt.Sprintf("%q", rawURL)
		if hop > 0 {
			name = fmt.Sprintf("%q (redirected to %q)", rawURL, cur)
		}
		seen[cur] = true
		if !o.noRobots && !f.cfg.IgnoreRobots {
			allowed, unreachable, refused, err := f.checkRobots(ctx, u)
			switch {
			case err != nil:
				return nil, claims.Errorf(claims.Transient, "fetch %s: %w", name, err)
			case refused != "":
				return nil, claims.Errorf(claims.Invalid, "fetch %s: %s", name, refused)
			case unreachable != "":
				return nil, claims.Errorf(claims.Transient, "fetch %s: robots.txt of %s could not be read, so crawling is disallowed for now: %s", name, u.Host, unreachable)
			case !allowed:
				return nil, claims.Errorf(claims.Invalid, "fetch %s: disallowed by robots.txt of %s for user agent %q", name, u.Host, f.robotsAgent)
			}
		}
		resp, loc, err := f.attempts(ctx, u, name, o)
		if err != nil {
			return resp, err
		}
		if loc == nil {
			if !o.anyType {
				if ok := isPageType(resp.mediaType) || (o.sourceTypes && isSourceType(resp.mediaType)); !ok {
					return nil, claims.Errorf(claims.Invalid, "fetch %s: content type %q is not HTML or text", name, resp.mediaType)
				}
			}
			resp.finalURL = cur
			resp.redirects = redirects
			return resp, nil
		}
		redirects = append(redirects, cur)
		next := loc.String()
		if seen[next] {
			return nil, claims.Errorf(claims.Invalid, "fetch %q: redirect loop: %s -> %s", rawURL, strings.Join(redirects, " -> "), next)
		}
		if len(redirects) > o.maxRedirects {
			return nil, claims.Errorf(claims.Invalid, "fetch %q: more than %d redirects: %s -> %s", rawURL, o.maxRedirects, strings.Join(redirects, " -> "), next)
		}
		u = loc
	}
}

// parseFetchURL accepts absolute http and https URLs only.
func parseFetchURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "fetch %q: malformed URL: %w", raw, err)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return nil, claims.Errorf(claims.Invalid, "fetch %q: only http and https URLs can be fetched", raw)
	}
	if u.Hostname() == "" {
		return nil, claims.Errorf(claims.Invalid, "fetch %q: URL has no host", raw)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// attempts performs one hop with retries. It returns either a final
// response, or the resolved Location of a redirect, or an error.
func (f *Fetcher) attempts(ctx context.Context, u *url.URL, name string, o getOptions) (*response, *url.URL, error) {
	for attempt := 0; ; attempt++ {
		resp, loc, retryAfter, err := f.attempt(ctx, u, name, o)
		if err == nil || claims.ErrorKind(err) != claims.Transient || ctx.Err() != nil {
			return resp, loc, err
		}
		if attempt >= o.retries {
			if attempt > 0 {
				err = claims.Errorf(claims.Transient, "%w (gave up after %d attempts)", err, attempt+1)
			}
			return resp, nil, err
		}
		wait := f.backoff(attempt)
		if retryAfter > 0 {
			if retryAfter > f.cfg.MaxRetryAfter {
				return resp, nil, claims.Errorf(claims.Transient, "%w (server asks to retry after %s)", err, retryAfter.Round(time.Second))
			}
			wait = retryAfter
		}
		log := f.log
		if o.log != nil {
			log = o.log
		}
		log.Info("fetch failed, retrying", zap.String("url", u.String()), zap.Int("attempt", attempt+1),
			zap.Duration("wait", wait), zap.Error(err))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, nil, claims.Errorf(claims.Transient, "fetch %s: %w (while waiting to retry after: %v)", name, ctx.Err(), err)
		}
	}
}

// backoff is the wait before retry number attempt+1: exponential from
// BackoffBase, capped at BackoffMax, with "equal jitter" (half fixed, half
// random) so that many clients do not retry in step.
func (f *Fetcher) backoff(attempt int) time.Duration {
	d := f.cfg.BackoffBase << min(attempt, 30)
	if d <= 0 || d > f.cfg.BackoffMax {
		d = f.cfg.BackoffMax
	}
	return d/2 + rand.N(d/2+1)
}

// attempt is one request. retryAfter is the server's Retry-After, if any.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, name string, o getOptions) (resp *response, loc *url.URL, retryAfter time.Duration, err error) {
	release, err := f.hosts.acquire(ctx, u.Host)
	if err != nil {
		return nil, nil, 0, claims.Errorf(claims.Transient, "fetch %s: waiting for a slot on %s: %w", name, u.Host, err)
	}
	defer release()

	reqCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: %w", name, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	cacheKey := u.String()
	if o.cache != nil {
		if v, ok := o.cache.Get(cacheKey); ok {
			if v.ETag != "" {
				req.Header.Set("If-None-Match", v.ETag)
			}
			if v.LastModified != "" {
				req.Header.Set("If-Modified-Since", v.LastModified)
			}
		}
	}

	start := time.Now()
	hr, err := f.client.Do(req)
	if err != nil {
		return nil, nil, 0, f.transportError(ctx, name, err, time.Since(start))
	}
	defer hr.Body.Close()
	resp = &response{status: hr.StatusCode, header: hr.Header}

	switch {
	case hr.StatusCode == http.StatusNotModified:
		if req.Header.Get("If-None-Match") == "" && req.Header.Get("If-Modified-Since") == "" {
			return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: HTTP 304 to an unconditional request", name)
		}
		return resp, nil, 0, claims.Errorf(claims.NotFound, "fetch %s: %w", name, ErrNotModified)
	case hr.StatusCode >= 300 && hr.StatusCode < 400:
		l := hr.Header.Get("Location")
		if l == "" {
			return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: HTTP %s without a Location", name, hr.Status)
		}
		next, err := u.Parse(l)
		if err != nil {
			return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: HTTP %s to malformed Location %q: %w", name, hr.Status, l, err)
		}
		if s := strings.ToLower(next.Scheme); s != "http" && s != "https" {
			return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: redirected to non-HTTP URL %q", name, l)
		}
		next.Fragment, next.RawFragment = "", ""
		return resp, next, 0, nil
	case hr.StatusCode == http.StatusTooManyRequests || hr.StatusCode >= 500:
		drainSome(hr.Body)
		return resp, nil, parseRetryAfter(hr.Header.Get("Retry-After"), time.Now()),
			claims.Errorf(claims.Transient, "fetch %s: HTTP %s", name, hr.Status)
	case hr.StatusCode < 200 || hr.StatusCode >= 300:
		drainSome(hr.Body)
		return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: HTTP %s", name, hr.Status)
	}

	if hr.ContentLength > o.maxBytes && !o.truncate {
		return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: body of %d bytes exceeds the %d-byte limit", name, hr.ContentLength, o.maxBytes)
	}
	var bodyTimedOut atomic.Bool
	timer := time.AfterFunc(f.cfg.BodyTimeout, func() { bodyTimedOut.Store(true); cancel() })
	raw, err := readCapped(hr.Body, o.maxBytes, false, o.truncate)
	timer.Stop()
	if err != nil {
		var tl *errTooLarge
		switch {
		case errors.As(err, &tl):
			return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: %w", name, err)
		case bodyTimedOut.Load():
			return resp, nil, 0, claims.Errorf(claims.Transient, "fetch %s: body not received within %s", name, f.cfg.BodyTimeout)
		default:
			return resp, nil, 0, f.transportError(ctx, name, err, time.Since(start))
		}
	}
	body, err := decodeContent(raw, hr.Header.Get("Content-Encoding"), o.maxBytes, o.truncate)
	if err != nil {
		return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: %w", name, err)
	}
	resp.contentType = hr.Header.Get("Content-Type")
	resp.mediaType = mediaType(resp.contentType, body)
	if o.sourceTypes {
		if body, err = gunzipFile(body, o.maxBytes); err != nil {
			return resp, nil, 0, claims.Errorf(claims.Invalid, "fetch %s: %w", name, err)
		}
	}
	resp.body = body
	if o.cache != nil {
		o.cache.Put(cacheKey, Validators{ETag: hr.Header.Get("ETag"), LastModified: hr.Header.Get("Last-Modified")})
	}
	return resp, nil, 0, nil
}

// transportError classifies a failure below HTTP: an SSRF refusal or an
// unknown host is permanent; timeouts, resets and refusals are transient.
func (f *Fetcher) transportError(ctx context.Context, name string, err error, took time.Duration) error {
	var se *ssrfError
	if errors.As(err, &se) {
		return claims.Errorf(claims.Invalid, "fetch %s: %w", name, se)
	}
	if ctx.Err() != nil {
		return claims.Errorf(claims.Transient, "fetch %s: %w", name, ctx.Err())
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return claims.Errorf(claims.Invalid, "fetch %s: %w", name, dnsErr)
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" && opErr.Timeout() {
		return claims.Errorf(claims.Transient, "fetch %s: connect timed out after %s", name, took.Round(time.Millisecond))
	}
	if strings.Contains(err.Error(), "timeout awaiting response headers") {
		return claims.Errorf(claims.Transient, "fetch %s: no response headers within %s", name, f.cfg.HeaderTimeout)
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return claims.Errorf(claims.Transient, "fetch %s: timed out after %s", name, took.Round(time.Millisecond))
	}
	var cv *tls.CertificateVerificationError
	if errors.As(err, &cv) {
		return claims.Errorf(claims.Invalid, "fetch %s: TLS certificate not valid: %w", name, cv)
	}
	return claims.Errorf(claims.Transient, "fetch %s: %v", name, err)
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// drainSome reads a little of an error body so the connection can be reused.
func drainSome(r io.Reader) { _, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<10)) }
