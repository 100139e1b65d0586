package claims

import (
	"encoding/json"
	"errors"
	"time"
)

// ErrPublishDeferred marks a submission the store has recorded but that the
// broker did not take: it is not lost, the reconciler publishes it once the
// broker answers. A submitter wraps it around the broker's error.
var ErrPublishDeferred = errors.New("recorded; not yet published")

// Submission asks the pipeline to process one article: either a URL to fetch
// or content given inline (a local file, a feed item's body).
type Submission struct {
	// ID identifies the submission; it is the Nats-Msg-Id of its message and
	// the key the reconciler tracks. It is derived from the canonical URL
	// (sources.SubmissionID) or the content (desk.NewSubmission).
	ID string `json:"id"`
	// URL to fetch, or the origin of Content when that is given.
	URL string `json:"url,omitempty"`
	// Content, when set, is the article itself (HTML or plain text) and no
	// fetch takes place. Name is where it came from (a file path), for errors.
	Content     []byte `json:"content,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Name        string `json:"name,omitempty"`
	// Published overrides the publication date found in the page (YYYY-MM-DD).
	Published   string    `json:"published,omitempty"`
	SubmittedAt time.Time `json:"submitted_at"`
	// FeedPublished is the date the feed or sitemap gave the item (RFC
	// 3339), the article's date when its page gives none; Published, when
	// set, overrides both.
	FeedPublished string `json:"feed_published,omitempty"`
	// Source names the feed or sitemap that produced the submission, if any.
	Source string `json:"source,omitempty"`
}

// Page is a fetched document: the fetch stage's output, the extract stage's input.
type Page struct {
	SubmissionID string            `json:"submission_id"`
	URL          string            `json:"url"`       // as submitted
	FinalURL     string            `json:"final_url"` // after redirects
	Redirects    []string          `json:"redirects,omitempty"`
	ContentType  string            `json:"content_type"`
	Body         []byte            `json:"body"` // UTF-8
	Headers      map[string]string `json:"headers,omitempty"`
	Name         string            `json:"name,omitempty"`
	Published    string            `json:"published,omitempty"`
	// FeedPublished is the submission's, the date when the page gives none.
	FeedPublished string    `json:"feed_published,omitempty"`
	FetchedAt     time.Time `json:"fetched_at"`
	Source        string    `json:"source,omitempty"`
}

// Annotated is an article with its mentions: the extract stage's output.
type Annotated struct {
	SubmissionID string    `json:"submission_id"`
	Article      Article   `json:"article"`
	Mentions     []Mention `json:"mentions"`
	Source       string    `json:"source,omitempty"`
}

// Extracted is the claims stage's output, the store stage's input.
type Extracted struct {
	SubmissionID string `json:"submission_id"`
	Result
	Source string `json:"source,omitempty"`
}

// DeadLetter records a message the pipeline gave up on, with the reason a
// user can read.
type DeadLetter struct {
	ID         int64     `json:"id"`
	Stage      string    `json:"stage"`
	Subject    string    `json:"subject"`
	MsgID      string    `json:"msg_id"`
	Input      string    `json:"input"` // the URL or file name the message was about
	Kind       Kind      `json:"kind"`
	Error      string    `json:"error"`
	Deliveries int       `json:"deliveries"`
	Data       []byte    `json:"data,omitempty"`
	At         time.Time `json:"at"`
	// Seq is the sequence of its record in the DLQ stream; 0 when unknown.
	Seq uint64 `json:"dlq_seq,omitempty"`
	// ReplayedAt is when `claimpipe dlq replay` last published its message
	// again; zero until then.
	ReplayedAt time.Time `json:"replayed_at,omitzero"`
}

// SubmissionID is the ID of the submission d's message belongs to: the
// submission itself when the message is one (the fetch stage's input), the
// submission_id its page or article carries after that; "" when its
// message says none.
func (d DeadLetter) SubmissionID() string {
	var m struct {
		ID           string `json:"id"`
		SubmissionID string `json:"submission_id"`
		SubmittedAt  string `json:"submitted_at"` // only a Submission has it
	}
	if len(d.Data) == 0 || json.Unmarshal(d.Data, &m) != nil {
		return ""
	}
	switch {
	case m.SubmissionID != "":
		return m.SubmissionID
	case m.SubmittedAt != "":
		return m.ID
	}
	return ""
}
