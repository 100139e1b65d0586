// Package segment is claimpipe's tokenizer and sentence splitter: it cuts
// article text into tokens and sentences whose spans are UTF-8 byte offsets
// into the original text, the substrate every other extractor (entities,
// dates, money, claims) builds on.
//
// Tokens follow the Penn Treebank conventions the NER training data uses
// (GMB, WikiGold, MEANTIME): clitics are split ("do" "n't", "Jones" "'s"),
// abbreviations keep their period ("U.S.", "Mr."), hyphenated words,
// decimals and numbers with separators stay whole ("1,000.50", "U.S.-led"),
// and currency signs and percent signs are tokens of their own. URLs and
// e-mail addresses are single tokens. Camel-case run-togethers from scraped
// pages ("ClintonHillary") are split where both parts look like names.
//
// Sentences end at terminal punctuation unless an abbreviation, initial,
// decimal, ellipsis or quotation says otherwise (closing quotes and
// brackets stay with the sentence they close), at blank lines, at headline
// or list lines without final punctuation (except in hard-wrapped prose,
// where a line break is a space), at every line of a paragraph of three or
// more lines with no final punctuation at all (a list of lines), and before
// list items and bullets.
//
// English and Foreign tell the language of a text apart from its
// commonest function words: the claim rules read English prose only, the
// entity rules no text known to be in another language.
//
// The evaluations live in package eval (EvalSentences, the Golden Rules;
// EvalSentenceBoundaries, MEANTIME), beside prose v2's figures.
//
// Everything here is a pure function of its input: no I/O, no regular
// expressions, no mutable globals; the embedded word lists are read-only
// and built once, so Split is safe for concurrent use. Nothing that reads
// files, the network or evaluation data belongs in this package.
package segment
