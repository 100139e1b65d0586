package sources

import (
	"sync"

	"github.com/claimpipe/claimpipe/claims"
)

// ErrNotModified is the sentinel a conditional GET returns when the server
// answers 304 Not Modified: the document is unchanged since the fetch whose
// validators the Cache holds. Fetch wraps it in a claims.Error of kind
// claims.NotFound (nothing new to process), so callers test it with
// errors.Is(err, sources.ErrNotModified); the Watcher treats it as
// "unchanged, nothing to submit" and the pipeline as "nothing to do".
var ErrNotModified error = &claims.Error{Kind: claims.NotFound, Message: "not modified since the last fetch"}

// Validators are the conditional-GET validators a server gave for a URL.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Cache keeps the validators of fetched URLs so that the next fetch of the
// same URL is conditional (If-None-Match / If-Modified-Since). It holds no
// bodies: a 304 means "you already processed this", not "here is the old
// copy". Implementations must be safe for concurrent use.
type Cache interface {
	Get(url string) (Validators, bool)
	Put(url string, v Validators)
}

// MemoryCache is an in-process Cache holding at most Max entries (0 means
// 10,000); past that it forgets an arbitrary entry, which only costs one
// unconditional fetch. The zero value is ready to use.
type MemoryCache struct {
	Max int

	mu sync.Mutex
	m  map[string]Validators
}

// NewMemoryCache returns an empty MemoryCache with the default size.
func NewMemoryCache() *MemoryCache { return &MemoryCache{} }

// Get returns the validators stored for url.
func (c *MemoryCache) Get(url string) (Validators, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[url]
	return v, ok
}

// Put stores the validators for url; empty validators delete the entry.
func (c *MemoryCache) Put(url string, v Validators) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v == (Validators{}) {
		delete(c.m, url)
		return
	}
	if c.m == nil {
		c.m = map[string]Validators{}
	}
	max := c.Max
	if max <= 0 {
		max = 10000
	}
	if _, ok := c.m[url]; !ok && len(c.m) >= max {
		for k := range c.m {
			delete(c.m, k)
			break
		}
	}
	c.m[url] = v
}
