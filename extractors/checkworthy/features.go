package checkworthy

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// FeatureSet selects feature groups. The zero value means AllFeatures.
type FeatureSet uint32

const (
	// WordUnigrams: lowercased words; numbers reduced to their digit shape.
	WordUnigrams FeatureSet = 1 << iota
	// WordBigrams: pairs of adjacent lowercased words, with sentence-boundary markers.
	WordBigrams
	// CharNgrams: character 3-, 4- and 5-grams inside each lowercased word
	// padded with boundary marks, digits folded to 0. Not in AllFeatures:
	// SentChars did better in cross-validation.
	CharNgrams
	// Cues: numbers, percent and money patterns, capitalised names, tense and
	// modal cues, comparatives, reporting verbs, pronouns, question and
	// exclamation marks, opinion words, length buckets.
	Cues
	// MentionTypes: presence and count of each type of the mentions passed to Score.
	MentionTypes
	// Shapes: word trigrams, and bigrams over abstracted tokens where numbers
	// become # and capitalised words (not sentence-initial) become C, so
	// "Senator Sanders voted" also yields "C C voted" and "C voted".
	Shapes
	// SentChars: character 4- and 5-grams over the whole sentence,
	// lowercased, digits folded to 0, white space collapsed to one space, so
	// n-grams also span word boundaries ("e 0 p" in "rose 5 percent"). Only
	// two lengths: every n-gram is a weight fetched from memory, and 3- to
	// 6-grams (+0.7 F1 on ClaimBuster) cost twice the time.
	SentChars
	// PlainWords: the plain bag of words of the baseline, as scikit-learn's
	// CountVectorizer defaults make it (approximately): lowercased word tokens
	// of two or more characters, numbers as they are, no symbols.
	PlainWords

	// AllFeatures is every group.
	AllFeatures = WordUnigrams | WordBigrams | SentChars | Cues | MentionTypes | Shapes
	// BagOfWords is the plain baseline's feature set.
	BagOfWords = PlainWords
)

func (fs FeatureSet) orAll() FeatureSet {
	if fs == 0 {
		return AllFeatures
	}
	return fs
}

// Namespaces keep feature groups apart in the hash space.
const (
	nsUni uint64 = iota + 1
	nsBi
	nsChar
	nsCue
	nsMention
	nsTri
	nsShapeBi
	nsSentChar
	nsPlain
)

// Abstract tokens for Shapes.
const (
	absNum  = 0x23 // #
	absCap  = 0x43 // C
	absMark = 0x100
)

// shapes is the running state of the Shapes features.
type shapes struct{ a1, a2 uint64 }

func (st *shapes) step(k *sink, fs FeatureSet, h uint64, abs uint64) {
	a := h
	if abs != 0 {
		a = abs | absMark
	}
	if fs&Shapes != 0 {
		k.add(pair(nsTri, pair(nsTri, st.a2, st.a1), a))
		if a&^0x1ff == 0 || st.a1&^0x1ff == 0 {
			k.add(pair(nsShapeBi, st.a1, a))
		}
	}
	st.a2, st.a1 = st.a1, a
}

// FNV-1a, 64 bit.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func fnvStart(ns uint64) uint64 { return fnvByte(fnvOffset, byte(ns)) }

// mix is murmur3's 64-bit finaliser: spreads FNV's weak low bits before the
// hash is cut down to a slot and a sign.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func pair(ns, a, b uint64) uint64 { return (a*31+b)*0x9e3779b97f4a7c15 + ns }

// sink receives hashed features: it either sums quantised model weights
// (scoring, no allocation) or collects slots (training).
type sink struct {
	mask  uint32
	q     []int16 // scoring when non-nil
	sum   int64
	n     int      // features added
	feats []uint32 // training: slot | sign<<31

	// add only queues a feature's hash; flush turns the queue into slots
	// and, when scoring, sums their weights in one tight loop. add stays
	// small enough to be inlined, and with the hashing out of the way the
	// processor has many weight fetches in flight at once: the weight
	// table is larger than a core's cache, and the other extractors evict
	// it between sentences.
	queue  [256]uint64
	queued int
}

func (k *sink) add(h uint64) {
	if k.queued == len(k.queue) {
		k.flush()
	}
	k.queue[k.queued] = h
	k.queued++
}

// flush handles the queued features. featurize flushes before it returns.
func (k *sink) flush() {
	hs := k.queue[:k.queued]
	k.queued = 0
	k.n += len(hs)
	mask := k.mask
	if k.q == nil {
		for _, h := range hs {
			h = mix(h)
			k.feats = append(k.feats, uint32(h)&mask|uint32(h>>63)<<31)
		}
		return
	}
	q := k.q
	var sum int64
	for _, h := range hs {
		h = mix(h)
		// The sign without a branch: half the features are negative, at
		// random, and a mispredicted branch would stall the fetches.
		neg := int64(h) >> 63 // 0 or -1
		sum += (int64(q[uint32(h)&mask]) ^ neg) - neg
	}
	k.sum += sum
}

// Word classes for cue features.
const (
	cReport    uint32 = 1 << iota // said, according, reported ...
	cFuture                       // will, 'll, shall
	cCond                         // would, could, should, might, may
	cPast                         // was, were, had, did
	cPresent                      // is, are, has
	cCompar                       // more, less, fewer, higher ...
	cChange                       // increase, cut, doubled, rose ...
	cSuper                        // most, largest, record ...
	cFirstSg                      // i, me, my
	cFirstPl                      // we, us, our
	cSecond                       // you, your
	cOpinion                      // think, believe, feel, great ...
	cMoneyW                       // dollars, budget, tax, cost ...
	cMagn                         // million, billion, trillion, thousand
	cPercentW                     // percent
	cNumW                         // one .. ten, dozen, half, twice
	cTimeW                        // year, years, month, since, today ...
	cThank                        // thank, thanks, applause, welcome
	cNeg                          // not, never, no, n't
	cThan                         // than
	cTo                           // to
	cAccording                    // according
	cGoing                        // going
	cPer                          // per
	cCent                         // cent
)

// classTable maps the unigram hash of a lowercased word to its classes: an
// open-addressing table with linear probing, a quarter to half full (a Go
// map costs a sentence of scoring several times as much). A bit a slot says
// which are used, so that most words not listed are told so by 128 bytes
// that stay in the cache while the other extractors run. Built once, never
// written after.
type classTable struct {
	used  [classSlots / 64]uint64 // bit i%64 of used[i/64]: slot i holds a word
	slots [classSlots]struct {
		key uint64
		cls uint32 // 0 marks an empty slot: a listed word has a class
	}
}

const classSlots = 1 << 10

func (t *classTable) home(h uint64) uint32 { return uint32((h * 0x9e3779b97f4a7c15) >> 54) }

// get returns the classes of the word with hash h, 0 if it is not listed.
func (t *classTable) get(h uint64) uint32 {
	i := t.home(h)
	if t.used[i/64]&(1<<(i%64)) == 0 {
		return 0 // probing would stop at once
	}
	for ; ; i = (i + 1) & (classSlots - 1) {
		if sl := &t.slots[i]; sl.cls == 0 || sl.key == h {
			return sl.cls
		}
	}
}

func (t *classTable) or(h uint64, c uint32) {
	for i := t.home(h); ; i = (i + 1) & (classSlots - 1) {
		if sl := &t.slots[i]; sl.cls == 0 || sl.key == h {
			sl.key = h
			sl.cls |= c
			t.used[i/64] |= 1 << (i % 64)
			return
		}
	}
}

// lexicon maps the unigram hash of a lowercased word to its classes.
var lexicon = func() *classTable {
	m := new(classTable)
	n := 0
	add := func(c uint32, words ...string) {
		for _, w := range words {
			h := fnvStart(nsUni)
			for i := 0; i < len(w); i++ {
				h = fnvByte(h, w[i])
			}
			if m.get(h) == 0 {
				n++
			}
			m.or(h, c)
		}
	}
	add(cReport, "said", "says", "say", "told", "tells", "reported", "reports", "reporting", "according",
		"announced", "claimed", "claims", "stated", "states", "confirmed", "denied", "argued", "insisted",
		"warned", "estimated", "estimates", "showed", "shows", "show", "found", "revealed", "testified",
		"acknowledged", "admitted", "noted", "wrote", "added", "declared", "alleged", "accused", "suggested",
		"indicated", "disclosed", "data", "records", "study", "studies", "survey", "poll", "report",
		"statistics", "figures", "analysis", "census")
	add(cFuture, "will", "'ll", "shall", "won't")
	add(cCond, "would", "could", "should", "might", "may", "must", "can", "wouldn't", "couldn't",
		"shouldn't", "can't", "cannot")
	add(cPast, "was", "were", "had", "did", "been", "wasn't", "weren't", "didn't", "hadn't", "ago", "last")
	add(cPresent, "is", "are", "has", "have", "does", "isn't", "aren't", "hasn't", "doesn't")
	add(cCompar, "more", "less", "fewer", "higher", "lower", "larger", "smaller", "greater", "bigger",
		"better", "worse", "faster", "slower", "than", "over", "under", "above", "below", "almost", "nearly",
		"about", "approximately", "roughly", "only", "least")
	add(cChange, "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases",
		"rise", "rose", "risen", "rising", "fell", "fall", "fallen", "falling", "drop", "dropped", "cut",
		"cuts", "doubled", "tripled", "grew", "grown", "growth", "declined", "decline", "reduced", "raised",
		"raise", "lost", "gained", "created", "spent", "spending", "paid", "voted", "passed", "signed",
		"vetoed", "killed", "deficit", "debt", "unemployment", "jobs", "inflation")
	add(cSuper, "most", "largest", "biggest", "highest", "lowest", "smallest", "worst", "best", "record",
		"first", "every", "all", "never", "ever", "only")
	add(cFirstSg, "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll")
	add(cFirstPl, "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll")
	add(cSecond, "you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll")
	add(cOpinion, "think", "believe", "feel", "hope", "want", "wish", "love", "like", "great", "wonderful",
		"terrible", "horrible", "disaster", "beautiful", "amazing", "sad", "bad", "good", "okay", "ok",
		"really", "very", "frankly", "honestly", "maybe", "perhaps", "probably", "should", "need", "needs",
		"let", "let's", "going", "gonna", "please", "tremendous", "incredible", "fantastic", "believe",
		"agree", "disagree", "right", "wrong", "well", "yes", "oh", "important", "proud")
	add(cMoneyW, "dollars", "dollar", "budget", "tax", "taxes", "cost", "costs", "spend", "money", "funding",
		"pay", "paid", "income", "revenue", "revenues", "trade", "wage", "wages", "salary", "price", "prices")
	add(cMagn, "million", "millions", "billion", "billions", "trillion", "trillions", "thousand",
		"thousands", "hundred", "hundreds")
	add(cPercentW, "percent", "percentage", "%")
	add(cNumW, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "half", "twice", "double",
		"triple", "quarter", "third", "majority", "number")
	add(cTimeW, "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
		"since", "today", "yesterday", "now", "january", "february", "march", "april", "june", "july",
		"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "century", "annually", "daily")
	add(cThank, "thank", "thanks", "applause", "welcome", "laughter", "congratulations", "crosstalk",
		"goodnight", "evening", "morning", "ladies", "gentlemen", "question", "answer", "minutes",
		"seconds", "moderator")
	add(cNeg, "not", "no", "never", "n't", "nothing", "nobody", "none", "neither", "nor")
	add(cThan, "than")
	add(cTo, "to")
	add(cAccording, "according")
	add(cGoing, "going")
	add(cPer, "per")
	add(cCent, "cent")
	if n > classSlots/2 {
		panic("checkworthy: lexicon table over half full; double its size")
	}
	return m
}()

// Cue feature identifiers: each cue is hashed as (nsCue, id, bucket).
const (
	qLen = iota + 1
	qCaps
	qCapsRun
	qNums
	qYear
	qPercent
	qMoney
	qMagn
	qMoneyNum
	qPercentNum
	qQuestion
	qExclaim
	qQuote
	qColon
	qClass // + bucket = class bit index, value count bucket
	qClassPair
	qMoreThan
	qAccordingTo
	qGoingTo
	qErThan
	qEdVerb
	qNumNoQ
	qFirstWord
	qMentionAny
)

func cue(k *sink, id, v uint64) {
	k.add(pair(nsCue, id, v))
}

func bucket(n int) uint64 {
	switch {
	case n <= 0:
		return 0
	case n == 1:
		return 1
	case n == 2:
		return 2
	case n <= 4:
		return 3
	default:
		return 4
	}
}

func lenBucket(n int) uint64 {
	switch {
	case n <= 3:
		return 0
	case n <= 6:
		return 1
	case n <= 10:
		return 2
	case n <= 15:
		return 3
	case n <= 20:
		return 4
	case n <= 30:
		return 5
	case n <= 45:
		return 6
	default:
		return 7
	}
}

const maxWord = 32 // longer words are hashed on their first maxWord bytes

// tokenKind classifies a token.
const (
	tWord = iota
	tNum
)

// featurize hashes the features of sentence (and the types of mentions) into k.
func featurize(sentence string, mentions []claims.Mention, fs FeatureSet, k *sink) {
	var (
		low     [maxWord + 2]byte          // '<' + lowercased word + '>'
		prevH   = fnvStart(nsUni) ^ 0x5eed // <s>
		sh      = shapes{a1: 1, a2: 2}
		prevCls uint32
		prevEr  bool
		nTok    int
		nCaps   int
		capRun  int
		maxRun  int
		nNums   int
		year    bool
		pct     bool
		money   bool
		magn    bool
		moneyN  bool
		pctN    bool
		prevNum bool
		prevCur bool
		quest   bool
		excl    bool
		quote   bool
		colon   bool
		edVerb  int
		classN  [32]uint8
		seen    uint32
		first   = true
	)
	if fs&SentChars != 0 {
		sentChars(sentence, k)
	}
	s := sentence
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' {
			i++ // the commonest separator, and no token
			continue
		}
		// Separators and symbols.
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		isWordStart := c < utf8.RuneSelf && (isAlnum(c)) || c >= utf8.RuneSelf && isLetterOrDigit(r)
		if !isWordStart {
			i += size
			var sym byte
			switch r {
			case '$', '€', '£', '¥':
				sym = '$'
				money = true
			case '%':
				sym = '%'
				pct = true
				if prevNum {
					pctN = true
				}
			case '?':
				quest = true
			case '!':
				excl = true
			case '"', '“', '”':
				quote = true
			case ':':
				colon = true
			}
			if sym != 0 {
				// A symbol is a token of its own for unigrams and bigrams.
				h := fnvByte(fnvStart(nsUni), sym)
				if fs&WordUnigrams != 0 {
					k.add(h)
				}
				if fs&WordBigrams != 0 {
					k.add(pair(nsBi, prevH, h))
				}
				prevH = h
				sh.step(k, fs, h, 0)
				prevCur = sym == '$'
				prevNum = false
				prevCls = 0
				nTok++
				if sym == '%' {
					classN[bitIndex(cPercentW)]++
					seen |= cPercentW
				}
			}
			continue
		}
		// A word: letters, digits, inner apostrophes, inner '.' or ',' between digits.
		// low gets its first maxWord bytes lower-cased; h, their unigram
		// hash, numbers by shape (digits folded to 0), hashed as they come.
		start := i
		n := 1 // low[0] = '<'
		low[0] = '<'
		h := fnvStart(nsUni)
		digits, letters := 0, 0
		upperFirst := false
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				hc := c
				switch {
				case c >= 'a' && c <= 'z':
					letters++
				case c >= 'A' && c <= 'Z':
					if i == start {
						upperFirst = true
					}
					c += 'a' - 'A'
					hc = c
					letters++
				case c >= '0' && c <= '9':
					digits++
					hc = '0'
				case (c == '.' || c == ',') && digits > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
				case c == '\'' && i > start && i+1 < len(s) && isAlpha(s[i+1]):
				default:
					goto done
				}
				if n <= maxWord {
					low[n] = c
					n++
					h = fnvByte(h, hc)
				}
				i++
				continue
			}
			r, sz := utf8.DecodeRuneInString(s[i:])
			if r == '’' && i > start && i+sz < len(s) && isAlpha(s[i+sz]) {
				if n <= maxWord {
					low[n] = '\''
					n++
					h = fnvByte(h, '\'')
				}
				i += sz
				continue
			}
			if !isLetterOrDigit(r) {
				break
			}
			if i == start && unicode.IsUpper(r) {
				upperFirst = true
			}
			letters++
			for j := 0; j < sz; j++ {
				if n <= maxWord {
					low[n] = s[i+j]
					n++
					h = fnvByte(h, s[i+j])
				}
			}
			i += sz
		}
	done:
		word := low[1:n]
		kind := tWord
		if digits > 0 && letters == 0 {
			kind = tNum
		}
		nTok++
		if fs&WordUnigrams != 0 {
			k.add(h)
		}
		if fs&PlainWords != 0 && len(word) >= 2 {
			ph := fnvStart(nsPlain)
			for _, b := range word {
				ph = fnvByte(ph, b)
			}
			k.add(ph)
		}
		if fs&WordBigrams != 0 {
			k.add(pair(nsBi, prevH, h))
		}
		if fs&CharNgrams != 0 {
			low[n] = '>'
			w := low[:n+1]
			for a := 0; a+3 <= len(w); a++ {
				g := fnvStart(nsChar)
				for b := a; b < len(w) && b < a+5; b++ {
					ch := w[b]
					if ch >= '0' && ch <= '9' {
						ch = '0'
					}
					g = fnvByte(g, ch)
					if b-a >= 2 {
						k.add(g)
					}
				}
			}
		}
		prevH = h
		switch {
		case kind == tNum:
			sh.step(k, fs, h, absNum)
		case upperFirst && !first:
			sh.step(k, fs, h, absCap)
		default:
			sh.step(k, fs, h, 0)
		}
		var cls uint32
		if fs&Cues != 0 {
			if kind == tWord {
				cls = lexicon.get(h)
			}
			if cls != 0 {
				for c := cls; c != 0; c &= c - 1 {
					classN[bitIndex(c&-c)]++
				}
				seen |= cls
			}
			switch kind {
			case tNum:
				nNums++
				if digits == 4 && len(word) == 4 && (word[0] == '1' && word[1] == '9' || word[0] == '2' && word[1] == '0') {
					year = true
				}
				if prevCur {
					moneyN = true
				}
			default:
				if upperFirst {
					if !first {
						nCaps++
					}
					capRun++
					if capRun > maxRun {
						maxRun = capRun
					}
				} else {
					capRun = 0
				}
				if len(word) > 4 && word[len(word)-2] == 'e' && word[len(word)-1] == 'd' {
					edVerb++
				}
			}
			if cls&cMagn != 0 {
				magn = true
				if prevNum || prevCur {
					moneyN = true
				}
			}
			if cls&cPercentW != 0 {
				pct = true
				if prevNum {
					pctN = true
				}
			}
			if cls&cMoneyW != 0 && prevNum {
				moneyN = true
			}
			if cls&cThan != 0 {
				if prevCls&cCompar != 0 {
					cue(k, qMoreThan, 1)
				}
				if prevEr {
					cue(k, qErThan, 1)
				}
			}
			if cls&cTo != 0 {
				if prevCls&cAccording != 0 {
					cue(k, qAccordingTo, 1)
				}
				if prevCls&cGoing != 0 {
					cue(k, qGoingTo, 1)
				}
			}
			if cls&cCent != 0 && prevCls&cPer != 0 {
				pct = true
				if prevNum {
					pctN = true
				}
			}
			if first {
				cue(k, qFirstWord, uint64(cls)<<3|uint64(kind))
			}
			prevEr = kind == tWord && len(word) > 3 && word[len(word)-2] == 'e' && word[len(word)-1] == 'r'
		}
		prevCls = cls
		prevNum = kind == tNum || cls&(cNumW|cMagn) != 0
		prevCur = false
		first = false
	}
	if fs&WordBigrams != 0 && nTok > 0 {
		k.add(pair(nsBi, prevH, fnvStart(nsUni)^0xe0d)) // </s>
	}
	if fs&Cues != 0 {
		cue(k, qLen, lenBucket(nTok))
		cue(k, qCaps, bucket(nCaps))
		cue(k, qCapsRun, bucket(maxRun))
		cue(k, qNums, bucket(nNums))
		if year {
			cue(k, qYear, 1)
		}
		if pct {
			cue(k, qPercent, 1)
		}
		if money {
			cue(k, qMoney, 1)
		}
		if magn {
			cue(k, qMagn, 1)
		}
		if moneyN {
			cue(k, qMoneyNum, 1)
		}
		if pctN {
			cue(k, qPercentNum, 1)
		}
		if quest {
			cue(k, qQuestion, 1)
		}
		if excl {
			cue(k, qExclaim, 1)
		}
		if quote {
			cue(k, qQuote, 1)
		}
		if colon {
			cue(k, qColon, 1)
		}
		cue(k, qEdVerb, bucket(edVerb))
		if (nNums > 0 || magn || pct) && !quest {
			cue(k, qNumNoQ, 1)
		}
		for b := 0; b < 32; b++ {
			if classN[b] > 0 {
				cue(k, qClass, uint64(b)<<4|bucket(int(classN[b])))
			}
		}
		// Pairs of classes present: e.g. past tense with a number, first
		// person with opinion.
		const pairCls = cReport | cFuture | cCond | cPast | cPresent | cCompar | cChange | cSuper |
			cFirstSg | cFirstPl | cSecond | cOpinion | cMoneyW | cMagn | cPercentW | cNumW | cTimeW | cNeg
		ps := seen & pairCls
		if nNums > 0 {
			ps |= 1 << 31
		}
		if nCaps > 0 {
			ps |= 1 << 30
		}
		if quest {
			ps |= 1 << 29
		}
		for a := ps; a != 0; a &= a - 1 {
			ba := bitIndex(a & -a)
			for b := a & (a - 1); b != 0; b &= b - 1 {
				cue(k, qClassPair, uint64(ba)<<8|uint64(bitIndex(b&-b)))
			}
		}
	}
	if fs&MentionTypes != 0 && len(mentions) > 0 {
		var counts [12]uint8
		for _, m := range mentions {
			counts[mentionIndex(m.Type)]++
		}
		cue(k, qMentionAny, bucket(len(mentions)))
		for t, c := range counts {
			if c > 0 {
				k.add(pair(nsMention, uint64(t), bucket(int(c))))
				k.add(pair(nsMention, uint64(t), 99))
			}
		}
	}
	k.flush()
}

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), answered
// at once for General Punctuation (U+2000 to U+206F: dashes, curly quotes,
// ellipses, common in news text), which holds neither, instead of by a
// search of the Unicode tables.
func isLetterOrDigit(r rune) bool {
	if 0x2000 <= r && r <= 0x206F {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

func bitIndex(b uint32) int { return bits.TrailingZeros32(b) }

func mentionIndex(t string) int {
	switch t {
	case claims.TypeMoney:
		return 1
	case claims.TypePercent:
		return 2
	case claims.TypeQuantity:
		return 3
	case claims.TypeDate:
		return 4
	case claims.TypeTime:
		return 5
	case claims.TypeDuration:
		return 6
	case claims.TypeSet:
		return 7
	case claims.TypePerson:
		return 8
	case claims.TypeOrg:
		return 9
	case claims.TypeLoc:
		return 10
	case claims.TypeMisc:
		return 11
	}
	return 0
}

// sentCharOf maps a byte to its form in SentChars: capitals lower-cased,
// digits folded to 0, white space to a space.
var sentCharOf = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = '0'
	}
	t['\t'], t['\n'], t['\r'] = ' ', ' ', ' '
	return t
}()

// sentChars hashes the character n-grams of SentChars.
func sentChars(s string, k *sink) {
	// win holds the last normalised bytes, the newest in its low byte; it
	// starts as a space, so that leading white space is skipped. An n-gram
	// is hashed from its last byte backwards, so the 5-gram extends the
	// 4-gram.
	var win uint64 = ' '
	start := fnvStart(nsSentChar)
	n := 0 // bytes in the window
	// The text goes in pieces of half the queue's length (a byte adds at
	// most two n-grams) written straight into the queue, flushed between
	// pieces: no call inside the loop over bytes.
	q := &k.queue
	for i := 0; i <= len(s); {
		if k.queued > 0 {
			k.flush()
		}
		m := 0
		for end := min(len(s)+1, i+len(q)/2); i < end; i++ {
			var c byte = ' '
			if i < len(s) {
				c = sentCharOf[s[i]]
			}
			if c == ' ' && byte(win) == ' ' {
				continue // white space collapses to one space
			}
			win = win<<8 | uint64(c)
			n++
			if n >= 4 {
				g := fnvByte(fnvByte(fnvByte(fnvByte(start, c), byte(win>>8)), byte(win>>16)), byte(win>>24))
				q[m] = g
				m++
				if n >= 5 {
					q[m] = fnvByte(g, byte(win>>32))
					m++
				}
			}
		}
		k.queued = m
	}
}
