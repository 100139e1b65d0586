package segment

// Kind says what sort of token a Token is.
type Kind uint8

// Token kinds.
const (
	Word     Kind = iota // letters, possibly with digits, hyphens, inner periods or apostrophes
	Number               // starts with a digit: 42, 1,000.50, 3.5, 5th, 10:30, 9/11
	Punct                // punctuation: . , ; : ! ? ( ) [ ] - — and bullets
	Quote                // quotation marks, straight or curly, and `` ''
	Ellipsis             // ..., …, . . . and longer runs
	Symbol               // $ % & # + € £ and other symbols
	URL                  // http(s)://..., www....
	Email                // name@example.com
	Clitic               // 's 're 've 'll 'd 'm n't split from their host
)

var kindNames = [...]string{"Word", "Number", "Punct", "Quote", "Ellipsis", "Symbol", "URL", "Email", "Clitic"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Flags carry facts about a token's context that a tagger can use.
type Flags uint8

// Token flags.
const (
	SpaceBefore   Flags = 1 << iota // whitespace precedes the token
	NewlineBefore                   // a line break precedes the token, or it is the first token
	ParaBefore                      // a blank line precedes the token
	Abbrev                          // the token ends in a period that belongs to an abbreviation or initial (see Token)
	CamelSplit                      // the token was cut from a camel-case run-together at its start
	Open                            // opening quote or bracket
	Close                           // closing quote or bracket
)

// Token is one token: the half-open byte span [Start, End) of Doc.Text.
//
// An abbreviation that ends a sentence ("in the U.S.", "on Aug.") keeps its
// period, which then also serves as the sentence's full stop, as in the
// Penn Treebank: a tagger whose mention ends on such a token (flag Abbrev,
// last of its sentence) may drop that byte when its gold leaves the period
// out.
type Token struct {
	Start, End int
	Kind       Kind
	Flags      Flags
}

// Sentence is one sentence: its byte span [Start, End) of Doc.Text, trimmed
// of surrounding space, and the index range [First, Last) of its tokens.
type Sentence struct {
	Start, End  int
	First, Last int
}

// Doc is a segmented text.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence

	// lang caches the language judgement of Text (see Doc.English), so
	// that the entity rules and the claim rules read it once between them.
	lang language
}

// language is a cached judgement of a text's language; the zero value is
// "not judged yet".
type language uint8

const (
	langJudged  language = 1 << iota // English and Foreign hold the judgement
	langEnglish                      // English(Text)
	langForeign                      // Foreign(Text)
)

// English is English(d.Text), judged once per Doc. Like the rest of a Doc's
// methods, it is not safe for concurrent use with itself.
func (d *Doc) English() bool { return d.judge()&langEnglish != 0 }

// Foreign is Foreign(d.Text), judged once per Doc.
func (d *Doc) Foreign() bool { return d.judge()&langForeign != 0 }

func (d *Doc) judge() language {
	if d.lang&langJudged == 0 {
		d.lang = langJudged
		english, foreign := judgeLanguage(d.Text)
		if english {
			d.lang |= langEnglish
		}
		if foreign {
			d.lang |= langForeign
		}
	}
	return d.lang
}

// Split tokenizes text and splits it into sentences. It never fails: any
// byte string, including invalid UTF-8, yields spans that are ordered,
// non-overlapping and inside text.
func Split(text string) *Doc {
	d := &Doc{Text: text}
	d.Tokens = tokenize(text, make([]Token, 0, len(text)/5+4))
	d.Sentences = splitSentences(text, d.Tokens, make([]Sentence, 0, len(text)/100+1))
	return d
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SentenceText returns the text of sentence i.
func (d *Doc) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// Words counts the tokens that are words, numbers, URLs or e-mail addresses:
// the unit the project's words/s figures use.
func (d *Doc) Words() int {
	n := 0
	for _, t := range d.Tokens {
		switch t.Kind {
		case Word, Number, URL, Email:
			n++
		}
	}
	return n
}
