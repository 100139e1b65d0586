package sqlite

import "context"

// Ping reports whether the database answers, for readiness probes.
func (s *Store) Ping(ctx context.Context) error { return classify("ping", s.db.PingContext(ctx)) }
