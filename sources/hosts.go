package sources

import (
	"context"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// maxTrackedHosts bounds the per-host state (limits, robots.txt verdicts)
// a Fetcher keeps before it starts forgetting idle hosts.
const maxTrackedHosts = 10000

// hostState is the politeness state of one host: a token bucket spacing the
// requests and a semaphore capping how many are in flight at once.
type hostState struct {
	lim *rate.Limiter
	sem chan struct{}

	mu         sync.Mutex
	crawlDelay time.Duration // from robots.txt, applied once
}

// hosts hands out the hostState of each host (scheme-less host:port, lower
// case). Entries live as long as the Fetcher: a crawler talks to a bounded
// set of news sites.
type hosts struct {
	rate        rate.Limit
	burst       int
	concurrency int

	mu sync.Mutex
	m  map[string]*hostState
}

func (h *hosts) get(host string) *hostState {
	host = strings.ToLower(host)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m == nil {
		h.m = map[string]*hostState{}
	}
	if len(h.m) >= maxTrackedHosts {
		// Forget idle hosts (nothing in flight, bucket full): a new state
		// for them later behaves the same, bar a Crawl-delay re-applied at
		// their next robots.txt check.
		for k, old := range h.m {
			if len(old.sem) == 0 && old.lim.Tokens() >= float64(old.lim.Burst()) {
				delete(h.m, k)
			}
		}
	}
	s, ok := h.m[host]
	if !ok {
		s = &hostState{lim: rate.NewLimiter(h.rate, h.burst), sem: make(chan struct{}, h.concurrency)}
		h.m[host] = s
	}
	return s
}

// acquire waits for a free slot and a rate token for host; the returned
// function releases the slot.
func (h *hosts) acquire(ctx context.Context, host string) (release func(), err error) {
	s := h.get(host)
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := s.lim.Wait(ctx); err != nil {
		<-s.sem
		return nil, err
	}
	return func() { <-s.sem }, nil
}

// slowDown lowers host's rate to one request per d when d is slower than the
// configured rate (robots.txt Crawl-delay), capped at maxDelay.
func (h *hosts) slowDown(host string, d, maxDelay time.Duration) {
	if d <= 0 {
		return
	}
	if d > maxDelay {
		d = maxDelay
	}
	s := h.get(host)
	s.mu.Lock()
	defer s.mu.Unlock()
	if d <= s.crawlDelay {
		return
	}
	s.crawlDelay = d
	if r := rate.Every(d); r < s.lim.Limit() {
		s.lim.SetLimit(r)
		s.lim.SetBurst(1)
	}
}
