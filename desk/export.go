package desk

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// Export formats.
const (
	FormatClaimReview = "claimreview" // schema.org ClaimReview JSON-LD, verdicts only
	FormatCSV         = "csv"
	FormatJSONL       = "jsonl"
)

// MaxExport bounds one export.
const MaxExport = 1_000_000

// ClaimReview is a schema.org ClaimReview (https://schema.org/ClaimReview)
// with the fields Google's Fact Check Tools read.
type ClaimReview struct {
	Context       string        `json:"@context"`
	Type          string        `json:"@type"`
	URL           string        `json:"url"`
	ClaimReviewed string        `json:"claimReviewed"`
	DatePublished string        `json:"datePublished"`
	Author        Thing         `json:"author"`
	ReviewRating  Rating        `json:"reviewRating"`
	ItemReviewed  ReviewedClaim `json:"itemReviewed"`
	ReviewBody    string        `json:"reviewBody,omitempty"`
}

// Thing is a schema.org Organization, Person or CreativeWork reference.
type Thing struct {
	Type          string `json:"@type"`
	Name          string `json:"name,omitempty"`
	URL           string `json:"url,omitempty"`
	Headline      string `json:"headline,omitempty"`
	DatePublished string `json:"datePublished,omitempty"`
}

// Rating is a schema.org Rating on a 1 (false) to 5 (true) scale; an
// unverifiable claim has only its alternateName.
type Rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue,omitempty"`
	BestRating    int    `json:"bestRating,omitempty"`
	WorstRating   int    `json:"worstRating,omitempty"`
	AlternateName string `json:"alternateName"`
}

// ReviewedClaim is the schema.org Claim a ClaimReview reviews.
type ReviewedClaim struct {
	Type          string  `json:"@type"`
	Appearance    []Thing `json:"appearance"`
	Author        *Thing  `json:"author,omitempty"`
	DatePublished string  `json:"datePublished,omitempty"`
}

// NewClaimReview describes a judged claim as ClaimReview: the desk's claim
// page is its url, the article it appeared in its appearance, org its author.
// Its reviewBody is the note given with the verdict and its datePublished
// the day of the verdict: notes added before or after are the desk's own,
// never published, and the review's UpdatedAt moves with each of them.
func NewClaimReview(it claims.QueueItem, org Organization, baseURL string) ClaimReview {
	v := it.Review.Verdict
	rating := Rating{Type: "Rating", AlternateName: v.Label()}
	if n := v.Rating(); n > 0 {
		rating.RatingValue, rating.BestRating, rating.WorstRating = n, 5, 1
	}
	appearance := Thing{Type: "CreativeWork", URL: it.ArticleURL, Headline: it.ArticleTitle, DatePublished: datePart(it.Published)}
	if appearance.URL == "" {
		appearance.URL = baseURL + "/articles/" + it.ArticleID
	}
	item := ReviewedClaim{Type: "Claim", Appearance: []Thing{appearance}, DatePublished: datePart(it.Published)}
	if t := sourceType(it.Claim); t != "" {
		item.Author = &Thing{Type: t, Name: it.Source}
	}
	published := it.Review.VerdictAt
	if published.IsZero() { // a verdict set without Apply, as by hand in SQL
		published = it.Review.UpdatedAt
	}
	if published.IsZero() {
		published = time.Now()
	}
	return ClaimReview{
		Context:       "https://schema.org",
		Type:          "ClaimReview",
		URL:           baseURL + "/claims/" + it.ID,
		ClaimReviewed: it.Text,
		DatePublished: published.UTC().Format("2006-01-02"),
		Author:        Thing{Type: "Organization", Name: org.Name, URL: org.URL},
		ReviewRating:  rating,
		ItemReviewed:  item,
		ReviewBody:    it.Review.VerdictNote,
	}
}

// sourceType is the schema.org type of a claim's source, Person or
// Organization, the two that a Claim's author may be (schema.org, and
// Google's ClaimReview guidelines, which refuse a Thing). A source that is
// the name of a person or organisation among the claim's mentions takes its
// type; one whose head noun names people is a person ("a spokesman for
// Apple", "people familiar with the matter", "he"); else a name inside the
// attribution gives the type, and a capitalised source left is an
// organisation ("the Sioux Falls Argus Leader"). A document named in lower
// case ("records", "campaign finance records", "the statement") has no
// author to publish: sourceType returns "" for it, and for no source.
func sourceType(c claims.Claim) string {
	if c.Source == "" {
		return ""
	}
	typeOf := func(m claims.Mention) string {
		switch m.Type {
		case claims.TypePerson:
			return "Person"
		case claims.TypeOrg:
			return "Organization"
		}
		return ""
	}
	for _, m := range c.Mentions {
		if m.Text == c.Source || m.Value == c.Source {
			if t := typeOf(m); t != "" {
				return t
			}
		}
	}
	if personHeads[sourceHead(c.Source)] {
		return "Person"
	}
	if a := c.Attribution; a != nil {
		for _, m := range c.Mentions {
			if m.Start >= a.Start && m.End <= a.End {
				if t := typeOf(m); t != "" {
					return t
				}
			}
		}
	}
	for _, w := range strings.Fields(c.Source) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !determinerWords[strings.ToLower(w)] {
			return "Organization"
		}
	}
	return ""
}

// determinerWords open a source's phrase without naming anyone ("The
// statement"): a capital there is the sentence's.
var determinerWords = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true}

// sourceHead is the head noun of a source's phrase, lower-cased: its last
// word, or the word before a preposition or modifier that follows the head
// ("people familiar with the matter", "a spokesman for Apple").
func sourceHead(source string) string {
	words := strings.Fields(strings.ToLower(source))
	for i, w := range words {
		switch w {
		case "with", "of", "at", "for", "from", "in", "close", "familiar", "who", "to":
			if i > 0 {
				return strings.Trim(words[i-1], ".,;:’'\"")
			}
		}
	}
	if len(words) == 0 {
		return ""
	}
	return strings.Trim(words[len(words)-1], ".,;:’'\"")
}

// personHeads are the nouns and pronouns that make an untyped source a
// person or persons.
var personHeads = map[string]bool{
	"he": true, "she": true, "i": true, "we": true, "they": true, "person": true, "people": true, "man": true,
	"woman": true, "men": true, "women": true, "official": true, "officials": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "spokespeople": true, "representative": true,
	"representatives": true, "source": true, "sources": true, "aide": true, "aides": true, "analyst": true,
	"analysts": true, "expert": true, "experts": true, "executive": true, "executives": true, "witness": true,
	"witnesses": true, "resident": true, "residents": true, "lawyer": true, "lawyers": true, "attorney": true,
	"attorneys": true, "doctor": true, "doctors": true, "author": true, "authors": true, "researcher": true,
	"researchers": true, "scientist": true, "scientists": true, "economist": true, "economists": true,
	"minister": true, "president": true, "mayor": true, "governor": true, "senator": true, "actor": true,
	"police": true, "investigators": true, "prosecutors": true, "critics": true, "supporters": true,
	"colleagues": true, "friends": true, "friend": true, "neighbors": true, "neighbours": true,
}

func datePart(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// Export writes the claims of a filtered view in one of the formats.
// ClaimReview exports only claims with a verdict.
func Export(ctx context.Context, w io.Writer, rs claims.ReviewStore, format string, f claims.QueueFilter, org Organization, baseURL string) (int, error) {
	if format == FormatClaimReview {
		f.Status = claims.StatusVerdict
	}
	f.Cursor, f.Limit = "", 500
	bw := bufio.NewWriter(w)
	var cw *csv.Writer
	switch format {
	case FormatClaimReview:
		bw.WriteString("[")
	case FormatCSV:
		cw = csv.NewWriter(bw)
		cw.Write(csvHeader)
	case FormatJSONL:
	default:
		return 0, claims.Errorf(claims.Invalid, "format %q: want claimreview, csv or jsonl", format)
	}
	n := 0
	for n < MaxExport {
		page, err := rs.Queue(ctx, f)
		if err != nil {
			return n, err
		}
		for _, it := range page.Items {
			switch format {
			case FormatClaimReview:
				b, _ := json.MarshalIndent(NewClaimReview(it, org, baseURL), "  ", "  ")
				if n > 0 {
					bw.WriteString(",")
				}
				bw.WriteString("\n  ")
				bw.Write(b)
			case FormatCSV:
				cw.Write(csvRow(it))
			case FormatJSONL:
				b, _ := json.Marshal(it)
				bw.Write(b)
				bw.WriteString("\n")
			}
			n++
		}
		if page.Next == "" {
			break
		}
		f.Cursor = page.Next
	}
	switch format {
	case FormatClaimReview:
		bw.WriteString("\n]\n")
	case FormatCSV:
		cw.Flush()
		if err := cw.Error(); err != nil {
			return n, claims.Errorf(claims.Internal, "write csv: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return n, claims.Errorf(claims.Transient, "write export: %w", err)
	}
	return n, nil
}

var csvHeader = []string{"claim_id", "status", "verdict", "reason", "assignee", "confidence", "kind", "claim", "source",
	"entities", "dates", "amounts", "sources_consulted", "fingerprint", "article_id", "article_title", "article_url", "published",
	"updated_at", "updated_by", "verdict_at", "verdict_by", "verdict_note"}

func csvRow(it claims.QueueItem) []string {
	var ents, dates, amounts []string
	for _, m := range it.Mentions {
		switch {
		case m.IsEntity():
			ents = append(ents, m.Text)
		case m.IsTemporal():
			dates = append(dates, m.Value)
		case m.IsAmount():
			amounts = append(amounts, m.Value)
		}
	}
	updated, verdictAt := "", ""
	if !it.Review.UpdatedAt.IsZero() {
		updated = it.Review.UpdatedAt.UTC().Format(time.RFC3339)
	}
	// updated_* follow the last change, a later note's included; verdict_*
	// are the verdict's own date, author and note (ClaimReview publishes
	// the date and note): who touched a claim last need not have decided it.
	if !it.Review.VerdictAt.IsZero() {
		verdictAt = it.Review.VerdictAt.UTC().Format(time.RFC3339)
	}
	row := []string{it.ID, string(it.Review.Status), string(it.Review.Verdict), string(it.Review.Reason), it.Review.Assignee,
		strconv.FormatFloat(it.Confidence, 'f', 3, 64), it.Kind, it.Text, it.Source,
		strings.Join(ents, "; "), strings.Join(dates, "; "), strings.Join(amounts, "; "), strings.Join(it.Review.Sources, " "),
		it.Fingerprint, it.ArticleID, it.ArticleTitle, it.ArticleURL, it.Published, updated, it.Review.UpdatedBy,
		verdictAt, it.Review.VerdictBy, it.Review.VerdictNote}
	for i, c := range row {
		row[i] = csvSafe(c)
	}
	return row
}

// csvSafe defuses spreadsheet formulas: article text is untrusted, and a
// cell starting with = + - @ runs as a formula when the CSV is opened.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// baseURL is the desk's address for links in exports.
func (s *Server) baseURL(r *http.Request) string {
	if s.publicURL != "" {
		return s.publicURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = FormatClaimReview
	}
	f, err := ParseQueueFilter(q, me(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var ctype, ext string
	switch format {
	case FormatClaimReview:
		ctype, ext = "application/ld+json", "json"
	case FormatCSV:
		ctype, ext = "text/csv; charset=utf-8", "csv"
	case FormatJSONL:
		ctype, ext = "application/jsonl", "jsonl"
	default:
		s.fail(w, r, claims.Errorf(claims.Invalid, "format %q: want claimreview, csv or jsonl", format))
		return
	}
	var buf strings.Builder
	if _, err := Export(r.Context(), &buf, s.review, format, f, s.org, s.baseURL(r)); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="claimpipe-`+format+`.`+ext+`"`)
	writeBody(w, r, ctype, []byte(buf.String()))
}
