package claimbuild

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

// Scorer gives the calibrated probability that a sentence is a check-worthy
// factual claim. mentions are those inside the sentence, with article offsets.
type Scorer interface {
	Score(sentence string, mentions []claims.Mention) float64
}

// warmer is a Scorer that can bring its tables into the cache before an
// article's units are scored (checkworthy.Model.Warm).
type warmer interface{ Warm() int }

// warmUnits is the fewest units an article has for Build to warm its
// Scorer: a shorter one scores too few sentences to repay the pass.
const warmUnits = 8

// Builder builds claims. The zero value works: without a Scorer, confidence
// comes from a transparent rule of thumb over the claim's content.
type Builder struct {
	Scorer Scorer
	// Worthy, with a Scorer, also makes a claim of an English unit of eight
	// words or more that names two different entities, one a person or
	// organisation, or three different entities of any kind ("Sudan, along
	// with Iran and Syria, …"), or names none but counts something ("All 14
	// companies are now eligible"), but matches none of the rules (no amount,
	// date, count, source or rule word; nothing hedged or felt), when the
	// Scorer rates it at least this high: "red flags for investors included
	// that Neumann had borrowed against his WeWork shares". Zero leaves such
	// units out.
	Worthy float64
	// Floor, with a Scorer, drops a claim the rules made that holds no
	// amount, number or date and that the Scorer rates below it: quoted
	// wishes and plans with a speaker ("“I just want to be able to perform
	// my own music,” she said", "“We’re going to start with something
	// smaller,” he said"). Zero keeps them all.
	Floor float64
}

// Input is what Build reads: the article, its sentences and its mentions
// (sorted by start, as the extractors return them).
type Input struct {
	ArticleID string
	Title     string
	// Byline is the article's author line, if known: the source of what
	// the author says in the first person outside quotation marks.
	Byline    string
	Text      string
	Sentences []claims.Span
	Mentions  []claims.Mention
	// Doc, if set, is Text as segment.Split split it: Build then reads the
	// language judgement the entity rules already made on it instead of
	// reading the text again.
	Doc *segment.Doc
}

// Build returns the article's claims in text order; none for an article
// that is not in English (see segment.English), as its rules and model
// read English only. When in.Mentions are
// sorted by start, as the extractors return them, each claim's Mentions is
// a slice of in.Mentions (its capacity cut to its length, so that an append
// copies); otherwise Build sorts a copy.
func (b Builder) Build(in Input) []claims.Claim {
	ms := in.Mentions
	if !slices.IsSortedFunc(ms, byStart) {
		ms = slices.Clone(ms)
		slices.SortStableFunc(ms, byStart)
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.lower, sc.lowerOK = lowerInPlace(in.Text)
	if !inEnglish(in) {
		return nil // the rules and the model read English only
	}
	sc.units = units(sc.units[:0], in.Text, in.Sentences)
	sc.claims = sc.claims[:0]
	sc.speaker, sc.prevAttr = nil, nil
	if w, ok := b.Scorer.(warmer); ok && len(sc.units) >= warmUnits {
		sc.warmed = w.Warm()
	}
	for _, u := range sc.units {
		sc.unitQuoted, sc.unitAttr = false, nil
		if c, ok := b.claim(in, u, ms, sc); ok {
			sc.claims = append(sc.claims, c)
		}
		sc.prevAttr = sc.unitAttr
		switch {
		case !sc.unitQuoted:
			sc.speaker = nil
		case sc.unitAttr != nil:
			sc.speaker = sc.unitAttr
		}
	}
	if len(sc.claims) == 0 {
		return nil
	}
	return slices.Clone(sc.claims)
}

// inEnglish reports whether in's text reads as English (segment.English),
// judged once per segment.Doc when in carries one.
func inEnglish(in Input) bool {
	if in.Doc != nil && in.Doc.Text == in.Text {
		return in.Doc.English()
	}
	return segment.English(in.Text)
}

func byStart(a, b claims.Mention) int { return cmp.Compare(a.Start, b.Start) }

// scratch is the working memory of one Build call: the article lower-cased
// once for all its units, and buffers reused from unit to unit and, through
// scratchPool, from article to article.
type scratch struct {
	lower   string // the article lower-cased, if lowerOK
	lowerOK bool
	units   []claims.Span
	claims  []claims.Claim
	warmed  int // what the Scorer's Warm returned, kept so that its reads are not dropped
	words   []word
	terms   []term
	key     []byte

	// The most words and terms any unit of the article had: what release
	// clears.
	wordsUsed, termsUsed int

	// Quotation speakers across units: whether the unit holds a quotation
	// and whom it attributes to, and the speaker a quotation that opens a
	// later unit without naming one continues from.
	unitQuoted bool
	unitAttr   *claims.Span
	speaker    *claims.Span
	// prevAttr is the attribution of the unit before, which a "They said"
	// opening this one continues.
	prevAttr *claims.Span
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns sc to the pool, keeping no reference to the article.
func (sc *scratch) release() {
	sc.lower = ""
	sc.unitAttr, sc.speaker, sc.prevAttr = nil, nil, nil
	clear(sc.units)
	clear(sc.claims)
	clear(sc.words[:sc.wordsUsed])
	clear(sc.terms[:sc.termsUsed])
	sc.wordsUsed, sc.termsUsed = 0, 0
	scratchPool.Put(sc)
}

// lowerOf returns the text of unit u lower-cased.
func (sc *scratch) lowerOf(u claims.Span) string {
	if sc.lowerOK {
		return sc.lower[u.Start:u.End]
	}
	return strings.ToLower(u.Text)
}

// units groups sentences so that a quotation running over several sentences
// becomes one unit, and never crosses a paragraph break. It appends the
// units to out.
func units(out []claims.Span, text string, sents []claims.Span) []claims.Span {
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
		from := storyStart(text, s)
		out = append(out, claims.Span{Start: from, End: s.End, Text: text[from:s.End]})
		open = quoteOpen(false, s.Text)
	}
	return out
}

// storyStart is where the story's words begin in sentence s: after the
// dateline that opens a paragraph ("LONDON, Dec 5 (Reuters) - Oil prices
// rose"), or after the dash of one the sentences were split after ("San
// Francisco, Calif." then "— The bank"). A claim is the story's, not where
// it was filed.
func storyStart(text string, s claims.Span) int {
	if s.Start == 0 || text[s.Start-1] == '\n' {
		if _, after := datelineAt(text, s.Start); after > 0 && after < s.End {
			return after
		}
	}
	if s.Text != "" && s.Text[0] == 0xE2 {
		if rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s.Text, "—"), "–"), " "); len(rest) < len(s.Text) && rest != "" {
			return s.End - len(rest)
		}
	}
	return s.Start
}

// quoteOpen reports whether a quotation is still open after s, given whether
// one was open before it. Curly quotes say which side they are; a straight
// double quote toggles.
func quoteOpen(open bool, s string) bool {
	// “ and ” are E2 80 9C and E2 80 9D in UTF-8, and neither E2 nor '"'
	// is ever part of another rune: the bytes are found by IndexByte.
	q, e := strings.IndexByte(s, '"'), strings.IndexByte(s, 0xE2)
	for q >= 0 || e >= 0 {
		if e < 0 || q >= 0 && q < e {
			open = !open
			q = indexByteFrom(s, q+1, '"')
			continue
		}
		if e+2 < len(s) && s[e+1] == 0x80 {
			switch s[e+2] {
			case 0x9C: // “
				open = true
			case 0x9D: // ”
				open = false
			}
		}
		e = indexByteFrom(s, e+1, 0xE2)
	}
	return open
}

// indexByteFrom is the index of the first c in s at or after i, or -1.
func indexByteFrom(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
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

// claim builds the claim of unit u, if it makes one.
func (b Builder) claim(in Input, u claims.Span, all []claims.Mention, sc *scratch) (claims.Claim, bool) {
	text := u.Text
	ms := inside(all, u.Start, u.End)
	var amount, money, date, dated, entity, actor, timed, lasting bool
	for _, m := range ms {
		switch {
		case m.Type == claims.TypeMoney:
			amount, money = true, true
		case m.IsAmount():
			amount = true
		case m.Type == claims.TypeDate || m.Type == claims.TypeTime:
			date = true
			// A date on the calendar ("next year", "in November"), not
			// "now" or "recently".
			dated = dated || m.Value != "" && m.Value[0] >= '0' && m.Value[0] <= '9'
		case m.IsEntity():
			entity = true
			actor = actor || m.Type == claims.TypePerson || m.Type == claims.TypeOrg
		case m.Type == claims.TypeDuration:
			// A length of time given in digits ("at least 150 minutes",
			// "for 12 years"): a measure a source can be held to, as a
			// count is.
			timed = timed || hasDigit(m.Text)
			lasting = true
		}
	}
	// Nothing checkable without a named entity or an amount of money, a
	// quotation, a reporting word, lawmakers or a rule coming into force at
	// a time or for a length: every rule below needs one of them, so skip
	// the word scan for such sentences (most have only a date).
	quoted := hasQuote(text)
	sc.unitQuoted = quoted
	if tableRow(text) {
		return claims.Claim{}, false
	}
	// Lawmakers at work on a law name no one and still make a claim about a
	// rule: "Lawmakers are drafting an anti-terrorism bill".
	digits := !entity && hasDigit(text)
	// A unit that opens with "The agency" or "The company" after one was
	// named speaks of it: the model may judge it, though it names no one.
	orgSubject := !entity && opensWithOrgNoun(text) && orgBefore(all, u.Start, sc.units, nil) != ""
	if !quoted && !entity && !orgSubject && !money && !digits && !mayReport(text) && !namelessCues.in(sc.lowerOf(u)) &&
		!((date || lasting) && inForcePhrases.in(sc.lowerOf(u))) {
		return claims.Claim{}, false
	}
	if notProse(text) {
		return claims.Claim{}, false
	}
	lower := sc.lowerOf(u)
	sc.words = words(sc.words[:0], text, lower, u.Start)
	sc.wordsUsed = max(sc.wordsUsed, len(sc.words))
	ws := sc.words
	if len(ws) < 5 || !predicated(text, ws, u.Start) {
		return claims.Claim{}, false
	}
	if shoppingCopy(text, lower, ws, ms) || question(text) || instruction(ws) || promo(ws) {
		return claims.Claim{}, false
	}
	number, count := bareNumber(in.Text, ws, ms)
	listed := classesOf(ws)
	counted := number || listed&(clCount|clQuantity) != 0 || listed&clRanked != 0 && rankedMost(ws) || entity && timed
	if !counted && listed&clKindHead != 0 {
		counted = countsInWords(ws) // "Scores of protesters were injured"
	}
	if !counted && entity && !amount && !date {
		counted = shareOfWhole(ws) || numberChanges(ws) // read only where it decides: "A third of the budget goes to the NHS"
	}
	attr := withoutLabel(attribution(in.Text, u.Start, ws, quoted))
	if attr == nil && quoted && opensWithQuote(text) && closesWithQuote(text) {
		// A quotation that goes on from an earlier unit's speaker:
		// `“…,” Cooperman told Reed. “They brought this public in 2014.”`
		// The speaker is the claim's source, but does not by itself make
		// the unit a claim: the unit must qualify as it stands.
		sc.unitAttr = sc.speaker
	} else {
		sc.unitAttr = attr
	}
	if quoted && shortQuip(in.Text, ws, ms) {
		return claims.Claim{}, false // after its speaker is known: a quotation may go on in the next unit
	}
	reported := attr != nil || quoted || listed&clHearsay != 0
	// When a rule comes into force is a claim about it, with that time:
	// "These are measures that won’t come into full effect for two years."
	hedge := listed&clHedge != 0 // hedged(ws), read from the classes already gathered
	// A feeling or a belief voiced in the first person ("We pray for …",
	// "I think …"): read once, for the model's gate and the test after it.
	feels := listed&clFeelSubject != 0 && feeling(in.Text, ws)
	ruled := listed&clLaw != 0 && lawWord(ws, ms) && !hedge && (entity || dated || legislators.in(lower)) ||
		(date || lasting) && !hedge && inForce(ws)
	score := -1.0
	// An amount with its date is checkable without a name ("The bank
	// expects growth to slow to 1.8% next year", "Those gains add to a
	// major gain, climbing more than 80% so far this year").
	if !(((amount || counted || date) && (entity || orgSubject)) || (amount || listed&clQuantity != 0) && dated || money || (reported && (entity || attr != nil)) || quoted && passiveReport(ws) || ruled) {
		// Only a person or organisation doing something, in a sentence of
		// some length, is worth asking the model about.
		if !(b.Worthy > 0 && b.Scorer != nil && len(ws) >= 8 && (worthAsking(ms, actor) || orgSubject || (counted || amount) && !entity) &&
			(!hedge || counted && countUnhedged(in.Text, ws)) && !feels && english(ws)) {
			return claims.Claim{}, false
		}
		if score = b.Scorer.Score(text, ms); score < b.Worthy {
			return claims.Claim{}, false
		}
	}
	attr = sc.unitAttr
	if !amount && !number && !timed && feels {
		return claims.Claim{}, false
	}
	// Last of the tests, as it reads the whole unit again.
	if boilerplate(in.Title, text, lower) || creditedCaption(in.Text, u, lower) {
		return claims.Claim{}, false
	}
	c := claims.Claim{
		ID:        claims.ClaimID(in.ArticleID, u.Start, u.End),
		ArticleID: in.ArticleID,
		Start:     u.Start,
		End:       u.End,
		Text:      text,
		Mentions:  ms,
		Kind:      kind(in.Text, ws, amount || count, attr, speaksForSelf(attr, all)),
	}
	if len(c.Mentions) == 0 {
		c.Mentions = []claims.Mention{}
	}
	resolvedOrg := ""    // the organisation "the company" or "It" as the source stands for
	resolvedPerson := "" // the person "he" or "she" as the source stands for
	if attr != nil {
		c.Attribution = attr
		c.Source = sourceName(*attr, inside(all, attr.Start, attr.End))
		if org := compiledBy(in.Text, attr, all); org != "" && c.Source == attr.Text {
			c.Source = org // "The data, compiled by Johns Hopkins University, show": the university's
		}
		if name := antecedent(attr.Text, in.Text, all, attr.Start, sc.units); name != "" {
			c.Source, resolvedPerson = name, name // "he said" after "Gwynne Shotwell said": Gwynne Shotwell
		} else if attr.Text == "It" && attr.Start == u.Start || attr.Text == "it" && setOffSpeaker(in.Text, u.Start, attr.Start) {
			if org := topicOrg(all, u.Start, sc.units, afterQuote(in.Text, u.Start, attr.Start)); org != "" {
				// "Roscosmos said … It said most of the debris burnt up",
				// `Boeing reported … “We expect …,” it said`, "The WHO
				// recorded 90,000 cases, it said"
				c.Source, resolvedOrg = org, org
			}
		} else if author := authorOf(in.Byline); attr.Text == "I" && author != "" && !quoted && !strings.HasPrefix(text, "@") {
			c.Source = author // the author speaking in the first person: "I wrote back, saying …"
		} else if org := definiteOrg(attr.Text, in.Text, all, attr.Start, u.Start, sc.units); org != "" {
			c.Source, resolvedOrg = org, org // "McClatchy reported a loss … But the company also reported long-term debt"
		} else if name := epithetPerson(attr.Text, in.Text, all, attr.Start, u.Start, sc.units); name != "" {
			c.Source, resolvedPerson = name, name // "the British royal blankly denied" after "Prince Andrew"
		} else if attr.Text == "They" && attr.Start == u.Start || attr.Text == "they" && setOffSpeaker(in.Text, u.Start, attr.Start) {
			// "Obama administration officials said … They said that
			// Sudan had a long way to go": the group the unit before
			// attributed to; `Big Machine … “…,” they said`: the
			// organisation it named.
			if p := sc.prevAttr; p != nil && p.End <= u.Start && group(p.Text) {
				c.Source = p.Text
			} else if names := jointPersons(in.Text, all, u.Start, sc.units); names != "" {
				c.Source = names // "Lorenz and Fetter plotted the motion … They found that"
			} else if org := topicOrg(all, u.Start, sc.units, false); org != "" {
				c.Source = org
			}
		}
	}
	c.Subject = subject(in.Text, u.Start, ms, attr, ws)
	if d := descriptorSubject(in.Text, u, ws, ms, attr, sc.units, all); d != nil && (c.Subject == nil || c.Subject.Start >= d.End) &&
		(attr == nil || d.End <= attr.Start || d.Start >= attr.End) {
		// (A description that is the source is the subject only of what
		// it says of itself, which selfSubject decides: "The club
		// confirmed that Fabinho would miss six weeks" is about Fabinho.)
		c.Subject = d
	}
	if self := selfSubject(in.Text, u.Start, attr, ws, all, resolvedOrg, resolvedPerson); self != nil &&
		(c.Subject == nil || canonical(*c.Subject) != canonical(*self)) {
		c.Subject = self // a subject already naming the source keeps its name
	}
	if attr == nil && intendingIt(ws, u.Start) {
		if org := topicOrg(all, u.Start, sc.units, false); org != "" {
			// "Ryanair said … It expects to ground 100 aircraft": the
			// organisation the unit before named first.
			c.Subject = &claims.Mention{Start: ws[0].start, End: ws[0].end, Type: claims.TypeOrg, Text: in.Text[ws[0].start:ws[0].end], Value: org}
		}
	}
	if c.Subject != nil && attr != nil && c.Subject.Start >= attr.Start && c.Subject.End <= attr.End && len(ws) > 0 && opensWithQuote(text) {
		c.Subject = quotedThirdPerson(in.Text, ws[0], all, u.Start, sc.units, c.Source, c.Subject)
	}
	if score >= 0 {
		c.Confidence = clamp01(score)
	} else if b.Scorer != nil {
		c.Confidence = clamp01(b.Scorer.Score(text, ms))
		if c.Confidence < b.Floor && !amount && !number && !date {
			return claims.Claim{}, false
		}
	} else {
		c.Confidence = ruleOfThumb(amount, number, date, entity, attr != nil)
	}
	c.Fingerprint = sc.fingerprint(ws, ms, attr)
	return c, true
}

// boilerplate reports whether a unit is not prose a claim can come from: the
// headline repeated in the body, a line in capitals, a line with no sentence
// punctuation and few words (captions, bylines, navigation), a credit or a
// notice with the copyright sign ("installation views, photos © Inexhibit").
func boilerplate(title, s, lower string) bool {
	t := strings.TrimSpace(s)
	if title != "" && strings.EqualFold(t, strings.TrimSpace(title)) {
		return true
	}
	upper, letters := 0, 0
	for i := 0; i < len(t); {
		if letters*8-upper*10 >= 2*(len(t)-i) {
			break // capitals in all the rest would still be too few
		}
		if c := t[i]; c < utf8.RuneSelf {
			letters += int(asciiCase[c] & 1)
			upper += int(asciiCase[c] >> 1)
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
	return boilerplatePhrases.in(lower) || authorBio(lower) || nonAnswer(lower) || aboutSection(t) || caption(lower) ||
		creditLine(lower) || strings.HasSuffix(t, ":") || strings.Contains(t, "©")
}

// creditLine reports whether a unit (lower-cased) credits the pictures of
// the page, however many it names: "Photos by cmgirl (Shutterstock),
// Macrovector (Shutterstock), J E Theriot, …", "Illustration by Jane Doe";
// not what such pictures show ("Photos by the agency showed 300 troops").
func creditLine(lower string) bool {
	for _, p := range creditOpeners {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if creditVerbs[w] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// creditVerbs say what pictures show or what became of them: a unit with
// one is a sentence about the pictures, not their credit.
var creditVerbs = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true, "reveal": true,
	"reveals": true, "revealed": true, "appear": true, "appears": true, "appeared": true, "suggest": true,
	"suggests": true, "suggested": true, "is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true}

var creditOpeners = []string{"photo by ", "photos by ", "photograph by ", "photographs by ", "photography by ",
	"image by ", "images by ", "illustration by ", "illustrations by ", "photo courtesy of ", "photos courtesy of ",
	"image courtesy of ", "images courtesy of ", "lead photo by ", "top photo by ", "cover photo by "}

// caption reports whether a unit is an image's caption by its label:
// "Cover image: artist’s impression of the installation", "Photo: …". A
// unit ending in a colon is no claim either: it introduces the list or
// quotation after it ("The tour's 2020 dates:").
func caption(lower string) bool {
	label, _, ok := strings.Cut(lower, ":")
	if !ok || len(label) > 20 {
		return false
	}
	switch strings.TrimSpace(label) {
	case "image", "photo", "picture", "pictured", "cover image", "top image", "main image", "header image",
		"featured image", "lead image", "photo credit", "image credit", "credit", "caption", "above", "top", "video",
		"gallery", "photos", "slideshow", "watch":
		return true
	}
	return false
}

// creditedCaption reports whether unit u is a photograph's caption: a
// paragraph of its own whose next paragraph is a photo credit ("Natalie
// Naccache | Bloomberg | Getty Images", "(AP Photo/Evan Vucci)"). News
// pages put the caption of the lead picture into the text, and what it
// says is not the story's claim. A labelled credit line ("Picture: Getty
// Images", see caption) stands on its own under the picture and may
// follow a paragraph of the story, so after one the paragraph must read
// as a caption (depicts); a credit that closes its caption ("(AP
// Photo/Evan Vucci)", "Natalie Naccache | Bloomberg | Getty Images") is
// enough. lower is the unit lower-cased.
func creditedCaption(text string, u claims.Span, lower string) bool {
	before := strings.TrimRight(text[:u.Start], " \t")
	if before != "" && !strings.HasSuffix(before, "\n") {
		return false // the unit does not open its paragraph
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(text[u.End:], " \t"), "\n")
	if !ok {
		return false // the paragraph goes on after the unit
	}
	rest = strings.TrimLeft(rest, " \t\n")
	line, _, _ := strings.Cut(rest, "\n")
	line = strings.TrimSpace(line)
	return photoCredit(line) && (!caption(strings.ToLower(line)) || depicts(lower))
}

// depicts reports whether a unit (lower-cased) describes a picture: who is
// where in it ("center", "left"), what it shows ("pictured", "is seen",
// "is shown"), or what those in it are doing in the present ("passes",
// "poses", "speaks", "arrives"), as captions do.
func depicts(lower string) bool {
	for _, cue := range captionCues {
		if strings.Contains(lower, cue) {
			return true
		}
	}
	return false
}

// captionCues are the phrases that tell a picture described.
var captionCues = []string{", center,", ", centre,", ", left,", ", right,", "(center)", "(centre)", "(left)", "(right)",
	"from left", "pictured", " is seen", " are seen", " is shown", " are shown", "in this photo", "file photo",
	" passes ", " poses ", " posing ", " speaks ", " speaks.", " arrives ", " attends ", " looks on", " gestures",
	" waves ", " walks ", " stands ", " sits ", " holds ", " celebrates ", " reacts "}

// photoCredit reports whether a line is a photograph's credit: short, and
// naming a picture agency or a photographer the way credits do.
func photoCredit(line string) bool {
	if line == "" || len(line) > 120 || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ".)") {
		return false
	}
	l := strings.ToLower(line)
	for _, w := range []string{"getty images", "shutterstock", "ap photo", "afp photo", "reuters photo", "epa-efe", "photo:", "photo by ", "photograph:", "photos:", "image:"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	if strings.Contains(l, "|") || strings.Contains(l, "/") {
		for _, w := range []string{"bloomberg", "reuters", "afp", "associated press", "epa", "xinhua", "anadolu", "the washington post", "the new york times"} {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// aboutSection reports whether a unit opens with a press release's "About
// <company>" heading on a line of its own: "About my6sense\nmy6sense offers
// an open programmatic … platform". What follows is the company's own
// boilerplate description, not a claim of the story.
func aboutSection(t string) bool {
	line, rest, ok := strings.Cut(t, "\n")
	name, isAbout := strings.CutPrefix(strings.TrimSpace(line), "About ")
	return ok && isAbout && strings.TrimSpace(rest) != "" && len(strings.Fields(name)) <= 5 &&
		!strings.ContainsAny(name, ".:!?,")
}

// inForcePhrases say that a rule comes into force (inForce reads them
// word by word).
var inForcePhrases = newPhraseSet("into effect", "into full effect", "into force", "into full force", "take effect",
	"takes effect", "took effect", "taken effect", "taking effect")

// legislatorPhrases are the makers and keepers of laws named without a
// name.
var legislatorPhrases = []string{"lawmakers", "legislators", "parliament", "congress", "senators", "the legislature",
	"the government", " ministers", "regulators", "the court", "judges", " mps "}

var legislators = newPhraseSet(legislatorPhrases...)

// countPhrases open the rough counts in words that countOf reads (the
// countWords and "scores", then "of"): "the committee has received dozens
// of submissions" counts something, though it names no one and has no
// digit.
var countPhrases = func() []string {
	var ps []string
	for _, w := range append(append([]string(nil), countWords...), "scores") {
		ps = append(ps, w+" of ")
	}
	return ps
}()

// namelessCues are the phrases that may make a claim of a unit without a
// name, a digit, a quotation or a reporting word: legislators or a count
// in words, searched for in one pass.
var namelessCues = newPhraseSet(append(append([]string(nil), legislatorPhrases...), countPhrases...)...)

// nonAnswers are what a source would not tell.
var nonAnswers = []string{"did not reveal", "did not disclose", "would not disclose", "would not say", "declined to say",
	"declined to disclose", "declined to name", "declined to identify", "did not specify", "declined to specify"}

// nonAnswer reports whether a unit opens by saying what its source would
// not tell ("It did not reveal the crash location …"): a non-answer, not a
// claim. Said later in a sentence that claims something ("Roth said the
// company could take larger payloads, but he did not disclose how large")
// it leaves the claim be.
func nonAnswer(lower string) bool {
	head := lower[:min(len(lower), 40)]
	if !strings.Contains(head, "not ") && !strings.Contains(head, "declined to ") {
		return false // every one of nonAnswers has one or the other
	}
	for _, p := range nonAnswers {
		if strings.Contains(head, p) {
			return true
		}
	}
	return false
}

// bioRoles are the jobs an author's line at the foot of a story gives.
var bioRoles = []string{"correspondent", "reporter", "writer", "editor", "columnist", "contributor", "journalist",
	"producer", "photographer", "critic", "bureau chief"}

// authorBio reports whether a unit is the line about the author that closes
// many stories: "Erin Cunningham is an Egypt-based correspondent for The
// Post." — a name, "is a(n)", at most four words and a journalist's job
// "for", "at" or "with" a publication.
func authorBio(lower string) bool {
	if len(lower) > 200 {
		return false
	}
	// The bio's second sentence: "She previously covered conflicts in the
	// Middle East … for the Christian Science Monitor".
	for _, p := range []string{"she ", "he "} {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			for _, v := range []string{"previously covered ", "has covered ", "previously worked ", "previously reported ", "has reported from "} {
				if strings.HasPrefix(rest, v) && !strings.HasPrefix(rest[len(v):], "up ") && strings.Contains(rest, " for ") {
					return true
				}
			}
		}
	}
	i := isA(lower)
	if i < 0 {
		return false
	}
	rest := lower[i:]
	// A role counts only within six words of "is a": search no further
	// than the start of the seventh.
	window := rest[:min(len(rest), seventhField(rest)+maxBioRole)]
	for _, role := range bioRoles {
		j := strings.Index(window, role)
		if j < 0 || len(strings.Fields(rest[:j])) > 6 {
			continue
		}
		after := rest[j+len(role):]
		after = strings.TrimPrefix(after, "s")
		if strings.HasPrefix(after, " for ") || strings.HasPrefix(after, " at ") || strings.HasPrefix(after, " with ") {
			return true
		}
	}
	return false
}

// isA is the index of the first " is a " in lower, else of the first
// " is an ", else -1: both found in one pass.
func isA(lower string) int {
	an := -1
	for k := 0; ; {
		j := strings.Index(lower[k:], " is a")
		if j < 0 {
			return an
		}
		k += j
		switch rest := lower[k+len(" is a"):]; {
		case strings.HasPrefix(rest, " "):
			return k
		case an < 0 && strings.HasPrefix(rest, "n "):
			an = k
		}
		k += len(" is a")
	}
}

// seventhField is where the seventh whitespace-separated word of s
// starts, len(s) if it has fewer.
func seventhField(s string) int {
	fields, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f'
		if !space && !in {
			if fields++; fields == 7 {
				return i
			}
		}
		in = !space
	}
	return len(s)
}

// maxBioRole is the length of the longest of bioRoles.
var maxBioRole = func() int {
	n := 0
	for _, r := range bioRoles {
		n = max(n, len(r))
	}
	return n
}()

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// predicated reports whether a unit has a word that can carry a predicate:
// a lower-case word that is not a function word, or a form of "be" or
// "have" ("Inflation was 5%."). Lines of names, places, dates and prices
// have none: tour dates ("June 10 – Tampa, FL @ MIDFLORIDA Credit Union
// Amphitheatre"), deals ("Netgear Nighthawk R6700 Router for $67.77"), the
// signature of an embedded tweet, headlines in title case, references.
func predicated(text string, ws []word, base int) bool {
	for _, w := range ws {
		if w.upper || w.digit || len(w.lower) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[w.start-base:]); !unicode.IsLower(r) {
			continue // a script without case, a symbol
		}
		if i := w.start - base; i > 0 && (text[i-1] == '@' || text[i-1] == '#') {
			continue // a handle or a hashtag: "— Shay Friedman (@ironshay) August 22, 2013"
		}
		if !w.is(clStopword) || w.is(clBe) || w.lower == "has" || w.lower == "have" || w.lower == "had" {
			return true
		}
	}
	return false
}

// notProse reports whether a unit is program code, a protocol exchange or
// a plain-text page's layout rather than sentences: three or more code
// signs (braces, a semicolon ending a line, "()", " = ", "=>"), a request
// line ("GET /path"), two header lines ("Host: example.com"), a line set out
// in columns by runs of spaces, or a reference entry that opens with its
// bracketed tag on a line of its own ("[SPDY]") or its number ("[1] Alarm
// fatigue: impacts on patient safety, Ruskin KJ, …"), or three or more
// short lines, all but one ending in no punctuation and not wrapped prose
// ("Michael Anastassiades\n‘Jewels after Jewels’\nFlos Showroom\ncorso
// Monforte, 15, Milan\n9.30 A.M. / 7.00 P.M.").
func notProse(s string) bool {
	if referenceNumber(s) {
		return true
	}
	// One pass over the bytes counts the code signs.
	signs, lines := 0, false
	for i := 0; i < len(s); i++ {
		if !codeByte[s[i]] {
			continue // most bytes: one load and one branch
		}
		switch c := s[i]; c {
		case '{', '}':
			signs++
		case ';':
			if i+1 == len(s) || s[i+1] == '\n' {
				signs++
			}
		case '(':
			if i+1 < len(s) && s[i+1] == ')' {
				signs++
			}
		case '=':
			if i+1 < len(s) && s[i+1] == '>' || i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				signs++
			}
		case '\n':
			lines = true
		}
	}
	if signs >= 3 {
		return true
	}
	if !lines {
		return false
	}
	headers, short, all, runOn := 0, 0, 0, 0
	prev := ""
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \r")
		if line != "" {
			all++
			if len(line) < 60 && !strings.ContainsAny(line[len(line)-1:], ".!?;:,") && !strings.HasSuffix(line, "”") && !strings.HasSuffix(line, "\"") {
				short++
			}
			if c := strings.TrimLeft(line, " ")[0]; prev != "" && 'a' <= c && c <= 'z' && 'a' <= prev[len(prev)-1] && prev[len(prev)-1] <= 'z' {
				runOn++ // a sentence wrapped onto the next line: "where any folder name in the path\nclashes with"
			}
			prev = line
		}
		if i == 0 && len(line) > 2 && line[0] == '[' && line[len(line)-1] == ']' && !strings.Contains(line, " ") {
			return true
		}
		if requestLine(line) || strings.Contains(strings.TrimLeft(line, " "), "    ") {
			return true
		}
		if headerLine(line) {
			headers++
		}
	}
	// Three or more lines, at most one of them long or ending as a
	// sentence does ("7.00 P.M.") and at most one running on into the next
	// as wrapped prose does: a box of facts set out line by line (a name,
	// a title, a venue, an address, opening hours), not sentences.
	return headers >= 2 || all >= 3 && short >= all-1 && runOn <= 1
}

// shoppingCopy reports whether a unit sells rather than states: an
// imperative to buy with a price or a word of sales ("Save $31 if you get a
// turquoise Switch Lite", "Clip the $10 off coupon", "Score the Apple Watch
// Series 3 for the lowest price ever"), or a price tag heading, a short
// line without a full stop that opens with a name and ends in a price after
// "for", "from", "to", "at" or "now" ("Fossil Hybrid HR smartwatch for
// $195", "Apple’s latest 12.9-inch iPad Pro drops to $799").
func shoppingCopy(text, lower string, ws []word, ms []claims.Mention) bool {
	var money *claims.Mention
	for i := range ms {
		if ms[i].Type == claims.TypeMoney {
			money = &ms[i]
		}
	}
	switch ws[0].lower {
	case "save", "score", "clip", "grab", "snag", "shop", "buy", "get", "upgrade":
		if ws[0].upper && ws[0].punctAfter == 0 && (money != nil || shopWords.in(lower)) {
			return true
		}
	}
	if money == nil || len(ws) > 12 || determiners[ws[0].lower] {
		return false // "The company sold the unit for $2 billion" is a sentence
	}
	last := ws[len(ws)-1]
	if money.End < last.end || last.punctAfter != 0 {
		return false // the price does not end the line, or a full stop does
	}
	if end := strings.TrimRight(text, " \t\r\n"); strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?") {
		return false
	}
	for k := len(ws) - 1; k > 0; k-- {
		if ws[k].end <= money.Start {
			switch ws[k].lower {
			case "for", "from", "to", "at", "now":
				return true
			}
			return false
		}
	}
	return false
}

// question reports whether a unit is one question, quoted or not, with or
// without a speaker after it ("Can I give it to James?", "“So it's fair to
// say you have not fixed it?” he asked."): it asks, it claims nothing. A
// question quoted inside a statement is reported, and the statement stays.
func question(text string) bool {
	if q := strings.LastIndexByte(text, '?'); q < 0 || len(text)-q > 80 {
		return false // no question mark near the end: most units, found fast
	}
	t := strings.TrimRight(text, " \t\r\n")
	if k := strings.LastIndexAny(t, "”\""); k > 0 && strings.HasSuffix(t, ".") && k < len(t)-1 {
		// A speaker after the quotation: “…?” he asked.
		if tag := t[k:]; len(strings.Fields(tag)) <= 6 && !strings.ContainsAny(tag[1:len(tag)-1], ".!?") {
			t = t[:k]
		}
	}
	t = strings.TrimRight(t, " ”\"’')")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	body := t[:len(t)-1]
	if opensWithQuote(body) {
		// A quotation its speaker's tag splits: “After two more years,”
		// Doctor asks, “what will be left?”
		body = strings.TrimLeft(body, " “\"")
		if k := strings.IndexAny(body, "”\""); k >= 0 {
			if j := strings.IndexAny(body[k+1:], "“\""); j >= 0 && len(strings.Fields(body[k+1:k+1+j])) <= 5 &&
				strings.HasSuffix(strings.TrimSpace(body[k+1:k+1+j]), ",") {
				body = body[:k] + " " + body[k+1+j+1:]
			}
		}
	}
	if k := strings.LastIndexAny(body, "“\""); k > 0 && len(strings.Fields(body[:k])) >= 3 && !quoteClosed(body, k) {
		return false // a question quoted inside a statement: "Emery retweeted the story, saying, “Are there …?”"
	}
	for _, end := range []string{". ", "! ", ".\n", "!\n"} { // several questions are still questions
		if strings.Contains(body, end) {
			return false // statements before the question: “You did blow up half a city. … Same time next week?”
		}
	}
	return true
}

// rankWords are the words rankedMost looks for.
var rankWords = []string{"most", "least"}

// rankedMost reports whether the unit ranks something with "most" or
// "least" by a measurable quality against a time (rankedSuperlative).
func rankedMost(ws []word) bool {
	for i, w := range ws {
		if (w.lower == "most" || w.lower == "least") && rankedSuperlative(ws, i) {
			return true
		}
	}
	return false
}

// quoteClosed reports whether the quotation mark at k in s is closed
// before s ends: scare quotes inside a question ("Would Adam Schiff have
// pleaded to keep the “whistleblower’s” identity secret?"), not a quoted
// question.
func quoteClosed(s string, k int) bool {
	if s[k] == '"' {
		return strings.Count(s, "\"")%2 == 0
	}
	return strings.ContainsRune(s[k:], '”')
}

// instruction reports whether a unit tells the reader what to do: it opens
// with a verb of doing and its object ("Measure the circumference of your
// cloche", "Click the link", "Remove your shoes"). An instruction claims
// nothing.
func instruction(ws []word) bool {
	if !ws[0].upper || ws[0].punctAfter != 0 || !determiners[ws[1].lower] || ws[1].lower == "this" || ws[1].lower == "these" {
		return false
	}
	switch ws[0].lower {
	case "measure", "cut", "add", "place", "mix", "remove", "insert", "use", "take", "put", "turn", "open", "click",
		"select", "choose", "try", "check", "follow", "visit", "read", "remember", "keep", "fill", "pour", "stir",
		"bake", "wash", "apply", "tap", "press", "download", "install", "enter", "type", "find", "consider", "avoid",
		"pick", "grab", "drag", "drop", "copy", "paste", "save", "store", "attach", "fold", "trim", "heat", "boil", "serve":
		return true
	}
	return false
}

// promo reports whether a unit is the publisher's own promotion or a sales
// pitch: an imperative that opens it and "our" after ("Catch up on the 2020
// election campaign with AP experts on our weekly politics podcast"), or
// "you" or "your", the reader it addresses ("Get access to millions of
// songs that you can stream from your Echo Dot").
func promo(ws []word) bool {
	if !ws[0].upper || ws[0].punctAfter != 0 {
		return false
	}
	switch ws[0].lower {
	case "catch", "watch", "listen", "follow", "subscribe", "download", "join", "get", "check", "explore", "discover", "see", "tune":
	default:
		return false
	}
	for _, w := range ws[1:] {
		switch w.lower {
		case "our", "you", "your":
			return true
		}
	}
	return false
}

// shopWords mark an imperative as a sales pitch.
var shopWords = newPhraseSet(" price", "coupon", " deal", "discount", " off ", "free", "trial", "subscription", " sale")

// referenceNumber reports whether s opens with a bracketed number and a
// space, as a numbered reference list's entries do.
func referenceNumber(s string) bool {
	if strings.HasPrefix(s, "^ ") {
		return true // a wiki's footnote: "^ Parlet B. N. The symmetric eigenvalue problem, SIAM, 1998"
	}
	if len(s) < 4 || s[0] != '[' {
		return false
	}
	i := 1
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 1 && i+1 < len(s) && s[i] == ']' && s[i+1] == ' '
}

// codeByte marks the bytes notProse looks at.
var codeByte = [256]bool{'{': true, '}': true, ';': true, '(': true, '=': true, '\n': true}

// requestLine reports whether line is an HTTP request line: "GET /x HTTP/1.1".
func requestLine(line string) bool {
	method, rest, ok := strings.Cut(line, " ")
	if !ok || !strings.HasPrefix(rest, "/") {
		return false
	}
	switch method {
	case "GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS":
		return true
	}
	return false
}

// headerLine reports whether line is a header field: a name of letters,
// digits and hyphens with no space, a colon, a space and a value.
func headerLine(line string) bool {
	name, value, ok := strings.Cut(line, ": ")
	if !ok || name == "" || value == "" {
		return false
	}
	for _, c := range []byte(name) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// tableRow reports whether a unit is a row of a table (the article's text
// puts a tab between a row's cells) with no cell that reads as a sentence:
// "3\tKevin Harvick\t5033\t4" is data a fact-checker reads in the table, not
// a claim. A row whose cell holds a sentence of prose, as layout tables do,
// is still read.
func tableRow(s string) bool {
	if strings.IndexByte(s, '\t') < 0 {
		return false
	}
	for cell := range strings.SplitSeq(s, "\t") {
		if words := strings.Fields(cell); len(words) >= minCellSentence {
			return false
		}
	}
	return true
}

// minCellSentence is the fewest words of a table cell read as prose.
const minCellSentence = 8

// asciiCase has, for each ASCII byte, bit 0 set for a letter and bit 1 for
// a capital.
var asciiCase = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 3
	}
	return t
}()

// boilerplatePhrases mark the sentences of news pages that report nothing:
// credits, non-answers, calls to action, and photo captions, which say who
// stands where in the picture or credit the agency ("Sheikh Mohammed,
// center, passes a Boeing 787-10 during the Dubai Air Show").
var boilerplatePhrases = newPhraseSet(
	"contributed to this report", "contributed reporting", "additional reporting by",
	"did not respond to", "did not immediately respond", "declined to comment", "no comment",
	"returned requests for comment", "could not be reached", "not immediately available for comment",
	"not possible to independently verify", "could not independently verify", "could not be independently verified",
	"sign up for", "subscribe to", "click here", "follow us on", "listen to ", "read more", "newsletter",
	"in your inbox", "to your inbox",
	", left,", ", right,", ", center,", ", centre,", ", center left,", ", center right,", ", second left,", ", second right,",
	" from left", "left to right", "pictured ", "getty images", "(photo:", "photo by ", "photograph:",
	"file photo", "image credit", "more information:", " et al.", "in this photo", "in this image", "this photo taken",
	"clockwise from",
	// the publisher's notes on the story itself
	"correction added", "correction appended", "an earlier version of this", "this article has been updated",
	"this story has been updated", "this article was updated", "this story was updated",
)

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
var reportingStems = newPhraseSet("said", "says", "say ", "saying", "stating", "noting", "told", "tell", "ccording", "show", "report", "confirm", "announc", "estimat",
	"claim", "state", "note", "add", "argu", "writ", "wrote", "deni", "deny", "acknowledg", "insist", "warn",
	"predict", "explain", "reveal", "alleg", "testif", "suggest", "indicat", "admit", "disclos",
	"pledg", "vow", "promis", "accus", "stress", "conced", "assert", "contend", "tweet", "caution", "divulg", "ruled",
	"find", "found", "conclud", "project", "forecast", "observ", "noticed", "discover", "determin", "speculat", "point", "concerned", "worried", "comment",
	"declar", "heard", "understand", "replie", "quipped", "remarked", "boasted", "complained", "countered", "retorted", "lamented",
	"reportedly", "allegedly", "purportedly", "supposedly", "hundreds", "thousands", "millions", "billions", "dozens")

func mayReport(s string) bool { return reportingStems.in(s) }

// countsInWords reports whether the words hold a rough count in words
// (countOf).
func countsInWords(ws []word) bool {
	for i, w := range ws {
		if w.is(clCount|clKindHead) && countOf(ws, i) {
			return true
		}
	}
	return false
}

// numberChanges reports whether the unit tells how "the number of"
// something changed or compares: "The number of agencies able to access
// metadata will be reduced", "the number of asylum seekers rose". A count
// is claimed though no number is given; "a number of" is only "several".
func numberChanges(ws []word) bool {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i].lower != "number" || ws[i+1].lower != "of" || ws[i-1].punctAfter != 0 || ws[i].punctAfter != 0 ||
			!(ws[i-1].lower == "the" || ws[i-1].lower == "total" && i > 1 && ws[i-2].lower == "the") {
			continue
		}
		for _, w := range ws[i+2:] {
			if changeWord(w.lower) {
				return true
			}
		}
	}
	return false
}

// changeWord reports whether w (lower case) says that an amount changed or
// compares: "rose", "has doubled", "will be reduced", "higher".
func changeWord(w string) bool {
	switch w {
	case "up", "down", "more", "fewer", "less", "higher", "lower", "cut", "fell", "fall", "falls", "fallen", "falling",
		"rose", "rise", "rises", "risen", "rising", "grew", "grow", "grows", "grown", "growing", "shrank", "shrunk", "shrink", "shrinks":
		return true
	}
	for _, stem := range []string{"increas", "decreas", "doubl", "tripl", "halv", "reduc", "drop", "declin", "climb",
		"jump", "soar", "surg", "plung", "plummet", "swell", "swoll", "tumbl", "slump"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// countWords are amounts said in words: "thousands of Tunisians".
var countWords = []string{"hundreds", "thousands", "millions", "billions", "dozens"}

// hearsay marks a statement reported from an unnamed source.
var hearsay = []string{"reportedly", "allegedly", "purportedly", "supposedly"}

// feelings are what a speaker feels, hopes or believes: "We pray for",
// "We are profoundly pleased", "We do think": nothing a fact-checker can check.
var feelings = []string{"pray", "thank", "hope", "wish", "think", "believe", "feel", "fear", "pleased", "relieved",
	"delighted", "proud", "grateful", "love", "welcome", "saddened", "heartbroken", "excited", "honored", "honoured",
	"thrilled", "glad"}

// feeling reports whether the unit, or a quotation in it, opens with a
// first-person speaker saying what they feel or believe (within its first
// words): "We pray for …", `Morrison said, “We are profoundly pleased and
// relieved”`, or with what there is reason to believe, the speaker's
// stance put impersonally: "“There is no reason to believe the guys in
// charge have changed their stripes”". text is the article the words'
// offsets index.
func feeling(text string, ws []word) bool {
	for i := 0; i < len(ws); i++ {
		if !ws[i].is(clFeelSubject) {
			continue
		}
		there := ws[i].lower == "there" || ws[i].lower == "there's" || ws[i].lower == "there’s"
		if i >= 3 && !strings.ContainsAny(text[ws[i-1].end:ws[i].start], "“\"") {
			continue
		}
		if there {
			if reasonToBelieve(ws, i) {
				return true
			}
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j].is(clFeeling) {
				return true
			}
		}
	}
	return false
}

// feelSubjects open what feeling looks for: a first-person speaker, or
// "there" of "there is no reason to believe".
var feelSubjects = []string{"we", "i", "we're", "we’re", "i'm", "i’m", "there", "there's", "there’s"}

// reasonToBelieve reports whether the words from "there" at i say how much
// reason there is to believe or think something: "there is no reason to
// believe", "there's every reason to think".
func reasonToBelieve(ws []word, i int) bool {
	j := i + 1
	if ws[i].lower == "there" {
		if j >= len(ws) || ws[j].lower != "is" && ws[j].lower != "was" {
			return false
		}
		j++
	}
	if j+3 >= len(ws) || ws[j+1].lower != "reason" || ws[j+2].lower != "to" || !ws[j+3].is(clFeeling) {
		return false
	}
	switch ws[j].lower {
	case "no", "every", "little", "good":
		return true
	}
	return false
}

// worthAsking reports whether the names in ms make a unit worth asking the
// model about: two different ones, one of a person or organisation (actor),
// or three different ones of any kind.
func worthAsking(ms []claims.Mention, actor bool) bool {
	var names [2]string
	n := 0
	for _, m := range ms {
		if !m.IsEntity() || n > 0 && m.Text == names[0] || n > 1 && m.Text == names[1] {
			continue
		}
		if n == 2 || n == 1 && actor {
			return true
		}
		names[n] = m.Text
		n++
	}
	return false
}

// english reports whether a unit reads as English: one word in six or more
// is an English function word. The model is English; a German or
// Indonesian sentence is not for it to judge.
func english(ws []word) bool {
	n := 0
	for _, w := range ws {
		if w.is(clStopword) {
			n++
		}
	}
	return n*6 >= len(ws)
}

// lawWord reports whether a law cue stands in the unit in lower case and
// outside every mention: "the bill would ban", not "Bill Gates".
func lawWord(ws []word, ms []claims.Mention) bool {
	for i, w := range ws {
		if !w.is(clLaw) || w.upper || w.lower == "ruled" {
			continue
		}
		if i > 0 && ws[i-1].lower == "to" && (w.lower == "court" || w.lower == "act") {
			continue // a verb: "to court voters", "to act"
		}
		in := false
		for _, m := range ms {
			if m.Start <= w.start && w.end <= m.End {
				in = true
				break
			}
		}
		if !in {
			return true
		}
	}
	return false
}

// hedged reports whether a unit speaks of what would, might or should be:
// a conditional or an opinion rather than a claim about a rule. Given the
// classes of all the words (classesOf), it is listed&clHedge != 0.
func hedged(ws []word) bool {
	for _, w := range ws {
		if w.is(clHedge) {
			return true
		}
	}
	return false
}

// hedges are the words that hedge a unit (hedged).
var hedges = []string{"would", "might", "should", "could", "undoubtedly", "perhaps", "arguably"}

// countUnhedged reports whether a unit that hedges (hedged) gives a count
// in words (countOf) in a main clause that does not: in "But another
// inquiry would be a waste of time — the committee has already received
// and considered dozens of submissions on the subject" the count is
// claimed, whatever the writer thinks of another inquiry. Clauses end at a
// dash, a semicolon or a sentence's end; in "Hundreds of jobs would go"
// the count is hedged, and a clause opened by "if" or "when" supposes.
// Counts in digits keep the whole unit's hedge: on real pages the clauses
// that give them beside a hedge are asides and reviews ("It was a
// 75-minute long play … the cheapest tickets would still be ok").
func countUnhedged(text string, ws []word) bool {
	start := 0
	for i := range ws {
		if i+1 < len(ws) && ws[i].punctAfter != ';' && !sentenceEnd(ws[i], ws[i+1]) && !dashBetween(text, ws[i], ws[i+1]) {
			continue
		}
		if clause := ws[start : i+1]; !clause[0].is(clSubordinator) && !hedged(clause) && countsInWords(clause) {
			return true
		}
		start = i + 1
	}
	return false
}

// isCode reports whether w is a code of letters and digits rather than a
// number: letters before its digits ("s-1", "a380", "mh17") or glued after
// them ("737max"). Numbers keep their separators ("51-49", "2019-20",
// "1,000"), ordinal and plural endings ("10th", "1990s") and hyphenated
// units ("30-year-old", "5-day").
func isCode(w string) bool {
	i := 0
	for i < len(w) && (w[i] < '0' || w[i] > '9') {
		i++
	}
	if i > 0 {
		return true
	}
	j := len(w)
	for j > 0 && (w[j-1] < '0' || w[j-1] > '9') {
		j--
	}
	for k := i; k < j; k++ {
		switch c := w[k]; {
		case c >= '0' && c <= '9', c == ',', c == '.', c == '-', c == '/':
		default:
			return true
		}
	}
	switch tail := w[j:]; {
	case tail == "", tail == "s", tail == "st", tail == "nd", tail == "rd", tail == "th", tail == "%":
		return false
	case tail[0] == '-':
		return false // "30-year-old"
	}
	return true
}

// classesOf is the union of the lists the words are on.
func classesOf(ws []word) wordClass {
	var c wordClass
	for _, w := range ws {
		c |= w.cls
	}
	return c
}

// opensWithQuote reports whether s starts with an opening quotation mark.
func opensWithQuote(s string) bool {
	s = strings.TrimLeft(s, " \t\n")
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
}

// closesWithQuote reports whether s ends with a closing quotation mark:
// with opensWithQuote, the unit is all quotation and names no one after it
// (`“…,” the mayor replied` does).
func closesWithQuote(s string) bool {
	s = strings.TrimRight(s, " \t\n")
	return strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”")
}

// shortQuip reports whether a unit is one short quotation, at most
// maxQuip words led by a pronoun ("I", "we", "he", "that's", "our") that
// name, date, count and compare nothing and say how something is or feels
// (statesNoDeed), and the speaker's tag after it: "“Our nation is in
// danger,” Essid declared", "“He loved that computer,” Hamilton said".
// Such a reaction holds no fact to check; "“Crime is down,” the mayor
// said" (no pronoun, and a change) and "“We are closing the factory,” Ford
// said" (a deed) still may. text is the article the words index.
func shortQuip(text string, ws []word, ms []claims.Mention) bool {
	if len(ws) == 0 || !strings.ContainsAny(text[max(ws[0].start-3, 0):ws[0].start], "\"“") || !pronounLed(ws[0].lower) {
		return false
	}
	for k, w := range ws {
		if k >= maxQuip || w.digit || w.is(clQuantity|clCount) || compares[w.lower] {
			return false
		}
		next := len(text)
		if k+1 < len(ws) {
			next = ws[k+1].start
		}
		if !strings.ContainsAny(text[w.end:next], "\"”") {
			continue
		}
		for _, m := range ms {
			if m.Start < w.end {
				return false
			}
		}
		if !statesNoDeed(ws[:k+1]) {
			return false
		}
		// Nothing quoted after the tag: "“Life was not long enough,” she
		// recalled, “for Mike to do …”" goes on.
		return k+1 >= len(ws) || !strings.ContainsAny(text[next:ws[len(ws)-1].end], "\"“”")
	}
	return false
}

// maxQuip is the most words of a quotation shortQuip takes for a reaction.
const maxQuip = 6

// statesNoDeed reports whether the quoted words ws say how something is or
// how the speaker feels: a form of "be" before no participle ("Our nation
// is in danger", "That’s a powerful combination", "It’s been a long day")
// or a verb of feeling ("He loved that computer"). A deed done or to come
// ("We are closing the factory", "He was arrested", "We have filed a
// lawsuit", "He killed my son", "We will appeal") may be checked.
func statesNoDeed(ws []word) bool {
	for k, w := range ws {
		v, be := w.lower, w.is(clBe)
		if i := strings.IndexAny(v, "'’"); i > 0 {
			switch base, tail := v[:i], strings.TrimLeft(v[i:], "'’"); {
			case tail == "t" && strings.HasSuffix(base, "n"):
				if be = lexicon.get(base[:len(base)-1])&clBe != 0; !be {
					return false // "didn’t", "won’t": a deed
				}
			case tail == "s" || tail == "re" || tail == "m":
				be = pronounLed(base) // "that’s", "we’re", "I’m"; not "nation’s"
			case tail == "ll" || tail == "ve" || tail == "d":
				return false // "we’ll", "they’ve": a deed
			}
		}
		if be {
			n := k + 1
			if n < len(ws) && ws[n].lower == "not" {
				n++
			}
			if n == len(ws) {
				return true // "That’s who we are"
			}
			if ws[n].is(clBe) && ws[n].lower != "being" {
				continue // "It’s been a long day": the next form of "be" says
			}
			x := ws[n].lower
			return !(pastParticiple(x) || strings.HasSuffix(x, "ing") && !strings.HasSuffix(x, "thing") && len(x) > 4)
		}
		if feels(v) {
			return true
		}
	}
	return false
}

// feels reports whether w is a verb of feeling (feelings) or one of its
// forms: "loved", "hopes", "feared".
func feels(w string) bool {
	for _, v := range [...]string{w, strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "ed"), strings.TrimSuffix(w, "s")} {
		if lexicon.get(v)&clFeeling != 0 {
			return true
		}
	}
	return false
}

// pronounLed reports whether a quotation opening with w (lower case) opens
// with a pronoun, or its contraction ("that's", "i’m"), or "our" or "my".
func pronounLed(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "i", "we", "you", "he", "she", "it", "they", "that", "this", "our", "my":
		return true
	}
	return false
}

// compares are the words of a change, a comparison or a record: a short
// quotation with one ("We were the first", "It never got lower") may
// hold a fact.
var compares = map[string]bool{"up": true, "down": true, "more": true, "less": true, "fewer": true, "lower": true,
	"higher": true, "never": true, "ever": true, "record": true, "most": true, "least": true, "first": true, "last": true,
	"only": true, "every": true, "all": true, "rose": true, "risen": true, "rising": true, "fell": true, "fallen": true,
	"falling": true, "grew": true, "growing": true, "increased": true, "decreased": true, "cut": true, "won": true, "lost": true}

func hasQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// bareNumber reports whether a word holding a digit lies outside every date,
// amount and name mention (number): a count such as "3,000 troops" is
// checkable too; the number of a name ("Apollo 11", "the 50th Anniversary
// Tour") is not. A code of letters and digits ("S-1", "A380", "MH17") counts nothing,
// nor does the number of a list item. count is number without ages ("Maria
// Lopez, 45, of Chicago", "his 22-year-old son"), which say who someone
// is: they make a unit worth checking, not a quantity claim.
func bareNumber(text string, ws []word, ms []claims.Mention) (number, count bool) {
	for i, w := range ws {
		if !w.digit || isCode(w.lower) || emergencyNumber(ws, i) || streetNumber(ws, i) {
			continue
		}
		if i == 0 && (w.punctAfter == '.' || w.end < len(text) && text[w.end] == ')') {
			continue // the number of a list item: "8. If you have a mortgage", "(3) If …"
		}
		covered := false
		for _, m := range ms {
			if m.Start <= w.start && w.end <= m.End && (m.IsTemporal() || m.IsAmount() || m.IsEntity()) {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		number = true
		if !age(ws, i) && !strings.HasSuffix(w.lower, "-year-old") && !strings.HasSuffix(w.lower, "-years-old") {
			return true, true
		}
	}
	return number, false
}

// emergencyNumber reports whether the word at i is a telephone emergency
// number called or named as a service ("called 911", "a 999 call", "911
// dispatchers"): no count of anything.
func emergencyNumber(ws []word, i int) bool {
	switch ws[i].lower {
	case "911", "999", "112", "000":
	default:
		return false
	}
	if i > 0 {
		switch ws[i-1].lower {
		case "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling":
			return ws[i-1].punctAfter == 0
		}
	}
	if i+1 < len(ws) && ws[i].punctAfter == 0 {
		switch ws[i+1].lower {
		case "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "center", "centre", "line", "service", "services":
			return true
		}
	}
	return false
}

// streetNumber reports whether the word at i is the number of a street
// address: digits alone, then up to four capitalised words or numbered
// streets ending in a street's kind ("2134 Caldwell Place", "1119 Eighth
// St.", "3170 W. County Road 600S"), or the number of a road ("Highway
// 31"). An address counts nothing.
func streetNumber(ws []word, i int) bool {
	w := ws[i]
	if i > 0 && ws[i-1].upper && ws[i-1].punctAfter == 0 && (streetKinds[ws[i-1].lower] || ws[i-1].lower == "route" || ws[i-1].lower == "interstate") {
		return true // a numbered road: "County Road 600S", "Highway 31", "Route 66"
	}
	if len(w.lower) > 5 || strings.Trim(w.lower, "0123456789") != "" || w.punctAfter != 0 && w.punctAfter != '.' {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		n := ws[k]
		if k > i+1 && streetKinds[n.lower] {
			return true
		}
		if !n.upper && !n.digit || n.punctAfter != 0 && n.punctAfter != '.' {
			return false
		}
	}
	return false
}

// streetKinds end the name of a street.
var streetKinds = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "drive": true, "dr": true,
	"place": true, "pl": true, "lane": true, "ln": true, "boulevard": true, "blvd": true, "way": true,
	"court": true, "ct": true, "circle": true, "terrace": true, "parkway": true, "pkwy": true,
	"highway": true, "hwy": true, "square": true, "crescent": true, "close": true, "trail": true, "pike": true,
}

// age reports whether the word at i is a person's age set off by commas
// after a name: "Maria Lopez, 45, of Chicago", "said Lopez, 45.".
func age(ws []word, i int) bool {
	w := ws[i]
	if i == 0 || len(w.lower) > 3 || strings.Trim(w.lower, "0123456789") != "" || ws[i-1].punctAfter != ',' || !ws[i-1].upper {
		return false
	}
	return w.punctAfter == ',' || w.punctAfter == '.' || i+1 == len(ws)
}

// speaksForSelf reports whether the attribution attr names a person, whose
// "we" tells what they lived through ("“We received a message back,” Nix
// said"), rather than an organisation or its statement, whose "we" is the
// institution ("“we have received an inquiry,” the company said").
func speaksForSelf(attr *claims.Span, all []claims.Mention) bool {
	if attr == nil {
		return false
	}
	switch attr.Text {
	case "he", "He", "she", "She", "I":
		return true
	}
	for _, m := range inside(all, attr.Start, attr.End) {
		if m.Type == claims.TypePerson {
			return true
		}
	}
	return false
}

// authorOf is the single author's name in a byline ("Ilana Muhlstein, MS,
// RDN" → "Ilana Muhlstein"); "" for none or several ("A and B").
func authorOf(byline string) string {
	name, _, _ := strings.Cut(strings.TrimSpace(byline), ",")
	name = strings.TrimSpace(name)
	if name == "" || strings.Contains(name, " and ") || strings.Contains(name, " & ") || len(strings.Fields(name)) > 4 {
		return ""
	}
	return name
}

// definiteOrg resolves "the company", "the automaker", "the agency" (a
// definite organisation noun as the whole source, at offset at) to the
// organisation it stands for: the last one named before it in its own
// sentence ("… information from Cambridge Analytica …, the company
// confirmed"), else the first one named in the nearest of the two sentences
// before that names one, where a sentence names what it is about first
// ("Acme said it paid $4 million to Google. The company also said": Acme).
// A sentence that opens with "It" is about an organisation named before
// it, so its own are passed over ("It paid $400 million to Airbus, the
// company said"). Someone who speaks for such an organisation stands for
// it the same way, as "a representative for Assange" stands for Assange:
// "a company spokesperson said", "an agency spokesman told us". "" when
// the phrase is something else or none was named.
//
// A business ("the company", "the retailer") is no public body: "the
// company said" after "the Census Bureau" is not the bureau.
func definiteOrg(phrase, text string, all []claims.Mention, at, unitStart int, units []claims.Span) string {
	head, ok := withoutThe(phrase)
	if (!ok || !orgNouns[head]) && !orgVoice(phrase) {
		return ""
	}
	business := businessNouns[head] || orgVoice(phrase) && businessNouns[withoutPossessive(strings.ToLower(strings.Fields(phrase)[1]))]
	fits := func(m claims.Mention) bool { return !business || !publicBody(m.Text) }
	if !opensWithIt(text[unitStart:at]) {
		name := ""
		for _, m := range inside(all, unitStart, at) {
			if m.Type == claims.TypeOrg && fits(m) {
				name = canonical(m)
			}
		}
		if name != "" {
			return name
		}
	}
	return orgBefore(all, unitStart, units, fits)
}

// businessNouns are the orgNouns that name a business.
var businessNouns = map[string]bool{"company": true, "firm": true, "automaker": true, "carmaker": true,
	"airline": true, "retailer": true, "chain": true, "startup": true, "insurer": true, "carrier": true,
	"lender": true, "manufacturer": true, "conglomerate": true, "giant": true}

// publicBody reports whether an organisation's name ends as a public body's
// does: "Census Bureau", "Labor Department", "Supreme Court".
func publicBody(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	switch name[i+1:] {
	case "Bureau", "Department", "Ministry", "Agency", "Commission", "Court", "Council", "Parliament", "Senate",
		"Congress", "Police", "Army", "Navy", "Government", "Authority", "Administration", "Committee", "Assembly",
		"Office", "Party", "Union", "Nations", "Organization", "Organisation":
		return true
	}
	return false
}

// orgBefore is the first organisation, of those fits accepts (any when
// nil), named in the nearer of the two units before the one at unitStart
// that names one, "" if neither does.
func orgBefore(all []claims.Mention, unitStart int, units []claims.Span, fits func(claims.Mention) bool) string {
	k := sort.Search(len(units), func(k int) bool { return units[k].Start >= unitStart })
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if org := firstOrg(all, units[j], fits); org != "" {
			return org
		}
	}
	return ""
}

// soleOrgBefore is the one organisation the two units of prose before the
// one at unitStart name, "" if they name none or more than one ("Home Depot
// reported … Rival Lowe's was also lower. The home-improvement retailer
// earned": which retailer is not for a rule to guess). Where those two name
// none, it looks further back, to the sixth unit, for the nearest that
// names one ("Ryanair said … It expects … The weather was cold … The
// airline also plans": Ryanair). Table rows are not prose and do not count.
func soleOrgBefore(all []claims.Mention, unitStart int, units []claims.Span) string {
	k := sort.Search(len(units), func(k int) bool { return units[k].Start >= unitStart })
	name, seen := "", 0
	for j := k - 1; j >= 0 && (seen < 2 || name == "" && seen < 6); j-- {
		if tableRow(units[j].Text) {
			continue
		}
		seen++
		for _, m := range inside(all, units[j].Start, units[j].End) {
			if m.Type != claims.TypeOrg {
				continue
			}
			if c := canonical(m); name == "" {
				name = c
			} else if c != name {
				return ""
			}
		}
	}
	return name
}

// descriptionBreaks end a description before its head noun could come:
// prepositions and conjunctions.
var descriptionBreaks = map[string]bool{"of": true, "to": true, "in": true, "for": true, "with": true, "by": true,
	"on": true, "at": true, "from": true, "and": true, "or": true, "but": true, "as": true, "that": true}

// descriptorSubject is the organisation that a unit opening with a
// definite description of one stands for: "The data analytics firm’s
// initial outreach to the Trump campaign began in May 2016" is about the
// firm named just before (Cambridge Analytica), not about the campaign
// named after; so is a description opening what the unit's source says
// ("Doe added that the company would open 12 stores"). The description is "The", at most three lower-case words
// and an organisation noun ("The firm"; "The Chicago-based bank" holds a
// name and is left alone). nil when the unit opens otherwise, when a name
// stands inside the description or right after it, or when neither of the
// two units before names an organisation.
func descriptorSubject(text string, u claims.Span, ws []word, ms []claims.Mention, attr *claims.Span, units []claims.Span, all []claims.Mention) *claims.Mention {
	s := reportedClause(ws, attr)
	if len(ws) < s+3 || s == 0 && ws[0].start != u.Start || ws[s].lower != "the" || ws[s].punctAfter != 0 {
		return nil
	}
	start := ws[s].start
	for j := s + 1; j < len(ws) && j <= s+4; j++ {
		w := ws[j]
		if w.upper || w.digit || determiners[w.lower] || descriptionBreaks[w.lower] {
			return nil // a name, or a clause: "The campaign paid the firm"
		}
		head := withoutPossessive(w.lower)
		if orgNouns[head] {
			end := w.start + len(head)
			if slices.ContainsFunc(ms, func(m claims.Mention) bool { return m.End > start && m.Start < end }) ||
				j+1 < len(ws) && ws[j+1].upper && w.punctAfter == 0 {
				return nil // "The private equity firm Alden Capital": named here
			}
			if j+1 < len(ws) && w.punctAfter == 0 && (ws[j+1].lower == "that" || ws[j+1].lower == "which" || ws[j+1].lower == "who") {
				return nil // "The company that runs the AMAs, Dick Clark Productions": one told apart here, not one named before
			}
			org := soleOrgBefore(all, u.Start, units)
			if org == "" {
				return nil
			}
			return &claims.Mention{Start: start, End: end, Type: claims.TypeOrg, Text: text[start:end], Value: org}
		}
		if w.punctAfter != 0 {
			return nil
		}
	}
	return nil
}

// reportedClause is the index of the word that opens the clause a unit
// reports when the unit opens with its source and a verb of saying ("Doe
// said the company would …", "Doe added that the firm …"), else 0.
func reportedClause(ws []word, attr *claims.Span) int {
	if attr == nil || len(ws) == 0 || attr.Start != ws[0].start {
		return 0
	}
	v := verbAfterSource(ws, attr)
	if v < 0 {
		return 0
	}
	if v+2 < len(ws) && ws[v+1].lower == "that" && ws[v+1].punctAfter == 0 {
		return v + 2
	}
	return v + 1
}

// orgVoice reports whether phrase is one who speaks for an organisation
// described, not named: an article, an organisation noun and a spokesman's
// word ("a company spokesperson", "the agency's representative").
func orgVoice(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) != 3 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "the":
	default:
		return false
	}
	org := withoutPossessive(f[1])
	return orgNouns[org] && spokesWords[f[2]]
}

// spokesWords name those who speak for an organisation.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"representative": true, "official": true}

// opensWithOrgNoun reports whether s opens with "The" and one of orgNouns:
// "The agency is separately working on …".
func opensWithOrgNoun(s string) bool {
	rest, ok := strings.CutPrefix(s, "The ")
	if !ok {
		return false
	}
	head, _, _ := strings.Cut(rest, " ")
	return orgNouns[head]
}

// withoutThe strips a leading "the " or "The " from s and reports whether
// there was one.
func withoutThe(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "the "); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "The ")
}

// firstOrg is the canonical name of the first organisation named in unit
// u, of those fits accepts (any when nil), "" if it names none.
func firstOrg(all []claims.Mention, u claims.Span, fits func(claims.Mention) bool) string {
	for _, m := range inside(all, u.Start, u.End) {
		if m.Type == claims.TypeOrg && !toldOrg(u, m) && (fits == nil || fits(m)) {
			return canonical(m)
		}
	}
	return ""
}

// toldOrg reports whether organisation m is named in unit u as whom a
// source told, or whose report is passed on ("… told Reuters that", "according
// to the BBC", "(AP)"): a news organisation, not the company a later "the
// retailer said" stands for.
func toldOrg(u claims.Span, m claims.Mention) bool {
	if m.Start < u.Start || m.Start-u.Start > len(u.Text) {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(u.Text[:m.Start-u.Start], " "), " the")
	if strings.HasSuffix(before, "(") {
		return true
	}
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return isTell(w) || w == "to" || w == "via" || w == "per"
}

// opensWithIt reports whether s begins with the word "It" or "Its".
func opensWithIt(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ",’'")
	return w == "It" || w == "Its" || w == "It’s" || w == "It's"
}

// orgNouns are the heads of a definite phrase that stands for an
// organisation named before: "the company said".
// "The group" is left out: on the 128 pages it was a group of people more
// often than the organisation named last.
var orgNouns = map[string]bool{"company": true, "firm": true, "automaker": true, "carmaker": true, "agency": true,
	"airline": true, "retailer": true, "bank": true, "chain": true, "startup": true, "insurer": true,
	"carrier": true, "lender": true, "manufacturer": true, "conglomerate": true, "giant": true,
	"broadcaster": true, "publisher": true, "regulator": true, "ministry": true, "department": true, "watchdog": true,
	// Bodies that are no business: "The club confirmed", "the union said".
	"club": true, "team": true, "union": true, "charity": true, "council": true, "university": true,
	"party": true, "federation": true, "association": true, "trust": true, "utility": true}

// intendingIt reports whether the unit at start opens with "It" and a verb
// of what it expects, plans or pledges ("It expects to ground 100
// aircraft", "It also plans to"): an organisation's intent, which only an
// agent has, not the "It" of "It was the lowest rate" or "It will carry
// 400 passengers" (a thing as often as the organisation).
func intendingIt(ws []word, start int) bool {
	if len(ws) < 3 || ws[0].start != start || ws[0].lower != "it" || ws[0].punctAfter != 0 {
		return false
	}
	v := ws[1]
	if (v.lower == "also" || v.lower == "still" || v.lower == "now" || adverbLy(ws, 1)) && v.punctAfter == 0 {
		v = ws[2]
	}
	return v.is(clPrediction) && !v.is(clModal) && v.lower != "likely" && v.lower != "going"
}

// afterQuote reports whether a closing quotation mark stands just before
// offset at (within the unit from start): `“…,” they said`.
func afterQuote(text string, start, at int) bool {
	if at < start {
		return false // a source carried over from an earlier unit
	}
	t := strings.TrimRight(text[start:at], " ")
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"")
}

// setOffSpeaker reports whether the source at offset at (within the unit
// from start) speaks after what it says, set off from it by a closing
// quotation mark (`“…,” it said`) or a comma ("The company stopped selling
// opioids in 2020, it said.", "The WHO recorded 90,000 cases, it said,
// with Ukraine …"): a pronoun there continues the speaker named before,
// as one opening the unit does.
func setOffSpeaker(text string, start, at int) bool {
	if at < start {
		return false
	}
	return afterQuote(text, start, at) || strings.HasSuffix(strings.TrimRight(text[start:at], " "), ",")
}

// group reports whether an attribution names a group that "they" can
// continue: a plural noun phrase ("Obama administration officials",
// "industry analysts"), not a pronoun or one person.
func group(s string) bool {
	last := s
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		last = s[i+1:]
	}
	last = strings.ToLower(last)
	switch last {
	case "they", "we", "us", "this", "its", "his", "has", "was", "is",
		// Things that report are no group of speakers: "Many reports
		// suggest that drivers … They tell horror stories" (the drivers).
		"reports", "studies", "documents", "records", "figures", "statistics", "surveys", "polls", "papers", "filings":
		return false
	case "police", "staff", "people":
		return true
	}
	return plural(last)
}

// jointPersons is the people a "They" opening the unit at start continues
// when the unit right before opens with two or more of them joined as its
// subject ("Lorenz and Fetter plotted …", "Smith, Jones and Lee wrote …"):
// their names (canonical where known) joined the same way, "" otherwise.
func jointPersons(text string, all []claims.Mention, start int, units []claims.Span) string {
	k := sort.Search(len(units), func(k int) bool { return units[k].Start >= start })
	if k == 0 {
		return ""
	}
	prev := units[k-1]
	ms := inside(all, prev.Start, prev.End)
	if len(ms) < 2 || ms[0].Start != prev.Start {
		return ""
	}
	var names []string
	for i, m := range ms {
		if m.Type != claims.TypePerson {
			return ""
		}
		name := m.Text
		if m.Value != "" {
			name = m.Value
		}
		names = append(names, name)
		if i+1 == len(ms) {
			break
		}
		switch gap := text[m.End:ms[i+1].Start]; gap {
		case ", ":
			continue
		case " and ", ", and ":
			// The last of the list: a verb in lower case must follow it.
			last := ms[i+1]
			if last.Type != claims.TypePerson || last.End+2 > len(text) || text[last.End] != ' ' ||
				!('a' <= text[last.End+1] && text[last.End+1] <= 'z') {
				return ""
			}
			name := last.Text
			if last.Value != "" {
				name = last.Value
			}
			return strings.Join(names, ", ") + " and " + name
		default:
			return ""
		}
	}
	return ""
}

// topicOrg is the speaker an "It" opening the unit at start, or an "it"
// speaking after a quotation (`“…,” it said`), continues: the first
// organisation the unit right before it names, "" if it names none. Only
// there: an "it" elsewhere in a sentence points at things as often as at a
// company ("As it tells the couple's story"). After a quotation (quoted)
// the organisation must open that unit, as its subject: in "Now they've
// put out another statement to the organisers of the AMAs. “…,” it says"
// it is the statement.
func topicOrg(all []claims.Mention, start int, units []claims.Span, quoted bool) string {
	k := sort.Search(len(units), func(k int) bool { return units[k].Start >= start })
	if k == 0 {
		return ""
	}
	if quoted {
		ms := inside(all, units[k-1].Start, units[k-1].End)
		if len(ms) == 0 || ms[0].Start != units[k-1].Start || ms[0].Type != claims.TypeOrg {
			return ""
		}
	}
	return firstOrg(all, units[k-1], nil)
}

// dateline reports whether m is a place in the dateline that opens the
// unit at unitStart (see datelineAt), or the agency in its parenthesis
// ("MOSCOW (AP) —"). It says where the story was filed, not what the claim
// is about.
func dateline(text string, unitStart int, m *claims.Mention) bool {
	agency := m.Type == claims.TypeOrg && m.Start > 0 && text[m.Start-1] == '(' // "MOSCOW (AP) —"
	if m.Type != claims.TypeLoc && !agency || m.Start < unitStart || m.Start-unitStart > 60 {
		return false
	}
	dash, _ := datelineAt(text, unitStart)
	return dash > 0 && m.End <= dash
}

// datelineAt returns where the dateline that opens the text at start ends
// (its dash) and where the story after it begins, both -1 when none opens
// it: "CAIRO — Gunmen opened fire", "WASHINGTON (Reuters) -", "LONDON, Dec 5
// (Reuters) -", "DUBAI, United Arab Emirates — Emirates finalized", "New
// York, NY –". A dateline opens with a word in capitals (or is a
// title-case place and its state) and runs, in capitalised words, numbers,
// commas and a parenthesis, to a dash within its first 60 bytes.
func datelineAt(text string, start int) (dash, after int) {
	if start >= len(text) || text[start] < 'A' || text[start] > 'Z' {
		return -1, -1 // the common case: no capital opens the unit
	}
	head := text[start:min(len(text), start+64)]
	if len(head) < 2 || (head[1] < 'A' || head[1] > 'Z') && strings.IndexByte(head, ',') < 0 {
		return -1, -1 // neither a word in capitals nor a place and its state ("New York, NY")
	}
	end, width := -1, 0
	// The first dash: em, en, or a hyphen between spaces (strings.Index, not
	// IndexAny, which decodes every rune of the head).
	for _, d := range [...]string{"—", "–", " - "} {
		if k := strings.Index(head, d); k >= 0 && (end < 0 || k < end) {
			end, width = k, len(d)
		}
	}
	if end <= 0 {
		return -1, -1
	}
	after = start + end + width
	for after < len(text) && text[after] == ' ' {
		after++
	}
	if titleDateline.MatchString(head[:end]) {
		return start + end, after // "New York, NY –", "San Francisco, Calif. —"
	}
	first, _, _ := strings.Cut(head, " ")
	first = strings.TrimRight(first, ",")
	if len(first) < 2 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
		return -1, -1
	}
	inParens := false
	for _, w := range strings.Fields(head[:end]) {
		if strings.HasPrefix(w, "(") {
			inParens = true
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !inParens && unicode.IsLower(r) {
			return -1, -1 // a sentence, not a dateline: "WHO said on Monday – …"
		}
		if strings.HasSuffix(w, ")") {
			inParens = false
		}
	}
	return start + end, after
}

// withoutLabel drops from a source a box's label run into it, as pages set
// them in bold before the text ("<strong>Summary</strong> Studies show
// that…" reads "Summary Studies show"): the source is "Studies".
func withoutLabel(a *claims.Span) *claims.Span {
	if a == nil {
		return nil
	}
	for _, l := range boxLabels {
		if rest, ok := strings.CutPrefix(a.Text, l+" "); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return &claims.Span{Start: a.End - len(rest), End: a.End, Text: rest}
		}
	}
	return a
}

// boxLabels head the summary and update boxes of web pages.
var boxLabels = []string{"Summary", "Bottom Line", "Bottom line", "Takeaway", "Key takeaway", "Update", "Updated",
	"Correction", "Editor's note", "Editor’s note", "Fact check", "Fact Check"}

// titleDateline is a dateline in title case: one to three capitalised
// words, a comma and a state's abbreviation ("New York, NY", "Austin,
// Texas", "San Francisco, Calif."), before the dash.
var titleDateline = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,2}, (\p{Lu}{2}|\p{Lu}\p{Ll}+\.?|\p{Lu}\.\p{Lu}\.) *$`)

// measuredPlurals are plural nouns of what is measured, not of people:
// "said prices in Spain have risen" is about Spain.
var measuredPlurals = map[string]bool{"prices": true, "sales": true, "exports": true, "imports": true, "rates": true,
	"costs": true, "profits": true, "deaths": true, "cases": true, "emissions": true, "earnings": true, "revenues": true}

// afterSubordinator reports whether the word before offset at opens a
// subordinate clause ("… were mixed after CNBC reported that the mood in
// Beijing was"): what that source reports is not what the sentence is
// about.
func afterSubordinator(ws []word, at int) bool {
	k := sort.Search(len(ws), func(k int) bool { return ws[k].start >= at }) - 1
	return k >= 0 && ws[k].punctAfter == 0 && clauseOpeners[ws[k].lower]
}

// quotedThirdPerson is the subject of a quotation that opens with "He" or
// "She", which the speaker does not say of themself: the person the
// pronoun stands for (antecedent), as a mention of the pronoun, or nil
// when that is the speaker or nobody ("“He treated the public purse as his
// own,” Ms Dunn said" is not about Ms Dunn). Any other quotation keeps
// subject, the source it fell back to.
func quotedThirdPerson(text string, first word, all []claims.Mention, unitStart int, units []claims.Span, source string, subject *claims.Mention) *claims.Mention {
	if first.lower != "he" && first.lower != "she" || first.start-unitStart > len("“") {
		return subject
	}
	name := antecedent(first.lower, text, all, unitStart, units)
	if name == "" || name == source {
		return nil
	}
	return &claims.Mention{Start: first.start, End: first.end, Type: claims.TypePerson, Text: text[first.start:first.end], Value: name}
}

// leadingAccording reports whether the attribution is an "according to"
// (or "per") phrase that opens the unit at unitStart: "According to Elon
// Musk, …", "Per the CDC, …".
func leadingAccording(text string, unitStart int, attr *claims.Span) bool {
	if attr == nil || attr.Start < unitStart || attr.Start-unitStart > len("According to ") {
		return false
	}
	lead := strings.TrimSpace(text[unitStart:attr.Start])
	return strings.EqualFold(lead, "according to") || strings.EqualFold(lead, "per")
}

// reportedSubject reports whether the mention m opens the clause the
// source's reporting verb introduces and is its subject: after the verb
// that follows the source and its description (ending at byte sourceEnd,
// -1 when there is no source), or its "that" (and "the"), before an
// auxiliary or a modal ("Johnson said the UK would", "officials say that
// China has", "Shotwell, president of SpaceX, said that Starship will").
func reportedSubject(ws []word, m *claims.Mention, sourceEnd int) bool {
	j := sort.Search(len(ws), func(j int) bool { return ws[j].start >= m.End })
	if sourceEnd < 0 || j >= len(ws) || !ws[j].is(clFiniteAux|clModal|clBe) && ws[j].lower != "has" || j > 0 && ws[j-1].punctAfter != 0 {
		return false
	}
	k := sort.Search(len(ws), func(k int) bool { return ws[k].start >= m.Start }) - 1
	if k >= 0 && ws[k].lower == "the" {
		k--
	}
	if k >= 1 && (ws[k].lower == "in" || ws[k].lower == "of") && ws[k].punctAfter == 0 {
		// The entity inside the clause's subject: "said crime in
		// Venezuela had fallen", "the economy of Japan will grow".
		h := k - 1
		for h >= 0 && k-h <= 3 && ws[h].punctAfter == 0 && !ws[h].upper && !ws[h].digit &&
			!ws[h].is(clStopword|clReporting|clAuxiliary|clModal|clNPStop) {
			h--
		}
		if head := ws[k-1].lower; h == k-1 || strings.HasSuffix(head, "s") && !measuredPlurals[head] {
			return false // "voters in the UK would leave": the voters, not the UK
		}
		k = h
		if k >= 0 && ws[k].lower == "the" {
			k--
		}
	}
	if k >= 0 && ws[k].lower == "that" {
		k--
		// A time between the verb and its "that": "claimed on Saturday that".
		if t := k; t >= 1 && ws[t].is(clTime) && ws[t].punctAfter == 0 && (ws[t-1].lower == "on" || ws[t-1].lower == "last" || ws[t-1].lower == "this") {
			k = t - 2
		}
	}
	if k < 0 || ws[k].punctAfter != 0 || !ws[k].is(clReporting) {
		return false
	}
	for k--; k >= 0 && ws[k].start >= sourceEnd; k-- {
		if !ws[k].is(clAuxiliary) {
			return false // "said on Monday that …" aside, the verb follows the source
		}
	}
	return k >= 0 && ws[k].end <= sourceEnd
}

// trailingSpeaker reports whether person m closes the unit as a speaker set
// off after what they said: a comma or a closing quotation mark before it
// (a title aside), a verb of saying after it and nothing else ("…,” Mr.
// McHugh said.").
func trailingSpeaker(text string, ws []word, m *claims.Mention) bool {
	if m.Type != claims.TypePerson || len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if last.start < m.End || !last.is(clReporting) || len(ws) > 1 && ws[len(ws)-2].end > m.End {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " ")
	for _, t := range [...]string{"Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr"} {
		if b, ok := strings.CutSuffix(before, t); ok {
			before = strings.TrimRight(b, " ")
			break
		}
	}
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\"")
}

// subject is the subject of the reported clause (reportedSubject), else the
// first person or organisation in the claim outside its attribution, else the first entity outside the description of its source
// (in "…, said Mary E. Lovely, a Syracuse University economist" the
// university is not what the claim is about) or the source itself,
// whichever comes first; not the source of a statement set before it that
// names nothing else (postposedSource).
func subject(text string, unitStart int, ms []claims.Mention, attr *claims.Span, ws []word) *claims.Mention {
	from, to := -1, -1
	if attr != nil {
		from, to = attr.Start, sourceEnd(text, ws, attr)
	}
	var first *claims.Mention
	fromSource := false       // first is a mention of the source
	var other *claims.Mention // the first entity outside the source
	if attr != nil && !afterSubordinator(ws, attr.Start) {
		// The subject of the reported clause, a place though it be:
		// "Johnson said the UK would leave the EU": the UK, whatever
		// comes before the source ("In an interview with the Financial
		// Times, Elon Musk said Tesla would").
		for i := range ms {
			if m := &ms[i]; m.IsEntity() && m.Start >= to && !listener(ws, m) && !pollster(ws, m) {
				if reportedSubject(ws, m, to) {
					s := *m
					return &s
				}
				break
			}
		}
	}
	actor := func(m *claims.Mention) bool { return m.Type == claims.TypePerson || m.Type == claims.TypeOrg }
	if attr == nil && len(ws) > 2 && ws[0].upper && ws[0].is(clOpener) {
		// A phrase in front names others before the clause's subject:
		// "From the deck of his schooner, undergoing an overhaul at
		// Fisherman’s Terminal, skipper Wade Bassi has better insight":
		// the actor set off after a comma, a verb right after it.
		for i := range ms {
			if m := &ms[i]; actor(m) && frontedSubject(ws, m) {
				s := *m
				return &s
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if !m.IsEntity() || dateline(text, unitStart, m) || pollster(ws, m) {
			continue
		}
		if m.Start < to && from < m.End || listener(ws, m) {
			if attr != nil && m.Start < attr.End && attr.Start < m.End && (first == nil || fromSource && !actor(first) && actor(m)) {
				// The source itself: "VW says the car is a preview"; its
				// company or person rather than what describes it: "Dow
				// component Home Depot reported", "Israeli Prime Minister
				// Benjamin Netanyahu said".
				first, fromSource = m, true
			}
			continue
		}
		if attr != nil && trailingSpeaker(text, ws, m) {
			continue // "…, the officials said, the utility switched …, Mr. McHugh said.": a second speaker, no subject
		}
		if other == nil {
			other = m
		}
		if first == nil || fromSource && leadingAccording(text, unitStart, attr) {
			// "According to Elon Musk, Tesla delivered 500,000 cars": the
			// clause after a source set in front is about its own entities.
			first, fromSource = m, false
		}
		if actor(m) {
			s := *m
			if p := titledPerson(text, ms, i); p != nil {
				s = *p // "Apple CEO Tim Cook visited": the person, not the company
			}
			return &s
		}
	}
	if first != nil {
		if fromSource && (postposedSource(ws, attr) || reportsClause(ws, attr)) {
			// "Unemployment fell to 3.9%, the ONS said": the statement
			// set before its source names nothing, and is about
			// unemployment, not the ONS. The source is what a statement
			// in its own words is about: "“We lost,” Heyward said". So
			// for what the source reports in a clause of its own:
			// "Pompeo said that after consultation Washington had
			// concluded" is about Washington, "A spokesman confirmed
			// the recall covers vehicles" about no one named.
			if other == nil || afterPreposition(ws, other) {
				// Nor is it about a place or name a phrase holds: "the
				// slain foreigners — from Italy, Poland".
				return nil
			}
			first, fromSource = other, false
		}
		s := *first
		if n := owned(text, ms, first); n != nil && !fromSource {
			s = *n // "Japan's Nikkei 225 declined 0.3%": the index, not the country
		}
		return &s
	}
	return nil
}

// postposedSource reports whether the source attr follows the statement
// it makes and closes the unit: set off by punctuation after at least four
// words of the statement ("…, the ONS said", "…,” Lopez said", "…, said
// Mary Lovely, an economist", "…, according to Toyota"), with nothing
// after its verb but a time or place and no clause after its name ("In
// an interview with Fox News, Kamala Harris said the administration had
// cut": a phrase in front). A statement that opens
// with a pronoun ("It will cost …, Acme's chief said") or speaks of "I" or
// "we" ("“We lost,” Heyward said") may well be about the source.
func postposedSource(ws []word, attr *claims.Span) bool {
	k := sort.Search(len(ws), func(k int) bool { return ws[k].end > attr.Start }) - 1
	if k >= 2 && ws[k].lower == "to" && ws[k-1].lower == "according" {
		k -= 2
	} else if k >= 1 && ws[k].is(clReporting) && ws[k].punctAfter == 0 {
		k-- // "…, said Mary Lovely"
	}
	if k < 3 || ws[k].punctAfter == 0 || ws[0].is(clPronoun) {
		return false
	}
	for _, w := range ws[:k+1] {
		if w.is(clFirstPerson) {
			return false
		}
	}
	v := sort.Search(len(ws), func(v int) bool { return ws[v].start >= attr.End })
	if v < len(ws) && ws[v].is(clReporting) {
		v++
		if v < len(ws) && ws[v-1].punctAfter == 0 && (!ws[v].is(clOpener) || ws[v].lower == "to" || ws[v].lower == "of") {
			// Its verb closes the unit, or a time or place after it: "…,
			// the ONS said on Tuesday"; not "Webb admitted to threatening
			// the girl", what the source did.
			return false
		}
	}
	return !clauseAfter(ws, v)
}

// frontedSubject reports whether m, an actor, is the subject of the clause
// after a phrase in front of it: a comma before it (past its title or
// role: "skipper Wade Bassi"), a finite verb right after it, and none
// before it.
func frontedSubject(ws []word, m *claims.Mention) bool {
	j := sort.Search(len(ws), func(j int) bool { return ws[j].start >= m.End })
	if j >= len(ws) || !ws[j].is(clFiniteAux|clModal|clBe) && ws[j].lower != "has" && ws[j].lower != "have" && ws[j].lower != "had" {
		return false
	}
	k := sort.Search(len(ws), func(k int) bool { return ws[k].start >= m.Start }) - 1
	for _, w := range ws[:max(k, 0)] {
		if w.is(clFiniteAux | clModal | clBe) {
			return false // the main clause began before it: "…, employees were told …, where Claure will present"
		}
	}
	for n := 0; k >= 0 && n < 2 && ws[k].punctAfter == 0 && !ws[k].upper && !ws[k].is(clStopword); n++ {
		k-- // a role before the name: "skipper", "chief executive"
	}
	return k > 0 && ws[k].punctAfter == ','
}

// titledPerson is the person named right after ms[i] and a title that
// makes ms[i] the person's team, company or country, "CEO" in "Apple CEO
// Tim Cook", "DL" in "Browns DL Sheldon Richardson", "striker" in "Chelsea
// striker Diego Costa"; nil when no person follows so. The title is one to
// three words, each capitalised or one of roleTitles, and nothing else:
// "Google hired John Smith" names two actors.
func titledPerson(text string, ms []claims.Mention, i int) *claims.Mention {
	if i+1 >= len(ms) || ms[i+1].Type != claims.TypePerson || ms[i].Type == claims.TypePerson {
		return nil
	}
	between := text[ms[i].End:ms[i+1].Start]
	ws := strings.Fields(between)
	if len(ws) == 0 || len(ws) > 3 || !strings.HasPrefix(between, " ") || !strings.HasSuffix(between, " ") {
		return nil
	}
	for _, w := range ws {
		if roleTitles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' }) {
			return nil
		}
	}
	return &ms[i+1]
}

// roleTitles are the lower-case words of a person's title after their
// team, company or country: "Chelsea striker", "Apple chief executive",
// "Brazil star".
var roleTitles = map[string]bool{"chief": true, "executive": true, "president": true, "director": true,
	"chairman": true, "chairwoman": true, "founder": true, "co-founder": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "minister": true, "secretary": true, "official": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "keeper": true, "forward": true,
	"winger": true, "coach": true, "manager": true, "captain": true, "star": true, "quarterback": true,
	"pitcher": true, "analyst": true, "economist": true}

// owned is the name right after m and its possessive ("Japan's Nikkei
// 225"), nil when none follows it there.
func owned(text string, ms []claims.Mention, m *claims.Mention) *claims.Mention {
	after, ok := strings.CutPrefix(text[m.End:], "'s ")
	if !ok {
		if after, ok = strings.CutPrefix(text[m.End:], "’s "); !ok {
			return nil
		}
	}
	at := len(text) - len(after)
	for i := range ms {
		if ms[i].Start == at && ms[i].IsEntity() {
			return &ms[i]
		}
	}
	return nil
}

// selfSubject is the subject of what an organisation says of itself: "Acme
// said (on Tuesday) (that) it paid $4 million to Google", "the company said
// its deliveries fell", "It paid $400 million to Airbus, the company said".
// The claim is about the organisation, not about Google or Airbus. It is
// the source's organisation or person mention, or, for a source that is
// "the company" or "It" standing for org, or "he" or "she" standing for
// person (resolved from the sentences before), a mention of that phrase
// whose value is the name. nil when the source is no organisation or person
// by itself ("Acme's chief executive said it") or the clause is not about
// it.
func selfSubject(text string, unitStart int, attr *claims.Span, ws []word, all []claims.Mention, org, person string) *claims.Mention {
	if attr == nil {
		return nil
	}
	var self *claims.Mention
	for _, m := range inside(all, attr.Start, attr.End) {
		if (m.Type == claims.TypeOrg || m.Type == claims.TypePerson) && wholeSource(attr.Text, m.Text) {
			self = &m
			break
		}
	}
	switch {
	case self != nil:
	case org != "":
		self = &claims.Mention{Start: attr.Start, End: attr.End, Type: claims.TypeOrg, Text: attr.Text, Value: org}
	case person != "":
		self = &claims.Mention{Start: attr.Start, End: attr.End, Type: claims.TypePerson, Text: attr.Text, Value: person}
	default:
		return nil
	}
	if self.Type == claims.TypePerson && pronounAfterVerb(ws, attr.End, selfPronounsPerson) || // "Smith said he paid …"
		self.Type == claims.TypeOrg && (attr.Start > unitStart && opensWithIt(text[unitStart:attr.Start]) ||
			pronounAfterVerb(ws, attr.End, selfPronounsOrg)) ||
		announcesObject(ws, attr.End) {
		return self
	}
	return nil
}

// announcesObject reports whether the source ending at offset end
// announces, confirms, denies or reveals a thing rather than a statement:
// the verb within three words, then a noun phrase and no verb of its own
// before the next punctuation ("The Doobie Brothers announced the 30-date
// jaunt while closing out their concert at the Ryman Auditorium", "Acme
// confirmed the sale of its plant"). What the source did is the claim, so
// the source is its subject; "announced the plant will close" reports a
// clause about the plant instead.
func announcesObject(ws []word, end int) bool {
	v := verbAfter(ws, end, func(j int) bool { return objectVerbs[ws[j].lower] })
	if v < 0 || v+1 >= len(ws) || ws[v].punctAfter != 0 || !determiners[ws[v+1].lower] {
		return false
	}
	for j := v + 1; j < len(ws) && j <= v+8; j++ {
		if ws[j].lower == "that" || ws[j].is(clAuxiliary|clBe|clModal|clFiniteAux) || j > v+2 && presentVerb(ws, j) {
			return false // a clause: "announced the plant will close", "confirmed the talks were over", "confirmed the recall covers vehicles"
		}
		if ws[j].punctAfter != 0 {
			break
		}
	}
	return true
}

// afterPreposition reports whether mention m follows a preposition or
// opens a relative clause (past "the"): "from Italy", "the border with
// Mexico", "which the United States stands ready to support".
func afterPreposition(ws []word, m *claims.Mention) bool {
	k := sort.Search(len(ws), func(k int) bool { return ws[k].start >= m.Start }) - 1
	if k > 0 && ws[k].lower == "the" && ws[k].punctAfter == 0 {
		k--
	}
	return k >= 0 && ws[k].punctAfter == 0 && (ws[k].is(clOpener) || ws[k].is(clSubordinator) && ws[k].lower != "that")
}

// verbAfterSource is the index of the verb of saying right after the source
// attr, an adverb between them aside, with no punctuation after it; -1 if
// there is none.
func verbAfterSource(ws []word, attr *claims.Span) int {
	v := sort.Search(len(ws), func(v int) bool { return ws[v].start >= attr.End })
	if v+1 < len(ws) && ws[v].is(clAdverb) && (ws[v].punctAfter == 0 || ws[v].punctAfter == ',' && v > 0 && ws[v-1].punctAfter == ',') {
		v++ // an adverb between source and verb: "Netanyahu, however, said", "Ford also said"
	}
	if v >= len(ws) || !ws[v].is(clReporting) || ws[v].punctAfter != 0 {
		return -1
	}
	return v
}

// reportsClause reports whether the source attr is followed (past an
// adverb: "however", "also") by its reporting verb and a clause of its
// own: "that" ("Ford said that"), or a noun phrase and its verb before the
// next punctuation ("A spokesman confirmed the recall covers vehicles",
// "The ministry said the deficit would fall"). The clause, not the
// source, is what the claim is about.
func reportsClause(ws []word, attr *claims.Span) bool {
	v := verbAfterSource(ws, attr)
	if v < 0 || v+2 >= len(ws) {
		return false
	}
	if ws[v+1].lower == "that" {
		return true
	}
	if !determiners[ws[v+1].lower] || ws[v+1].punctAfter != 0 {
		return false
	}
	for j := v + 2; j < len(ws) && j <= v+10; j++ {
		if ws[j].is(clAuxiliary|clBe|clModal|clFiniteAux) || j > v+2 && presentVerb(ws, j) {
			return true
		}
		if ws[j].punctAfter != 0 {
			break
		}
	}
	return false
}

// presentVerb reports whether ws[j] reads as a verb in the present after
// a singular noun: a lower-case word in -s after a lower-case word not in
// -s, with a noun phrase or a number after it ("the recall covers
// vehicles", "the album features 12 songs"); not a plural noun ending its
// phrase ("the tour dates for 2020", "the sale plans.").
func presentVerb(ws []word, j int) bool {
	w, p := ws[j], ws[j-1]
	if j+1 >= len(ws) || w.upper || w.punctAfter != 0 || p.punctAfter != 0 || p.upper || !strings.HasSuffix(w.lower, "s") ||
		strings.HasSuffix(w.lower, "ss") || strings.HasSuffix(w.lower, "us") || strings.HasSuffix(p.lower, "s") || possessiveWord(p.lower) ||
		determiners[p.lower] || p.is(clStopword|clNPStop) || w.is(clStopword|clNPStop) {
		return false
	}
	n := ws[j+1]
	return n.digit || determiners[n.lower] || !n.upper && !n.is(clStopword|clNPStop|clOpener|clSubordinator)
}

// clauseAfter reports whether a verb of its own (a reporting verb, an
// auxiliary, a form of be) or a relative word stands among ws[from:]. A
// "who" and what it says of the speaker is no such clause ("said Sen.
// Lindsey Graham, R-S.C., who chairs the Judiciary Committee"), unless it
// reports more ("who added that …").
func clauseAfter(ws []word, from int) bool {
	for k := from; k < len(ws); k++ {
		w := ws[k]
		if relativeWho(w) && k+1 < len(ws) && !ws[k+1].is(clReporting|clAuxiliary|clBe) {
			for k+1 < len(ws) && !ws[k+1].is(clReporting) && ws[k].punctAfter == 0 {
				k++ // the description runs to its punctuation
			}
			continue
		}
		if w.is(clReporting | clAuxiliary | clBe | clSubordinator) {
			return true
		}
	}
	return false
}

// objectVerbs are the reporting verbs that take a thing as well as a
// statement: "announced the tour", "denied the allegations".
var objectVerbs = map[string]bool{"announce": true, "announces": true, "announced": true, "confirm": true,
	"confirms": true, "confirmed": true, "deny": true, "denies": true, "denied": true, "reveal": true,
	"reveals": true, "revealed": true, "disclose": true, "discloses": true, "disclosed": true}

// The pronouns by which a source goes on about itself in what it reports:
// an organisation's "it" or "its" (its sales, its plant), a person's "he"
// or "she". Not "his" or "her": "he said his predecessor, Fiona Hill, …" is
// about someone else. A contraction counts as its pronoun ("says it’ll"),
// but not "it’s", as often the "it" of "it’s enough" as the source.
var (
	selfPronounsOrg    = wordSet(withCurly("it", "its", "it'll", "it'd")...)
	selfPronounsPerson = wordSet(withCurly("he", "she", "he'll", "she'll", "he's", "she's", "he'd", "she'd")...)
)

// wordSet is the set of the words given.
func wordSet(ws ...string) map[string]bool {
	set := make(map[string]bool, len(ws))
	for _, w := range ws {
		set[w] = true
	}
	return set
}

// wholeSource reports whether the organisation name is the whole source
// phrase, an article aside: "Acme", "the Pentagon".
func wholeSource(source, name string) bool {
	source, _ = withoutThe(source)
	n, _ := withoutThe(name)
	return source == name || source == n
}

// pronounAfterVerb reports whether the reported clause after a source
// ending at offset end opens with one of the pronouns: the reporting verb
// within three words, then the pronoun, or "that" and the pronoun within
// four more ("said it", "said on Tuesday that its", "confirmed in a
// statement that he").
func pronounAfterVerb(ws []word, end int, pronouns map[string]bool) bool {
	v := verbAfter(ws, end, func(j int) bool { return reports(ws, j) })
	if v < 0 || v+1 >= len(ws) || ws[v].punctAfter != 0 {
		return false
	}
	if pronouns[ws[v+1].lower] {
		return true
	}
	for j := v + 1; j+1 < len(ws) && j < v+5; j++ {
		if ws[j].lower == "that" && ws[j].punctAfter == 0 {
			if k := j + 1; k+1 < len(ws) && clauseOpeners[ws[k].lower] && ws[k].punctAfter == 0 {
				return pronouns[ws[k+1].lower] // "claims that when he flew …, he came under fire"
			}
			return pronouns[ws[j+1].lower]
		}
		if ws[j].punctAfter != 0 {
			return false
		}
	}
	return false
}

// verbAfter returns the index of the first of the three words after offset
// end (a source's end) that is the verb isVerb looks for, -1 if punctuation
// or three other words come first.
func verbAfter(ws []word, end int, isVerb func(j int) bool) int {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].start >= end })
	for j := i; j < len(ws) && j < i+3; j++ {
		if isVerb(j) {
			return j
		}
		if ws[j].punctAfter != 0 {
			return -1
		}
	}
	return -1
}

// clauseOpeners open a subordinate clause that may stand between "that" and
// the reported clause's subject.
var clauseOpeners = map[string]bool{"when": true, "while": true, "after": true, "before": true, "if": true,
	"although": true, "though": true, "since": true, "because": true, "once": true, "as": true}

// listener reports whether m is told something ("told the BBC", "tells The
// Hollywood Reporter", "in an interview with Fox News") or is where it was
// said ("said on Twitter"): part of the attribution, not what the claim is
// about.
func listener(ws []word, m *claims.Mention) bool {
	i := wordAt(ws, m.Start)
	if i > 0 && ws[i-1].lower == "the" {
		i--
	}
	if i > 1 && (ws[i-1].lower == "on" || ws[i-1].lower == "for") && ws[i-1].punctAfter == 0 && ws[i-2].punctAfter == 0 &&
		(ws[i-2].is(clReporting) || ws[i-2].lower == "posted") {
		return true // the channel: "the group said on Twitter", "as Emily Feng reports for NPR"
	}
	for k := i - 1; k > 0 && i-k <= 8 && ws[k].punctAfter == 0; k-- {
		// A second source and its description ("…, the health commission
		// said, according to Reuters", "according to Sui-Lee Wee of the
		// New York Times"), or who passed it on ("one Weibo commenter
		// said, per Feng", "Heyward said, via Brian Batko of the
		// Pittsburgh Post-Gazette").
		if ws[k].lower == "to" && ws[k-1].lower == "according" ||
			(ws[k].lower == "per" || ws[k].lower == "via") && ws[k-1].punctAfter == ',' {
			return true
		}
	}
	if i > 1 && ws[i-1].punctAfter == 0 && ws[i-2].punctAfter == 0 && (ws[i-1].lower == "with" || ws[i-1].lower == "to") {
		// Whom the source spoke to: "In an interview with Fox News",
		// "speaking to Reuters", "in a statement to CNN".
		switch ws[i-2].lower {
		case "interview", "interviews", "statement", "conversation", "podcast", "appearance", "remarks", "comments":
			return true
		case "speaking", "talking":
			// Opening the unit or after a comma, the source's: "Speaking
			// to Reuters, the minister said"; not "While speaking to
			// Blair, officers found".
			return i == 2 || ws[i-3].punctAfter == ','
		}
	}
	return i > 0 && isTell(ws[i-1].lower) && ws[i-1].punctAfter == 0
}

// pollster reports whether m asked or quoted the source rather than being
// it or what the claim is about: "analysts polled by FactSet", "economists
// surveyed by Reuters", "was quoted as saying by the Interfax news agency".
func pollster(ws []word, m *claims.Mention) bool {
	i := wordAt(ws, m.Start)
	if quotedBy(ws, i) {
		return true
	}
	if i < 2 || ws[i-1].lower != "by" || ws[i-1].punctAfter != 0 || ws[i-2].punctAfter != 0 {
		return false
	}
	switch ws[i-2].lower {
	case "polled", "surveyed", "compiled", "tracked":
		return true
	}
	return false
}

// quotedBy reports whether the word at i names who quoted or cited the
// source, a few words after "quoted" or "cited": "the Tuva government was
// quoted as saying late Thursday by the Interfax news agency".
func quotedBy(ws []word, i int) bool {
	b := i - 1
	if b > 0 && ws[b].lower == "the" {
		b--
	}
	if b < 1 || ws[b].lower != "by" || ws[b].punctAfter != 0 {
		return false
	}
	for j := b - 1; j >= 0 && j >= b-7; j-- {
		if ws[j].lower == "quoted" || ws[j].lower == "cited" {
			return true
		}
		if ws[j].punctAfter != 0 {
			return false
		}
	}
	return false
}

// compiledBy is the organisation that made the data or report a source
// names, set off right after it: "The data, compiled by Johns Hopkins
// University, show …"; "" when none is.
func compiledBy(text string, attr *claims.Span, all []claims.Mention) string {
	after, ok := strings.CutPrefix(text[attr.End:], ", ")
	if !ok {
		return ""
	}
	verb, _, _ := strings.Cut(after[:min(len(after), len("commissioned "))], " ")
	switch verb {
	case "compiled", "collected", "released", "published", "conducted", "gathered", "commissioned", "produced":
	default:
		return ""
	}
	rest, ok := strings.CutPrefix(after[len(verb):], " by ")
	if !ok {
		return ""
	}
	if org := orgAt(all, len(text)-len(rest)); org != "" {
		return org
	}
	if rest, ok := strings.CutPrefix(rest, "the "); ok {
		return orgAt(all, len(text)-len(rest)) // "compiled by the Census Bureau"
	}
	return ""
}

// orgAt is the canonical name of the organisation mentioned at offset at,
// "" if none starts there.
func orgAt(all []claims.Mention, at int) string {
	i := sort.Search(len(all), func(i int) bool { return all[i].Start >= at })
	if i < len(all) && all[i].Start == at && all[i].Type == claims.TypeOrg {
		return canonical(all[i])
	}
	return ""
}

// sourceEnd is where the description of a source ends: past an appositive
// set off by a comma after the attribution span ("Mary E. Lovely, a
// Syracuse University economist", "Matt Maley, equity strategist at Miller
// Tabak,"), else at the span's end. A clause after the comma ("…, adding
// that", "…, who") is not a description.
func sourceEnd(text string, ws []word, attr *claims.Span) int {
	last := -1
	for i, w := range ws {
		if w.start >= attr.Start && w.end <= attr.End {
			last = i
		}
	}
	if last < 0 || last+1 >= len(ws) {
		return attr.End
	}
	described := ws[last].punctAfter == ',' || ws[last].punctAfter == 0 && (ws[last+1].lower == "of" || ws[last+1].lower == "at" || ws[last+1].lower == "from")
	if end := ws[len(ws)-1].end; described && attr.Start > ws[0].start && strings.ContainsAny(text[ws[0].start:attr.Start], "\"”") &&
		!strings.ContainsAny(text[attr.End:end], "\"“”") && !clauseAfter(ws, last+1) {
		// The speaker's tag closes the unit after the quotation: all of
		// it after the name describes the speaker ("…,” said Sanjiv
		// Bhasin, Director, IIFL Securities", "…, CEO and Founder of Ceres
		// Robotics Inc.", "comments Robin Biesbroek of ESA’s CDF").
		return end
	}
	if ws[last].punctAfter != ',' {
		return attr.End
	}
	first := ws[last+1]
	describes := determiners[first.lower] || first.is(clTitle) || possessiveWord(first.lower) ||
		!first.upper && !strings.HasSuffix(first.lower, "ing") && !strings.HasSuffix(first.lower, "ly") && !first.is(clNPStop|clAuxiliary|clReporting|clSubordinator) ||
		first.upper && last+2 < len(ws) && first.punctAfter == 0 && (ws[last+2].lower == "of" || ws[last+2].lower == "at")
	if !describes && (strings.HasSuffix(first.lower, "ing") || relativeWho(first) || first.lower == "which") {
		// What the source was doing as it spoke, or a relative clause
		// about it, set off before its verb: "The minister, speaking at a
		// press conference in Berlin on Tuesday, said", "The company,
		// which is based in Seattle, said" (neither Berlin nor Seattle is
		// what the claim is about).
		for k := last + 1; k < len(ws) && k-last <= 12; k++ {
			if ws[k].punctAfter != 0 {
				describes = ws[k].punctAfter == ',' && k+1 < len(ws) && ws[k+1].is(clReporting)
				break
			}
		}
	}
	if !describes {
		return attr.End
	}
	for k := last + 1; k < len(ws) && k-last <= 12; k++ {
		if ws[k].punctAfter != 0 || k == len(ws)-1 {
			return ws[k].end
		}
	}
	return attr.End
}
