// Package desk is the fact-checkers' desk over HTTP: the JSON API and the
// server-rendered pages that show articles with their claims highlighted.
//
// It reads and writes through claims.Store only; it knows nothing of NATS,
// SQL or the extractors. Article text is untrusted and is always escaped
// (html/template). Errors are mapped once from their claims.Kind to an HTTP
// status, in error.go.
package desk
