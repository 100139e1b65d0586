package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
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
	// The hashed key is "articleID:start:end", written without fmt: this
	// runs once per claim.
	var buf [128]byte
	key := append(buf[:0], articleID...)
	key = append(key, ':')
	key = strconv.AppendInt(key, int64(start), 10)
	key = append(key, ':')
	key = strconv.AppendInt(key, int64(end), 10)
	h := sha256.Sum256(key)
	return hex.EncodeToString(h[:12])
}
