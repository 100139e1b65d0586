package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"
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
	buf := make([]byte, 0, 4096)
	space, started := false, false
	for i := 0; i < len(text); {
		c := text[i]
		n := 1
		isSpace := false
		if c < utf8.RuneSelf {
			isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			space = started
		} else {
			if space {
				buf = append(buf, ' ')
				space = false
			}
			buf = append(buf, text[i:i+n]...)
			started = true
		}
		i += n
		if len(buf) >= 4000 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:16])
}
