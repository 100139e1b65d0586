package money

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// Finder finds money amounts and percentages in text. Its tables are built
// once by New and only read afterwards, so one Finder serves any number of
// goroutines.
type Finder struct {
	t    *tables
	pool sync.Pool // *[]tok scratch
}

// New returns a Finder with its tables built.
func New() *Finder {
	f := &Finder{t: buildTables()}
	f.pool.New = func() any { s := make([]tok, 0, 256); return &s }
	return f
}

// Find returns the MONEY and PERCENT mentions of text in order of position.
// Spans are UTF-8 byte offsets, text[Start:End] == Text. A MONEY value is
// "ISO amount" ("USD 5900000"), a range "USD 5000000..USD 7000000", "XXX n"
// when the currency is not known, and empty when the amount is vague
// ("billions of dollars"); a PERCENT value is the number alone. Qualifiers
// before the amount ("more than", "about") are not part of the span; they
// set Mod. A text longer than 2 GiB yields nothing.
func (f *Finder) Find(text string) []claims.Mention {
	return f.FindAppend(nil, text)
}

// FindAppend is Find appending to dst, for callers that reuse a slice.
func (f *Finder) FindAppend(dst []claims.Mention, text string) []claims.Mention {
	if len(text) > maxText {
		return dst // offsets are kept in 32 bits; no article comes near
	}
	bp := f.pool.Get().(*[]tok)
	ts, trigger := f.t.tokenize(text, (*bp)[:0])
	if trigger {
		m := matcher{t: f.t, text: text, ts: ts}
		dst = m.run(dst)
	}
	if cap(ts) <= 1<<16 { // do not keep the scratch of a huge text
		*bp = ts[:0]
	}
	f.pool.Put(bp)
	return dst
}

// maxText is the longest text Find reads: token offsets are int32.
const maxText = 1<<31 - 1

// amount is one parsed amount over tokens [a,b).
type amount struct {
	a, b     int
	val      dec
	hasNum   bool
	scaled   bool // a scale word or suffix applied
	exp      int  // the power of ten a digits scale applied (6 for "5 million")
	hi       dec  // the end of a range
	isRange  bool
	rawBig   bool // the written number is >= 1000 before scaling
	code     string
	pct      bool
	vague    bool
	weakCur  bool // currency only from a weak name
	prefixed bool // the currency came before the number
	neg      bool
	unit     string // a QUANTITY's unit symbol (units.go)
	sub      int    // the power of ten of a sub-unit after the number: -2 for "15 cents"
}

// takeUnit gives a, the bare first number of a pair or a range, the unit
// of b, the amount that ends it: its currency or percent, and its
// sub-unit ("10 to 15 cents": both in cents).
func (a *amount) takeUnit(b amount) {
	a.code, a.pct, a.weakCur = b.code, b.pct, b.weakCur
	a.val = a.val.shift(b.sub)
}

type matcher struct {
	t    *tables
	text string
	ts   []tok
}

func (m *matcher) tokText(i int) string { return m.text[m.ts[i].s:m.ts[i].e] }

// lower returns token i in lower case (ASCII), in buf when it fits.
func (m *matcher) lower(i int) string {
	s := m.tokText(i)
	for k := 0; k < len(s); k++ {
		if c := s[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func (m *matcher) word(i int) (lex, bool) {
	if i < 0 || i >= len(m.ts) || m.ts[i].kind != kWord || !m.ts[i].known {
		return lex{}, false
	}
	return m.ts[i].lx, true
}

func (m *matcher) is(i int, flag uint32) bool {
	e, ok := m.word(i)
	return ok && e.flags&flag != 0
}

func (m *matcher) kind(i int) uint8 {
	if i < 0 || i >= len(m.ts) {
		return 0
	}
	return m.ts[i].kind
}

// glued reports whether token i follows token i-1 with no space.
func (m *matcher) glued(i int) bool { return i < len(m.ts) && i > 0 && !m.ts[i].sp }

func (m *matcher) run(out []claims.Mention) []claims.Mention {
	for i := 0; i < len(m.ts); {
		a, ok := m.amountAt(i)
		if !ok {
			i++
			continue
		}
		mt := m.mention(a)
		// a stray continuation byte after an amount (invalid UTF-8) would
		// make the span split a sequence: such an amount is dropped
		if (mt.End >= len(m.text) || utf8.RuneStart(m.text[mt.End])) && utf8.RuneStart(m.text[mt.Start]) {
			out = append(out, mt)
		}
		i = a.b
	}
	return out
}

// amountAt parses an amount (or range of amounts) starting at token i.
func (m *matcher) amountAt(i int) (amount, bool) {
	if i >= len(m.ts) {
		return amount{}, false
	}
	t := m.ts[i]
	switch t.kind {
	case kNum, kSym:
	case kWord:
		// number words, or a short code or prefix right before a number,
		// symbol or "." ("USD 5", "US$", "Rs. 5")
		if !(t.known && t.lx.flags&(wNum|wHundred|wScale|wPlScale|wA|wHalf|wQuarter|wDozen|wCur) != 0) {
			nk := m.kind(i + 1)
			if t.e-t.s > 5 || (nk != kNum && nk != kSym && nk != kDot) {
				return amount{}, false
			}
		}
	default:
		return amount{}, false
	}
	if t.kind == kWord && t.known && t.lx.flags&wPlScale != 0 {
		if a, ok := m.vague(i); ok {
			return a, true
		}
	}
	a, ok := m.single(i)
	if !ok {
		return amount{}, false
	}
	if r, ok := m.rangeAfter(a); ok {
		a = r
	}
	if a.code == "" && !a.pct {
		if sym, end, ok := m.unitAt(a.b); ok {
			a.unit, a.b = sym, end // "12.1 million square kilometres", "1.55C"
		}
	}
	if a.code == "" && !a.pct && a.unit == "" {
		// "eight and fourteen percent", "5 or 6 dollars", and a change of
		// level "from 40 to 45 per cent": the unit of the second amount
		// is the first's too
		if !m.is(a.b, wAnd) && !(m.kind(a.b) == kWord && m.lower(a.b) == "or") && !(m.is(a.b, wTo) && m.levelChange(a)) || m.yearLike(a.a) {
			return amount{}, false // not "in 2008 and 5% in 2009"
		}
		b, ok := m.single(a.b + 1) // not amountAt: no chains, no recursion
		if ok {
			if r, ok := m.rangeAfter(b); ok {
				b = r
			}
		}
		if !ok || b.prefixed || (b.code == "" && !b.pct) {
			return amount{}, false
		}
		a.takeUnit(b) // "10 or 15 cents": both in cents
		if !a.scaled && b.exp > 0 && !a.rawBig && a.val.less(b.val.shift(-b.exp)) {
			a.val, a.scaled = a.val.shift(b.exp), true
		}
		if b.weakCur && !b.scaled && !a.scaled {
			return amount{}, false
		}
		a.scaled = a.scaled || b.scaled
	}
	if a.weakCur && !a.scaled && !m.moneyVerbBefore(i) {
		return amount{}, false
	}
	// a sign glued before the amount, or "minus"
	if i > 0 && m.kind(i-1) == kHyph && !m.ts[i].sp && (i == 1 || m.ts[i-1].sp || m.kind(i-2) == kPunct) && m.kind(i-2) != kNum {
		a.a, a.neg = i-1, true
	} else if m.is(i-1, wMinus) && !(i >= 3 && m.lower(i-2) == "or" && m.lower(i-3) == "plus") {
		// "plus or minus 2%" is a margin, not a negative amount.
		a.a, a.neg = i-1, true
	}
	return a, true
}

// single parses one amount: [currency] number [scale] [currency|percent].
func (m *matcher) single(i int) (amount, bool) {
	if i >= len(m.ts) {
		return amount{}, false
	}
	a := amount{a: i}
	j := i
	if code, extra, k, ok := m.prefixCur(i); ok {
		a.code, a.prefixed = code, true
		n, k2, ok := m.number(k, true)
		if !ok {
			return amount{}, false
		}
		a.val, a.hasNum = n.val, true
		a.scaled, a.rawBig, a.exp = n.scaled, n.rawBig, n.exp
		if extra != 0 {
			a.val, a.scaled = a.val.shift(extra), true
		}
		a.b = k2
		if _, pct := m.percentAt(k2); pct {
			return amount{}, false // "the euro 1.5 percent higher": a percentage
		}
		// "USD 5 million" takes its scale after the number; a currency
		// repeated after it ("$5 million dollars") stays outside the span.
		return a, true
	}
	n, k, ok := m.number(j, false)
	if !ok {
		return amount{}, false
	}
	a.val, a.hasNum, a.scaled, a.rawBig, a.exp, a.b = n.val, true, n.scaled, n.rawBig, n.exp, k
	if k2, ok := m.percentAt(k); ok {
		a.pct, a.b = true, k2
		return a, true
	}
	if s, ok := m.suffixCur(k, n.scaled); ok {
		if s.words > 0 && k == i+1 && m.yearLike(i) && i > 0 && m.kind(i-1) == kWord && m.lower(i-1) == "in" {
			return amount{}, false // "in 2016 dollars" names a price level
		}
		a.code, a.b = s.code, s.end
		a.weakCur = s.weak
		if s.sub != 0 {
			a.val, a.sub = a.val.shift(s.sub), s.sub
		}
		if s.exp != 0 {
			a.val, a.scaled, a.exp = a.val.shift(s.exp), true, a.exp+s.exp
		}
		if s.sub == 0 && !s.symbol && !n.scaled && s.exp == 0 {
			if c, e, ok := m.cents(a.b); ok {
				a.val, a.b = a.val.add(c), e
			}
		}
		return a, true
	}
	// a number alone: may still open a range whose end names the unit
	return a, true
}

type num struct {
	val    dec
	scaled bool
	rawBig bool
	exp    int
}

// number parses digits or number words at i, with scale words or a glued
// scale suffix; money says a currency is already known (so "5m" is a scale).
func (m *matcher) number(i int, money bool) (num, int, bool) {
	if i >= len(m.ts) {
		return num{}, i, false
	}
	t := m.ts[i]
	var n num
	j := i
	switch {
	case t.kind == kNum:
		d, ok := parseDigits(m.tokText(i))
		if !ok {
			return num{}, i, false
		}
		n.val = d
		n.rawBig = !d.less(dec{coef: 1000})
		j = i + 1
		if f, k, ok := m.fraction(i); ok && d.exp == 0 {
			n.val, j = f, k // "3/4"
		} else if f, k, ok := m.fraction(j); ok && d.exp == 0 && !m.glued(j) {
			n.val, j = d.add(f), k // "15 3/8"
		}
		// glued suffix: 5m, 3bn, 10k; glued other letters (5th, 10am) end it
		if m.kind(j) == kWord && m.glued(j) {
			e, ok := m.word(j)
			switch {
			case ok && e.flags&wScale != 0:
				n.val, n.scaled, n.exp = n.val.shift(e.exp), true, n.exp+e.exp
				j++
			case ok && e.flags&wScaleAbb != 0 && (money || m.suffixAfter(j+1)):
				n.val, n.scaled, n.exp = n.val.shift(e.exp), true, n.exp+e.exp
				j++
			case ok && e.flags&(wPercent|wCur|wCentW) != 0:
			case isoCode(m.tokText(j), true) != "" || m.mCode(j) != "":
			case !money && m.isUnit(j):
				// a unit glued to the number: "1.55C", "5km"
			case !money && m.tokText(j) == "p" && penceNumber(m.tokText(i)):
				// pence: "50p", "142.5p" (suffixCur reads it)
			case money && m.tokText(j) == "p":
				// "£12.50p": a pence sign after pounds adds nothing; the
				// amount ends before it
			default:
				return num{}, i, false
			}
		}
		// glued hyphen then scale word: $5-million
		if m.kind(j) == kHyph && m.glued(j) && m.glued(j+1) && m.is(j+1, wScale) {
			j++
		}
		// "Rs 10,000 cr": crore abbreviated, spaced, after a currency
		for m.is(j, wScale|wHundred) || money && m.is(j, wScaleAbb) && m.lower(j) == "cr" {
			e, _ := m.word(j)
			n.val, n.scaled, n.exp = n.val.shift(e.exp), true, n.exp+e.exp
			j++
		}
		return n, j, true
	case t.kind == kWord && t.known:
		return m.words(i)
	}
	return num{}, i, false
}

// fraction reads a proper fraction with a finite decimal expansion, "3/8",
// from token i.
func (m *matcher) fraction(i int) (dec, int, bool) {
	if m.kind(i) != kNum || m.kind(i+1) != kPunct || m.tokText(i+1) != "/" || !m.glued(i+1) ||
		m.kind(i+2) != kNum || !m.glued(i+2) || (m.kind(i+3) == kPunct && m.tokText(i+3) == "/") {
		return dec{}, i, false
	}
	a, ok1 := parseDigits(m.tokText(i))
	b, ok2 := parseDigits(m.tokText(i + 2))
	if !ok1 || !ok2 || a.exp != 0 || b.exp != 0 || b.coef == 0 || a.coef >= b.coef || b.coef > 1000 {
		return dec{}, i, false
	}
	// a/b = a * (10^k / b) / 10^k when b = 2^x 5^y
	q := b.coef
	k := 0
	for q%10 == 0 {
		q /= 10
		k++
	}
	mult := uint64(1)
	for q%2 == 0 {
		q /= 2
		mult *= 5
		k++
	}
	for q%5 == 0 {
		q /= 5
		mult *= 2
		k++
	}
	if q != 1 {
		return dec{}, i, false
	}
	return dec{coef: a.coef * mult, exp: -k}, i + 3, true
}

// yearLike reports whether token i is a four-digit year, 1800-2199.
func (m *matcher) yearLike(i int) bool {
	s := m.tokText(i)
	return m.kind(i) == kNum && len(s) == 4 && (s[:2] == "18" || s[:2] == "19" || s[:2] == "20" || s[:2] == "21")
}

// suffixAfter reports whether a currency code or name follows at i ("5m
// EUR", "120m euros", "5m pounds"), which makes an ambiguous glued suffix a
// scale: "5m" alone may be metres.
func (m *matcher) suffixAfter(i int) bool {
	if m.kind(i) != kWord {
		return false
	}
	if isoCode(m.tokText(i), true) != "" {
		return true
	}
	s, ok := m.nameAt(i)
	return ok && s.sub == 0
}

// digitWord reports whether token i is a number word below ten.
func (m *matcher) digitWord(i int) bool {
	e, ok := m.word(i)
	return ok && e.flags&wNum != 0 && e.num < 10
}

// maxNumberWords bounds a run of number words, so that text made of
// nothing else costs linear time.
const maxNumberWords = 16

// words parses number words: "five", "forty-five", "a hundred", "one and a
// half billion", "three quarters", "half a".
func (m *matcher) words(i int) (num, int, bool) {
	var total, cur dec
	any := false
	scaled := false
	lastExp := 0 // the power of the last scale word ("thirty thousand": 3)
	j := i
	lastUnit := false // last token was a number below 100 (no more units may follow)
	lastTens := false
	for j < len(m.ts) && j-i < maxNumberWords {
		e, ok := m.word(j)
		if !ok {
			// hyphen inside "forty-five"
			if m.kind(j) == kHyph && lastTens && m.glued(j) && m.glued(j+1) && m.is(j+1, wNum) {
				if e2, _ := m.word(j + 1); e2.num < 10 && e2.num > 0 {
					j++
					continue
				}
			}
			break
		}
		f := e.flags
		switch {
		case f&wNum != 0:
			if lastUnit && !(lastTens && e.num < 10 && e.num > 0) {
				goto done
			}
			cur = cur.add(decInt(e.num))
			lastTens = f&wTens != 0 && !lastUnit
			lastUnit = true
			any = true
		case f&wHundred != 0:
			if cur.isZero() {
				if !any {
					goto done
				}
				cur = decInt(1)
			}
			cur = cur.mul(decInt(100))
			lastUnit, lastTens = false, false
			any = true
		case f&wScale != 0 && e.exp >= 3:
			if cur.isZero() {
				if !any {
					goto done
				}
				cur = decInt(1)
			}
			total = total.add(cur.shift(e.exp))
			cur = dec{}
			scaled = true
			lastExp = e.exp
			lastUnit, lastTens = false, false
		case f&wDozen != 0:
			if cur.isZero() {
				cur = decInt(1)
			}
			cur = cur.mul(decInt(12))
			any = true
			lastUnit, lastTens = false, false
		case f&wA != 0:
			// "a hundred", "a million", "a half", "a quarter", and "half a"
			nx, ok := m.word(j + 1)
			if !ok || nx.flags&(wHundred|wScale|wDozen|wHalf|wQuarter) == 0 || (nx.flags&wScale != 0 && nx.exp < 3) {
				goto done
			}
			if nx.flags&(wHalf|wQuarter) == 0 {
				if any {
					goto done
				}
				cur = decInt(1)
				any = true
			}
		case f&wAnd != 0:
			// "hundred and five", "one and a half"
			if !any {
				goto done
			}
			nx, ok := m.word(j + 1)
			if !ok {
				goto done
			}
			if nx.flags&wA != 0 {
				if n2, ok := m.word(j + 2); !ok || n2.flags&wHalf == 0 {
					goto done
				}
			} else if nx.flags&wNum == 0 || lastUnit {
				goto done
			}
		case f&wHalf != 0:
			if !any {
				// "half a million", "half a percent"; a bare "half" is no number
				if !m.is(j+1, wA) {
					goto done
				}
				cur = dec{coef: 5, exp: -1}
				any = true
				lastUnit, lastTens = true, false
				j += 2
				continue
			}
			cur = cur.add(dec{coef: 5, exp: -1})
			any = true
			lastUnit = true
			lastTens = false
		case f&wPoint != 0:
			// "two point five": decimal digits, one word each
			if !any || !m.digitWord(j+1) {
				goto done
			}
			frac, exp := dec{}, 0
			for m.digitWord(j+1) && exp > -18 {
				e2, _ := m.word(j + 1)
				exp--
				frac = frac.add(dec{coef: e2.num, exp: exp})
				j++
			}
			cur = cur.add(frac)
			lastUnit, lastTens = true, false
		case f&wQuarter != 0:
			// "quarter of a": "a quarter of a percentage point", "three
			// quarters of a percent", "a quarter of a million"
			ofA := m.is(j+1, wOf) && m.is(j+2, wA) && m.is(j+3, wScale|wHundred|wPercent)
			if !any && !m.is(j+1, wScale|wHundred) && !ofA && !(m.is(j-1, wA) && m.is(j+1, wPercent)) {
				goto done // "the quarter", but "quarter million", "a quarter percentage point"
			}
			if cur.isZero() {
				cur = dec{coef: 25, exp: -2}
			} else {
				cur = cur.mul(dec{coef: 25, exp: -2})
			}
			any = true
			lastUnit, lastTens = true, false
			if ofA {
				j += 3
				continue
			}
		default:
			goto done
		}
		j++
	}
done:
	if !any {
		return num{}, i, false
	}
	// do not end on a dangling "a"/"and"
	for j > i && (m.is(j-1, wAnd) || (m.is(j-1, wA) && !m.is(j-2, wHalf) && !m.is(j-2, wOf))) {
		j--
	}
	v := total.add(cur)
	n := num{val: v, scaled: scaled}
	if cur.isZero() {
		n.exp = lastExp // ends on its scale word, which a range start may share
	}
	return n, j, true
}

// prefixCur reads a currency written before the number: a symbol, "US$",
// "c $", "GB £", an ISO code ("USD 5", "MAUD 60"), "Rs", or a singular
// currency name directly before digits ("dollar 22.5 million"). It returns
// the code, an extra power of ten (6 for "MEUR"), and where the number starts.
func (m *matcher) prefixCur(i int) (string, int, int, bool) {
	t := m.ts[i]
	switch t.kind {
	case kSym:
		if t.code == "" || m.tokText(i) == "¢" {
			return "", 0, i, false
		}
		// the country after the sign, as Australian and New Zealand
		// papers write it: "$US10 million", "$A3 billion", "$NZ50"
		if m.tokText(i) == "$" && m.kind(i+1) == kWord && m.glued(i+1) && m.numStarts(i+2) {
			if w := m.tokText(i + 1); strings.ToUpper(w) == w {
				if code, ok := m.t.prefix[m.lower(i+1)]; ok {
					return code, 0, i + 2, true
				}
			}
		}
		if m.numStarts(i + 1) {
			return t.code, 0, i + 1, true
		}
		return "", 0, i, false
	case kWord:
		nk := m.kind(i + 1)
		if nk != kSym && nk != kNum && nk != kDot {
			return "", 0, i, false
		}
		if m.tokText(i) == "R" && nk == kNum && m.glued(i+1) && !m.glued(i) && (m.is(i+2, wScale) || strings.IndexByte(m.tokText(i+1), ',') >= 0) {
			// the South African rand: "R2 million", "R1,500", "R3.5bn";
			// a bare "R2" is as often a name (R2-D2, the R2 road)
			return "ZAR", 0, i + 1, true
		}
		if code, ok := abbrevCodes[m.tokText(i)]; ok && t.e-t.s <= 3 {
			if nk == kNum {
				return code, 0, i + 1, true
			}
			if nk == kDot && m.glued(i+1) && m.kind(i+2) == kNum {
				return code, 0, i + 2, true // "Rs. 500"
			}
		}
		if nk != kSym && nk != kNum {
			return "", 0, i, false
		}
		w := m.lower(i)
		if nk == kSym {
			sym := m.tokText(i + 1)
			glued := m.glued(i + 1)
			if sym == "$" && m.numStarts(i+2) {
				if code, ok := m.t.prefix[w]; ok && (glued || len(w) > 1 || w == "c") {
					return code, 0, i + 2, true
				}
				if code := isoCode(m.tokText(i), true); code != "" {
					return code, 0, i + 2, true
				}
			}
			if (sym == "£" || sym == "#") && (w == "gb" || w == "uk") && m.numStarts(i+2) {
				return "GBP", 0, i + 2, true
			}
			return "", 0, i, false
		}
		if m.kind(i+1) != kNum {
			return "", 0, i, false
		}
		if code := isoCode(m.tokText(i), true); code != "" {
			return code, 0, i + 1, true
		}
		if code := m.mCode(i); code != "" {
			return code, 6, i + 1, true
		}
		// a singular name before the number is rare and easily something
		// else ("Euro 2016"): only with a decimal or a scale after it
		if c, ok := m.t.names[w]; ok && t.known && !c.weak && c.sub == 0 && c.words == 1 && m.ts[i+1].sp &&
			!strings.HasSuffix(w, "s") && (strings.IndexByte(m.tokText(i+1), '.') >= 0 || m.is(i+2, wScale)) {
			return c.code, 0, i + 1, true
		}
	}
	return "", 0, i, false
}

// numStarts reports whether a number (digits or number words) starts at i.
func (m *matcher) numStarts(i int) bool {
	k := m.kind(i)
	return k == kNum || (k == kWord && m.is(i, wNum|wA|wHalf|wQuarter))
}

// mCode reads "MEUR", "MAUD": an ISO code in millions.
func (m *matcher) mCode(i int) string {
	s := m.tokText(i)
	if len(s) != 4 || (s[0] != 'M' && s[0] != 'm') || strings.ToUpper(s[1:]) != s[1:] {
		return ""
	}
	return isoCode(s[1:], false)
}

type suffix struct {
	code   string
	sub    int // -2 for cents
	exp    int // scale after the code: "75 USD million", "120 MEUR"
	end    int
	weak   bool
	words  int  // words of a currency name (0 for codes and symbols)
	symbol bool // a symbol after the number ("10 €")
	dflt   bool // the code is a default for a name many currencies share
}

// fillerWords may stand between an amount and its currency name.
var fillerWords = map[string]bool{"taxpayer": true, "taxpayers": true, "extra": true, "more": true,
	"additional": true, "public": true, "federal": true, "fake": true, "counterfeit": true, "real": true,
	"nominal": true, "constant": true, "current": true}

// adjective reports whether word i looks like an adjective of nationality:
// capitalised, or ending as most of them do (-an, -ese, -ish, -i, -ch).
func (m *matcher) adjective(i int) bool {
	w := m.tokText(i)
	if len(w) < 3 {
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// grandEnds reports whether token i can follow "grand" as money: the end,
// punctuation, or a word that does not make "grand" an adjective ("5
// grand for", "50 grand a year").
func (m *matcher) grandEnds(i int) bool {
	if i >= len(m.ts) || m.kind(i) != kWord {
		return true
	}
	switch m.lower(i) {
	case "a", "an", "for", "in", "on", "to", "from", "and", "or", "per", "each", "apiece", "of", "at", "than", "cash", "worth", "plus", "if", "but", "so", "when", "that", "which", "just", "last", "this", "every":
		return true
	}
	return false
}

// suffixCur reads a currency after the number: a code, a symbol not glued
// to a following number, or a currency name of up to four words, possibly
// after one capitalised adjective it does not know ("Pakistani rupees").
func (m *matcher) suffixCur(i int, scaled bool) (suffix, bool) {
	if i >= len(m.ts) {
		return suffix{}, false
	}
	t := m.ts[i]
	switch t.kind {
	case kSym:
		if t.code == "" || (m.kind(i+1) == kNum && m.glued(i+1)) {
			return suffix{}, false
		}
		if m.tokText(i) == "¢" {
			return suffix{code: "USD", sub: -2, end: i + 1, symbol: true}, true
		}
		return suffix{code: t.code, end: i + 1, symbol: true}, true
	case kHyph:
		// "12-cent", "one-yen"
		if m.glued(i) && m.glued(i+1) && m.kind(i+1) == kWord {
			if s, ok := m.nameAt(i + 1); ok {
				return s, true
			}
		}
		return suffix{}, false
	case kWord:
		if code := isoCode(m.tokText(i), true); code != "" {
			s := suffix{code: code, end: i + 1}
			for m.is(s.end, wScale) && !scaled {
				e, _ := m.word(s.end)
				s.exp += e.exp
				s.end++
			}
			return s, true
		}
		if code := m.mCode(i); code != "" {
			return suffix{code: code, exp: 6, end: i + 1}, true
		}
		if m.tokText(i) == "p" && m.glued(i) && !scaled && i > 0 && m.kind(i-1) == kNum && penceNumber(m.tokText(i-1)) &&
			!(m.kind(i+1) == kDot && m.glued(i+1) && i+2 < len(m.ts) && m.lower(i+2) == "m") &&
			!(i+1 < len(m.ts) && m.kind(i+1) == kWord && timeZones[m.lower(i+1)]) {
			// pence: "50p an hour", "a 5p charge" (not "1080p", a screen's
			// lines, nor "5p.m." or "5p ET", times)
			return suffix{code: "GBP", sub: -2, end: i + 1}, true
		}
		if m.tokText(i) == "grand" && !scaled && i > 0 && (m.kind(i-1) == kNum || m.kind(i-1) == kWord) && m.grandEnds(i+1) {
			// slang for a thousand of the local money: "5 grand",
			// "fifty grand a year" (not "two grand slams", "a grand
			// jury"); dollars in New York, pounds in London, so the
			// currency is unknown, as a bare "francs" is
			return suffix{code: "XXX", exp: 3, end: i + 1}, true
		}
		if s, ok := m.nameAt(i); ok {
			return s, true
		}
		// one unknown adjective of nationality before a currency name
		// ("Fijian dollars"): the name's own code when it names one
		// currency, else unknown; a default ("dollar" is USD) does not hold
		// once the writer says whose it is
		if fillerWords[m.lower(i)] {
			// "5 billion taxpayer dollars", "20 extra euros"
			if s, ok := m.nameAt(i + 1); ok {
				return s, true
			}
		}
		if (!t.known || t.lx.flags&^wCur == 0) && m.adjective(i) {
			if s, ok := m.nameAt(i + 1); ok && s.words == 1 {
				if s.dflt {
					s.code = "XXX"
				}
				s.weak = false
				return s, true
			}
		}
	}
	return suffix{}, false
}

// penceNumber reports whether a number glued to "p" reads as pence: "5p",
// "142p", "61.3p" and "7,450p" (British share prices are quoted in pence),
// but not a video resolution ("720p", "1080p", "2160p"), which is always one
// of a few whole numbers.
func penceNumber(num string) bool {
	return len(num) <= 2 || !videoLines[num]
}

// videoLines are the line counts of video formats, written before a "p"
// (progressive scan): "1080p".
var videoLines = map[string]bool{"144": true, "240": true, "360": true, "480": true, "540": true, "576": true,
	"720": true, "1080": true, "1440": true, "2160": true, "4320": true}

// timeZones are the zones written after a clock time: "5p ET".
var timeZones = map[string]bool{"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true,
	"mt": true, "mst": true, "mdt": true, "pt": true, "pst": true, "pdt": true, "gmt": true, "bst": true,
	"cet": true, "cest": true, "utc": true}

// nameAt matches the longest currency name starting at word i.
func (m *matcher) nameAt(i int) (suffix, bool) {
	if !m.is(i, wCur) {
		return suffix{}, false
	}
	var buf [64]byte
	key := buf[:0]
	best := suffix{}
	found := false
	words := 0
	for j := i; j < len(m.ts) && words < m.t.maxName; j++ {
		k := m.kind(j)
		if k == kDot && m.glued(j) && j > i && m.ts[j-1].e-m.ts[j-1].s == 1 {
			continue // "U.S."
		}
		if k != kWord {
			break
		}
		if words > 0 {
			key = append(key, ' ')
		}
		for p := m.ts[j].s; p < m.ts[j].e; p++ {
			c := m.text[p]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		words++
		if c, ok := m.t.names[string(key)]; ok {
			best = suffix{code: c.code, sub: c.sub, end: j + 1, weak: c.weak && words == 1, words: words, dflt: c.dflt}
			found = true
		}
	}
	return best, found
}

// percentAt reads "%", "percent", "per cent", "pct", "percentage point(s)".
func (m *matcher) percentAt(i int) (int, bool) {
	if m.kind(i) == kHyph && m.glued(i) && m.glued(i+1) && m.is(i+1, wPercent) {
		i++
	}
	switch {
	case m.kind(i) == kPct:
		return i + 1, true
	case m.is(i, wPercent):
		w := m.lower(i)
		if w == "pc" && !m.glued(i) {
			return i, false
		}
		if w == "percentage" {
			if m.is(i+1, wPoint) {
				return i + 2, true
			}
			return i, false
		}
		if m.is(i+1, wPoint) {
			return i + 2, true
		}
		return i + 1, true
	case m.is(i, wPer) && m.is(i+1, wCentW):
		return i + 2, true
	}
	return i, false
}

// cents reads the hundredths after a whole amount: "and forty-five cents",
// "15 dollars 50", "17 USD 25".
func (m *matcher) cents(i int) (dec, int, bool) {
	j := i
	if m.is(j, wAnd) {
		j++
	}
	n, k, ok := m.number(j, false)
	if !ok || n.scaled || n.val.exp < 0 || !n.val.less(decInt(100)) || n.val.isZero() {
		return dec{}, i, false
	}
	if s, ok := m.nameAt(k); ok && s.sub == -2 {
		return n.val.shift(-2), s.end, true
	}
	if j != i {
		return dec{}, i, false // "and 50" needs "cents"
	}
	switch m.kind(k) {
	case 0, kPunct, kDot:
		return n.val.shift(-2), k, true
	case kWord:
		switch m.lower(k) {
		case "more", "less", "only", "each", "apiece":
			return n.val.shift(-2), k, true
		}
	}
	return dec{}, i, false
}

// rangeAfter extends a to a range: "$5 million to $7 million", "$5-7
// million", "15-20%", "between $12 million and $20 million".
func (m *matcher) rangeAfter(a amount) (amount, bool) {
	j := a.b
	switch {
	case m.kind(j) == kHyph:
	case m.is(j, wTo) && !m.levelChange(a):
	case m.is(j, wAnd) && m.is(a.a-1, wBetween):
	default:
		return a, false
	}
	b, ok := m.single(j + 1)
	if !ok || !b.hasNum {
		return a, false
	}
	if a.pct != b.pct && (a.code != "" || !b.pct) {
		return a, false
	}
	if a.code == "" && !a.pct {
		if b.code == "" && !b.pct {
			return a, false
		}
		a.takeUnit(b) // "10 to 15 cents": both in cents
		if b.weakCur && !b.scaled {
			return a, false
		}
	}
	if b.code == "" && !b.pct {
		// a bare end needs a scale or a glued dash: "$5-7", "$5 to 7 million"
		if !b.scaled && !(m.kind(j) == kHyph && m.glued(j+1)) {
			return a, false
		}
		b.code = a.code
	}
	if a.code != b.code {
		return a, false
	}
	// "$5-7 million": the scale of the end applies to the start
	if !a.scaled && b.exp > 0 && !a.rawBig && a.val.less(b.val.shift(-b.exp)) {
		a.val = a.val.shift(b.exp) // but "fifty to a thousand dollars" is 50..1000
	}
	if !a.val.less(b.val) {
		return a, false
	}
	a.b, a.hi, a.isRange = b.b, b.val, true
	if b.weakCur && !b.scaled {
		return a, false
	}
	return a, true
}

// changeWords before an amount make a following "to" a change of level
// ("from $5 to $7", "fell $2 to $77", "will rise 20p to £2.60"), not a
// range.
var changeWords = map[string]bool{"from": true, "up": true, "down": true,
	"rose": true, "rise": true, "rises": true, "rising": true, "risen": true,
	"fell": true, "fall": true, "falls": true, "falling": true, "fallen": true,
	"gained": true, "gain": true, "gains": true, "lost": true, "lose": true, "loses": true,
	"dropped": true, "drop": true, "drops": true, "climbed": true, "climb": true, "climbs": true,
	"jumped": true, "jump": true, "jumps": true, "slipped": true, "slip": true, "slips": true,
	"declined": true, "decline": true, "declines": true, "increased": true, "increase": true,
	"increases": true, "decreased": true, "decrease": true, "decreases": true,
	"raised": true, "cut": true, "cuts": true, "slashed": true, "lowered": true,
	"added": true, "shed": true, "sank": true, "tumbled": true, "plunged": true, "surged": true,
	"soared": true, "eased": true, "edged": true, "advanced": true, "slid": true, "grew": true}

// levelChange reports whether a "to" after a is a change of level rather
// than the middle of a range. After "from" it always is; after a verb of
// change only when the first amount names its own unit: "rose $2 to $80",
// "fell 5% to 230p", but "will rise 2 to 3 percent" is a range.
func (m *matcher) levelChange(a amount) bool {
	w, ok := m.changeBefore(a.a)
	return ok && (w == "from" || a.code != "" || a.pct)
}

// changeBefore returns the change word before token i, skipping
// qualifiers ("rose by about $2").
func (m *matcher) changeBefore(i int) (string, bool) {
	k := i - 1
	for k >= 0 && k >= i-4 && m.kind(k) == kWord && qualifierWords[m.lower(k)] {
		k--
	}
	if k >= 0 && m.kind(k) == kWord && changeWords[m.lower(k)] {
		return m.lower(k), true
	}
	return "", false
}

// moneyVerbs before an amount say it is a price, so a name that is also a
// weight or a verb ("pounds", "won") is the currency.
var moneyVerbs = map[string]bool{"cost": true, "costs": true, "costing": true, "paid": true, "pay": true,
	"pays": true, "paying": true, "worth": true, "priced": true, "fined": true, "earn": true, "earns": true,
	"earned": true, "earning": true, "charge": true, "charged": true, "charges": true, "spend": true,
	"spent": true, "spends": true, "salary": true, "wage": true, "fee": true, "fine": true, "price": true,
	"raised": true, "donated": true, "owes": true, "owed": true, "borrowed": true, "lent": true}

func (m *matcher) moneyVerbBefore(i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 && m.kind(k) == kWord && (qualifierWords[m.lower(k)] || m.is(k, wA)) {
		k--
	}
	return k >= 0 && m.kind(k) == kWord && moneyVerbs[m.lower(k)]
}

var qualifierWords = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true,
	"some": true, "nearly": true, "almost": true, "just": true, "over": true, "under": true, "more": true,
	"less": true, "than": true, "an": true, "estimated": true, "by": true}

// vague reads "billions of dollars", "hundreds of millions of euros".
func (m *matcher) vague(i int) (amount, bool) {
	j := i
	for m.is(j, wPlScale) && m.is(j+1, wOf) && j-i < 8 {
		j += 2
	}
	if j == i {
		return amount{}, false
	}
	s, ok := m.nameAt(j)
	if !ok || s.sub != 0 {
		return amount{}, false
	}
	return amount{a: i, b: s.end, code: s.code, vague: true, scaled: true}, true
}

// mention turns a into a Mention, with the qualifier before it as Mod.
func (m *matcher) mention(a amount) claims.Mention {
	s, e := int(m.ts[a.a].s), int(m.ts[a.b-1].e)
	mt := claims.Mention{Start: s, End: e, Text: m.text[s:e], Type: claims.TypeMoney}
	lo, hi := a.val, a.hi
	lo.neg = a.neg // the sign belongs to the first amount: "-5 to 3 %"
	switch {
	case a.pct:
		mt.Type = claims.TypePercent
		mt.Value = lo.String()
		if a.isRange {
			mt.Value += ".." + hi.String()
		}
	case a.unit != "":
		mt.Type = claims.TypeQuantity
		if lo.bad || (a.isRange && hi.bad) {
			break
		}
		mt.Value = lo.String() + " " + a.unit
		if a.isRange {
			mt.Value += ".." + hi.String() + " " + a.unit
		}
	case a.vague:
		mt.Mod = "APPROX"
	default:
		if lo.bad || (a.isRange && hi.bad) {
			break
		}
		mt.Value = a.code + " " + lo.String()
		if a.isRange {
			mt.Value += ".." + a.code + " " + hi.String()
		}
	}
	if mt.Mod == "" {
		mt.Mod = m.modBefore(a.a)
	}
	return mt
}

// modBefore looks for "more than", "about", ... right before token i.
func (m *matcher) modBefore(i int) string {
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		ok := true
		var buf [40]byte
		key := buf[:0]
		for j := i - n; j < i; j++ {
			if m.kind(j) != kWord || m.ts[j].e-m.ts[j].s > 13 {
				ok = false
				break
			}
			if j > i-n {
				key = append(key, ' ')
			}
			key = appendLower(key, m.tokText(j))
		}
		if !ok {
			continue
		}
		if mod, found := m.t.mods[string(key)]; found {
			return mod
		}
	}
	return ""
}

// appendLower appends s lower-cased (ASCII letters) to b.
func appendLower(b []byte, s string) []byte {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// parseDigits reads "1,015", "8.50", "10000".
func parseDigits(s string) (dec, bool) {
	var d dec
	frac := false
	groupDots := strings.Count(s, ".") > 1 // "1.000.000
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf { // a grouping space
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size - 1
			continue
		}
		switch {
		case c == ',':
			if len(s)-i-1 < 3 { // decimal comma ("8,26")
				frac = true
			}
			continue
		case c == '.':
			frac = frac || !groupDots
			continue
		case c < '0' || c > '9':
			return dec{}, false
		}
		if d.coef > (1<<64-1-9)/10 {
			return dec{}, false
		}
		d.coef = d.coef*10 + uint64(c-'0')
		if frac {
			d.exp--
		}
	}
	return d, true
}
