package checkworthy

// The feature extraction and scoring of the model as shipped before its
// speed-ups (git 4ef58af), kept word for word but for names: the tests check
// that featurize and Model.Raw still produce exactly what they did.

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// refShapes is the running state of the Shapes features.
type refShapes struct{ a1, a2 uint64 }

func (st *refShapes) step(k *refSink, fs FeatureSet, h uint64, abs uint64) {
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

// refSink receives hashed features: it either sums quantised model weights
// (scoring, no allocation) or collects slots (training).
type refSink struct {
	mask  uint32
	q     []int16 // scoring when non-nil
	sum   int64
	n     int      // features added
	feats []uint32 // slot | sign<<31
}

func (k *refSink) add(h uint64) {
	h = mix(h)
	idx := uint32(h) & k.mask
	neg := uint32(h >> 63)
	k.n++
	if k.q != nil {
		if neg != 0 {
			k.sum -= int64(k.q[idx])
		} else {
			k.sum += int64(k.q[idx])
		}
		return
	}
	k.feats = append(k.feats, idx|neg<<31)
}

// refLexicon maps the unigram hash of a lowercased word to its classes.
var refLexicon = func() map[uint64]uint32 {
	m := map[uint64]uint32{}
	add := func(c uint32, words ...string) {
		for _, w := range words {
			h := fnvStart(nsUni)
			for i := 0; i < len(w); i++ {
				h = fnvByte(h, w[i])
			}
			m[h] |= c
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
	return m
}()

func refCue(k *refSink, id, v uint64) {
	k.add(pair(nsCue, id, v))
}

// refFeaturize hashes the features of sentence (and the types of mentions) into k.
func refFeaturize(sentence string, mentions []claims.Mention, fs FeatureSet, k *refSink) {
	var (
		low     [maxWord + 2]byte          // '<' + lowercased word + '>'
		prevH   = fnvStart(nsUni) ^ 0x5eed // <s>
		sh      = refShapes{a1: 1, a2: 2}
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
		refSentChars(sentence, k)
	}
	s := sentence
	i := 0
	for i < len(s) {
		c := s[i]
		// Separators and symbols.
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		isWordStart := c < utf8.RuneSelf && (isAlnum(c)) || c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
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
		start := i
		n := 1 // low[0] = '<'
		low[0] = '<'
		digits, letters := 0, 0
		upperFirst := false
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				switch {
				case c >= 'a' && c <= 'z':
					letters++
				case c >= 'A' && c <= 'Z':
					if i == start {
						upperFirst = true
					}
					c += 'a' - 'A'
					letters++
				case c >= '0' && c <= '9':
					digits++
				case (c == '.' || c == ',') && digits > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
				case c == '\'' && i > start && i+1 < len(s) && isAlpha(s[i+1]):
				default:
					goto done
				}
				if n <= maxWord {
					low[n] = c
					n++
				}
				i++
				continue
			}
			r, sz := utf8.DecodeRuneInString(s[i:])
			if r == '’' && i > start && i+sz < len(s) && isAlpha(s[i+sz]) {
				if n <= maxWord {
					low[n] = '\''
					n++
				}
				i += sz
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
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
		// Unigram hash: numbers by shape (digits folded to 0).
		h := fnvStart(nsUni)
		for _, b := range word {
			if b >= '0' && b <= '9' {
				b = '0'
			}
			h = fnvByte(h, b)
		}
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
				cls = refLexicon[h]
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
					refCue(k, qMoreThan, 1)
				}
				if prevEr {
					refCue(k, qErThan, 1)
				}
			}
			if cls&cTo != 0 {
				if prevCls&cAccording != 0 {
					refCue(k, qAccordingTo, 1)
				}
				if prevCls&cGoing != 0 {
					refCue(k, qGoingTo, 1)
				}
			}
			if cls&cCent != 0 && prevCls&cPer != 0 {
				pct = true
				if prevNum {
					pctN = true
				}
			}
			if first {
				refCue(k, qFirstWord, uint64(cls)<<3|uint64(kind))
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
		refCue(k, qLen, lenBucket(nTok))
		refCue(k, qCaps, bucket(nCaps))
		refCue(k, qCapsRun, bucket(maxRun))
		refCue(k, qNums, bucket(nNums))
		if year {
			refCue(k, qYear, 1)
		}
		if pct {
			refCue(k, qPercent, 1)
		}
		if money {
			refCue(k, qMoney, 1)
		}
		if magn {
			refCue(k, qMagn, 1)
		}
		if moneyN {
			refCue(k, qMoneyNum, 1)
		}
		if pctN {
			refCue(k, qPercentNum, 1)
		}
		if quest {
			refCue(k, qQuestion, 1)
		}
		if excl {
			refCue(k, qExclaim, 1)
		}
		if quote {
			refCue(k, qQuote, 1)
		}
		if colon {
			refCue(k, qColon, 1)
		}
		refCue(k, qEdVerb, bucket(edVerb))
		if (nNums > 0 || magn || pct) && !quest {
			refCue(k, qNumNoQ, 1)
		}
		for b := 0; b < 32; b++ {
			if classN[b] > 0 {
				refCue(k, qClass, uint64(b)<<4|bucket(int(classN[b])))
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
				refCue(k, qClassPair, uint64(ba)<<8|uint64(bitIndex(b&-b)))
			}
		}
	}
	if fs&MentionTypes != 0 && len(mentions) > 0 {
		var counts [12]uint8
		for _, m := range mentions {
			counts[mentionIndex(m.Type)]++
		}
		refCue(k, qMentionAny, bucket(len(mentions)))
		for t, c := range counts {
			if c > 0 {
				k.add(pair(nsMention, uint64(t), bucket(int(c))))
				k.add(pair(nsMention, uint64(t), 99))
			}
		}
	}
}

// refSentChars hashes the character n-grams of SentChars.
func refSentChars(s string, k *refSink) {
	var win [6]byte
	n := 0
	prevSpace := true
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			c = ' '
		}
		if c == ' ' {
			if prevSpace {
				continue
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
		copy(win[:5], win[1:])
		win[5] = c
		n++
		// Hash the n-grams ending here from their last byte backwards, so
		// the 5-gram extends the 4-gram.
		g := fnvStart(nsSentChar)
		for l := 1; l <= 5 && l <= n; l++ {
			g = fnvByte(g, win[6-l])
			if l >= 4 {
				k.add(g)
			}
		}
	}
}

// refRaw is Model.Raw as it was.
func refRaw(m *Model, sentence string, mentions []claims.Mention) float64 {
	k := refSink{mask: uint32(len(m.q) - 1), q: m.q}
	refFeaturize(sentence, mentions, m.features, &k)
	z := float64(k.sum) * m.scale
	if m.rowNorm > 0 && k.n > 0 {
		z *= math.Sqrt(m.rowNorm / float64(k.n))
	}
	return z + m.bias
}
