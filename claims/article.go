package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Article is one news article after main-text extraction. Text is the
// canonical text every span in the system points into.
type Article struct {
	// ID is ArticleID(Text): the same content always gets the same ID,
	// whichever URL or file it arrived from.
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"` // YYYY-MM-DD or RFC 3339; empty when unknown
	Text      string `json:"text"`

	// Optional metadata; empty when the source does not give it.
	Modified     string `json:"modified,omitempty"`
	SiteName     string `json:"site_name,omitempty"`
	Language     string `json:"language,omitempty"`
	CanonicalURL string `json:"canonical_url,omitempty"`
}

// ArticleID is the content hash that identifies an article: SHA-256 over the
// text with runs of white space folded to one space and the ends trimmed, so
// that re-scraping the same story with different line breaks keeps its ID.
// It is 32 hex digits (128 bits), plenty against accidental collisions.
func ArticleID(text string) string {
	h := sha256.New()
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range strings.TrimSpace(text) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	h.Write([]byte(b.String()))
	return hex.EncodeToString(h.Sum(nil)[:16])
}
