package entities

// Document cues: what the other occurrences of a word in the same document
// say about it. A word at a sentence start is capitalised whatever it is;
// the same word written capitalised mid-sentence, after "Mr.", or before
// "Inc." elsewhere in the article says which it is. The cues are read from
// the words alone (no first tagging pass), so they cost one hash per token.

// Document cue bits of one occurrence.
const (
	dcCapMid      = iota // capitalised away from a sentence start
	dcLower              // written in lower case
	dcPersonTitle        // right after a person's title ("Mr.", "President")
	dcOrgForm            // in a run of capitalised words before a legal form ("Acme Widgets Inc.")
	dcPlacePrep          // capitalised right after "in" or "near"
	dcRunFirst           // first word of a run of two or more capitalised words
	dcRunLast            // last word of such a run
	nDocCue
)

// personTitles precede a person's name.
var personTitles = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"President": true, "Senator": true, "Sen.": true, "Governor": true, "Gov.": true, "Mayor": true,
	"Minister": true, "Chancellor": true, "Judge": true, "General": true, "Gen.": true, "Prof.": true,
	"Professor": true, "Rep.": true, "Secretary": true, "King": true, "Queen": true, "Prince": true,
	"Pope": true, "Sir": true, "Lord": true, "Lady": true,
}

// legalForms end a company's name.
var legalForms = map[string]bool{
	"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Co.": true, "Ltd.": true, "Ltd": true,
	"plc": true, "PLC": true, "LLC": true, "GmbH": true, "AG": true, "S.A.": true, "N.V.": true,
	"Corporation": true, "Incorporated": true, "Limited": true,
}

func isCap(cc uint8) bool { return cc == caseTitle || cc == caseUpper || cc == caseMixed }

// docCueScratch holds the per-document tallies.
type docCueScratch struct {
	key    []uint64 // lower-case hash per token
	own    []uint8  // cue bits of each occurrence
	idx    map[uint64]int32
	counts [][nDocCue]int32
	seen   []int32 // occurrences per word
}

// docCues sets out[i] to the cue bits that occurrences of token i's word
// other than token i show, for the n tokens of a document whose texts tok
// returns, cut into sentences sents ([first,last) token ranges); multi[i]
// reports whether the word occurs more than once. cc holds the tokens' case
// classes.
func docCues(ds *docCueScratch, tok func(int) string, cc []uint8, n int, sents [][2]int, out []uint8, multi []bool, buf []byte) []byte {
	ds.key = grow(ds.key, n)
	ds.own = grow(ds.own, n)
	clear(ds.own)
	if ds.idx == nil {
		ds.idx = map[uint64]int32{}
	}
	clear(ds.idx)
	ds.counts = ds.counts[:0]
	ds.seen = ds.seen[:0]
	for _, se := range sents {
		first, last := se[0], se[1]
		for i := first; i < last; i++ {
			w := tok(i)
			buf = lowerInto(buf, w)
			ds.key[i] = hashBytes(fnvOffset, string(buf))
			c := cc[i]
			if c == caseLower {
				ds.own[i] |= 1 << dcLower
			}
			if !isCap(c) {
				continue
			}
			initial := i == first || (i == first+1 && isQuote(tok(first)))
			if !initial {
				ds.own[i] |= 1 << dcCapMid
			}
			if i > first {
				p := tok(i - 1)
				if personTitles[p] {
					ds.own[i] |= 1 << dcPersonTitle
				}
				if p == "in" || p == "near" {
					ds.own[i] |= 1 << dcPlacePrep
				}
			}
		}
		// Runs of capitalised words.
		for i := first; i < last; {
			if !isCap(cc[i]) {
				i++
				continue
			}
			j := i + 1
			for j < last && isCap(cc[j]) {
				j++
			}
			if j-i >= 2 {
				ds.own[i] |= 1 << dcRunFirst
				ds.own[j-1] |= 1 << dcRunLast
			}
			end := j
			if legalForms[tok(j-1)] {
				end = j - 1
			} else if j < last && legalForms[tok(j)] {
				end = j
			} else {
				end = i
			}
			for k := i; k < end; k++ {
				ds.own[k] |= 1 << dcOrgForm
			}
			i = j
		}
	}
	for _, se := range sents {
		for i := se[0]; i < se[1]; i++ {
			id, ok := ds.idx[ds.key[i]]
			if !ok {
				id = int32(len(ds.counts))
				ds.idx[ds.key[i]] = id
				ds.counts = append(ds.counts, [nDocCue]int32{})
				ds.seen = append(ds.seen, 0)
			}
			ds.seen[id]++
			for b := 0; b < nDocCue; b++ {
				if ds.own[i]&(1<<b) != 0 {
					ds.counts[id][b]++
				}
			}
		}
	}
	for _, se := range sents {
		for i := se[0]; i < se[1]; i++ {
			id := ds.idx[ds.key[i]]
			var bits uint8
			for b := 0; b < nDocCue; b++ {
				own := int32(0)
				if ds.own[i]&(1<<b) != 0 {
					own = 1
				}
				if ds.counts[id][b] > own {
					bits |= 1 << b
				}
			}
			out[i] = bits
			multi[i] = ds.seen[id] > 1
		}
	}
	return buf
}
