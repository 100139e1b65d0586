// Package sources is the outside world coming into claimpipe: the HTTP
// fetcher (timeouts, size caps, content decoding, charset conversion to
// UTF-8, redirects, retries, robots.txt, per-host politeness, conditional
// GET), the SSRF guard that keeps fetched URLs away from internal networks,
// URL canonicalisation, RSS/Atom/JSON Feed and sitemap parsing, and the
// Watcher that polls those sources and submits new items.
//
// Everything here treats its input as hostile: URLs, redirects, robots.txt
// files, feeds and bodies come from strangers. Every failure is a
// claims.Error whose kind says whether to retry (claims.Transient) or to
// dead-letter (claims.Invalid), and whose message names the URL.
//
// Use:
//
//	f := sources.NewFetcher(sources.FetchConfig{}, log) // one per process, shared
//	page, err := f.Fetch(ctx, sub)                       // the fetch stage
//	switch claims.ErrorKind(err) { case claims.Transient: retry; case claims.Invalid: dead-letter }
//
//	seen, _ := sources.OpenFileSeen("data/seen.jsonl", 90*24*time.Hour)
//	w := &sources.Watcher{Sources: srcs, Submit: publish, Seen: seen, Fetcher: f, Log: log}
//	w.Run(ctx) // `claimpipe watch`; polls are conditional GETs on the Watcher's own Cache
//
// Page bodies are UTF-8 whatever charset the server used; a <meta charset>
// left in the HTML no longer applies, so parse the body as UTF-8 (as
// html.Parse and goquery do), never through charset.NewReader again.
//
// Submission IDs of URLs come from SubmissionID (a hash of the canonical
// URL), so that the same article submitted twice, under any tracking
// decoration, carries the same Nats-Msg-Id.
//
// What must not live here: main-text extraction, metadata extraction and
// anything that reads an article's content beyond finding its canonical URL
// (that is the extractors' job); NATS, databases and the pipeline (the
// Watcher only calls a Submit function and a Seen interface that the caller
// backs). The package imports claims, the standard library, golang.org/x/net,
// golang.org/x/text, golang.org/x/time, gofeed, brotli and zap.
package sources
