package claims

import (
	"context"
	"time"
)

// ArticleFilter pages articles, newest stored first. The zero value
// selects the first page.
type ArticleFilter struct {
	Cursor string // opaque, from ArticlePage.Next
	Limit  int    // 0 means a default of 100
}

// ArticlePage is one page of articles, newest stored first.
type ArticlePage struct {
	Items []Article `json:"items"`
	Next  string    `json:"next,omitempty"` // cursor of the next page; empty on the last
}

// ArticleCursor is the position after the last article of a page: the
// order's key (when the article was stored, newest first, then its ID).
// Every store encodes it the same way, as QueueCursor.
type ArticleCursor struct {
	Stored time.Time `json:"t"`
	ID     string    `json:"i"`
}

// String encodes the cursor for ArticlePage.Next.
func (c ArticleCursor) String() string { return encodeCursor(c) }

// ParseArticleCursor decodes what ArticleCursor.String gave out; anything
// else is an Invalid error naming the input.
func ParseArticleCursor(s string) (ArticleCursor, error) {
	var c ArticleCursor
	err := decodeCursor(s, &c, func() bool { return c.ID != "" && !c.Stored.IsZero() })
	return c, err
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
	// Articles returns a page of articles, newest stored first.
	Articles(ctx context.Context, f ArticleFilter) (*ArticlePage, error)
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
