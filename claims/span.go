package claims

import (
	"fmt"
	"unicode/utf8"
)

// CheckSpan reports whether [start,end) is a valid span of text carrying
// want: inside the text, on UTF-8 boundaries, and text[start:end] == want.
// It is the single place the span invariant is defined.
func CheckSpan(text string, start, end int, want string) error {
	if start < 0 || end < start || end > len(text) {
		return Errorf(Internal, "span [%d,%d) out of range of a %d-byte text", start, end, len(text))
	}
	if (start < len(text) && !utf8.RuneStart(text[start])) || (end < len(text) && !utf8.RuneStart(text[end])) {
		return Errorf(Internal, "span [%d,%d) splits a UTF-8 sequence", start, end)
	}
	if got := text[start:end]; got != want {
		return Errorf(Internal, "span [%d,%d) reads %q, record says %q", start, end, got, want)
	}
	return nil
}

// Result is everything extracted from one article: the unit the pipeline
// carries from the claims stage to the store and `claimpipe extract` prints.
type Result struct {
	Article  Article   `json:"article"`
	Mentions []Mention `json:"mentions"`
	Claims   []Claim   `json:"claims"`
}

// Validate checks every span in r against the article text and that each
// claim's mentions lie inside it, its confidence is in [0,1] and its ID
// matches its span.
func (r *Result) Validate() error {
	text := r.Article.Text
	if r.Article.ID != ArticleID(text) {
		return Errorf(Internal, "article ID %q is not the hash of its text", r.Article.ID)
	}
	for i, m := range r.Mentions {
		if err := CheckSpan(text, m.Start, m.End, m.Text); err != nil {
			return fmt.Errorf("mention %d (%s %q): %w", i, m.Type, m.Text, err)
		}
	}
	for i, c := range r.Claims {
		if err := CheckSpan(text, c.Start, c.End, c.Text); err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
		if c.ID != ClaimID(r.Article.ID, c.Start, c.End) {
			return Errorf(Internal, "claim %d: ID %q does not derive from its span", i, c.ID)
		}
		if !(c.Confidence >= 0 && c.Confidence <= 1) {
			return Errorf(Internal, "claim %d: confidence %v outside [0,1]", i, c.Confidence)
		}
		for j, m := range c.Mentions {
			if err := CheckSpan(text, m.Start, m.End, m.Text); err != nil {
				return fmt.Errorf("claim %d mention %d: %w", i, j, err)
			}
			if m.Start < c.Start || m.End > c.End {
				return Errorf(Internal, "claim %d mention %d [%d,%d) lies outside the claim [%d,%d)", i, j, m.Start, m.End, c.Start, c.End)
			}
		}
		if a := c.Attribution; a != nil {
			if err := CheckSpan(text, a.Start, a.End, a.Text); err != nil {
				return fmt.Errorf("claim %d attribution: %w", i, err)
			}
		}
	}
	return nil
}
