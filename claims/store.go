package claims

import "context"

// ArticleFilter selects articles. The zero value selects the newest first.
type ArticleFilter struct {
	Limit int // 0 means a default of 100
}

// ClaimFilter selects claims. The zero value selects all, newest article first.
type ClaimFilter struct {
	ArticleID string
	// Fingerprint selects a cluster: the same claim in every article.
	Fingerprint string
	Limit       int // 0 means a default of 100
}

// Store is the claims store, the system of record. SaveResult is idempotent:
// saving the same article again replaces nothing and duplicates nothing.
type Store interface {
	// SaveResult stores an article with its mentions and claims in one
	// transaction. It reports whether the article was new.
	SaveResult(ctx context.Context, r *Result) (created bool, err error)
	Article(ctx context.Context, id string) (*Article, error)
	Articles(ctx context.Context, f ArticleFilter) ([]Article, error)
	// Mentions returns the mentions of an article, in text order.
	Mentions(ctx context.Context, articleID string) ([]Mention, error)
	Claim(ctx context.Context, id string) (*Claim, error)
	Claims(ctx context.Context, f ClaimFilter) ([]Claim, error)

	// AddDeadLetter records a message the pipeline gave up on. The same
	// message dead-lettered again by the same stage updates its record,
	// which is then no longer replayed.
	AddDeadLetter(ctx context.Context, d *DeadLetter) error
	// DeadLetters returns the dead letters not replayed, newest first.
	DeadLetters(ctx context.Context, limit int) ([]DeadLetter, error)
	// AllDeadLetters returns the replayed ones too, newest first.
	AllDeadLetters(ctx context.Context, limit int) ([]DeadLetter, error)
	// DeadLetter returns one dead letter by ID, or a NotFound error.
	DeadLetter(ctx context.Context, id int64) (*DeadLetter, error)
	// MarkDeadLetterReplayed records that the dead letter's message was
	// published again, now; a NotFound error for an unknown ID.
	MarkDeadLetterReplayed(ctx context.Context, id int64) error

	// The submission log: every submission is recorded here before it is
	// published, so the store, not the broker, is the system of record.
	SubmissionLog

	Close() error
}
