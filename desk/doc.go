// Package desk is the fact-checkers' desk over HTTP: the review queue, the
// claim page, the JSON API, exports and repeat alerts.
//
// What lives here:
//   - server.go: the route table (Routes), the one place each route gets its
//     least role; ETags on every JSON read (If-None-Match answers 304).
//   - auth.go: who makes a request (Authorization: Bearer API token, or the
//     claimpipe_session cookie: HttpOnly, SameSite=Lax, Secure over TLS or
//     WithSecureCookies), the role check (401 without credentials, pages
//     redirect to /login; 403 with too few rights), and CSRF: every unsafe
//     request made with a session carries the session's token, as the csrf
//     form field or the X-CSRF-Token header; the login form has its own
//     double-submit token. Only /healthz, /login, /static/ and the
//     operational routes other packages add with Handle (/readyz, open) and
//     HandleRole (/metrics, for a viewer token)
//     are open.
//   - review.go, pages.go: the workflow API and pages. The rules of who may
//     do what are claims.Decide, a pure function; stores apply it inside the
//     transaction that reads the review.
//     A claim's page also lists judged claims said in other words, by the
//     terms cmd passes with WithTerms (the desk has none of its own).
//   - judged.go: the judged claims indexed by term, re-read when a verdict
//     changes; the claim page and Paraphrases both look up near claims there.
//   - submit.go: POST /api/submissions. Content the fetch stage would
//     refuse as no article (claims.CheckText: empty, all blank, NUL bytes
//     near the start) is refused here at once, 400 naming the submission,
//     UTF-16 content decoded first as the fetch stage decodes it.
//   - export.go: ClaimReview JSON-LD (schema.org) of judged claims, CSV and
//     JSONL of any filtered view; `claimpipe claims export` calls Export.
//     A ClaimReview publishes the verdict with the note given with it and
//     its date (claims.Review.VerdictNote, VerdictAt), never the desk's
//     other notes; the CSV adds who gave it (VerdictBy).
//   - alerts.go: AlertSink, the Dispatcher that delivers the store's pending
//     alerts (raised by the store when a claim repeats a judged cluster, and
//     by Paraphrases, which the store stage calls after each save, when it
//     repeats a judged claim in other words) and the HMAC-signed Webhook. The NATS sink lives in cmd/claimpipe: this
//     package knows nothing of NATS.
//   - openapi.json: the hand-written OpenAPI 3 document at /api/openapi.json;
//     a test checks it against Routes: every route documented, and open
//     ("security": []) exactly when it needs no role.
//   - templates/ and static/: html/template pages and the one stylesheet and
//     script, embedded; no CDN, a strict Content-Security-Policy (no inline
//     script or style).
//
// It reads and writes through claims.Store, claims.ReviewStore and
// claims.UserStore only; it knows nothing of SQL or the extractors. Both
// claims stores, claims/sqlite (`claimpipe run`) and claims/postgres (the
// desk worker at scale), implement all three, logins included, and the
// API tests run against each (onEachStore; TestDeskOverHTTP drives a real
// HTTP server with a cookie jar). Article
// text is untrusted and always escaped (html/template); CSV cells that would
// run as spreadsheet formulas are defused. Errors are mapped once from their
// claims.Kind to an HTTP status, in error.go, and answered as RFC 9457
// application/problem+json on the API.
package desk
