package money

import (
	"strings"

	"golang.org/x/text/currency"
)

// Word flags: what a lower-cased word can be inside an amount.
const (
	wNum      = 1 << iota // zero..ninety: num holds the value
	wTens                 // twenty..ninety (may take a hyphenated unit)
	wHundred              // hundred
	wScale                // thousand, million, bn, lakh...: exp holds the power of ten
	wScaleAbb             // k, m, b: a scale only glued to digits in a money context
	wPlScale              // thousands, millions, ... (vague amounts)
	wA                    // a, an
	wAnd                  // and
	wHalf                 // half
	wQuarter              // quarter, quarters
	wDozen                // dozen
	wPercent              // percent, pct, percentage
	wPer                  // per (per cent)
	wCentW                // cent (per cent)
	wCur                  // first word of a currency name
	wMinus                // minus
	wOf                   // of
	wBetween              // between
	wTo                   // to, through
	wPoint                // point, points ("percentage points", "two point five")
)

// lex is a word's entry.
type lex struct {
	flags uint32
	num   uint64 // value of a number word
	exp   int    // power of ten of a scale word
}

// curName is a currency name (lower case, words joined by one space).
type curName struct {
	code  string
	sub   int  // power of ten of the unit: -2 for cents and pence
	weak  bool // also a common non-money word ("pound" is a weight): needs a scale word or a price verb
	dflt  bool // a default for a unit many currencies share ("dollar" -> USD)
	words int
}

// tables is everything the finder looks words up in; built once by New.
type tables struct {
	words   map[string]lex
	names   map[string]curName // "us dollars" -> USD
	prefix  map[string]string  // letters glued before '$': "us" -> USD, "c" -> CAD
	symbols map[rune]string    // '€' -> EUR
	mods    map[string]string  // "more than" -> MORE_THAN
	maxName int                // most words in a currency name
	// filter has a bit for each (length, first letter, second letter) of a
	// lexicon word: most words skip the map lookup.
	filter [maxWord + 1][27]uint32
}

func letterIndex(c byte) int {
	if c >= 'a' && c <= 'z' {
		return int(c-'a') + 1
	}
	return 0
}

func (t *tables) maybe(w []byte) bool {
	if len(w) == 0 || len(w) > maxWord {
		return false
	}
	second := 0
	if len(w) > 1 {
		second = letterIndex(w[1])
	}
	return t.filter[len(w)][letterIndex(w[0])]&(1<<second) != 0
}

var symbolCodes = map[rune]string{
	'$': "USD", '£': "GBP", '€': "EUR", '¥': "JPY", '₹': "INR", '₩': "KRW", '₽': "RUB", '₺': "TRY",
	'₴': "UAH", '₦': "NGN", '₱': "PHP", '₫': "VND", '₪': "ILS", '฿': "THB", '₡': "CRC", '₭': "LAK",
	'₮': "MNT", '₲': "PYG", '₵': "GHS", '₸': "KZT", '₼': "AZN", '₾': "GEL", '₿': "XXX", '₨': "INR",
	'﹩': "USD", '¢': "USD", '＄': "USD", '￡': "GBP", '￥': "JPY", '元': "CNY",
}

// dollarPrefixes are the letters written before '$' to say whose dollar (or
// peso, real) it is. ISO codes work too ("USD$", "cad$").
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD",
	"nz": "NZD", "hk": "HKD", "s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN",
	"mx": "MXN", "j": "JMD", "ec": "XCD", "bds": "BBD", "tt": "TTD", "fj": "FJD", "rd": "DOP",
}

// commonCodes may be written in lower case ("20 usd"); other ISO codes
// count only in upper case, and some upper-case codes that are also words
// in headlines ("TOP 10", "ALL 5") never count.
var commonCodes = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "rmb": true, "inr": true, "cad": true,
	"aud": true, "chf": true, "hkd": true, "sgd": true, "nzd": true, "krw": true, "brl": true,
	"mxn": true, "zar": true, "sek": true, "nok": true, "dkk": true, "pln": true,
}

var wordCodes = map[string]bool{
	"ALL": true, "AMD": true, "BOB": true, "CUP": true, "GEL": true, "MAD": true, "MOP": true,
	"PEN": true, "SOS": true, "TOP": true, "BAM": true, "XXX": true, "PHP": true,
}

// isoCode returns the ISO 4217 code s names, checked against
// golang.org/x/text/currency, or "".
func isoCode(s string, lowerOK bool) string {
	if len(s) != 3 {
		return ""
	}
	up := strings.ToUpper(s)
	if s != up && !(lowerOK && commonCodes[s]) {
		return ""
	}
	if up == "RMB" {
		return "CNY"
	}
	if wordCodes[up] || !knownCodes[up] {
		return ""
	}
	if _, err := currency.ParseISO(up); err != nil {
		return ""
	}
	return up
}

// knownCodes are the codes an amount may be written with: the circulating
// currencies of the iso-codes list and the European currencies the euro
// replaced, which older news quotes. x/text also knows dozens of other
// withdrawn codes, but those are far more often acronyms ("PES 2021").
var knownCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, nc := range isoNames {
		m[nc[1]] = true
	}
	for _, c := range []string{"DEM", "FRF", "ITL", "ESP", "NLG", "BEF", "ATS", "IEP", "PTE", "FIM", "GRD", "LUF"} {
		m[c] = true
	}
	return m
}()

// Names the ISO list lacks or spells otherwise; code "XXX" marks a unit whose
// country the name alone does not tell.
var extraNames = map[string]string{
	"dollar": "USD", "us dollar": "USD", "u s dollar": "USD", "american dollar": "USD",
	"united states dollar": "USD", "greenback": "USD", "buck": "USD", "quid": "GBP",
	"euro": "EUR", "sterling": "GBP", "pounds sterling": "GBP", "british pound": "GBP", "uk pound": "GBP",
	"pound": "GBP", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "chinese yuan": "CNY", "chinese renminbi": "CNY",
	"japanese yen": "JPY", "korean won": "KRW", "south korean won": "KRW", "won": "KRW",
	"south african rand": "ZAR", "rand": "ZAR", "rupee": "INR", "pakistani rupee": "PKR",
	"sri lankan rupee": "LKR", "nepali rupee": "NPR", "ruble": "RUB", "rouble": "RUB", "russian rouble": "RUB",
	"shekel": "ILS", "new shekel": "ILS", "israeli shekel": "ILS", "new israeli shekel": "ILS",
	"emirati dirham": "AED", "uae dirham": "AED", "taiwan dollar": "TWD", "taiwanese dollar": "TWD",
	"singaporean dollar": "SGD", "aussie dollar": "AUD", "thai baht": "THB", "vietnamese dong": "VND",
	"polish zloty": "PLN", "hungarian forint": "HUF", "czech koruna": "CZK", "czech crown": "CZK",
	"swedish crown": "SEK", "norwegian crown": "NOK", "danish crown": "DKK", "nigerian naira": "NGN",
	"ghanaian cedi": "GHS", "ukrainian hryvnia": "UAH", "indonesian rupiah": "IDR", "malaysian ringgit": "MYR",
	"peso": "XXX", "franc": "XXX", "dinar": "XXX", "krona": "XXX", "krone": "XXX", "shilling": "XXX",
	"rial": "XXX", "riyal": "XXX", "dirham": "XXX", "leu": "XXX", "manat": "XXX", "kwacha": "XXX", "colon": "XXX",
	"bitcoin": "XXX", "satoshi": "XXX", "ether": "XXX", "mark": "XXX", "german mark": "DEM",
	"deutsche mark": "DEM", "deutschmark": "DEM", "d mark": "DEM", "real": "", "sol": "", "som": "",
	"sum": "", "gold": "", "silver": "", "dram": "", "sucre": "", "convertible mark": "BAM",
}

// Sub-units: the amount is in hundredths of the code.
var subUnits = map[string]string{
	"cent": "USD", "us cent": "USD", "u s cent": "USD", "euro cent": "EUR", "penny": "USD", "pence": "GBP", "pennies": "USD",
	"paise": "INR", "paisa": "INR", "kopek": "RUB", "kopeck": "RUB",
}

// weakNames are currency names that are also everyday words.
var weakNames = map[string]bool{"pound": true, "mark": true, "won": true, "afghani": true, "guarani": true}

// reordered are ISO names that put a qualifier after the unit, as English
// text does not.
var reordered = map[string]string{
	"rial omani": "omani rial", "peso uruguayo": "uruguayan peso", "cordoba oro": "nicaraguan cordoba",
	"bolívar soberano": "venezuelan bolívar", "cfa franc beac": "central african cfa franc",
	"cfa franc bceao": "west african cfa franc", "yuan renminbi": "chinese yuan", "pound sterling": "british pound",
	"peso convertible": "convertible peso",
}

// unitSpellings are other spellings of ISO unit names.
var unitSpellings = map[string][]string{
	"rial": {"riyal"}, "riyal": {"rial"}, "sheqel": {"shekel"}, "ruble": {"rouble"}, "hryvnia": {"hryvnya"},
	"krona": {"crown"}, "krone": {"crown"}, "koruna": {"crown"}, "tugrik": {"tögrög"},
}

// adjectiveForms returns the usual adjectives of a place name in an ISO
// currency name ("Azerbaijan" -> "azerbaijani"; "Kenya" -> "kenyan"). Forms
// that are no word never occur in text and cost nothing.
func adjectiveForms(place string) []string {
	head, p := "", place
	if i := strings.LastIndexByte(place, ' '); i >= 0 {
		head, p = place[:i+1], place[i+1:]
	}
	var out []string
	for _, suf := range []string{"i", "n", "an", "ian", "ese", "ic", "ish"} {
		out = append(out, head+p+suf)
	}
	if strings.HasSuffix(p, "us") || strings.HasSuffix(p, "a") || strings.HasSuffix(p, "e") {
		out = append(out, head+strings.TrimSuffix(strings.TrimSuffix(p, "s"), "u")+"an")
	}
	if head != "" {
		out = append(out, adjectiveForms(p)...) // "El Salvador" -> "salvadoran"
	}
	return out
}

// defaultUnits are bare unit names many currencies share, read as the
// currency news in English most often means.
var defaultUnits = map[string]bool{
	"dollar": true, "pound": true, "rupee": true, "ruble": true, "rouble": true, "won": true, "cent": true,
	"penny": true, "pence": true, "pennies": true, "buck": true, "yuan": true, "paise": true, "paisa": true,
	"quid": true,
}

// abbrevCodes are abbreviations written before the amount, matched as
// written ("Rs 500", "Rs. 500", "RM100").
var abbrevCodes = map[string]string{
	"Rs": "INR", "RS": "INR", "rs": "INR", "Rp": "IDR", "RM": "MYR", "Tk": "BDT", "KSh": "KES", "Ksh": "KES",
	"Dh": "AED", "Dhs": "AED", "QR": "QAR", "SFr": "CHF", "SFR": "CHF", "Sfr": "CHF",
}

var irregularPlurals = map[string][]string{
	"lira": {"lire", "liras"}, "real": {"reais", "reals"}, "leu": {"lei"}, "lev": {"leva"},
	"krona": {"kronor", "kronur"}, "krone": {"kroner"}, "koruna": {"koruny", "korunas"}, "penny": {"pennies"},
	"sheqel": {"sheqalim", "sheqels"}, "shekel": {"shekels", "shekalim"}, "ruble": {"rubles"},
}

func pluralForms(name string) []string {
	i := strings.LastIndexByte(name, ' ')
	head, last := name[:i+1], name[i+1:]
	out := []string{name}
	if ir, ok := irregularPlurals[last]; ok {
		for _, p := range ir {
			out = append(out, head+p)
		}
		return out
	}
	if strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "sh") {
		return append(out, head+last+"es")
	}
	return append(out, head+last+"s")
}

var modPhrases = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
	"circa": "APPROX", "approx": "APPROX", "an estimated": "APPROX", "estimated": "APPROX", "nearly": "LESS_THAN",
	"almost": "LESS_THAN", "close to": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
	"below": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN", "shy of": "LESS_THAN",
	"more than": "MORE_THAN", "over": "MORE_THAN", "above": "MORE_THAN", "upwards of": "MORE_THAN",
	"in excess of": "MORE_THAN", "just over": "MORE_THAN", "greater than": "MORE_THAN", "exceeding": "MORE_THAN",
	"at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "a minimum of": "EQUAL_OR_MORE",
	"up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
	"no more than": "EQUAL_OR_LESS", "a maximum of": "EQUAL_OR_LESS", "as high as": "EQUAL_OR_LESS",
	"as many as": "EQUAL_OR_LESS",
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tensWords = []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func buildTables() *tables {
	t := &tables{
		words:   map[string]lex{},
		names:   map[string]curName{},
		prefix:  dollarPrefixes,
		symbols: symbolCodes,
		mods:    modPhrases,
	}
	add := func(w string, f uint32, num uint64, exp int) {
		e := t.words[w]
		e.flags |= f
		if f&wNum != 0 {
			e.num = num
		}
		if f&(wScale|wScaleAbb|wPlScale|wHundred) != 0 {
			e.exp = exp
		}
		t.words[w] = e
	}
	for i, w := range numberWords {
		add(w, wNum, uint64(i), 0)
	}
	for i, w := range tensWords {
		add(w, wNum|wTens, uint64(20+10*i), 0)
	}
	add("hundred", wHundred, 0, 2)
	for w, e := range map[string]int{"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mn": 6, "mln": 6,
		"bn": 9, "bln": 9, "tn": 12, "trn": 12, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7} {
		add(w, wScale, 0, e)
	}
	for w, e := range map[string]int{"k": 3, "m": 6, "b": 9, "mm": 6, "cr": 7} {
		add(w, wScaleAbb, 0, e)
	}
	for w, e := range map[string]int{"tens": 1, "hundreds": 2, "thousands": 3, "millions": 6, "billions": 9, "trillions": 12} {
		add(w, wPlScale, 0, e)
	}
	add("a", wA, 0, 0)
	add("an", wA, 0, 0)
	add("and", wAnd, 0, 0)
	add("half", wHalf, 0, 0)
	add("quarter", wQuarter, 0, 0)
	add("quarters", wQuarter, 0, 0)
	add("dozen", wDozen, 0, 0)
	for _, w := range []string{"percent", "pct", "percentage", "pc"} {
		add(w, wPercent, 0, 0)
	}
	add("per", wPer, 0, 0)
	add("cent", wCentW, 0, 0)
	add("minus", wMinus, 0, 0)
	add("of", wOf, 0, 0)
	add("between", wBetween, 0, 0)
	add("to", wTo, 0, 0)
	add("through", wTo, 0, 0)
	add("point", wPoint, 0, 0)
	add("points", wPoint, 0, 0)

	addName := func(name, code string, sub int) {
		if code == "" {
			return
		}
		for _, form := range pluralForms(name) {
			if _, ok := t.names[form]; ok {
				continue // the first (hand-written) entry wins
			}
			n := strings.Count(form, " ") + 1
			t.names[form] = curName{code: code, sub: sub, weak: weakNames[name], words: n, dflt: defaultUnits[name]}
			if n > t.maxName {
				t.maxName = n
			}
			first := form
			if i := strings.IndexByte(form, ' '); i >= 0 {
				first = form[:i]
			}
			add(first, wCur, 0, 0)
		}
	}
	for name, code := range extraNames {
		addName(name, code, 0)
	}
	// bare unit words from the ISO list: the last word of each name, kept
	// when it names one currency only (or an extraNames default decides).
	units := map[string]map[string]bool{}
	national := map[string]bool{} // units that are a whole ISO name ("naira", "baht")
	for _, nc := range isoNames {
		addName(nc[0], nc[1], 0)
		name := nc[0]
		if r, ok := reordered[name]; ok {
			name = r // "rial omani" -> "omani rial"
			addName(name, nc[1], 0)
		}
		// "Azerbaijan Manat" is written "Azerbaijani manat", "Qatari Rial"
		// "Qatari riyal": add the adjective and spelling variants
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			place, unit := name[:i], name[i+1:]
			for _, u := range append([]string{unit}, unitSpellings[unit]...) {
				for _, p := range append([]string{place}, adjectiveForms(place)...) {
					if _, ok := t.names[p+" "+u]; !ok {
						addName(p+" "+u, nc[1], 0)
					}
				}
			}
		} else {
			national[name] = true
		}
		u := name[strings.LastIndexByte(name, ' ')+1:]
		if units[u] == nil {
			units[u] = map[string]bool{}
		}
		units[u][nc[1]] = true
	}
	for u, codes := range units {
		if _, ok := extraNames[u]; ok {
			continue
		}
		if len(codes) == 1 {
			for c := range codes {
				addName(u, c, 0)
				if !national[u] {
					// "riyal" alone is Saudi only because the ISO list
					// spells the others "rial": an adjective undoes it
					for _, form := range pluralForms(u) {
						n := t.names[form]
						n.dflt = true
						t.names[form] = n
					}
				}
			}
		} else {
			addName(u, "XXX", 0)
		}
	}
	for name, code := range subUnits {
		addName(name, code, -2)
	}
	for w := range t.words {
		if len(w) > maxWord || len(w) == 0 {
			continue
		}
		second := 0
		if len(w) > 1 {
			second = letterIndex(w[1])
		}
		t.filter[len(w)][letterIndex(w[0])] |= 1 << second
	}
	return t
}
