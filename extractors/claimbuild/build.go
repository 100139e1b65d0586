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
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	var out []claims.Claim
	for _, u := range units(in.Text, in.Sentences) {
		c, ok := b.claim(in, u, ms)
		if ok {
			out = append(out, c)
		}
	}
	return out
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

func inside(ms []claims.Mention, start, end int) []claims.Mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	var out []claims.Mention
	for ; i < len(ms) && ms[i].Start < end; i++ {
		if ms[i].End <= end {
			out = append(out, ms[i])
		}
	}
	return out
}

func (b Builder) claim(in Input, u claims.Span, all []claims.Mention) (claims.Claim, bool) {
	text := u.Text
	ms := inside(all, u.Start, u.End)
	// Nothing checkable without a mention, a quotation or a reporting
	// word: skip the word scan for such sentences.
	quoted := hasQuote(text)
	if len(ms) == 0 && !quoted && !mayReport(text) {
		return claims.Claim{}, false
	}
	lower := strings.ToLower(text)
	ws := words(text, lower, u.Start)
	if len(ws) < 5 || boilerplate(in.Title, text, lower) {
		return claims.Claim{}, false
	}
	var amount, money, date, entity bool
	for _, m := range ms {
		switch {
		case m.Type == claims.TypeMoney:
			amount, money = true, true
		case m.IsAmount():
			amount = true
		case m.Type == claims.TypeDate || m.Type == claims.TypeTime:
			date = true
		case m.IsEntity():
			entity = true
		}
	}
	number := bareNumber(in.Text, ws, ms)
	counted := number || hasAny(ws, countWords) || hasAny(ws, quantityCues)
	attr := attribution(in.Text, ws)
	reported := attr != nil || quoted || hasAny(ws, hearsay)
	if !(((amount || counted || date) && entity) || money || (reported && (entity || attr != nil)) || quoted && passiveReport(ws)) {
		return claims.Claim{}, false
	}
	if !amount && !number && !date && feeling(ws) {
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
	if c.Mentions == nil {
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
	c.Fingerprint = Fingerprint(ws, ms, attr)
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
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
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

// word is one word of a unit with its article offsets and lower-case form.
type word struct {
	start, end int
	text       string
	lower      string
	upper      bool // starts with a capital letter
	punctAfter byte // ',', '.', ';', ':' or a quote immediately after, 0 otherwise
}

// words splits s (which starts at article offset base) into words: runs of
// letters, digits, apostrophes and inner hyphens/dots/commas between digits.
// lowerAll is strings.ToLower(s), lower-cased once for the whole unit: words
// slice into it when it keeps every byte offset (always for ASCII).
func words(s, lowerAll string, base int) []word {
	out := make([]word, 0, len(s)/5+1)
	sameLen := len(lowerAll) == len(s)
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[j:])
			}
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[i:j])
				if (r == '.' || r == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(r2)) {
					break
				}
				if isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := word{start: base + i, end: base + j, text: s[i:j]}
		if sameLen {
			w.lower = lowerAll[i:j]
		} else {
			w.lower = strings.ToLower(w.text)
		}
		w.upper = unicode.IsUpper(r)
		if j < len(s) {
			switch c := s[j]; c {
			case ',', '.', ';', ':', '"', '?', '!':
				w.punctAfter = c
			default:
				if strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "“") {
					w.punctAfter = '"'
				}
			}
		}
		out = append(out, w)
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// reportingStems are substrings of the reporting verbs' forms, for a cheap
// first look before the word scan.
var reportingStems = []string{"said", "says", "say ", "told", "tell", "ccording", "show", "report", "confirm", "announc", "estimat",
	"claim", "state", "note", "add", "argu", "writ", "wrote", "deni", "deny", "acknowledg", "insist", "warn",
	"predict", "explain", "reveal", "alleg", "testif", "suggest", "indicat", "admit", "disclos",
	"pledg", "vow", "promis", "accus", "stress", "conced", "assert", "contend", "tweet", "caution",
	"reportedly", "allegedly", "purportedly", "supposedly", "hundreds", "thousands", "millions", "billions", "dozens"}

func mayReport(s string) bool {
	for _, p := range reportingStems {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// countWords are amounts said in words: "thousands of Tunisians".
var countWords = set("hundreds", "thousands", "millions", "billions", "dozens")

// hearsay marks a statement reported from an unnamed source.
var hearsay = set("reportedly", "allegedly", "purportedly", "supposedly")

// feelings are what a speaker feels, hopes or believes: "We pray for",
// "We are profoundly pleased", "We do think": nothing a fact-checker can check.
var feelings = set("pray", "thank", "hope", "wish", "think", "believe", "feel", "fear", "pleased", "relieved",
	"delighted", "proud", "grateful", "love", "welcome", "saddened", "heartbroken", "excited", "honored", "honoured")

// feeling reports whether the unit opens with a first-person speaker saying
// what they feel or believe (within its first words).
func feeling(ws []word) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		if ws[i].lower != "we" && ws[i].lower != "i" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if feelings[ws[j].lower] {
				return true
			}
		}
	}
	return false
}

func hasAny(ws []word, in map[string]bool) bool {
	for _, w := range ws {
		if in[w.lower] {
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
		if !strings.ContainsAny(w.text, "0123456789") {
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

// wordsOf is words for a text not lower-cased yet.
func wordsOf(s string, base int) []word { return words(s, strings.ToLower(s), base) }
