package sources

import (
	"context"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// Handle is the pipeline's fetch stage: a submission that carries its content
// (a local file, a feed item's body) becomes a page as it is; any other is
// fetched from its URL.
func (f *Fetcher) Handle(ctx context.Context, sub *claims.Submission) (*claims.Page, error) {
	if len(sub.Content) > 0 || sub.Name != "" {
		return &claims.Page{
			SubmissionID:  sub.ID,
			URL:           sub.URL,
			FinalURL:      sub.URL,
			ContentType:   sub.ContentType,
			Body:          sub.Content,
			Name:          sub.Name,
			Published:     sub.Published,
			FeedPublished: sub.FeedPublished,
			FetchedAt:     time.Now().UTC(),
			Source:        sub.Source,
		}, nil
	}
	p, err := f.Fetch(ctx, sub)
	if err != nil {
		return nil, err
	}
	p.SubmissionID = sub.ID
	p.FeedPublished = sub.FeedPublished
	if sub.Published != "" {
		p.Published = sub.Published
	}
	p.Source = sub.Source
	return p, nil
}
