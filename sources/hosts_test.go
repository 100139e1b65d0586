package sources

import (
	"context"
	"fmt"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

func TestHostsForgetIdle(t *testing.T) {
	h := &hosts{rate: rate.Inf, burst: 1, concurrency: 2}
	release, err := h.acquire(context.Background(), "busy.example")
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	for i := range maxTrackedHosts + 5 {
		h.get(fmt.Sprintf("h%d.example", i))
	}
	if n := len(h.m); n > maxTrackedHosts {
		t.Errorf("%d hosts tracked, want at most %d", n, maxTrackedHosts)
	}
	if _, ok := h.m["busy.example"]; !ok {
		t.Error("a host with a request in flight was forgotten")
	}
}

func TestHostsCrawlDelay(t *testing.T) {
	h := &hosts{rate: rate.Inf, burst: 1, concurrency: 2}
	h.slowDown("a.example", 2*time.Second, time.Minute)
	if got := h.get("A.example").lim.Limit(); got != rate.Every(2*time.Second) {
		t.Errorf("limit %v after Crawl-delay 2s", got)
	}
	h.slowDown("b.example", time.Hour, time.Minute)
	if got := h.get("b.example").lim.Limit(); got != rate.Every(time.Minute) {
		t.Errorf("limit %v after Crawl-delay 1h capped at 1m", got)
	}
}
