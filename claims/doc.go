// Package claims is the domain at the centre of claimpipe: articles, the
// mentions found in them (entities, dates, money), the claims built from
// those, dead letters, the error kinds every layer shares, the Store
// interface the databases implement, and CheckText, the rule of what text
// can be an article that the fetch stage and the desk's submissions share.
//
// It imports the standard library only. Nothing here talks to NATS, a
// database or the network; packages that do live beside it (claims/sqlite,
// pipeline, sources, desk) and depend on it, never the other way round.
//
// The span invariant — text[start:end] == mention.text, in UTF-8 bytes, as
// ../shared/FORMAT.md defines it — is enforced in one place: CheckSpan and
// Result.Validate.
package claims
