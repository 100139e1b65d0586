package extractors

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/article"
	"github.com/claimpipe/claimpipe/extractors/checkworthy"
	"github.com/claimpipe/claimpipe/extractors/claimbuild"
	"github.com/claimpipe/claimpipe/extractors/entities"
	"github.com/claimpipe/claimpipe/extractors/money"
	"github.com/claimpipe/claimpipe/extractors/segment"
	"github.com/claimpipe/claimpipe/extractors/temporal"
)

// MaxInputBytes is the largest page or file the engine takes. Larger input
// is refused with an Invalid error naming it; news articles are far smaller.
const MaxInputBytes = 10 << 20

// Engine runs every extractor over an article. Create it with New; it is
// safe for concurrent use.
type Engine struct {
	ner     *entities.Recognizer
	dates   *temporal.Tagger
	money   *money.Finder
	builder claimbuild.Builder
}

// New loads every model once.
func New() (*Engine, error) {
	ner, err := entities.Load()
	if err != nil {
		return nil, fmt.Errorf("load entity model: %w", err)
	}
	cw, err := checkworthy.Load()
	if err != nil {
		return nil, fmt.Errorf("load check-worthiness model: %w", err)
	}
	return &Engine{
		ner:   ner,
		dates: temporal.New(),
		money: money.New(),
		// A unit about two different entities, one a person or
		// organisation, with no rule-made reason to check it, is a claim
		// when the model rates it at its F1-maximising threshold.
		builder: claimbuild.Builder{Scorer: cw, Worthy: cw.Threshold(), Floor: claimFloor},
	}, nil
}

// The claim builder warms a Scorer that can (claimbuild's warmer): the
// model must keep the method, or scoring runs cold and slower, unnoticed.
var _ interface{ Warm() int } = (*checkworthy.Model)(nil)

// claimFloor is the calibrated check-worthiness under which a claim the
// rules made without an amount, number or date is dropped: one in twenty.
// On the 91 benchmark pages the ten claims below it were all quoted
// wishes, plans and feelings; the first checkable one ("studies show that
// overly restrictive eating methods may trigger episodes of binge eating")
// is rated 0.08.
const claimFloor = 0.05

// Article turns a page (fetched, or read from a file) into an article. A
// page in another encoding than UTF-8 is decoded from the one it declares
// (decodeLegacy). Empty, binary and oversized input is refused with an
// Invalid error that names the input.
func (e *Engine) Article(p *claims.Page) (claims.Article, error) {
	name := pageName(p)
	body := p.Body
	switch {
	case len(bytes.TrimSpace(body)) == 0:
		return claims.Article{}, claims.Errorf(claims.Invalid, "%s: empty input, no article to read", name)
	case len(body) > MaxInputBytes:
		return claims.Article{}, claims.Errorf(claims.Invalid, "%s: %d bytes is over the %d MiB limit for one article", name, len(body), MaxInputBytes>>20)
	case binary(body):
		return claims.Article{}, claims.Errorf(claims.Invalid, "%s: binary content, not HTML or text", name)
	case !utf8.Valid(body):
		var err error
		if body, err = decodeLegacy(body, p.ContentType); err != nil {
			return claims.Article{}, claims.Errorf(claims.Invalid, "%s: not valid UTF-8 text, and %v", name, err)
		}
	}
	var a claims.Article
	if isHTML(p.ContentType, body) {
		var err error
		a, err = article.Extract(body, firstNonEmpty(p.FinalURL, p.URL))
		if err != nil {
			return claims.Article{}, claims.WrapKind(claims.Invalid, fmt.Errorf("%s: %w", name, err))
		}
	} else {
		a = fromText(string(body))
	}
	if strings.TrimSpace(a.Text) == "" {
		return claims.Article{}, claims.Errorf(claims.Invalid, "%s: no article text found", name)
	}
	if a.URL == "" {
		a.URL = firstNonEmpty(p.FinalURL, p.URL)
	}
	if p.Published != "" {
		a.Published = p.Published
	} else if a.Published == "" && p.FeedPublished != "" {
		a.Published = p.FeedPublished // the feed's date, the page giving none
	}
	a.ID = claims.ArticleID(a.Text)
	return a, nil
}

// fromText reads a plain-text article: the text is kept as it is (line ends
// normalised, inline link cards cut out), its first line is the title when
// other lines follow it. A text of one line is all body: taken as a title,
// its one sentence would make no claim (a headline repeated is none).
func fromText(s string) claims.Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = withoutLinkCards(s)
	a := claims.Article{Text: s}
	title := ""
	for _, line := range strings.Split(s, "\n") {
		switch t := strings.TrimSpace(line); {
		case t == "":
		case title == "":
			title = t
		default:
			a.Title = title
			return a
		}
	}
	return a
}

// withoutLinkCards cuts out the inline cards a news page shows beside a
// linked name, which copying its text leaves in the sentence: the name's
// full form and the latest headlines about it, run into the name and closed
// by MORE — "the emails that Hillary ClintonHillary Diane Rodham
// ClintonDemocrats say it's up to GOP … setting record MORE deleted from" is
// "the emails that Hillary Clinton deleted from". A card opens where a
// capital follows a lower-case letter with no space between and closes at
// the first " MORE" that the sentence goes on after, within 600 bytes and
// one line, with no sentence ending between; the word the card runs into
// must be a name (capitalised).
func withoutLinkCards(s string) string {
	if !strings.Contains(s, " MORE") {
		return s // the common case, found fast
	}
	var b strings.Builder
	last := 0
	for i := 1; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z') || !nameBefore(s, i) {
			continue
		}
		rest := s[i:min(len(s), i+600)]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		m := strings.Index(rest, " MORE")
		if m < 0 || !cardEnd(rest[m+len(" MORE"):]) || strings.Contains(rest[:m], ". ") || strings.Contains(rest[:m], "? ") {
			continue
		}
		b.WriteString(s[last:i])
		last = i + m + len(" MORE")
		i = last
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// cardEnd reports whether what follows a card's MORE goes on with the
// sentence: punctuation, or a space and a lower-case word or a parenthesis
// ("MORE deleted from", "MORE (R-S.C.)", "MORE, who").
func cardEnd(after string) bool {
	switch {
	case after == "":
		return false
	case strings.IndexByte(",;:.", after[0]) >= 0:
		return true
	case after[0] == ' ' && len(after) > 1:
		c := after[1]
		return 'a' <= c && c <= 'z' || c == '('
	}
	return false
}

// nameBefore reports whether the word that ends at i opens with a capital:
// a linked name ("Clinton" of "ClintonHillary"), not "iPhone".
func nameBefore(s string, i int) bool {
	j := strings.LastIndexAny(s[:i], " \n\t(\"“") + 1
	return s[j] >= 'A' && s[j] <= 'Z'
}

// Annotate finds the mentions in text: entities, dates and times, money and
// percentages, sorted by start. dct is the publication date (zero if unknown).
func (e *Engine) Annotate(text string, dct time.Time) []claims.Mention {
	return e.annotate(segment.Split(text), dct)
}

func (e *Engine) annotate(doc *segment.Doc, dct time.Time) []claims.Mention {
	var ms []claims.Mention
	ms = append(ms, e.money.Find(doc.Text)...)
	ms = append(ms, e.dates.Tag(doc.Text, dct)...)
	ms = append(ms, e.ner.Recognize(doc)...)
	return resolveOverlaps(ms)
}

// resolveOverlaps keeps, of mentions that overlap, the longest; on a tie an
// amount or a time expression wins over a name (they carry values).
func resolveOverlaps(ms []claims.Mention) []claims.Mention {
	rank := func(m claims.Mention) int {
		switch {
		case m.IsAmount():
			return 2
		case m.IsTemporal():
			return 1
		}
		return 0
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return la > lb
		}
		return rank(a) > rank(b)
	})
	var kept []claims.Mention
	for _, m := range ms {
		clash := false
		for i := 0; i < len(kept); i++ {
			k := &kept[i]
			if !(m.Start < k.End && k.Start < m.End) {
				continue
			}
			// A clock time and its zone are no name: "at 4pm ET" or
			// "10am IST", which the tagger reads as an organisation, is
			// the time (its zone outside, as the gold sets write it).
			if m.Type == claims.TypeTime && rank(*k) == 0 && k.Start >= m.Start && k.End > m.End && zoneOnly(k.Text[m.End-k.Start:]) {
				kept = slices.Delete(kept, i, i+1)
				i--
				continue
			}
			// A name that runs into a date or an amount gives up the
			// words they share: "in Korea Jan-Feb 2017" tagged "Korea
			// Jan-Feb" as a place.
			switch {
			case rank(m) > 0 && rank(*k) == 0 && trimName(k, m):
				continue
			case rank(m) == 0 && rank(*k) > 0 && trimName(&m, *k):
				continue
			}
			clash = true
			break
		}
		if !clash {
			kept = append(kept, m)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].Start != kept[j].Start {
			return kept[i].Start < kept[j].Start
		}
		return kept[i].End < kept[j].End
	})
	return kept
}

// trimName cuts from name the words it shares with v, a date or an amount
// that overlaps it without either holding the other, when those words are
// month or weekday names or numbers, and reports whether what is left is
// still a name: words on the other side of v, ended at a word boundary.
// The name's canonical value no longer applies and goes.
func trimName(name *claims.Mention, v claims.Mention) bool {
	if name.Start >= v.Start && name.End <= v.End || v.Start >= name.Start && v.End <= name.End {
		return false
	}
	shared := name.Text[max(v.Start, name.Start)-name.Start : min(v.End, name.End)-name.Start]
	for _, w := range strings.FieldsFunc(shared, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !calendarWord(w) {
			return false // "the Seven Years' War" is a name, not a duration
		}
	}
	start, end := name.Start, name.End
	if name.Start < v.Start {
		end = v.Start
	} else {
		start = v.End
	}
	text := name.Text[start-name.Start : end-name.Start]
	right := strings.TrimRight(text, " \t\n-–—,")
	trimmed := strings.TrimLeft(right, " \t\n-–—,")
	lead := len(right) - len(trimmed)
	if trimmed == "" || trimmed == text {
		return false // nothing left, or no space or dash between: inside a word
	}
	name.Start = start + lead
	name.End = name.Start + len(trimmed)
	name.Text, name.Value = trimmed, ""
	return true
}

// zoneOnly reports whether s, what a name holds after a clock time, is
// nothing but a time zone's abbreviation ("ET", "IST", "AEDT").
func zoneOnly(s string) bool {
	s = strings.Trim(s, " ()")
	return s != "" && slices.Contains(timeZones[:], s)
}

// timeZones are the zone abbreviations news copy writes after a clock time.
var timeZones = [...]string{"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST",
	"AKDT", "HST", "AST", "ADT", "NST", "GMT", "UTC", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK",
	"SAST", "WAT", "CAT", "EAT", "GST", "PKT", "ICT", "WIB", "SGT", "HKT", "PHT", "JST", "KST", "AWST", "ACST",
	"ACDT", "AEST", "AEDT", "NZST", "NZDT"}

// calendarWord reports whether w is a number or names a month or a weekday,
// in full or cut to three letters ("Jan", "Sept", "Thu").
func calendarWord(w string) bool {
	if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return true
	}
	l := strings.ToLower(w)
	for _, n := range calendarNames {
		if l == n || len(l) >= 3 && strings.HasPrefix(n, l) {
			return true
		}
	}
	return false
}

var calendarNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday"}

// Claims builds the claims of an article from its mentions.
func (e *Engine) Claims(a *claims.Article, ms []claims.Mention) []claims.Claim {
	return e.claims(segment.Split(a.Text), a, ms)
}

func (e *Engine) claims(doc *segment.Doc, a *claims.Article, ms []claims.Mention) []claims.Claim {
	sents := make([]claims.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		sents[i] = claims.Span{Start: s.Start, End: s.End, Text: a.Text[s.Start:s.End]}
	}
	cs := e.builder.Build(claimbuild.Input{ArticleID: a.ID, Title: a.Title, Byline: a.Byline, Text: a.Text, Sentences: sents, Mentions: ms, Doc: doc})
	if cs == nil {
		cs = []claims.Claim{}
	}
	return cs
}

// Extract runs the whole chain over one page, as the pipeline's stages do
// one after the other, and checks every span of the result.
func (e *Engine) Extract(p *claims.Page) (*claims.Result, error) {
	a, err := e.Article(p)
	if err != nil {
		return nil, err
	}
	ms, cs := e.Analyze(&a)
	r := &claims.Result{Article: a, Mentions: ms, Claims: cs}
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", pageName(p), err)
	}
	return r, nil
}

// Analyze annotates an article and builds its claims in one pass over its
// sentences: what Annotate and Claims do one after the other.
func (e *Engine) Analyze(a *claims.Article) ([]claims.Mention, []claims.Claim) {
	doc := segment.Split(a.Text)
	ms := e.annotate(doc, ParseDate(a.Published))
	if ms == nil {
		ms = []claims.Mention{}
	}
	return ms, e.claims(doc, a, ms)
}

// ExtractStage is the pipeline's extract stage: page in, annotated article out.
func (e *Engine) ExtractStage(_ context.Context, p *claims.Page) (*claims.Annotated, error) {
	a, err := e.Article(p)
	if err != nil {
		return nil, err
	}
	ms := e.Annotate(a.Text, ParseDate(a.Published))
	if ms == nil {
		ms = []claims.Mention{}
	}
	return &claims.Annotated{SubmissionID: p.SubmissionID, Article: a, Mentions: ms, Source: p.Source}, nil
}

// ClaimsStage is the pipeline's claims stage: annotated article in, result out.
func (e *Engine) ClaimsStage(_ context.Context, in *claims.Annotated) (*claims.Extracted, error) {
	r := claims.Result{Article: in.Article, Mentions: in.Mentions, Claims: e.Claims(&in.Article, in.Mentions)}
	if err := r.Validate(); err != nil {
		return nil, claims.WrapKind(claims.Invalid, fmt.Errorf("article %s: %w", in.Article.ID, err))
	}
	return &claims.Extracted{SubmissionID: in.SubmissionID, Result: r, Source: in.Source}, nil
}

// ParseDate reads a publication date in YYYY-MM-DD or RFC 3339 form; the zero
// time when s is empty or neither.
func ParseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if len(s) >= len("2006-01-02") {
			if t, err := time.Parse(layout, s); err == nil {
				return t
			}
		}
	}
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

func pageName(p *claims.Page) string {
	return firstNonEmpty(p.Name, p.URL, p.FinalURL, p.SubmissionID, "input")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// isHTML says whether a body is HTML, by its content type or, failing that,
// by sniffing its first kilobyte for markup.
func isHTML(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") {
		return true
	}
	if strings.HasPrefix(ct, "text/plain") {
		return false
	}
	head := bytes.ToLower(body[:min(len(body), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// decodeLegacy converts a page that is not UTF-8 from the encoding it
// declares, as a browser would: the charset of its content type unless that
// says UTF-8 (which the bytes contradict), else a <meta charset> in its
// first kilobyte, else windows-1252, the web's default for Latin text
// ("Caf\xe9" is "Café"). Fetched pages arrive decoded; this is for files and
// submitted content.
func decodeLegacy(body []byte, contentType string) ([]byte, error) {
	if _, params, err := mime.ParseMediaType(contentType); err != nil || strings.EqualFold(params["charset"], "utf-8") {
		contentType = ""
	}
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" {
		return nil, fmt.Errorf("it declares UTF-8 (a binary file, or text in an undeclared encoding)")
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("it does not decode as the %s it declares: %w", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}

// binary reports content with NUL bytes or many control characters.
func binary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}
