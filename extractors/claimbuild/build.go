package claimbuild

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// Scorer gives the calibrated probability that a sentence is a check-worthy
// factual claim. mentions are those inside the sentence, with article offsets.
type Scorer interface {
	Score(sentence string, mentions []claims.Mention) float64
}

// Builder builds claims. The zero value works: without a Scorer, confidence
// comes from a transparent rule of thumb over the claim's content.
type Builder struct {
	Scorer Scorer
}

// Input is what Build reads: the article, its sentences and its mentions
// (sorted by start, as the extractors return them).
type Input struct {
	ArticleID string
	Title     string
	Text      string
	Sentences []claims.Span
	Mentions  []claims.Mention
}

// Build returns the article's claims in text order.
func (b Builder) Build(in Input) []claims.Claim {
	ms := append([]claims.Mention(nil), in.Mentions...)
	if !sort.SliceIsSorted(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start }) {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	// The article is lower-cased once, not unit by unit, and one scratch
	// serves every unit.
	lower, sliceable := lowerText(in.Text)
	var sc scratch
	var out []claims.Claim
	for _, u := range units(in.Text, in.Sentences) {
		var ul string
		if sliceable {
			ul = lower[u.Start:u.End]
		} else {
			ul = strings.ToLower(u.Text)
		}
		c, ok := b.claim(in, u, ul, ms, &sc)
		if ok {
			out = append(out, c)
		}
	}
	return out
}

// scratch is the memory one Build call reuses from unit to unit; nothing in
// it outlives the call.
type scratch struct {
	words []word
	terms []string
	key   []byte
}

// units groups sentences so that a quotation running over several sentences
// becomes one unit, and never crosses a paragraph break.
func units(text string, sents []claims.Span) []claims.Span {
	var out []claims.Span
	open := false
	for _, s := range sents {
		if open && len(out) > 0 {
			last := &out[len(out)-1]
			if !strings.Contains(text[last.End:s.Start], "\n\n") {
				last.End = s.End
				last.Text = text[last.Start:last.End]
				open = quoteOpen(open, s.Text)
				continue
			}
		}
		out = append(out, claims.Span{Start: s.Start, End: s.End, Text: text[s.Start:s.End]})
		open = quoteOpen(false, s.Text)
	}
	return out
}

// quoteOpen reports whether a quotation is still open after s, given whether
// one was open before it. Curly quotes say which side they are; a straight
// double quote toggles.
func quoteOpen(open bool, s string) bool {
	for _, r := range s {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

// inside returns the mentions that lie within [start, end) of ms (sorted by
// start). The result shares ms's memory, capacity cut to its length, when
// those mentions are contiguous in ms, as they are unless one starts inside
// and ends outside.
func inside(ms []claims.Mention, start, end int) []claims.Mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	j := i
	for j < len(ms) && ms[j].Start < end && ms[j].End <= end {
		j++
	}
	if j == len(ms) || ms[j].Start >= end {
		return ms[i:j:j]
	}
	out := append([]claims.Mention(nil), ms[i:j]...)
	for ; j < len(ms) && ms[j].Start < end; j++ {
		if ms[j].End <= end {
			out = append(out, ms[j])
		}
	}
	return out
}

// claim builds the claim of unit u, if it makes one. lower is u's text lower-cased.
func (b Builder) claim(in Input, u claims.Span, lower string, all []claims.Mention, sc *scratch) (claims.Claim, bool) {
	text := u.Text
	ms := inside(all, u.Start, u.End)
	// Nothing checkable without a mention, a quotation or a reporting
	// word: skip the word scan for such sentences.
	quoted := hasQuote(text)
	if len(ms) == 0 && !quoted && !mayReport(text) {
		return claims.Claim{}, false
	}
	sc.words = words(sc.words[:0], text, lower, u.Start)
	ws := sc.words
	if len(ws) < 5 {
		return claims.Claim{}, false
	}
	var amount, date, entity bool
	for _, m := range ms {
		switch {
		case m.IsAmount():
			amount = true
		case m.Type == claims.TypeDate || m.Type == claims.TypeTime:
			date = true
		case m.IsEntity():
			entity = true
		}
	}
	number := bareNumber(in.Text, ws, ms)
	attr := attribution(in.Text, ws)
	reported := attr != nil || quoted
	if !(((amount || number || date) && entity) || (reported && (entity || attr != nil))) {
		return claims.Claim{}, false
	}
	// Last of the tests, as it reads the whole unit again.
	if boilerplate(in.Title, text, lower) {
		return claims.Claim{}, false
	}
	c := claims.Claim{
		ID:        claims.ClaimID(in.ArticleID, u.Start, u.End),
		ArticleID: in.ArticleID,
		Start:     u.Start,
		End:       u.End,
		Text:      text,
		Mentions:  ms,
		Kind:      kind(ws, amount || number),
	}
	if len(c.Mentions) == 0 {
		c.Mentions = []claims.Mention{}
	}
	if attr != nil {
		c.Attribution = attr
		c.Source = sourceName(*attr, ms)
	}
	c.Subject = subject(ms, attr)
	if b.Scorer != nil {
		c.Confidence = clamp01(b.Scorer.Score(text, ms))
	} else {
		c.Confidence = ruleOfThumb(amount, number, date, entity, attr != nil)
	}
	c.Fingerprint = sc.fingerprint(ws, ms, attr)
	return c, true
}

// boilerplate reports whether a unit is not prose a claim can come from: the
// headline repeated in the body, a line in capitals, a line with no sentence
// punctuation and few words (captions, bylines, navigation).
func boilerplate(title, s, lower string) bool {
	t := strings.TrimSpace(s)
	if title != "" && strings.EqualFold(t, strings.TrimSpace(title)) {
		return true
	}
	upper, letters := 0, 0
	for i := 0; i < len(t); {
		if c := t[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				letters++
			case 'A' <= c && c <= 'Z':
				letters++
				upper++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		i += n
	}
	if letters > 0 && upper*10 > letters*8 {
		return true
	}
	for _, p := range boilerplatePhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// boilerplatePhrases mark the sentences of news pages that report nothing:
// credits, non-answers, calls to action.
var boilerplatePhrases = []string{
	"contributed to this report", "contributed reporting", "additional reporting by",
	"did not respond to", "did not immediately respond", "declined to comment", "no comment",
	"returned requests for comment", "could not be reached", "not immediately available for comment",
	"not possible to independently verify", "could not independently verify", "could not be independently verified",
	"sign up for", "subscribe to", "click here", "follow us on", "listen to ", "read more", "newsletter",
}

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// ruleOfThumb is the confidence used when no trained scorer is configured:
// each kind of checkable content raises it.
func ruleOfThumb(amount, number, date, entity, attributed bool) float64 {
	c := 0.25
	if amount {
		c += 0.3
	} else if number {
		c += 0.15
	}
	if date {
		c += 0.1
	}
	if entity {
		c += 0.1
	}
	if attributed {
		c += 0.1
	}
	return min(c, 0.95)
}

// reportingStems are substrings of the reporting verbs' forms, for a cheap
// first look before the word scan.
var reportingStems = []string{"said", "says", "say ", "told", "tell", "ccording", "show", "report", "confirm", "announc", "estimat",
	"claim", "state", "note", "add", "argu", "writ", "wrote", "deni", "deny", "acknowledg", "insist", "warn",
	"predict", "explain", "reveal", "alleg", "testif", "suggest", "indicat", "admit", "disclos"}

func mayReport(s string) bool {
	for _, p := range reportingStems {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func hasQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// bareNumber reports whether a word holding a digit lies outside every date
// and amount mention: a count such as "3,000 troops" is checkable too.
func bareNumber(text string, ws []word, ms []claims.Mention) bool {
	for _, w := range ws {
		if !w.digit {
			continue
		}
		covered := false
		for _, m := range ms {
			if m.Start <= w.start && w.end <= m.End && (m.IsTemporal() || m.IsAmount()) {
				covered = true
				break
			}
		}
		if !covered {
			return true
		}
	}
	return false
}

// subject is the first person or organisation in the claim outside its
// attribution, else the first entity.
func subject(ms []claims.Mention, attr *claims.Span) *claims.Mention {
	var first *claims.Mention
	for i := range ms {
		m := &ms[i]
		if !m.IsEntity() {
			continue
		}
		if first == nil {
			first = m
		}
		if attr != nil && m.Start < attr.End && attr.Start < m.End {
			continue
		}
		if m.Type == claims.TypePerson || m.Type == claims.TypeOrg {
			s := *m
			return &s
		}
	}
	if first != nil {
		s := *first
		return &s
	}
	return nil
}
