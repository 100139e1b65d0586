package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Claim kinds, Full Fact's classes plus none.
const (
	KindQuantity   = "quantity"
	KindPrediction = "prediction"
	KindCausation  = "correlation_causation"
	KindLaws       = "laws_rules"
	KindPersonal   = "personal_experience"
	KindOther      = "other"
	KindNone       = "none"
)

// Claim is a checkable statement in an article: a span of its text, the
// mentions inside it, who it is attributed to, and how sure we are that it is
// worth checking.
type Claim struct {
	ID          string    `json:"id"`
	ArticleID   string    `json:"article_id,omitempty"`
	Start       int       `json:"start"`
	End         int       `json:"end"`
	Text        string    `json:"text"`
	Confidence  float64   `json:"confidence"`
	Kind        string    `json:"kind"`
	Mentions    []Mention `json:"mentions"`
	Attribution *Span     `json:"attribution"`

	// Optional structure; later stages fill what they can.
	Source      string   `json:"source,omitempty"`      // canonical name of the attributed source
	Subject     *Mention `json:"subject,omitempty"`     // the entity the claim is about
	Fingerprint string   `json:"fingerprint,omitempty"` // normalised-content hash shared by repeats
}

// ClaimID is the stable identity of the claim at [start,end) of an article:
// the same article text always yields the same claim IDs.
func ClaimID(articleID string, start, end int) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s:%d:%d", articleID, start, end)))
	return hex.EncodeToString(h[:12])
}
