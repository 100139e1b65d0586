package sources

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"go.uber.org/zap"
)

// Source is a feed or sitemap to poll.
type Source struct {
	Name string     // shown in logs and carried in Submission.Source; the URL when empty
	URL  string     // the feed, sitemap or sitemap index
	Kind SourceKind // KindFeed or KindSitemap; detected from the document when empty
	// Interval between polls; Watcher.DefaultInterval when zero.
	Interval time.Duration
}

// PollStats says what one poll found.
type PollStats struct {
	Items     int  // items listed by the source (after the age filter)
	New       int  // items not seen before
	Submitted int  // items submitted and marked seen
	Unchanged bool // the source answered 304 Not Modified
}

// Watcher polls feeds and sitemaps and submits each item it has not seen
// before, keyed by canonical URL. Set the fields, then call Run (or Poll for
// one source once). Every field but Sources and Submit has a working zero
// value.
//
// An item is marked seen only after Submit accepted it, so a failed submit
// is retried on the next poll (and, since the submission ID derives from the
// canonical URL, a submit that succeeded but whose mark was lost is
// deduplicated downstream by Nats-Msg-Id). Polls are conditional GETs; a
// 304 counts as "nothing new".
type Watcher struct {
	Sources []Source
	Submit  func(ctx context.Context, sub *claims.Submission) error
	// Seen dedups across restarts; nil keeps an in-memory set (this process only).
	Seen Seen
	// Fetcher gets the sources; nil means NewFetcher with the defaults.
	// Share the pipeline's: per-host limits and robots.txt then hold for
	// both. Polls are conditional on Cache (nil: an in-memory one), which
	// is the Watcher's own, whatever the Fetcher's FetchConfig.Cache is.
	Fetcher *Fetcher
	Cache   Cache
	Log     *zap.Logger

	DefaultInterval time.Duration // 10 min
	// MaxItemsPerPoll caps submissions per source and poll (500); the rest
	// wait for the next poll.
	MaxItemsPerPoll int
	// MaxAge skips items dated older than this (0: no limit), so that a
	// first poll of a large sitemap does not submit the archive. Undated
	// items always pass.
	MaxAge time.Duration
	// MaxChildSitemaps is how many children of a sitemap index are read
	// per poll (5): the newest by lastmod when the index dates them, else the
	// first listed.
	MaxChildSitemaps int

	once       sync.Once
	memSeen    *memorySeen
	discovered sync.Map // page URL -> the feed URL it advertises
	children   sync.Map // sitemap index URL -> []Item, its children as last read
}

func (w *Watcher) init() {
	w.once.Do(func() {
		if w.Log == nil {
			w.Log = zap.NewNop()
		}
		if w.Fetcher == nil {
			w.Fetcher = NewFetcher(FetchConfig{}, w.Log)
		}
		if w.Cache == nil {
			w.Cache = NewMemoryCache()
		}
		if w.Seen == nil {
			w.memSeen = &memorySeen{m: map[string]bool{}}
			w.Seen = w.memSeen
		}
		if w.DefaultInterval <= 0 {
			w.DefaultInterval = 10 * time.Minute
		}
		if w.MaxItemsPerPoll <= 0 {
			w.MaxItemsPerPoll = 500
		}
		if w.MaxChildSitemaps <= 0 {
			w.MaxChildSitemaps = 5
		}
	})
}

// Run polls every source, first at once and then every Interval (with 10%
// jitter), until ctx ends; it then returns nil. A failed poll is logged and
// retried at the next interval: one broken feed never stops the others.
func (w *Watcher) Run(ctx context.Context) error {
	w.init()
	if w.Submit == nil {
		return claims.Errorf(claims.Invalid, "watcher: no Submit function")
	}
	if len(w.Sources) == 0 {
		return claims.Errorf(claims.Invalid, "watcher: no sources to watch")
	}
	for _, s := range w.Sources {
		if _, err := CanonicalURL(s.URL); err != nil {
			return claims.Errorf(claims.Invalid, "watcher: source %q: %w", cmp.Or(s.Name, s.URL), err)
		}
		if s.Kind != "" && s.Kind != KindFeed && s.Kind != KindSitemap {
			return claims.Errorf(claims.Invalid, "watcher: source %q: kind %q is neither %q nor %q", s.URL, s.Kind, KindFeed, KindSitemap)
		}
	}
	var wg sync.WaitGroup
	for _, s := range w.Sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.loop(ctx, s)
		}()
	}
	wg.Wait()
	return nil
}

func (w *Watcher) loop(ctx context.Context, src Source) {
	if src.Name == "" {
		src.Name = src.URL // as Poll names it in submissions, so in the logs
	}
	interval := src.Interval
	if interval <= 0 {
		interval = w.DefaultInterval
	}
	for {
		st, err := w.Poll(ctx, src)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			w.Log.Warn("poll failed", zap.String("source", src.Name), zap.String("url", src.URL), zap.Error(err))
		} else {
			w.Log.Info("polled", zap.String("source", src.Name), zap.String("url", src.URL), zap.Int("items", st.Items),
				zap.Int("new", st.New), zap.Int("submitted", st.Submitted), zap.Bool("unchanged", st.Unchanged))
		}
		wait := interval - interval/10 + rand.N(interval/5+1)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// Poll reads src once and submits its new items.
func (w *Watcher) Poll(ctx context.Context, src Source) (PollStats, error) {
	w.init()
	var st PollStats
	if src.Name == "" {
		src.Name = src.URL
	}
	var fetched []string
	items, unchanged, err := w.items(ctx, src, src.URL, src.Kind, 0, &fetched)
	if err != nil {
		return st, err
	}
	st.Unchanged = unchanged
	if w.MaxAge > 0 {
		cutoff := time.Now().Add(-w.MaxAge)
		kept := items[:0]
		for _, it := range items {
			if it.Published.IsZero() || !it.Published.Before(cutoff) {
				kept = append(kept, it)
			}
		}
		items = kept
	}
	st.Items = len(items)
	var errs []error
	incomplete := false
	for _, it := range items {
		canon, err := CanonicalURL(it.URL)
		if err != nil {
			continue
		}
		seen, err := w.Seen.Seen(ctx, canon)
		if err != nil {
			return st, claims.WrapKind(claims.Transient, fmt.Errorf("source %q: seen check of %q: %w", src.Name, canon, err))
		}
		if seen {
			continue
		}
		st.New++
		if st.Submitted >= w.MaxItemsPerPoll {
			incomplete = true
			continue
		}
		sub := &claims.Submission{ID: SubmissionID(canon), URL: canon, SubmittedAt: time.Now().UTC(), Source: src.Name}
		if !it.Published.IsZero() {
			sub.FeedPublished = it.Published.UTC().Format(time.RFC3339)
		}
		if err := w.Submit(ctx, sub); err != nil {
			incomplete = true
			errs = append(errs, fmt.Errorf("submitting %q: %w", canon, err))
			if ctx.Err() != nil {
				break
			}
			continue
		}
		if err := w.Seen.MarkSeen(ctx, canon); err != nil {
			incomplete = true
			errs = append(errs, fmt.Errorf("marking %q seen: %w", canon, err))
			continue
		}
		st.Submitted++
	}
	if incomplete {
		// Forget the validators so the next poll reads the source again
		// even if it has not changed: items are still waiting.
		for _, u := range fetched {
			w.Cache.Put(u, Validators{})
		}
	}
	if len(errs) > 0 {
		return st, claims.WrapKind(claims.Transient, fmt.Errorf("source %q: %w", src.Name, errors.Join(errs...)))
	}
	return st, nil
}

// items fetches and parses one source document, descending into the
// children of a sitemap index (two levels at most), and appends each URL
// it requests to fetched. unchanged reports a 304.
func (w *Watcher) items(ctx context.Context, src Source, u string, kind SourceKind, depth int, fetched *[]string) (items []Item, unchanged bool, err error) {
	if feed, ok := w.discovered.Load(u); ok && kind == "" {
		// Poll the feed a page advertised directly: the page itself may
		// answer 304 while its feed changes.
		return w.items(ctx, src, feed.(string), KindFeed, depth+1, fetched)
	}
	*fetched = append(*fetched, u)
	resp, err := w.Fetcher.get(ctx, u, getOptions{
		maxBytes: w.Fetcher.cfg.MaxBytes, maxRedirects: w.Fetcher.cfg.MaxRedirects,
		retries: w.Fetcher.cfg.Retries, sourceTypes: true, cache: w.Cache,
	})
	if errors.Is(err, ErrNotModified) {
		if cs, ok := w.children.Load(u); ok && depth < 2 {
			// An index that has not changed still has children that may
			// have: a news site's index stays put while its newest
			// sitemap grows. Poll each, conditionally too.
			return w.childItems(ctx, src, cs.([]Item), depth, fetched)
		}
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	*fetched = append(*fetched, resp.finalURL)
	// A body that cannot be used must not be answered 304 next time: its
	// validators go until it parses (a truncated download, a feed broken
	// for a while).
	unusable := func(err error) ([]Item, bool, error) {
		w.Cache.Put(u, Validators{})
		w.Cache.Put(resp.finalURL, Validators{})
		return nil, false, err
	}
	if kind == "" {
		kind = DetectKind(resp.body)
	}
	if kind == "" && depth < 2 && (resp.mediaType == "text/html" || resp.mediaType == "application/xhtml+xml") {
		// A site's page: follow the first feed it advertises.
		if feeds := DiscoverFeeds(resp.body, resp.finalURL); len(feeds) > 0 {
			w.discovered.Store(u, feeds[0])
			w.Log.Info("feed discovered", zap.String("source", src.Name), zap.String("page", u), zap.String("feed", feeds[0]))
			return w.items(ctx, src, feeds[0], KindFeed, depth+1, fetched)
		}
	}
	switch kind {
	case KindFeed:
		items, err := ParseFeed(resp.body, resp.finalURL)
		if err != nil {
			return unusable(claims.Errorf(claims.Invalid, "source %q: %w", src.Name, err))
		}
		return items, false, nil
	case KindSitemap:
		sm, err := ParseSitemap(resp.body, resp.finalURL)
		if err != nil {
			return unusable(claims.Errorf(claims.Invalid, "source %q: %w", src.Name, err))
		}
		if len(sm.Children) == 0 || depth >= 2 {
			return sm.Items, false, nil
		}
		children := sm.Children
		if anyDated(children) {
			sort.SliceStable(children, func(i, j int) bool { return children[i].Published.After(children[j].Published) })
		}
		if len(children) > w.MaxChildSitemaps {
			children = children[:w.MaxChildSitemaps]
		}
		w.children.Store(u, children)
		items, _, err := w.childItems(ctx, src, children, depth, fetched)
		if err != nil {
			return nil, false, err
		}
		return append(sm.Items, items...), false, nil
	}
	return unusable(claims.Errorf(claims.Invalid, "source %q: %q is neither a feed (RSS, Atom, JSON Feed) nor a sitemap, nor a page advertising a feed", src.Name, u))
}

// childItems reads the child sitemaps of an index at depth, each on its
// own conditional GET. unchanged reports that none had changed; a child
// that fails is logged, and the call fails only when every child did.
func (w *Watcher) childItems(ctx context.Context, src Source, children []Item, depth int, fetched *[]string) (items []Item, unchanged bool, err error) {
	var errs []error
	unchanged = true
	for _, c := range children {
		ci, same, err := w.items(ctx, src, c.URL, KindSitemap, depth+1, fetched)
		if err != nil {
			errs = append(errs, err)
			unchanged = false
			continue
		}
		unchanged = unchanged && same
		items = append(items, ci...)
	}
	if len(errs) > 0 && len(errs) == len(children) {
		return nil, false, errors.Join(errs...)
	}
	for _, e := range errs {
		w.Log.Warn("child sitemap failed", zap.String("source", src.Name), zap.Error(e))
	}
	return items, unchanged, nil
}

func anyDated(items []Item) bool {
	for _, it := range items {
		if !it.Published.IsZero() {
			return true
		}
	}
	return false
}

// memorySeen is the Watcher's Seen when none is given.
type memorySeen struct {
	mu sync.Mutex
	m  map[string]bool
}

func (s *memorySeen) Seen(_ context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[key], nil
}

func (s *memorySeen) MarkSeen(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = true
	return nil
}
